/**
 * Opens the built extension in Chromium on a demo news page (served from tests/fixtures on 127.0.0.1).
 * With a display it opens a window and waits until you close it; without one it renders headless,
 * hovers nothing, saves a screenshot and prints its path.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadExtension, markedCount, openChromium, serveFixtures, waitForMarks } from './browser-harness';
const headless = !process.env.DISPLAY || process.env.CI === 'true';
const server = await serveFixtures();
const context = await openChromium(loadExtension(), { headless, viewport: { width: 1280, height: 900 } });
const page = context.pages()[0] ?? (await context.newPage());
const url = server.url(process.argv[2] ?? 'pl-abcnews.go.com.html');
await page.goto(url);
await waitForMarks(page, 20_000);
// The text under the viewport is marked first, the rest slice by slice: count once the marks stop changing.
let marks = 0;
for (let steady = 0; steady < 3; ) {
  await page.waitForTimeout(250);
  const now = await markedCount(page);
  steady = now === marks ? steady + 1 : 0;
  marks = now;
}
if (headless) {
  const dir = resolve('tests/artifacts');
  mkdirSync(dir, { recursive: true });
  const shot = `${dir}/demo.png`;
  await page.screenshot({ path: shot });
  console.log(`Backstory marked ${marks} mentions on ${url}\nscreenshot: ${shot}`);
  await context.close();
  await server.close();
} else {
  console.log(`Backstory marked ${marks} mentions on ${url}. Close the browser window to finish.`);
  context.on('close', () => void server.close());
}
