// Addresses of the surveys' back-office pages.
import { localePath, type PageContext } from '../../views/page-context.js';

export const surveysPath = (ctx: Pick<PageContext, 'locale'>, slug?: string) =>
  localePath(ctx.locale, `/verwaltung/umfragen${slug ? `/${slug}` : ''}`);
