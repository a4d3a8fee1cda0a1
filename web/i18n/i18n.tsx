/**
 * The UI's language (es-CO first, English second): every visible string comes from the
 * dictionaries (messages.es.ts is the reference; messages.en.ts must have every key), and
 * every instant is shown in America/Bogota, whatever the browser's zone.
 */

import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Language } from '../api/types';
import { en } from './messages.en';
import { es, type MessageKey } from './messages.es';

export type { MessageKey };

const dictionaries: Record<Language, Record<MessageKey, string>> = { es, en };
export const BOGOTA = 'America/Bogota';
const LANGUAGE_KEY = 'mesa.language';

/** The language saved on this browser, else Spanish. */
export function savedLanguage(): Language {
  try {
    return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'es';
  } catch {
    return 'es';
  }
}

/** Remembers the language on this browser and tells the document. */
export function saveLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Private mode without storage: the choice lasts for this page.
  }
  document.documentElement.lang = language === 'es' ? 'es-CO' : 'en';
}

/** A message with `{name}` placeholders filled in. */
export function translate(
  language: Language,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const text = dictionaries[language][key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Whether a key exists (labels for codes the server may add later fall back to the code). */
export function isMessageKey(key: string): key is MessageKey {
  return key in es;
}

export interface I18n {
  readonly language: Language;
  readonly locale: string;
  readonly setLanguage: (language: Language) => void;
  readonly t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /** Date and time in Bogotá: "16 mar 2026, 10:00". */
  readonly dateTime: (iso: string) => string;
  /** Time only in Bogotá: "10:00". */
  readonly time: (iso: string) => string;
  /** A duration as "2 h 05 min" (or "3 d 4 h"). */
  readonly duration: (ms: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

function makeI18n(language: Language, setLanguage: (language: Language) => void): I18n {
  const locale = language === 'es' ? 'es-CO' : 'en-US';
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    timeZone: BOGOTA,
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const timeFormat = new Intl.DateTimeFormat(locale, { timeZone: BOGOTA, timeStyle: 'short' });
  return {
    language,
    locale,
    setLanguage,
    t: (key, params) => translate(language, key, params),
    dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
    time: (iso) => timeFormat.format(new Date(iso)),
    duration: (ms) => {
      const minutes = Math.floor(Math.abs(ms) / 60_000);
      const days = Math.floor(minutes / 1440);
      const hours = Math.floor((minutes % 1440) / 60);
      const rest = minutes % 60;
      if (days > 0) return `${days} d ${hours} h`;
      if (hours > 0) return `${hours} h ${String(rest).padStart(2, '0')} min`;
      const seconds = Math.floor(Math.abs(ms) / 1000) % 60;
      return `${rest} min ${String(seconds).padStart(2, '0')} s`;
    },
  };
}

export function I18nProvider(props: {
  language: Language;
  setLanguage: (language: Language) => void;
  children: ReactNode;
}) {
  const { language, setLanguage } = props;
  const value = useMemo(() => makeI18n(language, setLanguage), [language, setLanguage]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

/** The language, its messages and its formats. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (value === null) throw new Error('useI18n outside I18nProvider');
  return value;
}
