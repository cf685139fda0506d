// Danish texts of the regional content languages (part of the catalogue in da.ts).
import type { Catalogue } from './messages.js';
import type { deRegional } from './de.regional.js';

export const daRegional: Pick<Catalogue, keyof typeof deRegional> = {
  'regional.language.frr': 'nordfrisisk',
  'regional.language.nds': 'nedertysk',
  'regional.form.legend': 'Tekster på nordfrisisk og nedertysk (valgfrit)',
  'regional.form.hint':
    'På den offentlige side kan de læses via deres eget skift; sidens betjening forbliver på tysk, dansk eller engelsk. Uden tysk tekst bliver de ikke gemt.',
  'regional.form.field': '{field} ({language})',
  'regional.switch.label': 'Denne post findes også på:',
  'regional.section.title': 'Tekst på {language}',
  'regional.switch.hide': 'Skjul teksten på {language}',
};
