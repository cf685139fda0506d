// Which of a content item's texts lack a Danish or English version. A field counts as missing in a
// language only when German has it: an event without a description lacks no Danish description.
import { type LocalizedText, translationLocales } from './localized.js';

/** Every interface language besides German. */
export const translationLanguages = translationLocales;
export type TranslationLanguage = (typeof translationLanguages)[number];

export const translatedFields = ['title', 'description'] as const;
export type TranslatedField = (typeof translatedFields)[number];

export type TranslationGaps = Record<TranslationLanguage, TranslatedField[]>;

export const contentKinds = ['project', 'event', 'process'] as const;
export type ContentKind = (typeof contentKinds)[number];

/** A published item lacking a translation, as its module reports it. */
export interface TranslationGapItem {
  kind: ContentKind;
  slug: string;
  title: LocalizedText;
  missing: TranslationGaps;
  /** The item's editor below `/{lang}`. */
  editPath: string;
}

const filled = (v: string | undefined) => !!v && v.trim() !== '';

export function translationGaps(texts: Record<TranslatedField, LocalizedText | null>): TranslationGaps {
  const gaps = Object.fromEntries(translationLanguages.map((l) => [l, []])) as unknown as TranslationGaps;
  for (const field of translatedFields) {
    const text = texts[field];
    if (!text || !filled(text.de)) continue;
    for (const lang of translationLanguages) if (!filled(text[lang])) gaps[lang].push(field);
  }
  return gaps;
}

export const hasGaps = (gaps: TranslationGaps, lang?: TranslationLanguage) =>
  lang ? gaps[lang].length > 0 : translationLanguages.some((l) => gaps[l].length > 0);
