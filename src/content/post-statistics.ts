// A post went out from boxes OutLoud checked: tell the background, which keeps the local
// statistics (categories of the findings left in the draft; never its text).
import { POST_CHECKED_MESSAGE, type PostChecked } from '../messaging/page-status.js';
import type { ShownFinding } from '../messaging/analysis.js';
import { notifyBackground } from './notify-background.js';

export function postChecked(boxes: readonly { shownFindings: readonly ShownFinding[] }[]): void {
  const message: PostChecked = { type: POST_CHECKED_MESSAGE, categories: boxes.flatMap((box) => box.shownFindings.map((f) => f.category)) };
  notifyBackground(message);
}
