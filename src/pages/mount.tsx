// Renders a page (popup or options) once its settings are loaded, so its first paint is already
// in the chosen interface language.
import { render, type ComponentType } from 'preact';
import type { LoadedSettings } from '../settings/storage.js';
import { useLoadedSettings } from './use-settings.js';

export function mountPage(Page: ComponentType<{ loaded: LoadedSettings }>): void {
  function Root() {
    const loaded = useLoadedSettings();
    return loaded ? <Page loaded={loaded} /> : null;
  }
  const root = document.getElementById('root');
  if (root) render(<Root />, root);
}
