// The language a resident writes in, on the forms of notices, requests, ideas and comments: a plain
// select (works without JavaScript); "suggest" lets the server guess from the text on submit.
import { textLanguageChoices } from '../lib/text-language.js';
import { SelectField } from './form-fields.js';
import type { PageContext } from './page-context.js';

export function TextLanguageField({ ctx, value }: { ctx: PageContext; value: string | undefined }) {
  const { t } = ctx;
  return (
    <SelectField
      id="sprache"
      label={t('textLanguage.label')}
      hint={t('textLanguage.hint')}
      value={value && (textLanguageChoices as readonly string[]).includes(value) ? value : 'vorschlag'}
      options={textLanguageChoices.map((c) => ({ value: c, label: t(`textLanguage.${c}`) }))}
    />
  );
}
