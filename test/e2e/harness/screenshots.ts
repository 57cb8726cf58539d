// Screenshots the README shows, taken by the e2e suite. Every run keeps them with the suite's
// artifacts; with VPROMPT_SCREENSHOTS=1 (`npm run screenshots`) they also replace the copies
// in docs/screenshots/, so the README's pictures are refreshed by one command.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './env.js';
import type { Workbench } from './workbench.js';

export const README_SCREENSHOTS = join(repoRoot, 'docs', 'screenshots');

export async function saveReadmeScreenshot(wb: Workbench, name: string, what: string): Promise<string> {
  const file = await wb.screenshot(name);
  if (process.env.VPROMPT_SCREENSHOTS === '1') {
    mkdirSync(README_SCREENSHOTS, { recursive: true });
    copyFileSync(file, join(README_SCREENSHOTS, `${name}.png`));
    console.log(`[e2e] README screenshot: ${what} → docs/screenshots/${name}.png`);
  }
  return file;
}
