// The languages of the interface and content fields: German (required) with optional translations;
// readers in another language fall back to German so that no page shows an empty field. The interface
// languages are those with a catalogue in src/i18n (listed by scripts/interface-languages.mjs), so a new
// one needs its catalogue files and no change here (docs/TRANSLATING.md, "A new interface language").
import { interfaceLanguages } from './interface-languages.generated.js';

export const locales = interfaceLanguages;
export type Locale = (typeof locales)[number];
export const defaultLocale = 'de' satisfies Locale;
/** The interface languages besides German, the source: those a text is translated into. */
export const translationLocales = locales.filter((l): l is Exclude<Locale, typeof defaultLocale> => l !== defaultLocale);

/**
 * Languages of the region that content may also be written in, without being languages of the interface:
 * North Frisian and Low German (ISO 639 codes, as in `lang` attributes). Pages never fall back to them;
 * they are shown on request, beside the text in the page's language.
 */
export const regionalLanguages = ['frr', 'nds'] as const;
export type RegionalLanguage = (typeof regionalLanguages)[number];
/** Every language a content field may hold. */
export const contentLanguages = [...locales, ...regionalLanguages] as const;
export type ContentLanguage = (typeof contentLanguages)[number];

/** A content field: German, and the translations and regional texts staff wrote. */
export type LocalizedText = { de: string } & { [L in ContentLanguage]?: string };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The text in `locale`, else German; `lang` tells which one was used, for a `lang` attribute. */
export function pick(text: LocalizedText | null | undefined, locale: Locale): { text: string; lang: Locale } | null {
  if (!text) return null;
  const own = text[locale];
  if (own && own.trim()) return { text: own, lang: locale };
  if (text.de && text.de.trim()) return { text: text.de, lang: 'de' };
  return null;
}

export function localized(de: string | null | undefined): LocalizedText | null {
  const value = de?.trim();
  return value ? { de: value } : null;
}

export function isRegionalLanguage(value: unknown): value is RegionalLanguage {
  return typeof value === 'string' && (regionalLanguages as readonly string[]).includes(value);
}

/** A stored language (a column that holds de, da or en), German when it is anything else. */
export function localeOr(value: unknown): Locale {
  return isLocale(value) ? value : defaultLocale;
}
