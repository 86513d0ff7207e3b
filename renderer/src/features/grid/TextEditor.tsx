// Cell editor of the text columns: a textarea over the cell that grows with its text. Enter
// commits like Excel; Alt+Enter starts a new line (sub-items "a.", "b." on their own lines).

import { useLayoutEffect, useRef, useState } from 'react';
import type { CustomCellEditorProps } from 'ag-grid-react';
import type { Step } from '../../../../shared/model';
import { collectedKeys, editStopped } from './typing-buffer';

/** The value an edit starts from: the typed key replaces the text, like Excel. */
function startValue(props: CustomCellEditorProps<Step, string>): string {
  const typed = collectedKeys();
  if (props.eventKey === 'Backspace' || props.eventKey === 'Delete') return typed;
  if (props.eventKey && props.eventKey.length === 1) return props.eventKey + typed;
  return (props.value ?? '') + typed;
}

export function TextEditor(props: CustomCellEditorProps<Step, string>) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const { onValueChange } = props;
  // The text lives here from the first render; `used` counts the keys typed before it.
  const [start] = useState(() => ({ text: startValue(props), used: collectedKeys().length }));
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
    const late = collectedKeys().slice(start.used);
    editStopped();
    if (late !== '') change(event.currentTarget.value + late);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || !event.altKey) return;
    event.preventDefault();
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
