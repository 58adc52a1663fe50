// chrome.i18n's message format, for the catalogue OutLoud reads itself (translate.ts): `$name$`
// takes its placeholder's content, `$1`…`$9` the arguments, `$$` is a dollar sign.
export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type Catalog = Record<string, MessageEntry | undefined>;

export function formatMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message
    .replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => placeholders[name.toLowerCase()] ?? whole)
    .replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : substitutions[Number(which) - 1] ?? ''));
}
