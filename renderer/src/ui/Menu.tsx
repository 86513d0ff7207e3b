// A popup menu: the row menu of the grid, the menu of an executor's header and the Lainnya menu of
// a toolbar all show their commands with it. Keyboard as in a desktop menu: the first item has
// the focus, arrows move, Enter runs, Escape or a press outside closes; it stays in the window.

import { useCallback, useEffect, useRef } from 'react';
import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useCloseOnOutsidePress, useFittedPlace } from './popup';
import type { PopupAnchor } from './popup';
import './menu.css';

export type MenuItem = {
  key: string;
  label: string;
  /** The key that runs it, as the user reads it (Ctrl+Enter). */
  shortcut?: string;
  /** A picture before the label (a symbol's shape). */
  icon?: ReactNode;
  disabled?: boolean;
  /** Removes something: drawn in the warning colour. */
  danger?: boolean;
  /** Starts another group of items: a line above it. */
  groupStart?: boolean;
  testId?: string;
  run: () => void;
};

type MenuProps = {
  items: readonly MenuItem[];
  at: PopupAnchor;
  label: string;
  testId?: string;
  /** Closes the menu; `ran` says whether an item was chosen (its work runs right after). */
  onClose: (ran: boolean) => void;
  /** Presses on it do not close the menu (the button that opened it toggles it instead). */
  opener?: RefObject<HTMLElement | null>;
};

export function Menu({ items, at, label, testId, onClose, opener }: MenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const place = useFittedPlace(ref, at);
  const dismiss = useCallback(() => onClose(false), [onClose]);
  useCloseOnOutsidePress(ref, dismiss, opener);
  // Once placed (a hidden menu cannot take the focus), the first item has it.
  const placed = place !== undefined;
  useEffect(() => {
    if (placed) ref.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [placed]);

  const choose = (item: MenuItem) => {
    onClose(true);
    item.run();
  };
  return createPortal(
    <div
      ref={ref}
      className="app-menu"
      role="menu"
      aria-label={label}
      data-testid={testId}
      style={place ?? { visibility: 'hidden' }}
      onKeyDown={(event) => onMenuKey(event, dismiss)}
    >
      {items.map((item) => (
        <button
          key={item.key}
          type="button"
          role="menuitem"
          className={menuItemClass(item)}
          disabled={item.disabled}
          data-testid={item.testId}
          onClick={() => choose(item)}
        >
          <span className="app-menu-icon" aria-hidden="true">
            {item.icon}
          </span>
          <span className="app-menu-label">{item.label}</span>
          <kbd hidden={!item.shortcut}>{item.shortcut}</kbd>
        </button>
      ))}
    </div>,
    document.body,
  );
}

function menuItemClass(item: MenuItem): string {
  return ['app-menu-item', item.groupStart && 'app-menu-group', item.danger && 'app-menu-danger']
    .filter(Boolean)
    .join(' ');
}

/** Arrows, Home and End move between the enabled items; Escape and Tab close the menu. */
function onMenuKey(event: KeyboardEvent<HTMLDivElement>, close: () => void): void {
  if (event.key === 'Escape' || event.key === 'Tab') {
    event.preventDefault();
    event.stopPropagation();
    close();
    return;
  }
  const buttons = [
    ...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)'),
  ];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next: Record<string, number> = {
    ArrowDown: (at + 1) % buttons.length,
    ArrowUp: (at - 1 + buttons.length) % buttons.length,
    Home: 0,
    End: buttons.length - 1,
  };
  const target = buttons[next[event.key] ?? -1];
  if (!target) return;
  event.preventDefault();
  event.stopPropagation();
  target.focus();
}
