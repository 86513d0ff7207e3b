// Total time of an SOP along its main path, as a range when step ranges or branches make it one,
// and the Indonesian text of a duration ("2 jam 30 menit", "1–3 hari").

import type { Step } from '../model';
import { followFrom, mainPath, stepExits, stepIndex } from './flow';
import { isMarkerRow } from './text';
import { parseTime, resolveTimeSettings, type TimeRange, type TimeSettings } from './time';

export type TotalTime = TimeRange & {
  /** Step ids of the main path: from the first step, next row or Ya at each decision. */
  path: string[];
  /**
   * Steps counted in the total whose time could not be read (they count as zero); explicit
   * Mulai/Selesai rows have no time by design and are not listed.
   */
  uncounted: string[];
  /** A Tidak exit on the main path returns to an earlier step; `max` includes one more round. */
  loops: boolean;
  /** False when the main path comes round again or meets a broken exit before the end. */
  reachesEnd: boolean;
};

/**
 * `min` is the main path at its shortest times. `max` adds, for each decision on the path, one
 * rework round when its Tidak exit loops back, or the extra length of its Tidak branch when that
 * branch rejoins further on (or ends elsewhere); a shorter Tidak branch lowers `min`. Each
 * decision is weighed on its own, which is exact for the patterns seen in real SOPs.
 */
export function totalTime(
  doc: { steps: readonly Step[] },
  settings?: Partial<TimeSettings>,
): TotalTime {
  const steps = doc.steps;
  const resolved = resolveTimeSettings(settings);
  const times = steps.map((step) => parseTime(step.time, { settings: resolved }));
  const counted = new Set<number>();
  const sum = (indexes: readonly number[]): TimeRange => {
    const range = { min: 0, max: 0 };
    for (const index of indexes) {
      counted.add(index);
      const time = times[index];
      if (time?.ok) {
        range.min += time.min;
        range.max += time.max;
      }
    }
    return range;
  };

  const ids = stepIndex(steps);
  const main = mainPath(steps);
  const position = new Map(main.path.map((index, at) => [index, at]));
  const total = sum(main.path);
  let loops = false;
  main.path.forEach((index, at) => {
    const no = stepExits(steps, index, ids)[1]?.target;
    if (no?.kind !== 'step') return;
    const branch = followFrom(steps, no.index, (i) => position.has(i), ids);
    const rejoin = branch.stoppedAt === undefined ? undefined : position.get(branch.stoppedAt);
    if (rejoin === undefined && !branch.reachesEnd) return; // a branch that never finishes
    const detour = sum(branch.path);
    if (rejoin !== undefined && rejoin <= at) {
      const round = sum(main.path.slice(rejoin, at + 1));
      total.max += detour.max + round.max;
      loops = true;
      return;
    }
    const skipped = sum(main.path.slice(at + 1, rejoin ?? main.path.length));
    total.min += Math.min(0, detour.min - skipped.min);
    total.max += Math.max(0, detour.max - skipped.max);
  });

  return {
    min: Math.max(0, total.min),
    max: total.max,
    path: main.path.map((index) => (steps[index] as Step).id),
    uncounted: [...counted]
      .sort((a, b) => a - b)
      .filter((index) => !times[index]?.ok && !isMarkerRow(steps[index] as Step))
      .map((index) => (steps[index] as Step).id),
    loops,
    reachesEnd: main.reachesEnd,
  };
}

/**
 * The language of the unit words: Indonesian (documents, the `sop` command, the Indonesian
 * interface) or English (the English interface).
 */
export type DurationLanguage = 'id' | 'en';

type Unit = 'day' | 'hour' | 'minute';

/** Each unit's word for one and for more. */
const UNIT_WORDS: Record<DurationLanguage, Record<Unit, readonly [string, string]>> = {
  id: { day: ['hari', 'hari'], hour: ['jam', 'jam'], minute: ['menit', 'menit'] },
  en: { day: ['day', 'days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'] },
};

function unitWord(unit: Unit, count: number, language: DurationLanguage): string {
  const [one, many] = UNIT_WORDS[language][unit];
  return count === 1 ? one : many;
}

/** A duration in working time: `45 menit`, `2 jam 30 menit`, `1 hari 2 jam` (`1 day 2 hours`). */
export function formatMinutes(
  minutes: number,
  settings?: Partial<TimeSettings>,
  language: DurationLanguage = 'id',
): string {
  return formatDuration(Math.round(minutes), dayMinutes(settings), language);
}

/**
 * A range of durations: one value when both ends agree, a shared unit when it can (`1–3 hari`,
 * `1–2 jam`), otherwise both ends in full (`30 menit – 1 jam 30 menit`).
 */
export function formatMinutesRange(
  range: TimeRange,
  settings?: Partial<TimeSettings>,
  language: DurationLanguage = 'id',
): string {
  const day = dayMinutes(settings);
  const min = Math.round(range.min);
  const max = Math.round(range.max);
  if (min === max) return formatDuration(min, day, language);
  const units: { size: number; unit: Unit; below: number }[] = [
    { size: day, unit: 'day', below: Infinity },
    { size: 60, unit: 'hour', below: day },
    { size: 1, unit: 'minute', below: 60 },
  ];
  for (const { size, unit, below } of units) {
    if (min % size === 0 && max % size === 0 && max >= size && max < below) {
      return `${min / size}–${max / size} ${unitWord(unit, max / size, language)}`;
    }
  }
  return `${formatDuration(min, day, language)} – ${formatDuration(max, day, language)}`;
}

/** Hours as Indonesian writes them: `8`, `7,5`. */
export function formatHours(hours: number): string {
  return String(hours).replace('.', ',');
}

/** How the total counts a day: `1 hari = 8 jam kerja`. */
export function workdayBasis(settings?: Partial<TimeSettings>): string {
  return `1 hari = ${formatHours(resolveTimeSettings(settings).hoursPerDay)} jam kerja`;
}

function dayMinutes(settings?: Partial<TimeSettings>): number {
  return resolveTimeSettings(settings).hoursPerDay * 60;
}

function formatDuration(minutes: number, day: number, language: DurationLanguage): string {
  if (minutes <= 0) return `0 ${unitWord('minute', 0, language)}`;
  const counts: [Unit, number][] = [
    ['day', Math.floor(minutes / day)],
    ['hour', Math.floor((minutes % day) / 60)],
    ['minute', (minutes % day) % 60],
  ];
  return counts
    .filter(([, count]) => count > 0)
    .map(([unit, count]) => `${count} ${unitWord(unit, count, language)}`)
    .join(' ');
}
