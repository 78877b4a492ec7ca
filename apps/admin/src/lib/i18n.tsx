import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { config as configureZod } from 'zod';
import zodEn from 'zod/v4/locales/en.js';
import zodVi from 'zod/v4/locales/vi.js';
import { ERROR_MESSAGES_EN, ERROR_MESSAGES_VI } from '@lantoa/contracts/messages';
import { ApiError } from './api-client.ts';
import { en } from './messages/en.ts';
import { vi } from './messages/vi.ts';

export const LANGUAGES = ['vi', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'lantoa.lang';
type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params) => string;

function prefixed(messages: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).map(([k, v]) => [`${prefix}${k}`, v]));
}

const dictionaries: Record<Lang, Record<string, string>> = {
  vi: { ...prefixed(ERROR_MESSAGES_VI, 'error.'), ...vi },
  en: { ...prefixed(ERROR_MESSAGES_EN, 'error.'), ...en },
};

/**
 * Adds a feature's own messages. Call it at the top level of the feature's messages file, so the
 * keys exist before its components render. Later keys win.
 */
export function registerMessages(viMessages: Record<string, string>, enMessages: Record<string, string>): void {
  Object.assign(dictionaries.vi, viMessages);
  Object.assign(dictionaries.en, enMessages);
}

/** Whether a key has wording, for labels that fall back to the raw value (an unknown audit action). */
export function hasMessage(key: string): boolean {
  return dictionaries.vi[key] !== undefined;
}

function interpolate(template: string, params: Params | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function translate(lang: Lang, key: string, params?: Params): string {
  const template = dictionaries[lang][key] ?? dictionaries.vi[key];
  if (template === undefined) {
    if (import.meta.env.DEV) console.warn(`Missing message: ${key}`);
    return key;
  }
  return interpolate(template, params);
}

function readStoredLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

let activeLang: Lang = 'vi';

/** The language chosen now, for code outside React (form validation). */
export function currentLang(): Lang {
  return activeLang;
}

function applyLang(lang: Lang) {
  activeLang = lang;
  document.documentElement.lang = lang;
  // Field problems found by the schemas before sending read in the chosen language where the
  // schema gives no wording of its own.
  configureZod(lang === 'vi' ? zodVi() : zodEn());
}

type I18nValue = { lang: Lang; setLang: (lang: Lang) => void; t: Translate };
const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const initial = readStoredLang();
    applyLang(initial);
    return initial;
  });

  useEffect(() => applyLang(lang), [lang]);

  const setLang = useCallback((next: Lang) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    setLangState(next);
  }, []);

  const value = useMemo<I18nValue>(
    () => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}

/**
 * The sentence to show for a failed request. The server words its errors in Vietnamese and often
 * more precisely than the code alone (how many minutes to wait, which unit), so Vietnamese shows
 * the server's message; English shows the wording of the code.
 */
export function errorText(lang: Lang, err: unknown): string {
  if (err instanceof ApiError) {
    const key = `error.${err.code}`;
    const known = dictionaries[lang][key] !== undefined;
    if (lang === 'vi' && err.message && err.status !== 0 && err.status < 500) return err.message;
    if (known) return translate(lang, key);
    return err.message || translate(lang, 'error.INTERNAL');
  }
  return translate(lang, 'error.UNEXPECTED');
}

export function useErrorText(): (err: unknown) => string {
  const { lang } = useI18n();
  return useCallback((err: unknown) => errorText(lang, err), [lang]);
}
