// The editor in real Chromium against the preview host (temp data folder): opening a 300-step SOP
// from the library, a cell edit reaching the live preview at 300 steps, and pasting 100 rows.
// Each timed run is the user's whole gesture, from the input event to the screen showing it.
// Every case has its own host, browser, context and page, made in its setup and closed in its
// teardown, so no case depends on (or is broken by) the state another one left behind.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { parseSopJson } from '../../shared/model';
import type { SopDocument, Step } from '../../shared/model';
import { callHost } from '../support/host-api';
import { launchHost } from '../support/host-process';
import type { HostProcess } from '../support/host-process';
import type { Bench } from './harness';

const STEPS = 300;
const SOP_NAME = 'SOP panjang 300 langkah';
/** Longest wait for one browser action: a stuck page fails the run instead of hanging it. */
const ACTION_TIMEOUT_MS = 30_000;

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

type Session = { host: HostProcess; browser: Browser; context: BrowserContext; page: Page };

/** A preview host with the 300-step SOP in its library, and Chromium on the library screen. */
async function openSession(): Promise<Session> {
  const host = await launchHost();
  let browser: Browser | undefined;
  try {
    await callHost(host, 'library:import', longSop(), 'bench');
    browser = await chromium.launch({
      executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByTestId('sop-row').first().waitFor();
    return { host, browser, context, page };
  } catch (error) {
    await browser?.close();
    await host.stop();
    throw error;
  }
}

async function closeSession(session: Session): Promise<void> {
  try {
    await session.context.close();
    await session.browser.close();
  } finally {
    await session.host.stop();
  }
}

/**
 * A case on its own session: `prepare` brings the page to where the timed gesture starts, `run`
 * is the gesture (with its own counter of runs, for gestures that alternate).
 */
function chromiumBench(options: {
  name: string;
  runs: number;
  prepare?: (page: Page) => Promise<void>;
  run: (page: Page, count: number) => Promise<void>;
}): Bench {
  let session: Session | undefined;
  let count = 0;
  const page = (): Page => {
    if (!session) throw new Error('no browser session: the setup did not finish');
    return session.page;
  };
  return {
    name: options.name,
    runs: options.runs,
    setup: async () => {
      session = await openSession();
      await options.prepare?.(session.page);
    },
    run: () => options.run(page(), ++count),
    teardown: async () => {
      const open = session;
      session = undefined;
      if (open) await closeSession(open);
    },
  };
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

/** The SOP open with the live preview beside the grid, its pages drawn. */
async function openWithPreview(p: Page): Promise<void> {
  await openLongSop(p);
  await p.getByTestId('preview-beside').check();
  await p.locator('.app-side-preview [data-testid="preview-page"]').first().waitFor();
}

/**
 * Runs in the page: presses the symbol key that changes the focused cell's symbol (3 capsule,
 * else 1 box; not 2, since a new diamond opens its exits editor and changes nothing until the
 * clerk confirms) and resolves when the side preview's pages have changed in the DOM; rejects
 * after `timeoutMs`, so a keystroke that changes nothing fails the run instead of waiting.
 */
function keystrokeToPreview(timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const preview = document.querySelector('.app-side-preview .app-preview-pages');
    const cell = document.activeElement;
    if (!preview || !cell) {
      reject(new Error('preview or focused cell missing'));
      return;
    }
    const symbol = cell.querySelector('[data-symbol]')?.getAttribute('data-symbol');
    const key = symbol === 'terminator' ? '1' : '3';
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`the preview did not change within ${timeoutMs} ms of key ${key}`));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      observer.disconnect();
      clearTimeout(timer);
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
  chromiumBench({
    name: 'chromium: Buka → library list → open a 300-step SOP (grid and checks shown)',
    runs: 10,
    run: async (p) => {
      if (await p.getByTestId('library').isHidden()) await backToLibrary(p);
      await openLongSop(p);
    },
  }),
  chromiumBench({
    name: 'chromium: keystroke in a cell (symbol key) to the updated live preview, 300 steps',
    runs: 20,
    prepare: async (p) => {
      await openWithPreview(p);
      // Step 3's symbol cell: every keystroke changes its symbol, so the preview redraws.
      await p.locator('.ag-row[row-index="2"] .sop-exec-column').first().click();
    },
    // Timed in the page, from the key event to the preview's DOM holding the new page, so the
    // number is the editor's and not the automation's round trips.
    run: async (p) => {
      await p.evaluate(keystrokeToPreview, ACTION_TIMEOUT_MS);
    },
  }),
  chromiumBench({
    name: 'chromium: edit a cell as a user (click, F2, type, Enter) to the updated preview, 300 steps',
    runs: 10,
    prepare: openWithPreview,
    run: async (p, count) => {
      const marker = `Z${count}`;
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
        { polling: 'raf', timeout: ACTION_TIMEOUT_MS },
      );
    },
  }),
  chromiumBench({
    name: 'chromium: paste 100 rows into a 300-step SOP, then undo (both shown in the grid)',
    runs: 10,
    prepare: async (p) => {
      await openLongSop(p);
      if (await p.getByTestId('preview-beside').isChecked()) {
        await p.getByTestId('preview-beside').uncheck();
      }
    },
    run: async (p) => {
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
        { timeout: ACTION_TIMEOUT_MS },
      );
      await p.getByRole('button', { name: 'Urungkan', exact: true }).click();
      await rows.and(p.locator(`[aria-rowcount="${STEPS + 2}"]`)).waitFor();
    },
  }),
];
