// What participation processes of personal data, for the privacy notice; periods from PARTICIPATION_RETENTION.
import type { ProcessingDeclaration } from '../../platform/module.js';
import { PARTICIPATION_RETENTION } from './participation.service.js';

/** A municipality that set no period of its own keeps signatures this long after the request is closed. */
export const DEFAULT_SIGNATURE_RETENTION_DAYS = 180;

const { authorMonthsAfterClosing: months, openYears: years, unconfirmedDays: days } = PARTICIPATION_RETENTION;

export const participationProcessing: ProcessingDeclaration[] = [
  {
    id: 'hinweise',
    order: 10,
    title: 'legal.processing.notices.title',
    purpose: 'legal.processing.notices.purpose',
    legalBasis: 'legal.processing.notices.legalBasis',
    categories: 'legal.processing.notices.categories',
    retention: (t) => t('legal.processing.notices.retention', { months, years, days }),
  },
  {
    id: 'beteiligungsanregungen',
    order: 20,
    title: 'legal.processing.requests.title',
    purpose: 'legal.processing.requests.purpose',
    legalBasis: 'legal.processing.requests.legalBasis',
    categories: 'legal.processing.requests.categories',
    retention: (t) => t('legal.processing.requests.retention', { months, years, days }),
  },
  {
    id: 'unterschriften',
    order: 30,
    title: 'legal.processing.signatures.title',
    purpose: 'legal.processing.signatures.purpose',
    legalBasis: 'legal.processing.signatures.legalBasis',
    categories: 'legal.processing.signatures.categories',
    retention: (t) => t('legal.processing.signatures.retention', { days: DEFAULT_SIGNATURE_RETENTION_DAYS, years, unconfirmed: days }),
  },
];
