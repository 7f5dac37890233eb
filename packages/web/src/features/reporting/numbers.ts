import { useTranslation } from 'react-i18next';

const LOCALES = { id: 'id-ID', en: 'en-GB' } as const;

/** Numbers, percents and rupiah in the user's language ("1.234,5" / "1,234.5"). */
export function useNumbers() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? LOCALES.en : LOCALES.id;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const rupiah = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'IDR',
    maximumFractionDigits: 0,
  });
  return {
    number: (v: number | null | undefined) =>
      v === null || v === undefined ? '—' : number.format(v),
    percent: (v: number | null | undefined) =>
      v === null || v === undefined ? '—' : `${one.format(v)} %`,
    rupiah: (v: number | null | undefined) =>
      v === null || v === undefined ? '—' : rupiah.format(v),
    bytes: (v: number) =>
      v >= 1024 * 1024
        ? `${one.format(v / 1024 / 1024)} MB`
        : `${number.format(Math.max(1, Math.round(v / 1024)))} KB`,
  };
}
