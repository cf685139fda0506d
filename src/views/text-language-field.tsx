// The language of a resident's text, shared by notices, requests, ideas and comments: the writer's
// select on their form (works without JavaScript; "suggest" lets the server guess from the text on
// submit), the line that tells staff which language it is, and the staff's select of the language of
// their response, preselected with the resident's.
import { languageName } from '../i18n/index.js';
import { type Locale, locales } from '../lib/localized.js';
import { textLanguageChoices } from '../lib/text-language.js';
import { SelectField } from './form-fields.js';
import type { PageContext } from './page-context.js';

/** `id` tells the select apart where one page holds several forms (a comment thread); its name is always `sprache`. */
export function TextLanguageField({ ctx, value, id = 'sprache' }: { ctx: PageContext; value: string | undefined; id?: string }) {
  const { t, locale } = ctx;
  return (
    <SelectField
      id={id}
      name="sprache"
      label={t('textLanguage.label')}
      hint={t('textLanguage.hint')}
      value={value && (textLanguageChoices as readonly string[]).includes(value) ? value : 'vorschlag'}
      options={textLanguageChoices.map((c) => ({
        value: c,
        label: c === 'vorschlag' ? t('textLanguage.vorschlag') : languageName(locale, c),
      }))}
    />
  );
}

/** For staff: "Language of the text: Danish". */
export function WrittenLanguage({ ctx, language, small }: { ctx: PageContext; language: Locale; small?: boolean }) {
  const { t, locale } = ctx;
  return (
    <p class={small ? 'kern-body kern-body--small' : 'kern-body'}>
      {t('textLanguage.written')}: <strong>{languageName(locale, language)}</strong>
    </p>
  );
}

/** For staff: the language their response is written in (and the author's mail goes out in). */
export function ResponseLanguageField({ ctx, id, value }: { ctx: PageContext; id: string; value: Locale }) {
  const { t, locale } = ctx;
  return (
    <SelectField
      id={id}
      label={t('textLanguage.answer')}
      hint={t('textLanguage.answerHint')}
      value={value}
      options={locales.map((l) => ({ value: l, label: languageName(locale, l) }))}
    />
  );
}
