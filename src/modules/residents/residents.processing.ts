// What residents' accounts process of personal data, for the privacy notice.
import type { ProcessingDeclaration } from '../../platform/module.js';
import { LINK_TTL_MINUTES } from './residents.service.js';

export const residentsProcessing: ProcessingDeclaration[] = [
  {
    id: 'buergerkonto',
    order: 50,
    title: 'legal.processing.residents.title',
    purpose: 'legal.processing.residents.purpose',
    legalBasis: 'legal.processing.residents.legalBasis',
    categories: 'legal.processing.residents.categories',
    retention: (t) => t('legal.processing.residents.retention', { linkMinutes: LINK_TTL_MINUTES }),
  },
];
