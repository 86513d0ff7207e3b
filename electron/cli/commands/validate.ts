// `sop validate <file.sop.json>`: the Permenpan checks and the total time of one SOP; exit 1
// when any finding is an error (GALAT), so scripts can stop on a document that breaks the rules.

import { parseSopJson } from '../../../shared/model';
import {
  formatFindingLocation,
  formatMinutesRange,
  runChecks,
  workdayBasis,
} from '../../../shared/rules';
import { parseCommandArgs } from '../args';
import { CliUsageError, EXIT_INPUT, EXIT_OK } from '../command';
import type { CliRun } from '../command';
import { readTextFile } from '../files';
import { visible } from '../terminal';

const SEVERITY_WORD = { error: 'GALAT', warning: 'PERINGATAN', hint: 'SARAN' } as const;

export const run: CliRun = async (args, io) => {
  const { positionals } = parseCommandArgs(args, {});
  if (positionals.length !== 1) throw new CliUsageError('Sebutkan tepat satu berkas .sop.json.');
  const { text } = await readTextFile(io.cwd, positionals[0] as string);
  const doc = parseSopJson(text);
  const report = runChecks(doc);
  io.out(
    `${visible(doc.identity.name) || '(tanpa nama)'} — ${doc.steps.length} langkah, ${doc.executors.length} pelaksana`,
  );
  for (const finding of report.findings) {
    io.out(
      `${SEVERITY_WORD[finding.severity]}\t${visible(formatFindingLocation(finding.location, doc))}\t${visible(finding.message)}`,
    );
  }
  const counts = countBySeverity(report.findings);
  io.out(`Temuan: ${counts.error} galat, ${counts.warning} peringatan, ${counts.hint} saran`);
  io.out(`Total waktu: ${formatMinutesRange(report.total)} (${workdayBasis()})`);
  return counts.error > 0 ? EXIT_INPUT : EXIT_OK;
};

function countBySeverity(findings: { severity: keyof typeof SEVERITY_WORD }[]) {
  const counts = { error: 0, warning: 0, hint: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
