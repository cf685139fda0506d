// What consultations process of personal data, for the privacy notice: comments on a draft (through the
// comment threads, with their own section) and each resident's agreement or disagreement with a section.
import type { ProcessingDeclaration } from '../../platform/module.js';

export const consultationsProcessing: ProcessingDeclaration[] = [
  {
    id: 'konsultationen',
    order: 46,
    title: 'legal.processing.consultations.title',
    purpose: 'legal.processing.consultations.purpose',
    legalBasis: 'legal.processing.consultations.legalBasis',
    categories: 'legal.processing.consultations.categories',
    retention: (t) => t('legal.processing.consultations.retention'),
  },
];
