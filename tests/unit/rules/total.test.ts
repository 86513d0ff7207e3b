import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSopJson } from '../../../shared/model';
import {
  formatHours,
  formatMinutes,
  formatMinutesRange,
  totalTime,
  workdayBasis,
} from '../../../shared/rules';
import { flowDoc } from './docs';

const DAY = 480;
const corpus = (name: string) =>
  parseSopJson(
    readFileSync(new URL(`../../fixtures/sops/${name}.sop.json`, import.meta.url), 'utf8'),
  );

describe('totalTime', () => {
  it('adds the times of a straight flow', () => {
    const doc = flowDoc('tpppt');
    doc.steps.forEach((step, i) => (step.time = `${(i + 1) * 10} menit`));
    expect(totalTime(doc)).toEqual({
      min: 150,
      max: 150,
      path: ['s1', 's2', 's3', 's4', 's5'],
      uncounted: [],
      loops: false,
      reachesEnd: true,
    });
  });

  it('keeps both ends of time ranges', () => {
    const doc = flowDoc('tpt', { 2: { time: '1-3 Hari' } });
    expect(totalTime(doc)).toMatchObject({ min: 60 + DAY, max: 60 + 3 * DAY, loops: false });
  });

  it('adds one rework round to the maximum when a Tidak exit loops back', () => {
    // s3 decides; Tidak returns to s2, so s2 and s3 may run twice.
    const doc = flowDoc('tpdpt', { 3: { no: 's2' } });
    const total = totalTime(doc);
    expect(total).toMatchObject({ min: 150, max: 150 + 60, loops: true, reachesEnd: true });
    expect(total.path).toEqual(['s1', 's2', 's3', 's4', 's5']);
  });

  it('counts steps only on a Tidak branch in the maximum when the branch rejoins further on', () => {
    // Ya jumps from s3 to s6; Tidak runs s4 and s5 first (a forward branch, docs/format.md §8.4).
    const doc = flowDoc('tpdppt', { 3: { yes: 's6', no: 's4' } });
    const total = totalTime(doc);
    expect(total.path).toEqual(['s1', 's2', 's3', 's6']);
    expect(total).toMatchObject({ min: 120, max: 180, loops: false });
  });

  it('lowers the minimum when a Tidak exit skips steps of the main path', () => {
    const doc = flowDoc('tdppt', { 2: { no: 's5' } });
    expect(totalTime(doc)).toMatchObject({ min: 90, max: 150, loops: false });
  });

  it('stops the main path at a step that comes round again and says so', () => {
    // Ya of s2 goes back to s1: the main path never ends; Tidak leads to the end.
    const doc = flowDoc('tdpt', { 2: { yes: 's1', no: 's3' } });
    const total = totalTime(doc);
    expect(total.path).toEqual(['s1', 's2']);
    expect(total.reachesEnd).toBe(false);
    expect(total).toMatchObject({ min: 60, max: 120 });
  });

  it('lists the steps whose time could not be read, but not explicit Mulai/Selesai rows', () => {
    const doc = flowDoc('tppt', {
      1: { activity: 'Mulai', time: '' },
      2: { time: 'segera' },
      4: { activity: 'Selesai', time: '' },
    });
    expect(totalTime(doc)).toMatchObject({ min: 30, max: 30, uncounted: ['s2'] });
  });

  it('uses the configured working day', () => {
    const doc = flowDoc('tt', { 1: { time: '1 hari' }, 2: { time: '1 hari' } });
    expect(totalTime(doc, { hoursPerDay: 7 })).toMatchObject({ min: 840, max: 840 });
  });

  it('gives zero for an SOP without steps', () => {
    const doc = flowDoc('');
    expect(totalTime(doc)).toEqual({
      min: 0,
      max: 0,
      path: [],
      uncounted: [],
      loops: false,
      reachesEnd: true,
    });
  });

  it('totals real SOPs as checked by hand', () => {
    // 66 Psikolog: 5+10+5+5+10+5+240+15 minutes; Tidak of step 4 skips steps 5-7 (255 minutes).
    expect(totalTime(corpus('66-psikolog-uptd'))).toMatchObject({
      min: 40,
      max: 295,
      loops: false,
      uncounted: [],
    });
    // 06 Advokasi KIE: 1+1+1+1+10+(1-3)+5 days, and two approval loops of 2 days each.
    const kie = totalTime(corpus('06-penyelenggaraan-advokasi-kie-kkbpk'));
    expect(kie).toMatchObject({ min: 20 * DAY, max: 26 * DAY, loops: true });
    expect(formatMinutesRange(kie)).toBe('20–26 hari');
  });
});

describe('formatMinutes', () => {
  it.each([
    [0, '0 menit'],
    [-5, '0 menit'],
    [45, '45 menit'],
    [60, '1 jam'],
    [150, '2 jam 30 menit'],
    [480, '1 hari'],
    [600, '1 hari 2 jam'],
    [605, '1 hari 2 jam 5 menit'],
    [1440, '3 hari'],
    [24480, '51 hari'],
    [89.6, '1 jam 30 menit'],
  ])('prints %d minutes as %j', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });

  it('counts days in the configured working day', () => {
    expect(formatMinutes(600, { hoursPerDay: 10 })).toBe('1 hari');
    expect(formatMinutes(500, { hoursPerDay: 7.5 })).toBe('1 hari 50 menit');
  });
});

describe('formatMinutesRange', () => {
  it.each([
    [{ min: 90, max: 90 }, '1 jam 30 menit'],
    [{ min: 480, max: 1440 }, '1–3 hari'],
    [{ min: 0, max: 960 }, '0–2 hari'],
    [{ min: 60, max: 120 }, '1–2 jam'],
    [{ min: 10, max: 30 }, '10–30 menit'],
    [{ min: 30, max: 90 }, '30 menit – 1 jam 30 menit'],
    [{ min: 120, max: 960 }, '2 jam – 2 hari'],
  ])('prints %j as %j', (range, text) => {
    expect(formatMinutesRange(range)).toBe(text);
  });
});

describe('durations in the English interface', () => {
  it.each([
    [0, '0 minutes'],
    [1, '1 minute'],
    [60, '1 hour'],
    [150, '2 hours 30 minutes'],
    [481, '1 day 1 minute'],
    [1440, '3 days'],
  ])('prints %d minutes as %j', (minutes, text) => {
    expect(formatMinutes(minutes, undefined, 'en')).toBe(text);
  });

  it('says ranges with English units, one word for the shared unit', () => {
    expect(formatMinutesRange({ min: 480, max: 1440 }, undefined, 'en')).toBe('1–3 days');
    expect(formatMinutesRange({ min: 0, max: 60 }, undefined, 'en')).toBe('0–1 hour');
    expect(formatMinutesRange({ min: 30, max: 90 }, undefined, 'en')).toBe(
      '30 minutes – 1 hour 30 minutes',
    );
    // The Indonesian words stay the default (documents, the sop command).
    expect(formatMinutesRange({ min: 480, max: 1440 })).toBe('1–3 hari');
  });
});

describe('the working day', () => {
  it('counts a hari as the profile says, and says so', () => {
    const doc = flowDoc('tpt', {
      1: { time: '1 hari' },
      2: { time: '2 hari' },
      3: { time: '30 menit' },
    });
    expect(totalTime(doc).max).toBe(3 * 8 * 60 + 30);
    const short = { hoursPerDay: 7.5 };
    expect(totalTime(doc, short).max).toBe(3 * 7.5 * 60 + 30);
    expect(formatMinutesRange(totalTime(doc, short), short)).toBe('3 hari 30 menit');
    expect(workdayBasis()).toBe('1 hari = 8 jam kerja');
    expect(workdayBasis(short)).toBe('1 hari = 7,5 jam kerja');
    expect(formatHours(7.5)).toBe('7,5');
  });
});
