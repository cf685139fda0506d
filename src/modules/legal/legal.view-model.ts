// What the legal pages render: the installation's details and the privacy notice's processing sections,
// already written out in the page's language (views never see the declarations' functions or settings rows).
import type { Translate } from '../../i18n/index.js';
import type { ProcessingDeclaration } from '../../platform/module.js';
import type { LegalSettings } from './legal.schemas.js';

export interface ProcessingSectionView {
  id: string;
  title: string;
  purpose: string;
  legalBasis: string;
  categories: string;
  retention: string;
}

export const processingSections = (declarations: readonly ProcessingDeclaration[], t: Translate): ProcessingSectionView[] =>
  declarations.map((d) => ({
    id: d.id,
    title: t(d.title),
    purpose: t(d.purpose),
    legalBasis: t(d.legalBasis),
    categories: t(d.categories),
    retention: d.retention(t),
  }));

export type LegalView = LegalSettings;
