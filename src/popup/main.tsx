import { mountPage } from '../pages/mount.js';
import { Popup } from './Popup.js';

mountPage(Popup);
