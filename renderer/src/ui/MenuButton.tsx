// A button that opens a menu under itself (the Lainnya button of a toolbar, the menu of an
// executor's header); the focus comes back to it when the menu closes.

import { useCallback, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Menu } from './Menu';
import type { MenuItem } from './Menu';
import { anchorBelow } from './popup';
import type { PopupAnchor } from './popup';

type MenuButtonProps = {
  /** What the button shows. */
  children: ReactNode;
  /** Its name for screen readers and its tooltip (also the menu's name). */
  label: string;
  items: readonly MenuItem[];
  className?: string;
  testId?: string;
  menuTestId?: string;
};

export function MenuButton({
  children,
  label,
  items,
  className,
  testId,
  menuTestId,
}: MenuButtonProps) {
  const button = useRef<HTMLButtonElement>(null);
  const [at, setAt] = useState<PopupAnchor | null>(null);
  const close = useCallback((ran: boolean) => {
    setAt(null);
    // After a choice its work decides where the focus goes (a rename field, a dialog).
    if (!ran) button.current?.focus();
  }, []);
  return (
    <>
      <button
        ref={button}
        type="button"
        className={className}
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={at !== null}
        data-testid={testId}
        onClick={(event) => setAt(at ? null : anchorBelow(event.currentTarget))}
      >
        {children}
      </button>
      {at && (
        <Menu
          items={items}
          at={at}
          label={label}
          testId={menuTestId}
          onClose={close}
          opener={button}
        />
      )}
    </>
  );
}
