// The story every platform fixture must tell, written once: a public servant types a client's
// SIN, OutLoud underlines exactly it, explains it in a card (mouse and keyboard), masks it through
// the editor's own input path (the editor's model agrees, Ctrl+Z brings it back), stops "Post"
// until the user chooses, follows single-page navigation and a second composer, and sends nothing
// anywhere.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze } from '../../src/engine/index.js';
import { launchWithExtension, type LaunchedBrowser } from './launch.js';
import { boxRect, caretOffset, nextFrame, recordRequests, underlined, uiFor, focusForUi } from './page-helpers.js';

export interface PlatformSpec {
  /** Fixture page name (tests/fixtures/<page>.html). */
  page: string;
  /** The site id OutLoud must recognise from the markers. */
  site: string;
  /** The editable element of composer `index` (0: timeline, 1: modal). */
  box(index: number): string;
  /** The platform's Post button for composer `index`. */
  postButton(index: number): string;
  /** The platform posts on Ctrl/Cmd+Enter. */
  submitShortcut: boolean;
  /** The editor folds edits made within this many ms of the last one into the same undo step
   * (Quill's history delay): a fix applied sooner would be undone together with the typing. */
  undoMergeMs?: number;
}

/** Lets the editor's undo grouping close the typing step, as a person's pause before "Apply" does. */
export async function pastUndoMerge(page: Page, spec: PlatformSpec): Promise<void> {
  if (spec.undoMergeMs) await page.waitForTimeout(spec.undoMergeMs + 100);
}

export const DRAFT = 'Helping a client today, her SIN is 130 692 544';
export const SIN = '130 692 544';

/** The draft with the engine's own suggestion applied to the SIN, and nothing else changed. */
export function masked(draft = DRAFT): string {
  const finding = analyze(draft, { mode: 'personal' }).find((f) => draft.slice(f.start, f.end) === SIN && f.suggestion);
  if (!finding?.suggestion) throw new Error('the engine no longer suggests a fix for a SIN');
  return draft.slice(0, finding.start) + finding.suggestion.replacement + draft.slice(finding.end);
}

export function platformStory(spec: PlatformSpec): void {
  describe(`${spec.site} (${spec.page}.html)`, () => {
    let browser: LaunchedBrowser;
    let page: Page;
    let requests: { urls: string[]; clear(): void };
    const box = spec.box(0);
    const fixtureText = (index = 0) => page.evaluate((i) => window.fixture.text(i), index);
    const posted = () => page.evaluate(() => window.fixture.posted);
    const card = () => page.locator('outloud-ui .card');
    const gate = () => page.locator('outloud-ui [role="alertdialog"]');
    // Rich editors restore their own selection a moment after focus (Lexical does): press End
    // until the caret really is at the end, rather than racing that restore.
    const caretToEnd = async () => {
      await page.locator(box).focus();
      await expect
        .poll(async () => {
          await page.keyboard.press('End');
          return caretOffset(page, box);
        })
        .toBe(await fixtureText().then((t) => t.length));
      // Lexical takes the DOM's selection from 'selectionchange', a task later: let it, before keys.
      await nextFrame(page);
    };

    beforeAll(async () => {
      browser = await launchWithExtension();
      page = await browser.context.newPage();
      requests = await recordRequests(page);
      await page.goto(`${inject('fixtureOrigin')}/${spec.page}.html`);
      await focusForUi(page, box);
      requests.clear();
    });
    afterAll(async () => browser?.close());

    test('typing a SIN underlines exactly the number, high, and leaves the draft untouched', async () => {
      expect(await uiFor(page, 0).getAttribute('data-outloud-site')).toBe(spec.site);
      await page.locator(box).click();
      await page.keyboard.type(DRAFT);
      await expect.poll(async () => (await underlined(page, box, 'high')).map((s) => s.text)).toEqual([SIN]);
      expect(await fixtureText()).toBe(DRAFT);
      expect(await page.locator(box).evaluate((el) => ('value' in el ? (el as HTMLTextAreaElement).value : el.textContent))).toBe(DRAFT);
      // Drawn on the number itself: inside the box, on its first line, to the right of its start.
      const [span] = await underlined(page, box, 'high');
      const field = await boxRect(page, box);
      expect(span!.rect.left).toBeGreaterThan(field.left + 100);
      expect(span!.rect.right).toBeLessThan(field.right);
      expect(span!.rect.top).toBeGreaterThanOrEqual(field.top);
      expect(span!.rect.bottom).toBeLessThan(field.top + 60);
      await expect.poll(() => uiFor(page, 0).locator('.pill').getAttribute('data-high')).toBe('1');
    });

    test('the card opens on hover, and from the keyboard when the caret enters the finding', async () => {
      const [span] = await underlined(page, box, 'high');
      await page.mouse.move((span!.rect.left + span!.rect.right) / 2, (span!.rect.top + span!.rect.bottom) / 2);
      await expect.poll(() => card().count()).toBe(1);
      await expect.poll(() => card().textContent()).toContain(SIN);
      expect(await card().locator('a[data-action="learn-more"]').getAttribute('href')).toMatch(/^https:\/\//);
      // Leaving closes a hover card.
      await page.mouse.move(5, 5);
      await expect.poll(() => card().count()).toBe(0);
      // Keyboard: the caret is at the end of the draft; stepping back into the number opens it.
      await caretToEnd();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
      await expect.poll(() => card().count()).toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => card().count()).toBe(0);
    });

    test('the pill lists the findings and opens a card from the list', async () => {
      await uiFor(page, 0).locator('.pill').click();
      const list = page.locator('outloud-ui .findings');
      await expect.poll(() => list.count()).toBe(1);
      await list.locator('.list button').first().click();
      await expect.poll(() => card().count()).toBe(1);
      await card().locator('.close').click();
      await expect.poll(() => card().count()).toBe(0);
      await list.locator('.close').click();
      await expect.poll(() => list.count()).toBe(0);
    });

    test('applying the fix masks exactly the number; the editor agrees; Ctrl+Z restores it', async () => {
      const [span] = await underlined(page, box, 'high');
      await page.mouse.move((span!.rect.left + span!.rect.right) / 2, (span!.rect.top + span!.rect.bottom) / 2);
      await expect.poll(() => card().count()).toBe(1);
      await pastUndoMerge(page, spec);
      await card().locator('button[data-action="apply"]').click();
      await expect.poll(fixtureText).toBe(masked());
      await expect.poll(async () => (await underlined(page, box, 'high')).length).toBe(0);
      await expect.poll(() => uiFor(page, 0).locator('.pill').getAttribute('data-high')).toBe('0');
      await page.locator(box).focus();
      await page.keyboard.press('Control+z');
      await expect.poll(fixtureText).toBe(DRAFT);
      await expect.poll(async () => (await underlined(page, box, 'high')).map((s) => s.text)).toEqual([SIN]);
    });

    test('Post with a high finding left opens the check; Edit goes back to the number', async () => {
      await page.locator(spec.postButton(0)).click();
      await expect.poll(() => gate().count()).toBe(1);
      await expect.poll(() => gate().textContent()).toContain(SIN);
      expect(await posted()).toEqual([]);
      await gate().locator('button[data-action="edit"]').click();
      await expect.poll(() => gate().count()).toBe(0);
      expect(await posted()).toEqual([]);
      expect(await fixtureText()).toBe(DRAFT);
      // The caret sits at the start of the finding, in the editor.
      await expect.poll(() => caretOffset(page, box)).toBe(DRAFT.indexOf(SIN));
    });

    test('"Post anyway" lets the original action through, text unchanged', async () => {
      await page.locator(spec.postButton(0)).click();
      await expect.poll(() => gate().count()).toBe(1);
      await gate().locator('button[data-action="post-anyway"]').click();
      await expect.poll(posted).toEqual([DRAFT]);
      expect(await fixtureText()).toBe(DRAFT);
    });

    if (spec.submitShortcut) {
      test('Ctrl+Enter is checked too: Escape means Edit, Post anyway posts', async () => {
        await page.locator(box).focus();
        await page.keyboard.press('Control+Enter');
        await expect.poll(() => gate().count()).toBe(1);
        await page.keyboard.press('Escape');
        await expect.poll(() => gate().count()).toBe(0);
        expect(await posted()).toEqual([DRAFT]);
        // Escape is Edit: the caret goes back to the finding, one frame after the check closes. A
        // Ctrl+Enter before that lands outside the editor (a clean-clone CI run pressed it there).
        await expect.poll(() => caretOffset(page, box)).toBe(DRAFT.indexOf(SIN));
        await nextFrame(page);
        await page.keyboard.press('Control+Enter');
        await expect.poll(() => gate().count()).toBe(1);
        await gate().locator('button[data-action="post-anyway"]').click();
        await expect.poll(posted).toEqual([DRAFT, DRAFT]);
        expect(await fixtureText()).toBe(DRAFT);
      });
    }

    test('a clean draft posts with no check at all', async () => {
      const before = (await posted()).length;
      await caretToEnd();
      for (let i = 0; i < SIN.length; i++) await page.keyboard.press('Backspace');
      await page.keyboard.type('fine');
      await expect.poll(() => uiFor(page, 0).locator('.pill').getAttribute('data-high')).toBe('0');
      await page.locator(spec.postButton(0)).click();
      await expect.poll(async () => (await posted()).length).toBe(before + 1);
      expect(await gate().count()).toBe(0);
    });

    test('Post pressed the moment after typing still checks the text as it is now', async () => {
      // No wait for the underline: the click races the debounce, so the gate must hold the post for
      // one analysis (findings come from the background) and then decide.
      await caretToEnd();
      const clean = await fixtureText();
      const before = (await posted()).length;
      await page.keyboard.type(` ${SIN}`);
      await page.locator(spec.postButton(0)).click();
      await expect.poll(() => gate().count()).toBe(1);
      await expect.poll(() => gate().textContent()).toContain(SIN);
      expect((await posted()).length).toBe(before);
      await gate().locator('button[data-action="edit"]').click();
      await expect.poll(() => gate().count()).toBe(0);
      // Edit puts the caret at the number (a frame after the dialog goes); wait for it, or the
      // keys below could land before it moves.
      await expect.poll(() => caretOffset(page, box)).toBe(clean.length + 1);
      await caretToEnd();
      for (let i = 0; i <= SIN.length; i++) await page.keyboard.press('Backspace');
      await page.keyboard.type('!');
      await page.locator(spec.postButton(0)).click();
      await expect.poll(async () => (await posted()).length).toBe(before + 1);
      expect((await posted()).at(-1)).toBe(`${clean}!`);
      expect(await gate().count()).toBe(0);
    });

    test('single-page navigation drops the box and its UI, and a new box is picked up', async () => {
      await page.locator('a[data-nav="explore"]').click();
      await expect.poll(() => page.locator('outloud-ui').count()).toBe(0);
      expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
      await page.locator('a[data-nav="home"]').click();
      // The new box gets its UI when the user goes to write in it.
      await page.locator(box).click();
      await expect.poll(() => uiFor(page, 0).getAttribute('data-outloud-site')).toBe(spec.site);
      await page.keyboard.type(DRAFT);
      await expect.poll(async () => (await underlined(page, box, 'high')).map((s) => s.text)).toEqual([SIN]);
    });

    test('a second compose box in a modal is handled on its own', async () => {
      await page.locator('#open-modal').click();
      const second = spec.box(1);
      await page.locator(second).click();
      await expect.poll(() => page.locator('outloud-ui').count()).toBe(2);
      await page.keyboard.type(`Also: ${SIN}`);
      await expect.poll(async () => (await underlined(page, second, 'high')).map((s) => s.text)).toEqual([SIN]);
      expect((await underlined(page, box, 'high')).map((s) => s.text)).toEqual([SIN]);
      const before = (await posted()).length;
      await page.locator(spec.postButton(1)).click();
      await expect.poll(() => gate().count()).toBe(1);
      await expect.poll(() => gate().textContent()).toContain(SIN);
      await gate().locator('button[data-action="post-anyway"]').click();
      await expect.poll(async () => (await posted()).at(-1)).toBe(`Also: ${SIN}`);
      expect((await posted()).length).toBe(before + 1);
    });

    test('in the second box too: apply changes its own editor, Ctrl+Z restores it, Edit and the keyboard find the number', async () => {
      const second = spec.box(1);
      const draft = `Also: ${SIN}`;
      const [span] = await underlined(page, second, 'high');
      await page.mouse.move((span!.rect.left + span!.rect.right) / 2, (span!.rect.top + span!.rect.bottom) / 2);
      await expect.poll(() => card().count()).toBe(1);
      await pastUndoMerge(page, spec);
      await card().locator('button[data-action="apply"]').click();
      await expect.poll(() => fixtureText(1)).toBe(masked(draft));
      expect(await fixtureText(0)).toBe(DRAFT);
      await page.locator(second).focus();
      await page.keyboard.press('Control+z');
      await expect.poll(() => fixtureText(1)).toBe(draft);
      await expect.poll(async () => (await underlined(page, second, 'high')).map((s) => s.text)).toEqual([SIN]);
      await page.locator(spec.postButton(1)).click();
      await expect.poll(() => gate().count()).toBe(1);
      await gate().locator('button[data-action="edit"]').click();
      await expect.poll(() => gate().count()).toBe(0);
      await expect.poll(() => caretOffset(page, second)).toBe(draft.indexOf(SIN));
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => card().count()).toBe(1);
      await expect.poll(() => card().textContent()).toContain(SIN);
      await page.keyboard.press('Escape');
      await expect.poll(() => card().count()).toBe(0);
    });

    test('nothing left the page while the extension worked', async () => {
      const outside = requests.urls.filter((url) => !url.startsWith('chrome-extension://'));
      expect(outside).toEqual([]);
    });
  });
}
