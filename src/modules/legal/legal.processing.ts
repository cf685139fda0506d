// The processing of personal data the platform itself does (server logs) and this module's feedback
// form, declared for the privacy notice like every module's own.
import type { ProcessingDeclaration } from '../../platform/module.js';

/** How long operators keep the request log (docs/OPERATIONS.md recommends it; the logs are theirs to rotate). */
export const LOG_RETENTION_DAYS = 7;
/** How long the responsible body keeps a feedback mail at most. */
export const FEEDBACK_MAIL_MONTHS = 12;

export const legalProcessing: ProcessingDeclaration[] = [
  {
    id: 'barrieren-melden',
    order: 80,
    title: 'legal.processing.feedback.title',
    purpose: 'legal.processing.feedback.purpose',
    legalBasis: 'legal.processing.feedback.legalBasis',
    categories: 'legal.processing.feedback.categories',
    retention: (t) => t('legal.processing.feedback.retention', { months: FEEDBACK_MAIL_MONTHS }),
  },
  {
    id: 'server-protokolle',
    order: 90,
    title: 'legal.processing.logs.title',
    purpose: 'legal.processing.logs.purpose',
    legalBasis: 'legal.processing.logs.legalBasis',
    categories: 'legal.processing.logs.categories',
    retention: (t) => t('legal.processing.logs.retention', { days: LOG_RETENTION_DAYS }),
  },
];
