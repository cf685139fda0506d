// Addresses of consultations: the public pages and the back office's.
import { localePath, type PageContext } from '../../views/page-context.js';

type Ctx = Pick<PageContext, 'locale'>;

export const publicConsultationPath = (ctx: Ctx, slug?: string, rest = '') =>
  localePath(ctx.locale, `/konsultationen${slug ? `/${slug}` : ''}${rest}`);

export const sectionPath = (ctx: Ctx, slug: string, anchor: string) => publicConsultationPath(ctx, slug, `/abschnitte/${anchor}`);

export const versionPath = (ctx: Ctx, slug: string, number: number) => publicConsultationPath(ctx, slug, `/fassungen/${number}`);

/** The id of a section on a version's page: `#abschnitt-…`. */
export const sectionId = (anchor: string) => `abschnitt-${anchor}`;

export const staffConsultationPath = (ctx: Ctx, slug?: string, rest = '') =>
  localePath(ctx.locale, `/verwaltung/konsultationen${slug ? `/${slug}` : ''}${rest}`);
