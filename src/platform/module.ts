// What a domain module gives the application: its routes, its back-office sections, the sections it adds
// to a Vorhaben's page, its background jobs. Each module describes itself in `<name>.module.ts`;
// `src/modules/index.ts` lists the modules, and the app and the job worker are built from that list.
// The platform defines this shape and never imports a module.
import type { FastifyInstance } from 'fastify';
import type { TaskList } from 'graphile-worker';
import type { ComponentChildren } from 'preact';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import type { MessageKey, Translate } from '../i18n/index.js';
import type { Mailer } from '../lib/mailer.js';
import type { PageContext } from '../views/page-context.js';
import type { BackOfficeSection } from './back-office/navigation.js';
import type { ProcessReportPart } from './process-report.js';

type Routes = (app: FastifyInstance) => Promise<void>;

/** A Vorhaben's public page, as far as other modules need it to add their part. */
export interface ProjectRef {
  id: number;
  slug: string;
  /** Only a published Vorhaben takes new contributions. */
  published: boolean;
}

/** A part of a Vorhaben's public page rendered by another module (the page stays cacheable: the same for everyone). */
export interface ProjectPageSection {
  /** Where on the page: `measures` after the facts, `participation` at the end. */
  slot: 'measures' | 'participation';
  render: (app: FastifyInstance, ctx: PageContext, project: ProjectRef) => Promise<ComponentChildren>;
}

export interface JobContext {
  db: Db;
  mailer: Mailer;
  /** The installation's public address, for links in mails. */
  baseUrl: string;
}

/**
 * One processing of personal data, as the privacy notice (Art. 13 GDPR) shows it. Each module that
 * collects personal data declares its own, so the notice is generated from what the code does and a new
 * feature cannot forget to appear there; the periods come from the module's retention constants.
 */
export interface ProcessingDeclaration {
  /** The section's anchor on the privacy notice (`/de/datenschutz#…`); forms link to it. */
  id: string;
  /** Position on the notice, ascending. */
  order: number;
  title: MessageKey;
  purpose: MessageKey;
  legalBasis: MessageKey;
  /** Which data: the categories of personal data and of the people concerned. */
  categories: MessageKey;
  /** How long, written from the configured periods. */
  retention: (t: Translate) => string;
}

export interface LotseModule {
  name: string;
  /** Routes outside the language prefix (the API, single sign-on callbacks, health). */
  rootRoutes?: Routes[];
  /** Public pages; their paths start with `/:lang`. */
  pageRoutes?: Routes[];
  /** Back-office routes below `/{lang}/verwaltung{prefix}`, inside the staff area; `enrolment`: open before the second factor is set up. */
  backOfficeRoutes?: { prefix: string; routes: Routes; enrolment?: boolean }[];
  backOfficeSections?: BackOfficeSection[];
  projectPageSections?: ProjectPageSection[];
  /** The counts this module adds to a participation process's report (`process-report.ts`). */
  processReportParts?: ProcessReportPart[];
  /** The personal data this module processes, for the privacy notice. */
  processing?: ProcessingDeclaration[];
  /** Background jobs by name (graphile-worker tasks). */
  tasks?: (context: JobContext) => TaskList;
  /**
   * Recurring jobs, graphile-worker crontab lines in UTC; a function where the time or the job's payload
   * is a setting (the crontab is built from the configuration when the worker starts).
   */
  crontab?: string[] | ((config: Config) => string[]);
}

declare module 'fastify' {
  interface FastifyInstance {
    projectPageSections: readonly ProjectPageSection[];
    /** Every module's part of a participation process's report, in order. */
    processReportParts: readonly ProcessReportPart[];
    /** Every module's processing of personal data, in the order of the privacy notice. */
    processingDeclarations: readonly ProcessingDeclaration[];
  }
}
