// The tick column's head: selects every accepted SOP the register lists (or clears them), checked
// when all of them are chosen and half-checked when some are; off when none is listed.

import { useEffect, useRef } from 'react';

type SelectAcceptedProps = {
  label: string;
  /** Accepted SOPs listed on this page. */
  listed: number;
  /** How many of them are chosen. */
  chosen: number;
  onSelect: (all: boolean) => void;
};

export function SelectAccepted({ label, listed, chosen, onSelect }: SelectAcceptedProps) {
  const box = useRef<HTMLInputElement>(null);
  const all = listed > 0 && chosen === listed;
  const some = chosen > 0 && !all;
  useEffect(() => {
    if (box.current) box.current.indeterminate = some;
  }, [some]);
  return (
    <input
      ref={box}
      type="checkbox"
      checked={all}
      disabled={listed === 0}
      aria-label={label}
      title={label}
      data-testid="register-select-all"
      onChange={() => onSelect(!all)}
    />
  );
}
