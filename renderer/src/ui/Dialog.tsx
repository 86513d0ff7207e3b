// A modal dialog on the native <dialog> element: focus stays inside, Escape closes it.

import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useStrings } from '../i18n';
import { uiStrings } from './strings';
import './dialog.css';

type DialogProps = {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  testId?: string;
};

export function Dialog({ title, onClose, children, wide, testId }: DialogProps) {
  const t = useStrings(uiStrings);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'app-dialog app-dialog-wide' : 'app-dialog'}
      aria-label={title}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="app-dialog-head">
        <h2>{title}</h2>
        <button type="button" className="app-icon-button" aria-label={t.close} onClick={onClose}>
          ✕
        </button>
      </header>
      <div className="app-dialog-body">{children}</div>
    </dialog>
  );
}
