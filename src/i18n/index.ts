// Message lookup: t(locale, key, params). Catalogues are plain objects so that a missing key in da/en
// is a type error, not a blank on screen.
import type { Locale } from '../lib/localized.js';
import { da } from './da.js';
import { de, type MessageKey } from './de.js';
import { en } from './en.js';

export type { MessageKey } from './de.js';

const catalogues: Record<Locale, Record<MessageKey, string>> = { de, da, en };

export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogues[locale][key] ?? de[key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}

/** The CLI speaks the language of the terminal's LANG when it is one of ours, else English. */
export function localeFromEnv(lang = process.env.LANG ?? ''): Locale {
  const code = lang.slice(0, 2).toLowerCase();
  return code === 'de' || code === 'da' ? code : 'en';
}
