// The words of a report's rows in one language, shared by the page and the PDF.
import { t } from '../../i18n/index.js';
import { type Locale, pick } from '../../lib/localized.js';
import type { ProcessReport } from './report.js';

export function reportLabels(l: Locale, report: ProcessReport) {
  return {
    phases: report.phases.map((ph) => (ph.phase ? t(l, `process.phase.${ph.phase}`) : t(l, 'report.outsidePhases'))),
    sections: report.sections.map((s) => `${t(l, s.kind)}: ${pick(s.section, l)?.text ?? ''}`),
  };
}
