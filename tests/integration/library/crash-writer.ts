// Child process for the crash test: writes drafts and revisions of one SOP as fast as it can
// until it is killed. Before each draft write it reports the checksum it is about to store,
// and after each committed revision it reports its number and checksum, on stdout (fd 1,
// written synchronously so nothing reported is still in a buffer when SIGKILL lands).

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { SopDocument } from '../../../shared/model';
import { openLibrary } from '../../../electron/services/library/library';

const [dataDir, id, seed] = process.argv.slice(2) as [string, string, string];

function say(line: string): void {
  fs.writeSync(1, `${line}\n`);
}

function sha(doc: SopDocument): string {
  return createHash('sha256').update(JSON.stringify(doc)).digest('hex');
}

const library = openLibrary(dataDir, { dailyBackup: false, author: 'crash-writer' });
say('open');
const base = library.open(id).document;
for (let i = 0; ; i++) {
  const step = i % base.steps.length;
  const doc: SopDocument = {
    ...base,
    steps: base.steps.map((s, index) =>
      index === step
        ? { ...s, activity: `${s.activity} [${seed}-${i}]`, notes: 'x'.repeat(i % 300) }
        : s,
    ),
  };
  say(`draft ${sha(doc)}`);
  library.saveDraft(id, doc);
  if (i % 2 === 1) {
    const revision = library.saveRevision(id, `${seed}-${i}`);
    say(`revision ${revision.number} ${sha(doc)}`);
  }
}
