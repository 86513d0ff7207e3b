// The editor in real Chromium against the preview host (temp data folder): opening a 300-step SOP
// from the library, a cell edit reaching the live preview at 300 steps, and pasting 100 rows.
// Each timed run is the user's whole gesture, from the input event to the screen showing it.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { parseSopJson } from '../../shared/model';
import type { SopDocument, Step } from '../../shared/model';
import { launchHost } from '../support/host-process';
import type { HostProcess } from '../support/host-process';
import type { Bench } from './harness';

const STEPS = 300;
const SOP_NAME = 'SOP panjang 300 langkah';

let host: HostProcess | undefined;
let browser: Browser | undefined;
let page: Page | undefined;
let edits = 0;
let keystrokes = 0;

function longSop(): SopDocument {
  const sample = parseSopJson(
    readFileSync(path.join('tests/fixtures/sops/01-pembinaan-kelana-katingan.sop.json'), 'utf8'),
  );
  const steps: Step[] = Array.from({ length: STEPS }, (_, i) => ({
    ...(sample.steps[i % sample.steps.length] as Step),
    id: `s${i + 1}`,
    yes: null,
    no: null,
  }));
  return { ...sample, identity: { ...sample.identity, name: SOP_NAME }, steps };
}

/** The preview host with the 300-step SOP in its library, and Chromium on the library screen. */
async function start(): Promise<Page> {
  if (page) return page;
  host = await launchHost();
  browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
  await page.goto(host.url);
  await page.getByTestId('library-empty').waitFor();
  const token = new URL(host.url).hash.replace('#token=', '');
  const response = await fetch(`${host.origin}/api/library:import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sop-token': token },
    body: JSON.stringify({ args: [longSop(), 'bench'] }),
  });
  const answer = (await response.json()) as { ok: boolean };
  if (!answer.ok) throw new Error(`import failed: ${JSON.stringify(answer)}`);
  await page.reload();
  await page.getByTestId('sop-row').first().waitFor();
  return page;
}

async function stop(): Promise<void> {
  await browser?.close();
  await host?.stop();
  browser = undefined;
  host = undefined;
  page = undefined;
}

async function openLongSop(p: Page): Promise<void> {
  await p.getByTestId('sop-row').first().getByRole('button', { name: 'Buka', exact: true }).click();
  await p.locator('[data-testid="flowchart-grid"] .ag-row[row-index="0"]').first().waitFor();
  await p.getByTestId('checks-panel').waitFor();
}

async function backToLibrary(p: Page): Promise<void> {
  await p
    .getByRole('toolbar', { name: 'Pustaka SOP' })
    .getByRole('button', { name: 'Buka' })
    .click();
  await p.getByTestId('sop-row').first().waitFor();
}

/**
 * Runs in the page: presses `key` on the focused grid cell and resolves when the side preview's
 * pages have changed in the DOM.
 */
function keystrokeToPreview(key: string): Promise<void> {
  return new Promise((resolve) => {
    const preview = document.querySelector('.app-side-preview .app-preview-pages');
    const cell = document.activeElement;
    if (!preview || !cell) throw new Error('preview or focused cell missing');
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(preview, { subtree: true, childList: true });
    for (const type of ['keydown', 'keyup'] as const) {
      cell.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, cancelable: true }));
    }
  });
}

/** Tab-separated rows as copied from Excel. */
const TSV_100 = Array.from(
  { length: 100 },
  (_, i) => `${i + 1}\tKegiatan tempelan ${i + 1}\tBerkas\t15 menit\tHasil\t`,
).join('\r\n');

export const benches: Bench[] = [
  {
    name: 'chromium: Buka → library list → open a 300-step SOP (grid and checks shown)',
    runs: 10,
    setup: async () => {
      await start();
    },
    run: async () => {
      const p = await start();
      if (await p.getByTestId('library').isHidden()) await backToLibrary(p);
      await openLongSop(p);
    },
  },
  {
    name: 'chromium: keystroke in a cell (symbol key) to the updated live preview, 300 steps',
    runs: 20,
    setup: async () => {
      const p = await start();
      if (await p.getByTestId('library').isVisible()) await openLongSop(p);
      await p.getByTestId('preview-beside').check();
      await p.getByTestId('preview-page').first().waitFor();
      // Step 3's symbol cell: its symbol changes with every keystroke (1 process, 2 decision).
      await p.locator('.ag-row[row-index="2"] .sop-exec-column').first().click();
    },
    // Timed in the page, from the key event to the preview's DOM holding the new page, so the
    // number is the editor's and not the automation's round trips.
    run: async () => {
      const p = await start();
      keystrokes += 1;
      await p.evaluate(keystrokeToPreview, keystrokes % 2 === 0 ? '1' : '2');
    },
  },
  {
    name: 'chromium: edit a cell as a user (click, F2, type, Enter) to the updated preview, 300 steps',
    runs: 10,
    run: async () => {
      const p = await start();
      edits += 1;
      const marker = `Z${edits}`;
      await p.locator('.ag-row[row-index="1"] [col-id="activity"]').first().click();
      await p.keyboard.press('F2');
      await p.getByTestId('cell-editor').waitFor();
      await p.keyboard.type(marker);
      await p.keyboard.press('Enter');
      // The identity page comes first; step 2 is on the first flowchart page.
      await p.waitForFunction(
        (text) =>
          [...document.querySelectorAll('.app-side-preview [data-testid="preview-page"]')]
            .slice(0, 3)
            .some((page) => page.textContent?.includes(text)),
        marker,
        { polling: 'raf' },
      );
    },
  },
  {
    name: 'chromium: paste 100 rows into a 300-step SOP, then undo (both shown in the grid)',
    runs: 10,
    setup: async () => {
      const p = await start();
      if (await p.getByTestId('library').isVisible()) await openLongSop(p);
      if (await p.getByTestId('preview-beside').isChecked()) {
        await p.getByTestId('preview-beside').uncheck();
      }
    },
    run: async () => {
      const p = await start();
      await p.locator('.ag-row[row-index="2"] [col-id="number"]').first().click();
      await p.evaluate((data) => {
        const transfer = new DataTransfer();
        transfer.setData('text/plain', data);
        (document.activeElement ?? document.body).dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true }),
        );
      }, TSV_100);
      const rows = p.locator('[data-testid="flowchart-grid"] [role="grid"]');
      await p.waitForFunction(
        (expected) =>
          document
            .querySelector('[data-testid="flowchart-grid"] [role="grid"]')
            ?.getAttribute('aria-rowcount') === expected,
        String(STEPS + 100 + 2),
      );
      await p.getByRole('button', { name: 'Urungkan', exact: true }).click();
      await rows.and(p.locator(`[aria-rowcount="${STEPS + 2}"]`)).waitFor();
    },
    teardown: stop,
  },
];
