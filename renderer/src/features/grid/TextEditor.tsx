// Cell editor of the text columns: a textarea over the cell that grows with its text. Enter
// commits like Excel; Alt+Enter starts a new line (sub-items "a.", "b." on their own lines).

import { useEffect, useRef } from 'react';
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
  const value = props.value ?? '';

  useEffect(() => {
    const initial = startValue(props);
    if (initial !== (props.value ?? '')) onValueChange(initial);
    const area = ref.current;
    if (!area) return;
    area.focus();
    area.setSelectionRange(initial.length, initial.length);
    // Only on mount: later renders come from typing.
  }, []);

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || !event.altKey) return;
    event.preventDefault();
    const area = event.currentTarget;
    const { selectionStart, selectionEnd } = area;
    const next = value.slice(0, selectionStart) + '\n' + value.slice(selectionEnd);
    onValueChange(next);
    requestAnimationFrame(() => area.setSelectionRange(selectionStart + 1, selectionStart + 1));
  };

  const lines = value.split('\n').length;
  return (
    <textarea
      ref={ref}
      className="sop-text-editor"
      data-testid="cell-editor"
      value={value}
      rows={Math.max(2, lines + 1)}
      style={{ width: props.column.getActualWidth() }}
      onChange={(event) => onValueChange(event.target.value)}
      onKeyDown={onKeyDown}
    />
  );
}
