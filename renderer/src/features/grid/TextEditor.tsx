// Cell editor of the text columns: a textarea over the cell that grows with its text. Enter
// commits like Excel and moves down (on the last row, to a new step); Alt+Enter starts a new
// line (sub-items "a.", "b." on their own lines).
// Keys typed while it mounted (typing-buffer.ts) join the text, and an Enter, Tab or Escape typed
// in that moment ends the edit the way the key would have.

import { useLayoutEffect, useRef, useState } from 'react';
import type { CustomCellEditorProps } from 'ag-grid-react';
import type { Step } from '../../../../shared/model';
import { continueAfterLastRow } from './commands';
import { collectedKeys, takeKeys } from './typing-buffer';
import type { CellAt, EditEnd } from './typing-buffer';

/** The cell an editor edits, as the typing buffer names it. */
function editedCell(props: CustomCellEditorProps<Step, string>): CellAt {
  return { rowId: props.node.id ?? '', colId: props.column.getColId() };
}

/** The value an edit starts from: the typed key replaces the text, like Excel. */
function startValue(props: CustomCellEditorProps<Step, string>): string {
  const typed = collectedKeys(editedCell(props));
  if (props.eventKey === 'Backspace' || props.eventKey === 'Delete') return typed;
  if (props.eventKey && props.eventKey.length === 1) return props.eventKey + typed;
  return (props.value ?? '') + typed;
}

export function TextEditor(props: CustomCellEditorProps<Step, string>) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const { onValueChange } = props;
  // The text lives here from the first render; `used` counts the keys typed before it.
  const [start] = useState(() => ({
    text: startValue(props),
    used: collectedKeys(editedCell(props)).length,
  }));
  const [text, setText] = useState(start.text);
  const change = (next: string) => {
    setText(next);
    onValueChange(next);
  };

  useLayoutEffect(() => {
    if (start.text !== (props.value ?? '')) onValueChange(start.text);
    // The popup may join the page a frame later: keep trying to take the focus until it does.
    let frame = 0;
    const focus = () => {
      const area = ref.current;
      if (!area) return;
      area.focus();
      if (document.activeElement !== area) frame = requestAnimationFrame(focus);
      // Focus puts the caret at the start; typing continues at the end, like Excel.
      else area.setSelectionRange(area.value.length, area.value.length);
    };
    focus();
    return () => cancelAnimationFrame(frame);
    // Only on mount: later changes come from typing.
  }, []);

  /** Keys typed after the first render but before the focus arrived join the text. */
  const onFocus = (event: React.FocusEvent<HTMLTextAreaElement>) => {
    const { keys, end } = takeKeys(editedCell(props));
    const late = keys.slice(start.used);
    if (late !== '') change(event.currentTarget.value + late);
    if (end !== null) finish(end);
  };

  /**
   * Does what the grid does for these keys while editing (enterNavigatesVerticallyAfterEdit),
   * and Enter on the last row goes on to a new step. The grid leaves Enter to the editor
   * (column-defs.ts), so a typed Enter and one typed before the editor showed end the same way.
   */
  const finish = (end: EditEnd) => {
    const { api, node, column } = props;
    if (end === 'Tab') api.tabToNextCell();
    else if (end === 'Shift+Tab') api.tabToPreviousCell();
    else {
      // The grid's stopEditing (cancel on Escape), not the editor's, which always keeps the text.
      api.stopEditing(end === 'Escape');
      if (end !== 'Enter') return;
      const below = (node.rowIndex ?? -1) + 1;
      if (below > 0 && below < api.getDisplayedRowCount()) {
        api.ensureIndexVisible(below);
        api.setFocusedCell(below, column);
      } else if (node.id !== undefined) {
        continueAfterLastRow(node.id, column.getColId());
      }
    }
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    if (!event.altKey) {
      finish('Enter');
      return;
    }
    // Edit the textarea in place, so the caret stays right after the new line.
    const area = event.currentTarget;
    area.setRangeText('\n', area.selectionStart, area.selectionEnd, 'end');
    change(area.value);
  };

  return (
    <textarea
      ref={ref}
      className="sop-text-editor"
      data-testid="cell-editor"
      value={text}
      rows={Math.max(2, text.split('\n').length + 1)}
      style={{ width: props.column.getActualWidth() }}
      onChange={(event) => change(event.target.value)}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    />
  );
}
