// Permenpan checks, time parsing and totals of an SOP document: pure functions of the document.

export { runChecks, type CheckReport } from './run';
export {
  RULE_TITLES,
  IDENTITY_FIELD_ORDER,
  sortFindings,
  type Finding,
  type FindingLocation,
  type IdentityField,
  type ApproverField,
  type RuleId,
  type Severity,
  type StepColumn,
} from './finding';
export {
  parseTime,
  unitMinutes,
  resolveTimeSettings,
  DEFAULT_TIME_SETTINGS,
  type TimeParse,
  type TimeParseOptions,
  type TimeFailure,
  type TimeRange,
  type TimeSettings,
  type TimeUnit,
} from './time';
export {
  totalTime,
  formatHours,
  formatMinutes,
  formatMinutesRange,
  workdayBasis,
  type DurationLanguage,
  type TotalTime,
} from './total';
export { formatFindingLocation, identityFieldLabel } from './location';
export {
  parseIndonesianDate,
  readDate,
  daysInMonth,
  compareDates,
  formatCalendarDate,
  isoDate,
  calendarDateFromIso,
  formatIsoDate,
  MONTH_NAMES,
  type CalendarDate,
  type DateReading,
} from './dates';
export {
  stepExits,
  mainPath,
  successors,
  type ExitKind,
  type ExitTarget,
  type FlowExit,
} from './flow';
