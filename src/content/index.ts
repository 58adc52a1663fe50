// Content script entry: finds compose boxes on a supported (or user-enabled) site and gives each
// one a ComposeBox. Page-wide listeners (resize, scroll, selection, the pre-post gate) are
// installed once here and fan out to the boxes, rather than once per box.
import { addIgnoredTerm, loadSettings, onSettingsChanged, type Settings } from '../settings/settings.js';
import { ComposeBox, type BoxContext } from './compose-box.js';
import { Discovery } from './discovery.js';
import { watchForOrphaning } from './orphan-watch.js';
import { PageStatusReporter } from './page-status.js';
import { PrePostGate } from './pre-post-gate.js';
import { genericSite, sitesForHost } from './sites/index.js';

/** The running instance, on this script's own global: the page cannot see or forge it (a flag in
 * the DOM would let any page switch OutLoud off), and a script injected again into the same world
 * replaces the one before it rather than doubling every underline and check. */
const INSTANCE = 'outloud:content-script';
type Scope = typeof globalThis & { [INSTANCE]?: { detach(): void } };

async function main(): Promise<void> {
  const scope = globalThis as Scope;
  scope[INSTANCE]?.detach();
  const teardown: (() => void)[] = [];
  const detach = (): void => {
    for (const undo of teardown.splice(0).reverse()) {
      // An orphaned script's browser APIs throw; one failed step must not keep the rest on the page.
      try {
        undo();
      } catch {
        /* the next step still runs */
      }
    }
    if (scope[INSTANCE] === instance) delete scope[INSTANCE];
  };
  const instance = { detach };
  scope[INSTANCE] = instance;

  let settings: Settings = await loadSettings();
  const sites = sitesForHost(location.hostname);
  const boxes = new Map<HTMLElement, ComposeBox>();
  const status = new PageStatusReporter(() => boxes.values(), () => settings);
  const context: BoxContext = {
    settings: () => settings,
    ignoreAlways: async (term) => {
      try {
        settings = await addIgnoredTerm(term);
      } catch {
        // Storage full or gone: the choice can't be saved, but it still holds on this page.
        settings = { ...settings, ignoredTerms: [...settings.ignoredTerms, term] };
      }
      for (const box of boxes.values()) box.settingsChanged();
    },
    findingsShown: (box) => status.findingsChanged(box),
  };

  const discovery = new Discovery(document, sites.map((s) => s.composeBox).join(', '), {
    found(element) {
      const site = sites.find((s) => element.matches(s.composeBox)) ?? genericSite;
      boxes.set(element, new ComposeBox(element, site, context));
    },
    lost(element) {
      const box = boxes.get(element);
      box?.dispose();
      boxes.delete(element);
      if (box) status.boxGone(box);
    },
    changed(element) {
      boxes.get(element)?.contentChanged();
    },
  });
  discovery.start();
  teardown.push(() => discovery.stop());

  onSettingsChanged((next) => {
    settings = next;
    for (const box of boxes.values()) box.settingsChanged();
  });

  teardown.push(watchForOrphaning(window, detach));
  teardown.push(new PrePostGate(() => boxes.values()).install(window));
  teardown.push(status.install(document));

  let frame = 0;
  const repositionAll = (): void => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      for (const box of boxes.values()) box.reposition();
    });
  };
  const onSelectionChange = (): void => {
    for (const box of boxes.values()) if (box.element.matches(':focus, :focus-within')) box.onSelectionChange();
  };
  const onPointerDown = (event: PointerEvent): void => {
    const path = event.composedPath();
    for (const box of boxes.values()) box.onPagePointerDown(path);
  };
  window.addEventListener('resize', repositionAll, { passive: true });
  window.addEventListener('scroll', repositionAll, { passive: true, capture: true });
  document.addEventListener('selectionchange', onSelectionChange);
  window.addEventListener('pointerdown', onPointerDown, { capture: true, passive: true });
  teardown.push(() => {
    window.removeEventListener('resize', repositionAll);
    window.removeEventListener('scroll', repositionAll, { capture: true });
    document.removeEventListener('selectionchange', onSelectionChange);
    window.removeEventListener('pointerdown', onPointerDown, { capture: true });
    cancelAnimationFrame(frame);
  });
}

void main();
