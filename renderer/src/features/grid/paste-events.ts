// Paste on the grid: a table copied from Excel, Word or the grid itself (HTML or TSV) is mapped to
// the table's columns by the paste mapping (state/paste) and goes in as one undoable edit, with a
// notice saying what went where; a single value goes into the focused cell.

import type { GridApi } from 'ag-grid-community';
import { formatCount, MAX_STEPS } from '../../../../shared/limits';
import type { Step } from '../../../../shared/model';
import { fill, stringsNow } from '../../i18n';
import { parseTsv } from '../../state/clipboard';
import type { ColumnKey } from '../../state/columns';
import { planPaste } from '../../state/paste/map';
import type { PasteTarget, StepsPlan } from '../../state/paste/types';
import { editorStore } from '../../state/store';
import { notify } from '../../ui/notices';
import { tableFromHtml } from './clipboard-html';
import { leavesOut, pasteNotice } from './paste-notice';
import { gridStrings } from './strings';

/** The rows on the clipboard: a table copied alone as HTML (Word, Excel), else the TSV text. */
function clipboardRows(data: DataTransfer): string[][] {
  const html = data.getData('text/html');
  return (html !== '' ? tableFromHtml(html) : null) ?? parseTsv(data.getData('text/plain'));
}

function pasteTarget(api: GridApi<Step>): PasteTarget {
  const focused = api.getFocusedCell();
  if (!focused || editorStore.getState().document.steps.length === 0) return null;
  return { index: focused.rowIndex, column: focused.column.getColId() as ColumnKey };
}

/** Pastes mapped rows as steps and says what went where. */
function pasteAsSteps(plan: StepsPlan): void {
  const state = editorStore.getState();
  const doc = state.document;
  state.apply('pasteSteps', plan.at, plan.steps);
  notify(leavesOut(plan) ? 'error' : 'info', pasteNotice(doc, plan, stringsNow(gridStrings)));
}

function refuseTooMany(count: number): void {
  const t = stringsNow(gridStrings);
  notify('error', fill(t.pasteTooMany, { count: formatCount(count), max: formatCount(MAX_STEPS) }));
}

/**
 * Pastes the clipboard at the focused cell (or after the last step): a single value into the
 * cell, a block as steps. False when the clipboard held nothing to paste.
 */
export function pasteClipboard(api: GridApi<Step>, data: DataTransfer): boolean {
  const state = editorStore.getState();
  const plan = planPaste(state.document, clipboardRows(data), pasteTarget(api));
  if (!plan) return false;
  if (plan.kind === 'cell') state.apply('pasteCells', plan.index, plan.column, [[plan.text]]);
  else if (plan.kind === 'too-many') refuseTooMany(plan.count);
  else pasteAsSteps(plan);
  return true;
}
