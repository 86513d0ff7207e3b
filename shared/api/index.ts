export * from './contract';
export * from './define';
export * from './transport';
export type { AppInfo } from './channels/app';
export type { JobStatus } from './channels/job';
export type {
  PasswordKeeping,
  RegisterQuery,
  RegisterRow,
  RegisterStatus,
  RegisterView,
  ServerSettings,
  DecreeInput,
} from './channels/server';
export { REGISTER_STATUSES } from './channels/server';
