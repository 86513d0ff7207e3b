import type { CellFocusedEvent } from 'ag-grid-community';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Step } from '../../../shared/model';
import type { NavigateToNextCellParams } from 'ag-grid-community';
import {
  navigateToNextCell,
  onCellFocused,
} from '../../../renderer/src/features/grid/grid-handlers';
import { extendsRange, useRange } from '../../../renderer/src/features/grid/range';
import { editorStore } from '../../../renderer/src/state/store';
import { docWith } from './helpers';

const doc = docWith([
  { activity: 'A', executors: ['e1'] },
  { activity: 'B', executors: ['e1'] },
  { activity: 'C', executors: ['e1'] },
  { activity: 'D', executors: ['e1'] },
]);

type Source = { type: string; shiftKey: boolean; key?: string };

/** The focus event AG Grid delivers (asynchronously) for a gesture on row `row`, column `column`. */
function focused(row: number, column: string, sourceEvent?: Source): CellFocusedEvent<Step> {
  return {
    rowIndex: row,
    column: { getColId: () => column },
    sourceEvent,
    api: { getDisplayedRowAtIndex: (i: number) => ({ data: doc.steps[i] }) },
  } as unknown as CellFocusedEvent<Step>;
}

/** Arrow navigation as AG Grid runs it: the callback in the keydown, the focus event later. */
function navigate(row: number, column: string, key: string, shiftKey: boolean) {
  const next = { rowIndex: row, rowPinned: null, column: { getColId: () => column } };
  navigateToNextCell({
    key,
    event: { type: 'keydown', key, shiftKey },
    nextCellPosition: next,
  } as unknown as NavigateToNextCellParams<Step>);
  return focused(row, column);
}

const click = (shiftKey = false): Source => ({ type: 'mousedown', shiftKey });
const arrow = (key: string, shiftKey: boolean): Source => ({ type: 'keydown', shiftKey, key });
const range = () => {
  const { anchor, focus } = useRange.getState();
  return { anchor: anchor?.row, focus: focus?.row };
};

beforeEach(() => {
  editorStore.getState().load(doc);
  useRange.getState().clear();
});

describe('which gestures extend the range', () => {
  it('shift+click and shift+arrows extend; plain ones, Shift+Tab and API focus do not', () => {
    expect(extendsRange(click(true))).toBe(true);
    expect(extendsRange(arrow('ArrowDown', true))).toBe(true);
    expect(extendsRange(arrow('ArrowLeft', true))).toBe(true);
    expect(extendsRange(click(false))).toBe(false);
    expect(extendsRange(arrow('ArrowDown', false))).toBe(false);
    expect(extendsRange(arrow('Tab', true))).toBe(false);
    expect(extendsRange(arrow('Enter', true))).toBe(false);
    expect(extendsRange(undefined)).toBe(false);
  });
});

describe('the range follows the gesture of each focus event', () => {
  it('a plain click starts a new range even when its focus event arrives after Shift is pressed', () => {
    onCellFocused(focused(0, 'time', click()));
    onCellFocused(focused(1, 'output', click(true)));
    expect(range()).toEqual({ anchor: 0, focus: 1 });
    // The clerk clicks step 3 and at once presses Shift+ArrowDown: AG Grid's focus event for
    // the click is delivered only after the key went down. It still carries the plain click.
    const clickEvent = focused(2, 'notes', click());
    const arrowEvent = navigate(3, 'notes', 'ArrowDown', true);
    onCellFocused(clickEvent);
    onCellFocused(arrowEvent);
    expect(range()).toEqual({ anchor: 2, focus: 3 });
  });

  it('two quick Shift+ArrowDown presses both extend; a plain arrow collapses', () => {
    onCellFocused(focused(0, 'time', click()));
    const first = navigate(1, 'time', 'ArrowDown', true);
    const second = navigate(2, 'time', 'ArrowDown', true);
    onCellFocused(first);
    onCellFocused(second);
    expect(range()).toEqual({ anchor: 0, focus: 2 });
    onCellFocused(navigate(3, 'time', 'ArrowDown', false));
    expect(range()).toEqual({ anchor: 3, focus: 3 });
  });

  it('focus set by the app (no source event) collapses the range to the cell', () => {
    onCellFocused(focused(0, 'time', click()));
    onCellFocused(focused(2, 'time', click(true)));
    onCellFocused(focused(3, 'time'));
    expect(range()).toEqual({ anchor: 3, focus: 3 });
  });
});
