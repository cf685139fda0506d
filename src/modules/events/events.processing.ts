// What event registration processes of personal data, for the privacy notice; periods from REGISTRATION_RETENTION.
import type { ProcessingDeclaration } from '../../platform/module.js';
import { REGISTRATION_RETENTION } from './event.types.js';

export const eventsProcessing: ProcessingDeclaration[] = [
  {
    id: 'veranstaltungen',
    order: 40,
    title: 'legal.processing.events.title',
    purpose: 'legal.processing.events.purpose',
    legalBasis: 'legal.processing.events.legalBasis',
    categories: 'legal.processing.events.categories',
    retention: (t) =>
      t('legal.processing.events.retention', {
        supportDays: REGISTRATION_RETENTION.supportNeedsDaysAfterEnd,
        maxDays: REGISTRATION_RETENTION.maxDaysAfterEnd,
        unconfirmed: REGISTRATION_RETENTION.unconfirmedDays,
      }),
  },
];
