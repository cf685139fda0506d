// Consultations as public JSON: the documents with their published versions and sections, counts of
// comments and votes, and the weighing summary. Single comments and who voted never leave the server here.
import { type Locale, pick } from '../../lib/localized.js';
import { type ConsultationView, latestPublished, phaseOf, publishedVersions, type SectionCounts } from './consultation.types.js';
import type { WeighingSummary } from './consultations.read.js';

const text = (value: Parameters<typeof pick>[0], lang: Locale) => pick(value, lang)?.text ?? null;

export function presentConsultationSummary(
  c: ConsultationView,
  counts: Map<number, SectionCounts>,
  summary: WeighingSummary,
  baseUrl: string,
  lang: Locale,
) {
  const page = `${baseUrl}/${lang}/konsultationen/${c.slug}`;
  const phase = phaseOf(c);
  return {
    slug: c.slug,
    url: page,
    title: text(c.title, lang) ?? c.slug,
    summary: text(c.summary, lang),
    phase: phase === 'draft' ? ('upcoming' as const) : phase,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    example: c.example,
    process: {
      slug: c.process.slug,
      title: text(c.process.title, lang) ?? c.process.slug,
      url: `${baseUrl}/${lang}/beteiligung/${c.process.slug}`,
    },
    project: { slug: c.project.slug, url: `${baseUrl}/api/v1/projects/${c.project.slug}` },
    currentVersion: latestPublished(c)?.number ?? 0,
    comments: [...counts.values()].reduce((n, x) => n + x.comments, 0),
    weighing: summary,
    adoption: c.adoption ? { version: c.adoption.version, reference: c.adoption.reference, url: c.adoption.url } : null,
    weighingTable: { csv: `${page}/abwaegung.csv`, pdf: `${page}/abwaegung.pdf` },
  };
}

export function presentConsultation(
  c: ConsultationView,
  counts: Map<number, SectionCounts>,
  summary: WeighingSummary,
  baseUrl: string,
  lang: Locale,
) {
  const page = `${baseUrl}/${lang}/konsultationen/${c.slug}`;
  return {
    ...presentConsultationSummary(c, counts, summary, baseUrl, lang),
    versions: publishedVersions(c).map((v) => ({
      number: v.number,
      url: `${page}/fassungen/${v.number}`,
      publishedAt: v.publishedAt!.toISOString(),
      changeNote: v.changeNote,
      sections: v.sections.map((s) => {
        const n = counts.get(s.id) ?? { comments: 0, agree: 0, disagree: 0 };
        return {
          anchor: s.anchor,
          url: `${page}/fassungen/${v.number}#abschnitt-${s.anchor}`,
          heading: s.heading,
          body: s.body,
          comments: n.comments,
          agree: n.agree,
          disagree: n.disagree,
          changeNote: s.changeNote,
          citedComments: s.cited,
        };
      }),
    })),
  };
}
