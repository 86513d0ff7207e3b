export * from './contract';
export * from './define';
export * from './transport';
export type { AppInfo } from './channels/app';
