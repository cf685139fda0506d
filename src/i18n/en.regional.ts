// English texts of the regional content languages (part of the catalogue in en.ts).
import type { Catalogue } from './messages.js';
import type { deRegional } from './de.regional.js';

export const enRegional: Pick<Catalogue, keyof typeof deRegional> = {
  'regional.language.frr': 'North Frisian',
  'regional.language.nds': 'Low German',
  'regional.form.legend': 'Texts in North Frisian and Low German (optional)',
  'regional.form.hint':
    'On the public page they can be read through a switch of their own; the page itself stays in German, Danish or English. They are not saved without a German text.',
  'regional.form.field': '{field} ({language})',
  'regional.switch.label': 'This entry is also available in:',
  'regional.section.title': 'Text in {language}',
  'regional.switch.hide': 'Hide the text in {language}',
};
