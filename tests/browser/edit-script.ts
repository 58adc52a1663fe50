// A seeded random editing session, the same for every run with the same seed: typing (real key
// events), words committed at once (as autocomplete does), paste, deletes, caret moves, select and
// replace, undo and redo, IME composition, emoji and new lines, with risky passages mixed in so
// OutLoud is busy underlining while it happens. The text-integrity test plays one script into the
// same editor with and without the extension and compares the editor's own content.
import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { prng } from '../../bench/texts.js';
import { launchWithExtension, launchWithoutExtension } from './launch.js';

export type Edit =
  /** Real key events, one character at a time. */
  | { kind: 'type'; text: string }
  /** One text input event for the whole string (autocomplete, dictation, an IME's commit). */
  | { kind: 'insert'; text: string }
  | { kind: 'paste'; text: string }
  /** A key (or chord) pressed `times` times: deletes, caret moves, Enter. */
  | { kind: 'press'; key: string; times: number }
  /** Extend the selection with `key` `times` times, then type `text` over it. */
  | { kind: 'replace'; key: string; times: number; text: string }
  | { kind: 'undo' }
  | { kind: 'redo' }
  /** Composition updates as an IME shows them, then the committed text. */
  | { kind: 'ime'; steps: string[]; commit: string };

const WORDS = [
  'the', 'soil', 'survey', 'results', 'are', 'in', 'and', 'field', 'team', 'shared', 'data', 'today', 'with', 'our',
  'partners', 'la', 'ferme', 'laitière', 'données', 'ouvertes', 'été', 'publiées', 'à', 'Ottawa', 'Toronto', 'café',
];
const RISKY = [
  'her SIN is 130 692 544', 'call me at 416-555-0199', 'jane.doe@ontario.ca', 'vote Liberal on Thursday',
  'the Cabinet decision is not public yet', 'mon NAS est 193 456 787', '#onpoli', 'OHIP 1234-567-782-AB',
];
const EMOJI = ['👍🏽', '👨‍👩‍👧', '🇨🇦', '🎉', '❤️', '🙂'];
const IME = [
  { steps: ['n', 'ni', 'nih', 'niha', 'nihao'], commit: '你好' },
  { steps: ['k', 'ka', 'kan', 'kanj', 'kanji'], commit: '漢字' },
  { steps: ['e', 'é'], commit: 'é' },
  { steps: ['ㅎ', '하', '한'], commit: '한' },
];
const MOVES = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Control+ArrowLeft', 'Control+ArrowRight', 'Control+Home', 'Control+End'];
const EXTENDS = ['Shift+ArrowLeft', 'Shift+ArrowRight', 'Control+Shift+ArrowLeft', 'Shift+Home', 'Shift+End'];
const DELETES = ['Backspace', 'Delete', 'Control+Backspace'];

export function editScript(seed: number, length: number): Edit[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const phrase = () => Array.from({ length: int(1, 4) }, () => pick(WORDS)).join(' ') + ' ';
  const edits: Edit[] = [];
  // Weights: mostly writing, then moving about and fixing, as people do.
  const makers: [number, () => Edit][] = [
    [10, () => ({ kind: 'type', text: pick(WORDS) + pick([' ', ' ', ', ', '. ']) })],
    [20, () => ({ kind: 'insert', text: phrase() })],
    [6, () => ({ kind: 'insert', text: pick(RISKY) + ' ' })],
    [5, () => ({ kind: 'paste', text: random() < 0.3 ? `${phrase()}\n${pick(RISKY)}\n` : phrase() + pick(RISKY) + ' ' })],
    [12, () => ({ kind: 'press', key: pick(DELETES), times: int(1, 3) })],
    [14, () => ({ kind: 'press', key: pick(MOVES), times: int(1, 2) })],
    [8, () => ({ kind: 'replace', key: pick(EXTENDS), times: int(1, 3), text: random() < 0.3 ? pick(RISKY) : pick(WORDS) })],
    [7, () => ({ kind: 'undo' })],
    [4, () => ({ kind: 'redo' })],
    [5, () => ({ kind: 'ime', ...pick(IME) })],
    [5, () => ({ kind: 'insert', text: pick(EMOJI) })],
    [4, () => ({ kind: 'press', key: pick(['Enter', 'Enter', 'Shift+Enter']), times: 1 })],
  ];
  const total = makers.reduce((sum, [w]) => sum + w, 0);
  while (edits.length < length) {
    let roll = random() * total;
    const maker = makers.find(([w]) => (roll -= w) < 0)![1];
    edits.push(maker());
  }
  return edits;
}

/** Plays one edit into the focused editor of `page`, through the browser's own input paths. Keys go
 * over CDP as one event pair per press (a chord's modifiers ride on the key, as they do for the
 * page). After each edit, and between the presses of a repeated key, the page settles for a frame
 * as it would between a person's actions: editors sync their selection from `selectionchange` and
 * `select`, which the browser queues as tasks, and a key that overtook them would land where no
 * person's key could. (Characters of one word go without: editors track the caret themselves
 * while text is inserted.) */
export async function playEdit(page: Page, cdp: CDPSession, edit: Edit): Promise<void> {
  const settle = () => cdp.send('Runtime.evaluate', { expression: SETTLE, awaitPromise: true });
  switch (edit.kind) {
    case 'type':
      for (const char of edit.text) await press(cdp, char);
      break;
    case 'insert':
      await cdp.send('Input.insertText', { text: edit.text });
      break;
    case 'paste':
      await page.evaluate(paste, edit.text);
      break;
    case 'press':
    case 'replace':
      for (let i = 0; i < edit.times; i++) {
        if (i > 0) await settle();
        await press(cdp, edit.key);
      }
      if (edit.kind === 'replace') {
        await settle();
        await cdp.send('Input.insertText', { text: edit.text });
      }
      break;
    case 'undo':
      await press(cdp, 'Control+z');
      break;
    case 'redo':
      await press(cdp, 'Control+Shift+z');
      break;
    case 'ime':
      for (const step of edit.steps) {
        await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
      }
      await cdp.send('Input.insertText', { text: edit.commit });
      // Editors finish a composition on a timer (Draft.js: 20 ms): let it run, as a person's
      // next key would, so the next edit doesn't race it.
      await cdp.send('Runtime.evaluate', { expression: 'new Promise((done) => setTimeout(done, 50))', awaitPromise: true });
      break;
  }
  await settle();
}

// Quill reads the selection on a 1 ms timer after `selectionchange`, and a loaded machine can run
// a frame before that event is even dispatched: two frames, each followed by a short timer, let
// every editor's own follow-up run before the next action, as a person's pace always does.
const SETTLE = 'new Promise((done) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => setTimeout(done, 4)), 4)))';

const KEYS: Record<string, { code: string; keyCode: number; text?: string }> = {
  ArrowLeft: { code: 'ArrowLeft', keyCode: 37 },
  ArrowUp: { code: 'ArrowUp', keyCode: 38 },
  ArrowRight: { code: 'ArrowRight', keyCode: 39 },
  ArrowDown: { code: 'ArrowDown', keyCode: 40 },
  Home: { code: 'Home', keyCode: 36 },
  End: { code: 'End', keyCode: 35 },
  Backspace: { code: 'Backspace', keyCode: 8 },
  Delete: { code: 'Delete', keyCode: 46 },
  Enter: { code: 'Enter', keyCode: 13, text: '\r' },
  ' ': { code: 'Space', keyCode: 32, text: ' ' },
};
const MODIFIERS: Record<string, number> = { Alt: 1, Control: 2, Meta: 4, Shift: 8 };

/** One key press: `Control+Shift+z`, `ArrowLeft`, or a character to type. */
function press(cdp: CDPSession, chord: string): Promise<unknown> {
  const parts = chord.length > 1 ? chord.split('+') : [chord];
  const name = parts.pop()!;
  const modifiers = parts.reduce((bits, m) => bits | MODIFIERS[m]!, 0);
  const named = KEYS[name];
  let key = name;
  let code: string;
  let keyCode: number;
  let text = named?.text;
  if (named) ({ code, keyCode } = named);
  else {
    // A printable character: a letter or digit has its own key; anything else is typed as text.
    const upper = name.toUpperCase();
    if (modifiers & MODIFIERS.Shift!) key = upper;
    code = /^[a-z]$/i.test(name) ? `Key${upper}` : /^[0-9]$/.test(name) ? `Digit${name}` : '';
    keyCode = /^[a-z0-9]$/i.test(name) ? upper.charCodeAt(0) : 0;
    if (!(modifiers & (MODIFIERS.Control! | MODIFIERS.Alt! | MODIFIERS.Meta!))) text = key;
  }
  const down = cdp.send('Input.dispatchKeyEvent', {
    type: text ? 'keyDown' : 'rawKeyDown', key, code, windowsVirtualKeyCode: keyCode, modifiers, ...(text ? { text, unmodifiedText: text } : {}),
  });
  const up = cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode: keyCode, modifiers });
  return Promise.all([down, up]);
}

/** A paste as the browser delivers it: editors read clipboardData and insert it themselves; a
 * text field, which has no handler, gets what the browser's own paste would insert. */
function paste(text: string): void {
  const target = document.activeElement ?? document.body;
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  if (target.dispatchEvent(event)) document.execCommand('insertText', false, text);
}

/** Editors time their own behaviour: undo grouping reads Date.now() (Lexical, ProseMirror, Quill),
 * and Lexical compares event.timeStamp and performance.now() to tell typing from other DOM changes.
 * At machine speed, wall-clock jitter alone would then make two runs of one script differ. So in
 * the page's world (never the extension's, which has its own), one clock drives all three and
 * advances 100 ms per key press, input or paste whatever the machine's speed: a steady typist, the
 * same in every run. */
export const DETERMINISTIC_CLOCK = `(() => {
  let now = 1000;
  const epoch = Date.UTC(2026, 0, 5, 9);
  const tick = () => { now += 100; };
  for (const type of ['keydown', 'beforeinput', 'compositionupdate', 'paste']) addEventListener(type, tick, true);
  Date.now = () => epoch + now;
  performance.now = () => now;
  Object.defineProperty(Event.prototype, 'timeStamp', { get: () => now, configurable: true });
})();`;

/** What a script left in the editor after every `every` edits (and after the last), read through
 * the editor library's own API (window.fixture.text), plus whatever `probe` reads at that moment. */
export interface Checkpoint<P> {
  after: number;
  text: string;
  probe: P;
}

export async function playScript<P>(page: Page, script: readonly Edit[], every: number, probe: () => Promise<P>): Promise<Checkpoint<P>[]> {
  const cdp = await page.context().newCDPSession(page);
  const checkpoints: Checkpoint<P>[] = [];
  try {
    for (let i = 0; i < script.length; i++) {
      await playEdit(page, cdp, script[i]!);
      if ((i + 1) % every === 0 || i === script.length - 1) {
        checkpoints.push({ after: i + 1, text: await page.evaluate(() => window.fixture.text(0)), probe: await probe() });
      }
    }
  } finally {
    await cdp.detach();
  }
  return checkpoints;
}

/** For a test file that plays scripts: a browser with the extension and one without, both on the
 * deterministic clock, launched before its tests and closed after them. */
export function scriptBrowsers(): { withExtension(): BrowserContext; without(): BrowserContext } {
  let pair: { context: BrowserContext; close(): Promise<void> }[] = [];
  beforeAll(async () => {
    pair = await Promise.all([launchWithExtension(), launchWithoutExtension()]);
    await Promise.all(pair.map((browser) => browser.context.addInitScript(DETERMINISTIC_CLOCK)));
  });
  afterAll(async () => {
    for (const browser of pair) await browser.close();
  });
  return { withExtension: () => pair[0]!.context, without: () => pair[1]!.context };
}
