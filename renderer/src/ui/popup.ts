// What every popup of the app does (menus, small forms under a button): it closes on a press
// outside it, and it stays inside the window, moved in from its anchor by its measured size.

import { useEffect, useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/** The room left between a popup and the window's edge. */
const EDGE = 8;

export type PopupAnchor = { x: number; y: number };

/** Calls `onClose` when the pointer goes down outside `ref` (or outside `alsoInside`). */
export function useCloseOnOutsidePress(
  ref: RefObject<HTMLElement | null>,
  onClose: () => void,
  alsoInside?: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target;
      if (!(target instanceof Node)) return;
      if (ref.current?.contains(target) || alsoInside?.current?.contains(target)) return;
      onClose();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [ref, onClose, alsoInside]);
}

/** Where a popup opened at `at` goes so that all of it shows: `at`, moved in from the edges. */
export function fitInWindow(
  at: PopupAnchor,
  size: { width: number; height: number },
  window: { width: number; height: number },
): { top: number; left: number } {
  return {
    top: Math.max(0, Math.min(at.y, window.height - size.height - EDGE)),
    left: Math.max(0, Math.min(at.x, window.width - size.width - EDGE)),
  };
}

/** The fitted place of the popup `ref` opened at `at` (measured before it is painted). */
export function useFittedPlace(
  ref: RefObject<HTMLElement | null>,
  at: PopupAnchor | null,
): { top: number; left: number } | undefined {
  const [place, setPlace] = useState<{ top: number; left: number }>();
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (!at || !box) return;
    setPlace(fitInWindow(at, box, { width: window.innerWidth, height: window.innerHeight }));
  }, [ref, at]);
  return at ? place : undefined;
}

/** The anchor under an element: its bottom-left corner. */
export function anchorBelow(element: Element): PopupAnchor {
  const box = element.getBoundingClientRect();
  return { x: box.left, y: box.bottom + 2 };
}
