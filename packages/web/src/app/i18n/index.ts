import { LANGS, type Lang } from '@sigap/domain';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, id } from './resources.js';

const STORAGE_KEY = 'sigap.lang';

function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

function storedLang(): Lang {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLang(value) ? value : 'id';
  } catch {
    return 'id';
  }
}

/** Indonesian is the default: most users are Indonesian civil servants (domain.md). */
const initial = storedLang();
document.documentElement.lang = initial;

void i18next.use(initReactI18next).init({
  lng: initial,
  fallbackLng: 'id',
  supportedLngs: [...LANGS],
  resources: { id: { translation: id }, en: { translation: en } },
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export const i18n = i18next;

export function currentLang(): Lang {
  return isLang(i18next.language) ? i18next.language : 'id';
}

/** Switches the language, remembers it on this device and tells assistive technology. */
export async function changeLang(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode may refuse storage; the choice then lasts for this visit only.
  }
  document.documentElement.lang = lang;
  await i18next.changeLanguage(lang);
}
