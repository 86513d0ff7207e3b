// A toolbar that stays on one line: the items that fit, in order, and a Lainnya button with a
// menu of the rest. It measures the room it has whenever it resizes or its items change, so a
// side panel or a narrow window never wraps it or pushes controls under another panel.

import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useStrings } from '../i18n';
import type { MenuItem } from './Menu';
import { MenuButton } from './MenuButton';
import { fittingCount } from './overflow';
import { uiStrings } from './strings';
import './overflow-bar.css';

export type BarItem = {
  /** What the bar shows. */
  element: ReactNode;
  /** The same command as an entry of the Lainnya menu (its key is the item's key). */
  menu: MenuItem;
};

type OverflowBarProps = {
  label: string;
  items: readonly BarItem[];
  /** Always shown at the end of the bar, after Lainnya (it never goes into the menu). */
  end?: ReactNode;
  className?: string;
  testId?: string;
};

/** The Lainnya button's width before it has been shown once (measured after). */
const MORE_WIDTH_GUESS = 96;

export function OverflowBar({ label, items, end, className, testId }: OverflowBarProps) {
  const t = useStrings(uiStrings);
  const bar = useRef<HTMLDivElement>(null);
  const row = useRef<HTMLDivElement>(null);
  const more = useRef<HTMLSpanElement>(null);
  const moreWidth = useRef(MORE_WIDTH_GUESS);
  const [fit, setFit] = useState(items.length);

  const measure = useCallback(() => {
    const element = row.current;
    if (!element) return;
    const start = element.getBoundingClientRect().left;
    const ends = [...element.children].map((item) => item.getBoundingClientRect().right - start);
    const shown = more.current?.getBoundingClientRect().width ?? 0;
    if (shown > 0) moreWidth.current = shown + gapOf(bar.current);
    const available = element.clientWidth + (shown > 0 ? moreWidth.current : 0);
    setFit(fittingCount(ends, available, moreWidth.current));
  }, []);

  // After every render (texts and items change with the language and the selection) …
  useLayoutEffect(measure);
  // … and whenever the bar gets wider or narrower.
  useLayoutEffect(() => {
    const element = bar.current;
    if (!element) return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [measure]);

  const hidden = items
    .slice(fit)
    .map((item, at) => ({ ...item.menu, groupStart: at > 0 && item.menu.groupStart }));
  return (
    <div
      ref={bar}
      className={`app-overflow-bar ${className ?? ''}`}
      role="toolbar"
      aria-label={label}
      data-testid={testId}
    >
      <div ref={row} className="app-overflow-items">
        {items.map((item, index) => (
          <span
            key={item.menu.key}
            className={
              item.menu.groupStart && index > 0 ? 'app-bar-item app-bar-group' : 'app-bar-item'
            }
            aria-hidden={index >= fit || undefined}
            data-overflowed={index >= fit || undefined}
          >
            {item.element}
          </span>
        ))}
      </div>
      {hidden.length > 0 && (
        <span ref={more} className="app-bar-more">
          <MenuButton
            label={t.more}
            items={hidden}
            testId="toolbar-more"
            menuTestId="toolbar-more-menu"
          >
            {t.more} <span aria-hidden="true">▾</span>
          </MenuButton>
        </span>
      )}
      {end}
    </div>
  );
}

function gapOf(element: HTMLElement | null): number {
  return element ? parseFloat(getComputedStyle(element).columnGap) || 0 : 0;
}
