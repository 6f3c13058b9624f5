import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, zhCN } from './catalog';
import type { Locale } from '../api/types';

export const LOCALE_STORAGE_KEY = 'guildhall.locale';

// Both catalogues must carry every key: each assignment fails to compile when one lacks a key.
const zhHasEveryKey: typeof en = zhCN;
const enHasEveryKey: typeof zhCN = en;
void zhHasEveryKey;
void enHasEveryKey;

/** Maps any language tag to a supported locale: zh* → zh-CN, everything else → en. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The saved choice, else the browser's language. */
export function detectLocale(): Locale {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    // storage may be blocked; fall back to the browser language
  }
  if (saved === 'zh-CN' || saved === 'en') return saved;
  return toLocale(navigator.languages?.[0] ?? navigator.language);
}

export function currentLocale(): Locale {
  return toLocale(i18n.resolvedLanguage ?? i18n.language);
}

/** Switches the UI language and remembers it in this browser. */
export async function applyLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // not persisted; the switch still applies for this page
  }
  document.documentElement.lang = locale;
  await i18n.changeLanguage(locale);
}

const initial = detectLocale();
document.documentElement.lang = initial;

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'en',
  supportedLngs: ['zh-CN', 'en'],
  interpolation: { escapeValue: false },
  // Permission names such as `org:read` are keys; ':' must not split namespaces.
  nsSeparator: false,
  initAsync: false,
});

export default i18n;
