// Checks that an activity is written as an active verb without a subject ("Membuat konsep …"),
// not starting with who does it ("Kasi membuat konsep …"): the executor column already says who.

import type { SopDocument } from '../../model';
import type { Finding } from '../finding';
import { stepName } from '../text';

// Role words that open an activity as its subject even when no executor column has that name:
// activity texts keep saying "Kasi" after the lanes were renamed (FINDINGS §4).
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

export function checkActivities(doc: SopDocument): Finding[] {
  const subjects = subjectPatterns(doc);
  return doc.steps.flatMap((step, index): Finding[] => {
    const subject = leadingSubject(step.activity, subjects);
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

/**
 * Executor names (and each part of `PKB/PLKB`) plus the common role words, longest first, each
 * as a pattern that must be followed by another word (the verb): "Pelaksanaan rapat" does not
 * start with "Pelaksana".
 */
function subjectPatterns(doc: SopDocument): RegExp[] {
  const fromExecutors = doc.executors.flatMap((executor) => {
    const name = executor.name.trim().toLowerCase().replace(/\s+/g, ' ');
    return [name, ...name.split('/').map((part) => part.trim())];
  });
  const names = [...new Set([...fromExecutors, ...ROLE_WORDS])].filter((name) => name.length >= 2);
  names.sort((a, b) => b.length - a.length);
  return names.map((name) => {
    const pattern = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    return new RegExp(`^(${pattern})[\\s,]+(?=\\p{L})`, 'iu');
  });
}

/** The executor name an activity starts with, as written, and the activity rewritten without it. */
function leadingSubject(
  activity: string,
  subjects: readonly RegExp[],
): { name: string; suggestion: string } | null {
  const text = activity.replace(SUB_ITEM, '').trimStart();
  for (const subject of subjects) {
    const match = subject.exec(text);
    if (!match) continue;
    const rest = (text.slice(match[0].length).split('\n')[0] ?? '').split(/\s+/);
    const shown = rest.length > 6 ? `${rest.slice(0, 6).join(' ')} …` : rest.join(' ');
    return { name: match[1] ?? '', suggestion: shown.charAt(0).toUpperCase() + shown.slice(1) };
  }
  return null;
}
