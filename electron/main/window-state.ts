// Window size and position, remembered between runs and kept on a screen that still exists.

import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export type Rect = { x: number; y: number; width: number; height: number };
export type WindowState = Rect & { maximized: boolean };

const stateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
  maximized: z.boolean(),
});

export function loadWindowState(file: string): WindowState | null {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  try {
    writeFileSync(file, JSON.stringify(state));
  } catch {
    // Losing the window position is harmless; never let it stop the app from closing.
  }
}

/** The saved bounds if at least a 100×100 px corner of the title area is on some display. */
export function placeOnDisplays(state: WindowState | null, workAreas: Rect[]): WindowState | null {
  if (!state) return null;
  const visible = workAreas.some((area) => {
    const overlapX =
      Math.min(state.x + state.width, area.x + area.width) - Math.max(state.x, area.x);
    const overlapY = Math.min(state.y + 100, area.y + area.height) - Math.max(state.y, area.y);
    return overlapX >= 100 && overlapY >= 50;
  });
  return visible ? state : { ...state, x: 0, y: 0, maximized: state.maximized };
}
