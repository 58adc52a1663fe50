// The extension's own _locales, read from the build, and formatted as chrome.i18n.getMessage
// formats them (named placeholders whose content is $1…$9), so a test can say which string the
// page must show without copying it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './launch.js';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const cache = new Map<string, Record<string, Entry>>();

function catalogue(locale: string): Record<string, Entry> {
  let messages = cache.get(locale);
  if (!messages) {
    messages = JSON.parse(readFileSync(join(EXTENSION_DIR, '_locales', locale, 'messages.json'), 'utf8')) as Record<string, Entry>;
    cache.set(locale, messages);
  }
  return messages;
}

export function localeMessage(locale: string, key: string, ...substitutions: (string | number)[]): string {
  const entry = catalogue(locale)[key];
  if (!entry) throw new Error(`no message ${key} in _locales/${locale}`);
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const placeholder = Object.entries(entry.placeholders ?? {}).find(([key]) => key.toLowerCase() === name.toLowerCase());
      return placeholder ? fill(placeholder[1].content) : whole;
    })
    .replace(/\$\$/g, '$');
}
