// What the network processes of personal data (partners' contact form, advisory cases), for the privacy notice.
import type { ProcessingDeclaration } from '../../platform/module.js';
import { ADVISORY_RETENTION } from './advisory.service.js';

export const networkProcessing: ProcessingDeclaration[] = [
  {
    id: 'kontaktformular',
    order: 60,
    title: 'legal.processing.contact.title',
    purpose: 'legal.processing.contact.purpose',
    legalBasis: 'legal.processing.contact.legalBasis',
    categories: 'legal.processing.contact.categories',
    retention: (t) => t('legal.processing.contact.retention'),
  },
  {
    id: 'beratung',
    order: 70,
    title: 'legal.processing.advisory.title',
    purpose: 'legal.processing.advisory.purpose',
    legalBasis: 'legal.processing.advisory.legalBasis',
    categories: 'legal.processing.advisory.categories',
    retention: (t) =>
      t('legal.processing.advisory.retention', {
        months: ADVISORY_RETENTION.monthsAfterClosing,
        idleMonths: ADVISORY_RETENTION.idleMonths,
      }),
  },
];
