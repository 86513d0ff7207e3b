// Adding executor columns: a button of the grid's toolbar opens a small form under it, where a
// name is typed or picked from the organisation's roles. It stays open for the next name, so a
// clerk adds the SOP's executors in one go; Escape or a press outside closes it.

import { useCallback, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useStrings } from '../../i18n';
import { editorStore, useEditor } from '../../state/store';
import { anchorBelow, useCloseOnOutsidePress, useFittedPlace } from '../../ui/popup';
import type { PopupAnchor } from '../../ui/popup';
import { gridStrings } from './strings';

export function AddExecutor({ names }: { names: readonly string[] }) {
  const t = useStrings(gridStrings);
  const button = useRef<HTMLButtonElement>(null);
  const [at, setAt] = useState<PopupAnchor | null>(null);
  const close = useCallback(() => setAt(null), []);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="sop-add-executor-button"
        aria-expanded={at !== null}
        data-testid="add-executor"
        onClick={(e) => setAt(at ? null : anchorBelow(e.currentTarget))}
      >
        <span aria-hidden="true">+</span> {t.addExecutor}
      </button>
      {at && <AddExecutorForm names={names} at={at} opener={button} onClose={close} />}
    </>
  );
}

type FormProps = {
  names: readonly string[];
  at: PopupAnchor;
  opener: React.RefObject<HTMLButtonElement | null>;
  onClose: () => void;
};

function AddExecutorForm({ names, at, opener, onClose }: FormProps) {
  const t = useStrings(gridStrings);
  const listId = useId();
  const inputId = useId();
  const form = useRef<HTMLFormElement>(null);
  const place = useFittedPlace(form, at);
  const [name, setName] = useState('');
  const used = useEditor((s) => s.document.executors);
  const offered = names.filter((n) => !used.some((e) => e.name === n));
  const close = useCallback(() => {
    onClose();
    opener.current?.focus();
  }, [onClose, opener]);
  useCloseOnOutsidePress(form, onClose, opener);

  const add = () => {
    if (name.trim() === '') return;
    editorStore.getState().apply('addExecutor', name);
    setName('');
  };
  return createPortal(
    <form
      ref={form}
      className="sop-popover sop-add-executor"
      aria-label={t.addExecutor}
      style={place ?? { visibility: 'hidden' }}
      onKeyDown={(e) => e.key === 'Escape' && close()}
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <label htmlFor={inputId}>{t.executorName}</label>
      <span className="sop-popover-row">
        <input
          id={inputId}
          list={listId}
          value={name}
          autoFocus
          placeholder={t.executorNameHint}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="sop-primary" disabled={name.trim() === ''}>
          {t.add}
        </button>
      </span>
      <datalist id={listId}>
        {offered.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <p className="sop-hint">{t.addExecutorHint}</p>
    </form>,
    document.body,
  );
}
