// The user's text is never altered by OutLoud being there: for every real-editor fixture, one
// seeded script of 2,000 edits (typing, paste, deletes, select and replace, undo and redo, IME
// composition, emoji, new lines) is played into the editor in a browser with the extension and in
// one without, and the editor's own content (read through the editor library) must be the same at
// every checkpoint. Risky passages in the script keep OutLoud analysing and underlining throughout.
import { describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { FIXTURE_PAGES } from '../fixtures/vite.config.js';
import { editScript, playScript, type Checkpoint, scriptBrowsers } from './edit-script.js';
import { collectPageErrors } from './page-errors.js';
import { limiter, pageInNewWindow } from './parallel-pages.js';

const EDITS = Number(process.env.OUTLOUD_INTEGRITY_EDITS ?? 2000);
const EVERY = 50;
const SEED = 20261122;
/** Fixtures played at once: each is two pages; more than this only queues on two cores. */
const PARALLEL = 3;
const BOX = '#main :is(textarea, [contenteditable="true"])';

/** The extension's view at a checkpoint: its UI host for the box and the high findings it counts. */
interface Busy {
  hosts: number;
  high: number;
}

const slot = limiter(PARALLEL);
const browsers = scriptBrowsers();

async function open(context: BrowserContext, name: string): Promise<Page> {
  const page = await pageInNewWindow(context);
  await page.goto(`${inject('fixtureOrigin')}/${name}.html`);
  await page.locator(BOX).first().click();
  return page;
}

const busy = (page: Page) => (): Promise<Busy> =>
  page.evaluate(() => {
    const hosts = document.querySelectorAll('outloud-ui');
    const pill = hosts[0]?.shadowRoot?.querySelector('.pill');
    return { hosts: hosts.length, high: Number(pill?.getAttribute('data-high') ?? 0) };
  });

describe.concurrent(`the same ${EDITS} edits with and without OutLoud leave the same text`, () => {
  test.for(FIXTURE_PAGES)('%s', { timeout: 20 * 60_000 }, (name, { expect }) =>
    slot(async () => {
      const started = performance.now();
      const [a, b] = await Promise.all([open(browsers.withExtension(), name), open(browsers.without(), name)]);
      const errors = collectPageErrors(a);
      await a.locator('outloud-ui').first().waitFor({ state: 'attached' });
      const script = editScript(SEED, EDITS);
      const [mine, theirs] = await Promise.all([playScript(a, script, EVERY, busy(a)), playScript(b, script, EVERY, busy(b))]);
      await Promise.all([a.close(), b.close()]);

      // The first checkpoint that differs, with the edits that led to it, is the useful failure.
      const first = mine.findIndex((c, i) => c.text !== theirs[i]?.text);
      if (first >= 0) {
        const from = first === 0 ? 0 : mine[first - 1]!.after;
        const edits = script.slice(from, mine[first]!.after);
        expect({ after: mine[first]!.after, text: mine[first]!.text, edits }).toEqual({ after: theirs[first]!.after, text: theirs[first]!.text, edits });
      }
      expect(mine.map((c) => c.text)).toEqual(theirs.map((c) => c.text));
      expect(mine).toHaveLength(Math.ceil(EDITS / EVERY));
      // The script really edited, and OutLoud really worked alongside it (and only where loaded).
      expect(new Set(mine.map((c) => c.text)).size).toBeGreaterThan(mine.length / 2);
      expect(mine.every((c: Checkpoint<Busy>) => c.probe.hosts >= 1)).toBe(true);
      expect(Math.max(...mine.map((c) => c.probe.high))).toBeGreaterThan(0);
      expect(theirs.every((c) => c.probe.hosts === 0)).toBe(true);
      expect(errors).toEqual([]);
      console.log(`${name}: ${EDITS} edits × 2 in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }),
  );
});
