export * from './contract';
export * from './define';
export * from './transport';
export type { AppInfo } from './channels/app';
export type { JobStatus } from './channels/job';
export type {
  PasswordKeeping,
  RegisterQuery,
  RegisterView,
  ServerSettings,
  DecreeInput,
} from './channels/server';
