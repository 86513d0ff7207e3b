// Cell editor of the text columns: a textarea over the cell that grows with its text. Enter
// commits like Excel; Alt+Enter starts a new line (sub-items "a.", "b." on their own lines).

import { useLayoutEffect, useRef, useState } from 'react';
import type { CustomCellEditorProps } from 'ag-grid-react';
import type { Step } from '../../../../shared/model';

/** The value an edit starts from: the typed key replaces the text, like Excel. */
function startValue(props: CustomCellEditorProps<Step, string>): string {
  if (props.eventKey === 'Backspace' || props.eventKey === 'Delete') return '';
  if (props.eventKey && props.eventKey.length === 1) return props.eventKey;
  return props.value ?? '';
}

export function TextEditor(props: CustomCellEditorProps<Step, string>) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const { onValueChange } = props;
  // The text lives here from the first render, so keys typed while the editor mounts are kept.
  const [text, setText] = useState(() => startValue(props));
  const change = (next: string) => {
    setText(next);
    onValueChange(next);
  };

  useLayoutEffect(() => {
    if (text !== (props.value ?? '')) onValueChange(text);
    const area = ref.current;
    if (!area) return;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
    // Only on mount: later changes come from typing.
  }, []);

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || !event.altKey) return;
    event.preventDefault();
    const area = event.currentTarget;
    const { selectionStart, selectionEnd } = area;
    change(text.slice(0, selectionStart) + '\n' + text.slice(selectionEnd));
    requestAnimationFrame(() => area.setSelectionRange(selectionStart + 1, selectionStart + 1));
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
      onKeyDown={onKeyDown}
    />
  );
}
