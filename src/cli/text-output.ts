// `outloud check --format text`: the draft with each finding's span marked, then the findings.
// Spans are marked twice over: ANSI colours when allowed, and always [brackets] followed by the
// finding numbers and severity, so the output reads the same without colour (NO_COLOR, a pipe, a
// screen reader).
import type { Finding, Guideline, Locale, Mode, Severity } from '../engine/types.js';

export interface TextOutputOptions {
  colour: boolean;
  mode: Mode;
  /** A rule's title in a language, or undefined for an unknown rule id. */
  ruleTitle: (ruleId: string, locale: Locale) => string | undefined;
  guideline: (id: string) => Guideline | undefined;
}

const ESC = '\u001b[';
const STYLE: Record<Severity, string> = {
  high: `${ESC}1;31;4m`, // bold red, underlined
  medium: `${ESC}33;4m`, // yellow, underlined
  tip: `${ESC}36;4m`, // cyan, underlined
};
const LABEL_STYLE: Record<Severity, string> = { high: `${ESC}1;31m`, medium: `${ESC}33m`, tip: `${ESC}36m` };
const DIM = `${ESC}2m`;
const BOLD = `${ESC}1m`;
const RESET = `${ESC}0m`;
const RANK: Record<Severity, number> = { high: 0, medium: 1, tip: 2 };

/** Control characters of the draft would drive the terminal (ESC sequences, carriage returns): show them instead. */
export function printable(s: string): string {
  return s
    .replace(/\r\n/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => (c === '\u007f' ? '\u2421' : String.fromCharCode(0x2400 + c.charCodeAt(0))))
    .replace(/[\u0080-\u009f]/g, '\ufffd');
}

/** One line for a quoted span: line breaks shown as ⏎, long spans shortened in the middle. */
function quote(s: string, max = 80): string {
  let q = printable(s).replace(/\n/g, '\u23ce');
  const cps = Array.from(q);
  if (cps.length > max) q = cps.slice(0, max / 2 - 1).join('') + ' … ' + cps.slice(-(max / 2 - 2)).join('');
  return `"${q}"`;
}

interface Cluster {
  start: number;
  end: number;
  members: number[]; // indexes into findings
}

/** Overlapping spans share one pair of brackets, labelled with all their finding numbers. */
function clusters(findings: readonly Finding[]): Cluster[] {
  const order = findings.map((_, i) => i).sort((a, b) => findings[a]!.start - findings[b]!.start || a - b);
  const out: Cluster[] = [];
  for (const i of order) {
    const f = findings[i]!;
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      last.members.push(i);
    } else out.push({ start: f.start, end: f.end, members: [i] });
  }
  return out;
}

function worst(findings: readonly Finding[], members: readonly number[]): Severity {
  let s: Severity = 'tip';
  for (const i of members) if (RANK[findings[i]!.severity] < RANK[s]) s = findings[i]!.severity;
  return s;
}

/** The draft with every finding's span in brackets: "Client SIN is [130 692 544](#1 high)". */
export function highlightDraft(text: string, findings: readonly Finding[], colour: boolean): string {
  let out = '';
  let pos = 0;
  for (const c of clusters(findings)) {
    const sev = worst(findings, c.members);
    out += printable(text.slice(pos, c.start));
    const inner = printable(text.slice(c.start, c.end));
    const label = `(${c.members.map((i) => `#${i + 1} ${findings[i]!.severity}`).join(', ')})`;
    out += colour ? `${STYLE[sev]}[${inner}]${RESET}${LABEL_STYLE[sev]}${label}${RESET}` : `[${inner}]${label}`;
    pos = c.end;
  }
  return out + printable(text.slice(pos));
}

/** 1-based line and column (in characters, not UTF-16 units) of an offset. */
function lineCol(text: string, offset: number, lineStarts: number[]): { line: number; col: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: Array.from(text.slice(lineStarts[lo]!, offset)).length + 1 };
}

function countBy(findings: readonly Finding[]): Record<Severity, number> {
  const n: Record<Severity, number> = { high: 0, medium: 0, tip: 0 };
  for (const f of findings) n[f.severity]++;
  return n;
}

export function summaryLine(findings: readonly Finding[], mode: Mode): string {
  if (findings.length === 0) return `No findings in ${mode} mode.`;
  const n = countBy(findings);
  const parts = (['high', 'medium', 'tip'] as const).filter((s) => n[s] > 0).map((s) => `${n[s]} ${s}`);
  return `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'} in ${mode} mode: ${parts.join(', ')}.`;
}

export function formatText(text: string, findings: readonly Finding[], o: TextOutputOptions): string {
  const paint = (style: string, s: string) => (o.colour ? style + s + RESET : s);
  const lines: string[] = [];
  const draft = highlightDraft(text, findings, o.colour);
  lines.push(draft.endsWith('\n') ? draft.slice(0, -1) : draft, '');

  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);

  findings.forEach((f, i) => {
    const title = o.ruleTitle(f.ruleId, f.locale) ?? f.ruleId;
    const { line, col } = lineCol(text, f.start, lineStarts);
    const sev = paint(LABEL_STYLE[f.severity], f.severity.toUpperCase());
    lines.push(`#${i + 1} ${sev}  ${paint(BOLD, printable(title))}  ${paint(DIM, `${f.ruleId} · line ${line}, column ${col}`)}`);
    lines.push(`   ${quote(text.slice(f.start, f.end))}`);
    lines.push(`   ${printable(f.message)}`);
    if (f.guidelineIds.length) {
      const label = f.locale === 'fr' ? 'Lignes directrices' : 'Guidelines';
      f.guidelineIds.forEach((id, k) => {
        const g = o.guideline(id);
        const about = g ? ` — ${g.title[f.locale]}${g.section ? ` (${g.section})` : ''}${g.url ? ` ${paint(DIM, g.url)}` : ''}` : '';
        lines.push(`   ${k === 0 ? `${label}:` : ' '.repeat(label.length + 1)} ${id}${about}`);
      });
    }
    if (f.suggestion) {
      const replacement = f.suggestion.replacement === '' ? (f.locale === 'fr' ? '(supprimer)' : '(remove)') : quote(f.suggestion.replacement);
      lines.push(`   Suggestion: ${printable(f.suggestion.label)} → ${replacement}`);
    }
    lines.push('');
  });
  lines.push(summaryLine(findings, o.mode));
  return lines.join('\n') + '\n';
}
