// A guess at the language a resident wrote in, German, Danish or English, from counts of frequent short
// words (stop words) that are distinctive for each. Only a suggestion: the writer confirms or changes it
// on the form. No library: three short lists do for these three languages and cost nothing to load. An
// interface language added later without a list here is never guessed, only chosen by the writer.
import { z } from 'zod';
import { type Locale, locales } from './localized.js';

const stopWords: Partial<Record<Locale, ReadonlySet<string>>> = {
  de: new Set(
    'und der die das ist nicht ich wir sie ein eine einen dem den des zu mit auf für von sich auch wird werden bitte wäre sehr noch aber oder wenn dass hier kann können gibt mehr nur schon über bei man'.split(
      ' ',
    ),
  ),
  da: new Set(
    'og det er ikke jeg vi de en et den til med på for af som har kan vil skal også meget der her men eller hvis at mere kun allerede over hos man være blive bliver gerne venlig'.split(
      ' ',
    ),
  ),
  en: new Set(
    'and the is not we they a an of to with on for from it also will would be please very more but or if that this here can there only already about at by are was should'.split(
      ' ',
    ),
  ),
};

/** The language whose stop words occur most often in `text`, or null when none stands out. */
export function guessLanguage(text: string): Locale | null {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const ranked = locales.map((l): [Locale, number] => [l, words.filter((w) => stopWords[l]?.has(w)).length]).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] > 0 && first[1] > (second?.[1] ?? 0) ? first[0] : null;
}

/** The choice on a form: the writer's language, or `vorschlag` (let Lotse suggest it from the text). */
export const textLanguageChoices = ['vorschlag', ...locales] as const;
export type TextLanguageChoice = (typeof textLanguageChoices)[number];
/** The form field `sprache` of every contribution form: an unknown or missing value means "suggest". */
export const textLanguageChoice = z.enum(textLanguageChoices).catch('vorschlag').default('vorschlag');

/** The language to store: the writer's choice, else the guess from the text, else the page's language. */
export function resolveTextLanguage(choice: TextLanguageChoice, text: string, pageLocale: Locale): Locale {
  return choice === 'vorschlag' ? (guessLanguage(text) ?? pageLocale) : choice;
}
