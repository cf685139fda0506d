// What surveys process of personal data, for the privacy notice: answers kept apart from who took part.
import type { ProcessingDeclaration } from '../../platform/module.js';

export const surveysProcessing: ProcessingDeclaration[] = [
  {
    id: 'umfragen',
    order: 45,
    title: 'legal.processing.surveys.title',
    purpose: 'legal.processing.surveys.purpose',
    legalBasis: 'legal.processing.surveys.legalBasis',
    categories: 'legal.processing.surveys.categories',
    retention: (t) => t('legal.processing.surveys.retention'),
  },
];
