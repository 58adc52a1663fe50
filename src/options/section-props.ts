import type { LoadedSettings } from '../settings/storage.js';
import type { UserSettings } from '../settings/types.js';

/** What every section of the options page gets: the settings in force and a way to change them. */
export interface SectionProps {
  loaded: LoadedSettings;
  save: (change: (settings: UserSettings) => void) => Promise<void>;
}
