// Surveys as public JSON: the questions and, once staff published them, the aggregate results. Single
// answers, codes and who took part never leave the server; only what is listed here does.
import { t } from '../../i18n/index.js';
import { type Locale, pick } from '../../lib/localized.js';
import type { SurveyResults } from './results.js';
import type { QuestionView, SurveyView } from './survey.types.js';

const text = (value: Parameters<typeof pick>[0], lang: Locale) => pick(value, lang)?.text ?? null;

function optionLabel(q: QuestionView, value: number, lang: Locale): string {
  if (q.kind === 'yesno') return t(lang, value === 1 ? 'surveys.answer.yes' : 'surveys.answer.no');
  if (q.kind === 'scale') return String(value);
  return text(q.options[value], lang) ?? '';
}

export function presentSurveySummary(s: SurveyView, results: SurveyResults | null, baseUrl: string, lang: Locale) {
  return {
    slug: s.slug,
    url: `${baseUrl}/${lang}/umfragen/${s.slug}`,
    title: text(s.title, lang) ?? s.slug,
    description: text(s.description, lang),
    state: s.state === 'open' ? ('open' as const) : ('closed' as const),
    access: s.access,
    example: s.example,
    process: s.process ? { slug: s.process.slug, title: text(s.process.title, lang) ?? s.process.slug } : null,
    resultsPublished: results !== null,
    responses: results ? { total: results.total, byChannel: results.byChannel, lessReliable: results.byRespondent.browser } : null,
  };
}

export function presentSurvey(s: SurveyView, results: SurveyResults | null, baseUrl: string, lang: Locale) {
  return {
    ...presentSurveySummary(s, results, baseUrl, lang),
    questions: s.questions.map((q) => {
      const r = results?.questions.find((x) => x.questionId === q.id);
      return {
        id: q.id,
        position: q.position,
        kind: q.kind,
        prompt: text(q.prompt, lang) ?? '',
        required: q.required,
        options: q.options.map((o) => text(o, lang) ?? ''),
        minChoices: q.minChoices,
        maxChoices: q.maxChoices,
        maxLength: q.maxLength,
        scale:
          q.kind === 'scale'
            ? { min: q.scaleMin ?? 1, max: q.scaleMax ?? 5, lowLabel: text(q.lowLabel, lang), highLabel: text(q.highLabel, lang) }
            : null,
        condition: q.condition ? { question: q.condition.questionId, value: q.condition.value } : null,
        results: r
          ? {
              answered: r.answered,
              counts: r.counts.map((c) => ({ value: c.value, label: optionLabel(q, c.value, lang), count: c.count, percent: c.percent })),
              mean: r.mean,
              ranking: r.ranks.map((x) => ({
                option: text(q.options[x.option], lang) ?? '',
                meanRank: x.meanRank,
                firstPlaces: x.firstPlaces,
              })),
              texts: r.texts,
            }
          : null,
      };
    }),
  };
}
