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
