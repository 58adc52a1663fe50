import { mountPage } from '../pages/mount.js';
import { Options } from './Options.js';

document.title = 'OutLoud';
mountPage(Options);
