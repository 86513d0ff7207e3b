// Dates and times of the library as people read them in Indonesia: `4 Jan 2021 14.05`.

const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatTimestamp(iso: string, language: 'id' | 'en'): string {
  const locale = language === 'id' ? 'id-ID' : 'en-GB';
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(locale, formatter);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter.format(date);
}
