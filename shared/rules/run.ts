// The one entry point of the checks: every Permenpan check over a document, findings in reading
// order, and the total time along the main path.

import type { SopDocument } from '../model';
import { checkActivities } from './checks/activity';
import { checkCells } from './checks/cells';
import { checkChain } from './checks/chain';
import { checkExecutors } from './checks/executors';
import { checkIdentity } from './checks/identity';
import { checkPaths } from './checks/paths';
import { checkStructure } from './checks/structure';
import { sortFindings, type Finding } from './finding';
import { resolveTimeSettings, type TimeSettings } from './time';
import { totalTime, type TotalTime } from './total';

export type CheckReport = { findings: Finding[]; total: TotalTime };

export function runChecks(doc: SopDocument, settings?: Partial<TimeSettings>): CheckReport {
  const time = resolveTimeSettings(settings);
  const findings = [
    ...checkStructure(doc),
    ...checkPaths(doc),
    ...checkCells(doc, time),
    ...checkActivities(doc),
    ...checkChain(doc),
    ...checkExecutors(doc),
    ...checkIdentity(doc),
  ];
  return { findings: sortFindings(findings, doc), total: totalTime(doc, time) };
}
