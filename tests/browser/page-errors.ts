// What a page would see go wrong: uncaught exceptions and unhandled rejections (Playwright reports
// those of every world in the page, the content script's isolated world included) and console
// errors. The fault tests assert this stays empty while the extension meets trouble.
import type { Page } from 'playwright-core';

export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  return errors;
}
