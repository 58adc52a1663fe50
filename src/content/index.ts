// Content script entry: finds compose boxes on a supported (or user-enabled) site and gives each
// one a ComposeBox. Page-wide listeners (resize, scroll, selection, the pre-post gate) are
// installed once here and fan out to the boxes, rather than once per box.
import { addIgnoredTerm, loadSettings, onSettingsChanged, type Settings } from '../settings/settings.js';
import { ComposeBox, type BoxContext } from './compose-box.js';
import { Discovery } from './discovery.js';
import { PrePostGate } from './pre-post-gate.js';
import { genericSite, sitesForHost } from './sites/index.js';

const ACTIVE_FLAG = 'data-outloud-active';

async function main(): Promise<void> {
  // A re-injected script (extension update) must not double every underline and check.
  if (document.documentElement.hasAttribute(ACTIVE_FLAG)) return;
  document.documentElement.setAttribute(ACTIVE_FLAG, '');

  let settings: Settings = await loadSettings();
  const sites = sitesForHost(location.hostname);
  const boxes = new Map<HTMLElement, ComposeBox>();
  const context: BoxContext = {
    settings: () => settings,
    ignoreAlways: async (term) => {
      settings = await addIgnoredTerm(term);
      for (const box of boxes.values()) box.settingsChanged();
    },
  };

  const discovery = new Discovery(document, sites.map((s) => s.composeBox).join(', '), {
    found(element) {
      const site = sites.find((s) => element.matches(s.composeBox)) ?? genericSite;
      boxes.set(element, new ComposeBox(element, site, context));
    },
    lost(element) {
      boxes.get(element)?.dispose();
      boxes.delete(element);
    },
    changed(element) {
      boxes.get(element)?.contentChanged();
    },
  });
  discovery.start();

  onSettingsChanged((next) => {
    settings = next;
    for (const box of boxes.values()) box.settingsChanged();
  });

  new PrePostGate(() => boxes.values()).install(window);

  let frame = 0;
  const repositionAll = (): void => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      for (const box of boxes.values()) box.reposition();
    });
  };
  window.addEventListener('resize', repositionAll, { passive: true });
  window.addEventListener('scroll', repositionAll, { passive: true, capture: true });
  document.addEventListener('selectionchange', () => {
    for (const box of boxes.values()) if (box.element.matches(':focus, :focus-within')) box.onSelectionChange();
  });
  window.addEventListener('pointerdown', (event) => {
    const path = event.composedPath();
    for (const box of boxes.values()) box.onPagePointerDown(path);
  }, { capture: true, passive: true });
}

void main();
