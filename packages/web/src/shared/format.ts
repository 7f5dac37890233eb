import type { Bilingual, Lang } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../app/i18n/index.js';

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** A calendar date (YYYY-MM-DD) as "1 Jun 2021" / "1 Jun 2021", never shifted by time zone. */
export function formatDate(value: string | null | undefined, lang: Lang = currentLang()): string {
  if (!value) return '—';
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(
    date,
  );
}

/** An instant in the user's own time zone. */
export function formatDateTime(
  value: string | null | undefined,
  lang: Lang = currentLang(),
): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}

export function bilingual(text: Bilingual, lang: Lang = currentLang()): string {
  return text[lang];
}

/** Re-renders on language change and returns the formatters bound to the current language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'id';
  return {
    lang,
    date: (v: string | null | undefined) => formatDate(v, lang),
    dateTime: (v: string | null | undefined) => formatDateTime(v, lang),
    bi: (text: Bilingual) => text[lang],
  };
}

/** Today as YYYY-MM-DD in the user's time zone. */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
