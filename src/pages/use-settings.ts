// The popup's and options page's view of the settings: loaded once, reloaded whenever the user
// settings or the policy change (from this page, another one, the shortcut or an administrator),
// with the interface language applied before anything renders.
import { useEffect, useState } from 'preact/hooks';
import { setInterfaceLanguage, uiLanguage } from '../i18n/translate.js';
import { loadEffectiveSettings, onSettingsOrPolicyChanged, type LoadedSettings } from '../settings/storage.js';

export function useLoadedSettings(): LoadedSettings | null {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  useEffect(() => {
    let live = true;
    const load = (): void => {
      void loadEffectiveSettings().then((next) => {
        if (!live) return;
        setInterfaceLanguage(next.effective.user.language);
        document.documentElement.lang = uiLanguage();
        setLoaded(next);
      });
    };
    load();
    const stop = onSettingsOrPolicyChanged(load);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return loaded;
}
