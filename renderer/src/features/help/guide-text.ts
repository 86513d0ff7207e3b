// The guide's text with its command tokens filled in: `{cmd:id}` the command's label,
// `{key:id}` its keys here (the native menu's only in the desktop app), `{keys:Mod+V}` a key.

import { commandSpec, isCommandId } from '../../../../shared/commands';
import { formatShortcut, shownKeys } from '../../commands/keys';
import type { Language } from '../../i18n';

const TOKEN = /\{(cmd|key|keys):([^}]+)\}/g;

export function guideText(text: string, language: Language, desktop: boolean): string {
  return text.replace(TOKEN, (token, kind: string, value: string) => {
    if (kind === 'keys') return formatShortcut(value);
    if (!isCommandId(value)) return token;
    if (kind === 'cmd') return commandSpec(value).label[language];
    return shownKeys(value, desktop).map(formatShortcut).join(' / ');
  });
}

/** The tokens of a text that name no command (a test keeps this empty). */
export function unknownCommandTokens(text: string): string[] {
  return [...text.matchAll(TOKEN)]
    .filter(([, kind, value]) => kind !== 'keys' && !isCommandId(value ?? ''))
    .map(([token]) => token);
}
