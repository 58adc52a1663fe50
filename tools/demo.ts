// `npm run demo`: serves the fixture pages and opens Chromium with the built extension, one tab
// per platform. `npm run demo -- --screenshot FILE` runs headless instead: it types a risky draft
// on the X fixture, opens the finding's card and saves a screenshot, then exits.
import { buildIfStale } from '../tests/browser/build-if-stale.js';
import { launchWithExtension } from '../tests/browser/launch.js';
import { startFixtureServer } from '../tests/fixtures/server.js';
import { FIXTURE_PAGES } from '../tests/fixtures/vite.config.js';

const DRAFT = 'Helping a client today, her SIN is 130 692 544';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--screenshot');
  const screenshot = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && !screenshot) throw new Error('usage: npm run demo -- [--screenshot FILE]');

  await buildIfStale();
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ headless: screenshot !== undefined });
  console.log(`fixtures on ${server.origin}/ (extension ${browser.extensionId})`);

  if (screenshot) {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/x.html`);
    await page.locator('outloud-ui').first().waitFor({ state: 'attached' });
    const box = page.locator('[data-testid="tweetTextarea_0"]');
    await box.click();
    await page.keyboard.type(DRAFT);
    await page.locator('outloud-ui .pill[data-high="1"]').waitFor();
    // Hover the underlined number so the card is in the picture.
    const rect = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('outloud-high') ?? [])][0] as Range | undefined;
      const r = range?.getBoundingClientRect();
      return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    });
    if (rect) await page.mouse.move(rect.x, rect.y);
    await page.locator('outloud-ui .card').waitFor();
    await page.screenshot({ path: screenshot });
    console.log(`screenshot: ${screenshot}`);
    await browser.close();
    await server.close();
    return;
  }

  for (const name of FIXTURE_PAGES) {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/${name}.html`);
  }
  console.log('Close the browser window to stop.');
  await new Promise<void>((done) => browser.context.on('close', () => done()));
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
