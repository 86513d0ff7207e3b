// Screenshots for the test report (attached) and for people (test-results/screenshots/).

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';

export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

export async function screenshot(
  target: Page | Locator,
  name: string,
  testInfo: TestInfo,
): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await target.screenshot({ path: file });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
  return file;
}

/**
 * The screens of docs/screenshots/<width>x<height>/ and, at 1366×768, the pictures of the help
 * page (renderer/public/help/): written by the clerk-session spec, so they follow the screens.
 */
export async function docScreenshot(
  page: Page,
  name: string,
  size: { width: number; height: number },
): Promise<void> {
  const dir = path.resolve('docs/screenshots', `${size.width}x${size.height}`);
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
  if (size.width === 1366) {
    mkdirSync(HELP_PICTURES, { recursive: true });
    await page.screenshot({ path: path.join(HELP_PICTURES, `${name}.png`) });
  }
}

const HELP_PICTURES = path.resolve('renderer/public/help');
