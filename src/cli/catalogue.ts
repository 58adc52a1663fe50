// The rule catalogue, built from rule metadata only: `outloud rules` prints it and
// scripts/readme-catalogue.mjs writes the same Markdown into README.md (one formatter for both).
import type { Category, Mode, ModeSeverity, Rule } from '../engine/types.js';
import { CATEGORIES, MODES } from '../engine/types.js';

export interface CatalogueEntry {
  id: string;
  category: Category;
  title: { en: string; fr: string };
  severity: Record<Mode, ModeSeverity>;
  guidelines: string[];
  scope: 'sentence' | 'text';
}

export const CATALOGUE_FORMATS = ['text', 'markdown', 'json'] as const;
export type CatalogueFormat = (typeof CATALOGUE_FORMATS)[number];

/** Entries sorted by category (in the order of CATEGORIES), then by id: stable whatever the index order. */
export function catalogueEntries(rules: readonly Rule[]): CatalogueEntry[] {
  const rank = (c: string) => {
    const i = (CATEGORIES as readonly string[]).indexOf(c);
    return i < 0 ? CATEGORIES.length : i;
  };
  return [...rules]
    .sort((a, b) => rank(a.category) - rank(b.category) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => ({
      id: r.id,
      category: r.category,
      title: { en: r.title.en, fr: r.title.fr },
      severity: { personal: r.severity.personal, professional: r.severity.professional, official: r.severity.official },
      guidelines: [...r.guidelines],
      scope: r.scope,
    }));
}

export function formatCatalogue(rules: readonly Rule[], format: CatalogueFormat): string {
  if (format === 'json') return JSON.stringify(catalogueEntries(rules), null, 2) + '\n';
  if (format === 'markdown') return catalogueMarkdown(rules);
  return catalogueText(rules);
}

const MODE_LABEL: Record<Mode, string> = { personal: 'Personal', professional: 'Professional', official: 'Official' };

/** Markdown cell text: no pipes or line breaks that would break the table. */
function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ').trim();
}

/** Two tables: the catalogue (id, category, titles, guidelines) and the severity of each rule by mode. */
export function catalogueMarkdown(rules: readonly Rule[]): string {
  const entries = catalogueEntries(rules);
  const categories = new Set(entries.map((e) => e.category));
  const lines: string[] = [
    '<!-- Generated from the rule metadata by `npm run docs:rules`: edit the rules, not this table. -->',
    '',
    '### Rule catalogue',
    '',
    `${entries.length} ${entries.length === 1 ? 'rule' : 'rules'} in ${categories.size} ${categories.size === 1 ? 'category' : 'categories'}.`,
    '',
    '| Rule | Category | Title (EN) | Titre (FR) | Guidelines |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const e of entries) {
    const g = e.guidelines.length ? e.guidelines.map((id) => '`' + cell(id) + '`').join(', ') : '—';
    lines.push(`| \`${cell(e.id)}\` | ${cell(e.category)} | ${cell(e.title.en)} | ${cell(e.title.fr)} | ${g} |`);
  }
  lines.push(
    '',
    '### Severity by mode',
    '',
    '`high`: likely breach, checked again before "Post"; `medium`: caution; `tip`: advice only; `off`: silent in that mode.',
    '',
    `| Rule | ${MODES.map((m) => MODE_LABEL[m]).join(' | ')} |`,
    `| --- | ${MODES.map(() => '---').join(' | ')} |`,
  );
  for (const e of entries) lines.push(`| \`${cell(e.id)}\` | ${MODES.map((m) => e.severity[m]).join(' | ')} |`);
  return lines.join('\n') + '\n';
}

/** Plain text for a terminal, grouped by category. */
export function catalogueText(rules: readonly Rule[]): string {
  const entries = catalogueEntries(rules);
  const width = Math.max(4, ...entries.map((e) => e.id.length));
  const sev = (s: string) => s.padEnd(13);
  const out: string[] = [];
  out.push(`${entries.length} ${entries.length === 1 ? 'rule' : 'rules'}`);
  out.push('');
  out.push(`${'RULE'.padEnd(width)}  ${sev('PERSONAL')}${sev('PROFESSIONAL')}${sev('OFFICIAL')}TITLE (EN / FR)`);
  let category = '';
  for (const e of entries) {
    if (e.category !== category) {
      category = e.category;
      out.push('', `${category}`);
    }
    out.push(`${e.id.padEnd(width)}  ${MODES.map((m) => sev(e.severity[m])).join('')}${e.title.en} / ${e.title.fr}`);
    out.push(`${''.padEnd(width)}  guidelines: ${e.guidelines.join(', ') || '(none)'}`);
  }
  return out.join('\n') + '\n';
}
