// Checks that an activity is written as an active verb without a subject ("Membuat konsep …"),
// not starting with who does it ("Kasi membuat konsep …"): the executor column already says who.

import type { SopDocument } from '../../model';
import type { Finding } from '../finding';
import { stepName } from '../text';

// Role words that open an activity as its subject even when no executor column has that name:
// activity texts keep saying "Kasi" after the lanes were renamed (docs/format.md §8.3).
const ROLE_WORDS = [
  'kasi',
  'kasie',
  'kepala',
  'kabid',
  'kadis',
  'kasubag',
  'kasubbag',
  'sekretaris',
  'sekertaris',
  'sekdis',
  'staf',
  'staff',
  'subkoor',
  'sub koor',
  'subkor',
  'sub kor',
  'subkon',
  'sub koordinator',
  'plkb',
  'pkb',
  'pimpinan',
  'petugas',
  'jafung',
  'bupati',
  'wali kota',
  'walikota',
  'camat',
];

// A sub-item marker before the first sub-item: `a. `, `a `, `1) `.
const SUB_ITEM = /^\s*(?:[a-z]|\d{1,2})[.)]?\s+/i;

const ROLE_NAMES = ROLE_WORDS.map((word) => word.split(' '));

export function checkActivities(doc: SopDocument): Finding[] {
  const names = subjectNames(doc);
  return doc.steps.flatMap((step, index): Finding[] => {
    const subject = leadingSubject(step.activity, names);
    if (!subject) return [];
    return [
      {
        id: 'activity-starts-with-executor',
        severity: 'warning',
        message: `Kegiatan ${stepName(index).toLowerCase()} diawali nama pelaksana ("${subject.name}"). Tulis kegiatan sebagai kata kerja tanpa subjek, karena pelaksananya sudah ditandai di kolom Pelaksana, misalnya "${subject.suggestion}".`,
        location: { kind: 'step', stepId: step.id, column: 'activity' },
      },
    ];
  });
}

/** Executor names (and each part of `PKB/PLKB`) plus the common role words, as lower-case words. */
function subjectNames(doc: SopDocument): string[][] {
  const fromExecutors = doc.executors.flatMap((executor) => {
    const name = executor.name.toLowerCase();
    return [name, ...name.split('/')].map((part) => part.split(/\s+/).filter(Boolean));
  });
  return [...fromExecutors, ...ROLE_NAMES].filter((words) => words.join(' ').length >= 2);
}

/**
 * The executor name an activity starts with, as written, and the activity without it. The name
 * must be whole words followed by another word (the verb): "Pelaksanaan rapat" does not start
 * with "Pelaksana", nor does an activity that is only "Kasi".
 */
function leadingSubject(
  activity: string,
  names: readonly string[][],
): { name: string; suggestion: string } | null {
  const firstLine = activity.replace(SUB_ITEM, '').trimStart().split('\n')[0] ?? '';
  const words = firstLine.split(/\s+/).filter(Boolean);
  const lower = words.map((word) => word.toLowerCase().replace(/,$/, ''));
  let longest = 0;
  for (const name of names) {
    const fits =
      name.length > longest &&
      name.length < words.length &&
      name.every((word, i) => lower[i] === word) &&
      /^\p{L}/u.test(words[name.length] ?? '');
    if (fits) longest = name.length;
  }
  if (longest === 0) return null;
  const rest = words.slice(longest);
  const shown = rest.length > 6 ? `${rest.slice(0, 6).join(' ')} …` : rest.join(' ');
  return {
    name: words.slice(0, longest).join(' ').replace(/,$/, ''),
    suggestion: shown.charAt(0).toUpperCase() + shown.slice(1),
  };
}
