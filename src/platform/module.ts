// What a domain module gives the application: its routes, its back-office sections, the sections it adds
// to a Vorhaben's page, its background jobs. Each module describes itself in `<name>.module.ts`;
// `src/modules/index.ts` lists the modules, and the app and the job worker are built from that list.
// The platform defines this shape and never imports a module.
import type { FastifyInstance } from 'fastify';
import type { TaskList } from 'graphile-worker';
import type { ComponentChildren } from 'preact';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import type { Mailer } from '../lib/mailer.js';
import type { PageContext } from '../views/page-context.js';
import type { BackOfficeSection } from './back-office/navigation.js';

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
  }
}
