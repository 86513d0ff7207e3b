// Interface language: Bahasa Indonesia by default, English on request. Each feature keeps its own
// strings next to its code (`strings.ts` exporting `{ id: {...}, en: {...} }`) and reads them with
// useStrings, so features never contend over one big dictionary.

import { create } from 'zustand';
import { readPref, writePref } from './platform/prefs';

export type Language = 'id' | 'en';

const LANGUAGE_PREF = 'language';

type LanguageState = { language: Language; setLanguage: (language: Language) => void };

const isLanguage = (value: unknown): value is Language => value === 'id' || value === 'en';

export const useLanguage = create<LanguageState>((set) => ({
  language: readPref(LANGUAGE_PREF, isLanguage, 'id'),
  setLanguage: (language) => {
    writePref(LANGUAGE_PREF, language);
    document.documentElement.lang = language;
    set({ language });
  },
}));

/** A feature's strings: the English table must have exactly the Indonesian keys. */
export type Strings<K extends string> = { id: Record<K, string>; en: Record<K, string> };

export function defineStrings<K extends string>(strings: Strings<K>): Strings<K> {
  return strings;
}

export function useStrings<K extends string>(strings: Strings<K>): Record<K, string> {
  const language = useLanguage((state) => state.language);
  return strings[language];
}

/** A feature's strings in the current language, outside React (actions, notices). */
export function stringsNow<K extends string>(strings: Strings<K>): Record<K, string> {
  return strings[useLanguage.getState().language];
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    key in values ? String(values[key]) : match,
  );
}
