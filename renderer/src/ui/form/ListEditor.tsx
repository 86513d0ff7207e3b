// Editor of one identity list (Dasar Hukum, Peralatan …): add, remove and reorder items; pasting
// a numbered list into an item splits it into items.

import { useRef } from 'react';
import type { ClipboardEvent } from 'react';
import { fill, useStrings } from '../../i18n';
import { editorStore } from '../../state/store';
import { splitPastedList } from './list-paste';
import { formStrings } from './strings';
import './form.css';

type ListEditorProps = {
  field: string;
  label: string;
  items: readonly string[];
  onChange: (items: string[]) => void;
};

export function ListEditor({ field, label, items, onChange }: ListEditorProps) {
  const t = useStrings(formStrings);
  const box = useRef<HTMLFieldSetElement>(null);

  const focusItem = (index: number) =>
    requestAnimationFrame(() =>
      box.current?.querySelectorAll<HTMLTextAreaElement>('textarea')[index]?.focus(),
    );
  const replace = (index: number, next: string) =>
    onChange(items.map((item, i) => (i === index ? next : item)));
  const insertAt = (index: number, added: string[]) => {
    onChange([...items.slice(0, index), ...added, ...items.slice(index)]);
    focusItem(index + added.length - 1);
  };
  const remove = (index: number) => {
    onChange(items.filter((_, i) => i !== index));
    focusItem(Math.max(0, index - 1));
  };
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= items.length) return;
    const next = [...items];
    [next[index], next[target]] = [next[target] ?? '', next[index] ?? ''];
    editorStore.getState().sealHistory();
    onChange(next);
    focusItem(target);
  };
  const onPaste = (index: number, event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = splitPastedList(event.clipboardData.getData('text/plain'));
    if (!pasted) return;
    event.preventDefault();
    editorStore.getState().sealHistory();
    const current = items[index] ?? '';
    // Pasting into an empty item replaces it; into a filled one adds the items after it.
    if (current.trim() === '') {
      onChange([...items.slice(0, index), ...pasted, ...items.slice(index + 1)]);
    } else {
      onChange([...items.slice(0, index + 1), ...pasted, ...items.slice(index + 1)]);
    }
    editorStore.getState().sealHistory();
  };

  return (
    <fieldset className="app-list" data-field={field} data-testid={`list-${field}`} ref={box}>
      <legend>{label}</legend>
      {items.length === 0 && <p className="app-muted">{t.emptyList}</p>}
      <ol>
        {items.map((item, index) => (
          <li key={index}>
            <textarea
              rows={1}
              value={item}
              aria-label={fill(t.itemLabel, { list: label, number: index + 1 })}
              onChange={(e) => replace(index, e.target.value)}
              onPaste={(e) => onPaste(index, e)}
              onBlur={() => editorStore.getState().sealHistory()}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey && !e.altKey) {
                  e.preventDefault();
                  editorStore.getState().sealHistory();
                  insertAt(index + 1, ['']);
                }
              }}
            />
            <span className="app-list-buttons">
              <button
                type="button"
                title={t.moveUp}
                aria-label={t.moveUp}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                title={t.moveDown}
                aria-label={t.moveDown}
                disabled={index === items.length - 1}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                title={t.removeItem}
                aria-label={t.removeItem}
                onClick={() => remove(index)}
              >
                ✕
              </button>
            </span>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="app-link-button"
        onClick={() => insertAt(items.length, [''])}
      >
        + {t.addItem}
      </button>
    </fieldset>
  );
}
