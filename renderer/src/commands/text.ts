// A command's texts in the interface language: its label (menus, help), its button text and its
// tooltip with the key that runs it where that key works.

import { commandSpec } from '../../../shared/commands';
import type { CommandId } from '../../../shared/commands';
import { useLanguage } from '../i18n';
import type { Language } from '../i18n';
import { hasDesktop } from '../platform/desktop';
import { formatShortcut, shownKeys } from './keys';

type CommandText = {
  label: string;
  /** The text of its button: the short form where there is one. */
  button: string;
  /** The tooltip: the hint or the label, with the key; none when there is nothing more to say. */
  title: string | undefined;
  /** The first key, as shown, or '' without one. */
  key: string;
};

function commandText(id: CommandId, language: Language, desktop: boolean): CommandText {
  const spec = commandSpec(id);
  const label = spec.label[language];
  const hint = spec.hint?.[language];
  const first = shownKeys(id, desktop)[0];
  const key = first === undefined ? '' : formatShortcut(first);
  const described = hint ?? (key ? label : undefined);
  return {
    label,
    button: spec.short?.[language] ?? label,
    title: described && key ? `${described} (${key})` : described,
    key,
  };
}

/** The texts of commands in the current language (a hook: the caller follows language changes). */
export function useCommandText(): (id: CommandId) => CommandText {
  const language = useLanguage((s) => s.language);
  const desktop = hasDesktop();
  return (id) => commandText(id, language, desktop);
}

/** The texts of a command in the current language, outside React (actions, dialogs they open). */
export function commandTextNow(id: CommandId): CommandText {
  return commandText(id, useLanguage.getState().language, hasDesktop());
}
