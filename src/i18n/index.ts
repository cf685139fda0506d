// Message lookup: t(locale, key, params). Catalogues are plain objects so that a missing key in da/en
// is a type error, not a blank on screen. Plural messages pick their form with Intl.PluralRules, and
// numbers in parameters are written the way the page's language writes them (10.000 / 10,000).
import { formatNumber, intlTag } from '../lib/format.js';
import { memoized } from '../lib/memoized.js';
import { isLocale, type Locale, locales } from '../lib/localized.js';
import { catalogues as found } from './catalogues.generated.js';
import { de, type MessageKey } from './de.js';
import type { Catalogue, Message, Param, ParamArgs, Plural } from './messages.js';

export type { MessageKey } from './de.js';
export type { Catalogue, Param, ParamArgs, Params, Plural } from './messages.js';

// One catalogue per interface language, as scripts/interface-languages.mjs found them; each must be complete.
const catalogues: Record<Locale, Catalogue> = found;

// Building PluralRules is costly next to using them: one per language, for the life of the process.
// Choosing is costly too, and a page asks for the same few counts again and again.
const pluralOf = Object.fromEntries(
  locales.map((l) => {
    const rules = new Intl.PluralRules(l);
    return [l, memoized((n: number) => rules.select(n))];
  }),
) as Record<Locale, (n: number) => Intl.LDMLPluralRule>;

function pluralForm(message: Plural, locale: Locale, count: Param | undefined): string {
  const n = typeof count === 'number' ? count : Number(count);
  // Without a usable count the general form is the least wrong; the placeholder stays visible.
  return Number.isFinite(n) ? (message[pluralOf[locale](n)] ?? message.other) : message.other;
}

export function t<K extends MessageKey>(locale: Locale, key: K, ...[params]: ParamArgs<K>): string {
  const message: Message = catalogues[locale][key] ?? de[key];
  const values: Record<string, Param> = params ?? {};
  const template = typeof message === 'string' ? message : pluralForm(message, locale, values.count);
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

export type Translate = <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string;

export function translator(locale: Locale): Translate {
  return (key, ...params) => t(locale, key, ...params);
}

/** The CLI speaks the language of the terminal's LANG when it is one of ours, else English. */
export function localeFromEnv(lang = process.env.LANG ?? ''): Locale {
  const code = lang.split(/[-_.@]/)[0]!.toLowerCase();
  return isLocale(code) ? code : 'en';
}

const messageOf = (locale: Locale, key: string): Message | undefined => (catalogues[locale] as Record<string, Message>)[key];

/**
 * The name of a language in the page's language: the catalogue's (`textLanguage.da`: "Dänisch") where it
 * names it, else the name the Unicode CLDR gives, so a newly added interface language is named everywhere.
 */
export function languageName(locale: Locale, code: string): string {
  const own = messageOf(locale, `textLanguage.${code}`);
  if (typeof own === 'string') return own;
  return new Intl.DisplayNames([intlTag(locale)], { type: 'language', fallback: 'code' }).of(code) ?? code;
}

/** Each interface language's name in itself, for the language switch and language choices. */
export const localeNames = Object.fromEntries(locales.map((l) => [l, languageName(l, l)])) as Record<Locale, string>;
