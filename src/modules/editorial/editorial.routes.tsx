// Back-office routes for Vorhaben under /{lang}/verwaltung. Each route reads its input with zod,
// leaves the decision to the policy (inside the service) and answers with a page or a redirect
// (post/redirect/get), so that reloading never sends a form twice.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../lib/errors.js';
import type { LocalizedText } from '../../lib/localized.js';
import { pageContext } from '../../plugins/context.js';
import { localePath } from '../../views/page-context.js';
import { formToken } from '../../platform/staff-area.js';
import { knownMunicipalities } from '../municipalities/index.js';
import { mayOnProject } from '../projects/index.js';
import { allTopics } from '../topics/index.js';
import { translationGapCount } from '../translation-coverage/index.js';
import { diffRows } from './diff.js';
import { workStates } from './editorial.types.js';
import * as editorial from './editorial.service.js';
import { localizedValues } from '../../views/localized-fields.js';
import { ProjectOverviewPage } from './project-overview.views.js';
import { WorkListPage } from './work-list.views.js';
import {
  bodyToValues,
  emptyValues,
  type FormErrors,
  inputToValues,
  type ProjectFormValues,
  suggestDecisions,
  valuesToInput,
} from './project-form.js';
import { DiffPage } from './diff.views.js';
import { ProjectFormPage } from './project-form.views.js';

const listQuery = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || undefined),
  zustand: z.enum(workStates).optional().catch(undefined),
  kommune: z
    .string()
    .max(100)
    .optional()
    .transform((v) => v || undefined),
  seite: z.coerce.number().int().min(1).max(10000).catch(1).default(1),
});

const slugParams = z.object({ slug: z.string().max(200) });
const MAX_NOTE = 2000;

const notice = z.object({
  hinweis: z
    .enum([
      'gespeichert',
      'veroeffentlicht',
      'angelegt',
      'pruefung',
      'bearbeitung',
      'verworfen',
      'archiviert',
      'wiederhergestellt',
      'notiz',
    ])
    .optional()
    .catch(undefined),
});

/** A public note in three languages from fields `prefix_de`, `prefix_da`, `prefix_en`; German required. */
function readNote(prefix: string, body: Record<string, unknown>): { note: LocalizedText } | { errors: FormErrors } {
  const values = localizedValues(prefix, body);
  const errors: FormErrors = {};
  const de = values[`${prefix}_de`]!.trim();
  if (!de) errors[`${prefix}_de`] = { key: 'form.error.noteRequired' };
  for (const [k, v] of Object.entries(values))
    if (v.length > MAX_NOTE) errors[k] = { key: 'form.error.tooLong', params: { max: MAX_NOTE } };
  if (Object.keys(errors).length) return { errors };
  const note: LocalizedText = { de };
  if (values[`${prefix}_da`]!.trim()) note.da = values[`${prefix}_da`]!.trim();
  if (values[`${prefix}_en`]!.trim()) note.en = values[`${prefix}_en`]!.trim();
  return { note };
}

export async function editorialRoutes(app: FastifyInstance) {
  const page = (request: FastifyRequest, reply: FastifyReply) => ({
    ctx: pageContext(request, app.config.publicUrl),
    nav: request.backOfficeNav,
    csrf: formToken(app, request, reply),
  });
  const projectPath = (request: FastifyRequest, slug: string, suffix = '') =>
    localePath(request.locale, `/verwaltung/vorhaben/${slug}${suffix}`);
  const formContext = async () => {
    const [municipalities, topics] = await Promise.all([knownMunicipalities(app.db), allTopics(app.db)]);
    return { municipalities, topics: topics.map((t) => t.name.de) };
  };

  app.get('/', async (request, reply) => {
    const query = listQuery.parse(request.query);
    const actor = request.actor!;
    const list = await editorial.workList(app.db, actor, { q: query.q, state: query.zustand, municipality: query.kommune }, query.seite);
    const municipalities = (await knownMunicipalities(app.db)).map((m) => ({ slug: m.slug, name: m.name }));
    const untranslated = await translationGapCount(app.db, actor);
    return reply.html(
      <WorkListPage
        {...page(request, reply)}
        query={{ q: query.q, state: query.zustand, municipality: query.kommune }}
        municipalities={municipalities}
        list={list}
        untranslated={untranslated}
        mayCreate={municipalities.some((m) => mayOnProject(actor, 'create', [m.slug]))}
      />,
    );
  });

  const renderForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    opts: { slug?: string; values: ProjectFormValues; errors: FormErrors; status?: number; suggested?: boolean },
  ) => {
    const fc = await formContext();
    const actor = request.actor!;
    // Only municipalities the person may assign, plus those the Vorhaben already has.
    const offered = fc.municipalities.filter((m) => mayOnProject(actor, 'edit', [m.slug]) || opts.values.municipalities.includes(m.slug));
    const ctx = pageContext(request, app.config.publicUrl);
    const title = opts.slug ? ctx.t('form.editTitle', { title: opts.values.text.title_de || opts.slug }) : ctx.t('editorial.create');
    return reply.html(
      <ProjectFormPage
        {...page(request, reply)}
        title={title}
        action={opts.slug ? projectPath(request, opts.slug, '/bearbeiten') : localePath(request.locale, '/verwaltung/vorhaben/neu')}
        cancel={opts.slug ? projectPath(request, opts.slug) : localePath(request.locale, '/verwaltung')}
        values={opts.values}
        errors={opts.errors}
        municipalities={offered}
        topics={[...new Set([...fc.topics, ...opts.values.topics])]}
        suggested={opts.suggested ?? false}
      />,
      opts.status ?? 200,
    );
  };

  /** Reads the posted form: a re-render with the parser's suggestions, field errors, or the input. */
  const readForm = async (request: FastifyRequest, publicationState: 'draft' | 'published' | 'archived') => {
    const values = bodyToValues(request.body);
    const fc = await formContext();
    if ((request.body as { action?: string }).action === 'suggest') {
      const chosen = fc.municipalities.filter((m) => values.municipalities.includes(m.slug));
      const bodies = (chosen.length ? chosen : fc.municipalities).flatMap((m) => m.bodies);
      return { kind: 'suggest' as const, values: suggestDecisions(values, bodies) };
    }
    const result = valuesToInput(values, fc, publicationState);
    if ('errors' in result) return { kind: 'invalid' as const, values, errors: result.errors };
    return { kind: 'ok' as const, values, input: result.input };
  };

  app.get('/vorhaben/neu', async (request, reply) => {
    const actor = request.actor!;
    const mine = (await knownMunicipalities(app.db)).filter((m) => mayOnProject(actor, 'create', [m.slug]));
    if (mine.length === 0) throw new AppError(403, 'forbidden', 'error.forbidden');
    return renderForm(request, reply, { values: emptyValues(mine.length === 1 ? [mine[0]!.slug] : []), errors: {} });
  });

  app.post('/vorhaben/neu', async (request, reply) => {
    const form = await readForm(request, 'draft');
    if (form.kind === 'suggest') return renderForm(request, reply, { values: form.values, errors: {}, suggested: true });
    if (form.kind === 'invalid') return renderForm(request, reply, { values: form.values, errors: form.errors, status: 400 });
    const slug = await editorial.createProject(app.db, request.actor!, form.input);
    return reply.redirect(`${projectPath(request, slug)}?hinweis=angelegt`, 303);
  });

  app.get('/vorhaben/:slug', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    const { hinweis } = notice.parse(request.query);
    const view = await editorial.editorialProject(app.db, request.actor!, slug);
    const ctx = pageContext(request, app.config.publicUrl);
    return reply.html(
      <ProjectOverviewPage
        {...page(request, reply)}
        view={view}
        may={mayAll(request, view)}
        notice={hinweis ? ctx.t(`editorial.notice.${hinweis}`) : undefined}
      />,
    );
  });

  const mayAll = (request: FastifyRequest, view: editorial.EditorialProject) => {
    const slugs = [...new Set([...view.project.municipalities.map((m) => m.slug), ...view.current.municipalities])];
    const actor = request.actor!;
    const may = (a: Parameters<typeof mayOnProject>[1]) =>
      mayOnProject(actor, a, view.project.municipalities.length ? view.project.municipalities.map((m) => m.slug) : slugs);
    return {
      edit: may('edit'),
      submit: may('submit'),
      publish: may('publish'),
      archive: may('archive'),
      restore: may('restore'),
      note: may('note'),
    };
  };

  app.get('/vorhaben/:slug/bearbeiten', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    const view = await editorial.editorialProject(app.db, request.actor!, slug);
    if (!mayAll(request, view).edit) throw new AppError(403, 'forbidden', 'error.forbidden');
    if (view.workState === 'archived') throw new AppError(409, 'archived', 'editorial.error.archived');
    return renderForm(request, reply, { slug, values: inputToValues(view.current), errors: {} });
  });

  app.post('/vorhaben/:slug/bearbeiten', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    const view = await editorial.editorialProject(app.db, request.actor!, slug);
    const form = await readForm(request, view.project.publicationState);
    if (form.kind === 'suggest') return renderForm(request, reply, { slug, values: form.values, errors: {}, suggested: true });
    if (form.kind === 'invalid') return renderForm(request, reply, { slug, values: form.values, errors: form.errors, status: 400 });
    await editorial.saveDraft(app.db, request.actor!, slug, form.input);
    return reply.redirect(`${projectPath(request, slug)}?hinweis=gespeichert`, 303);
  });

  const rerenderOverview = async (
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    failed: NonNullable<Parameters<typeof ProjectOverviewPage>[0]['failed']>,
  ) => {
    const view = await editorial.editorialProject(app.db, request.actor!, slug);
    return reply.html(<ProjectOverviewPage {...page(request, reply)} view={view} may={mayAll(request, view)} failed={failed} />, 400);
  };

  app.post('/vorhaben/:slug/veroeffentlichen', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const note = readNote('note', body);
    const view = await editorial.editorialProject(app.db, request.actor!, slug);
    const overwrite = body.overwrite_newer === 'on';
    const errors = 'errors' in note ? { ...note.errors } : {};
    if (view.stale && !overwrite) errors.overwrite_newer = { key: 'editorial.error.stale' };
    if ('errors' in note || Object.keys(errors).length)
      return rerenderOverview(request, reply, slug, { form: 'publish', values: localizedValues('note', body), errors });
    await editorial.publish(app.db, request.actor!, slug, note.note, { overwriteNewer: overwrite });
    return reply.redirect(`${projectPath(request, slug)}?hinweis=veroeffentlicht`, 303);
  });

  for (const [path, archived] of [
    ['archivieren', true],
    ['wiederherstellen', false],
  ] as const) {
    app.post(`/vorhaben/:slug/${path}`, async (request, reply) => {
      const { slug } = slugParams.parse(request.params);
      const body = (request.body ?? {}) as Record<string, unknown>;
      const note = readNote('reason', body);
      if ('errors' in note)
        return rerenderOverview(request, reply, slug, {
          form: archived ? 'archive' : 'restore',
          values: localizedValues('reason', body),
          errors: note.errors,
        });
      await editorial.setArchived(app.db, request.actor!, slug, archived, note.note);
      return reply.redirect(`${projectPath(request, slug)}?hinweis=${archived ? 'archiviert' : 'wiederhergestellt'}`, 303);
    });
  }

  for (const [path, inReview] of [
    ['pruefung', true],
    ['pruefung-beenden', false],
  ] as const) {
    app.post(`/vorhaben/:slug/${path}`, async (request, reply) => {
      const { slug } = slugParams.parse(request.params);
      await editorial.setReview(app.db, request.actor!, slug, inReview);
      return reply.redirect(`${projectPath(request, slug)}?hinweis=${inReview ? 'pruefung' : 'bearbeitung'}`, 303);
    });
  }

  app.post('/vorhaben/:slug/verwerfen', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    await editorial.discardDraft(app.db, request.actor!, slug);
    return reply.redirect(`${projectPath(request, slug)}?hinweis=verworfen`, 303);
  });

  app.post('/vorhaben/:slug/notizen', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const body = typeof raw.body === 'string' ? raw.body.trim() : '';
    if (!body || body.length > 5000) {
      const error = body ? { key: 'form.error.tooLong' as const, params: { max: 5000 } } : { key: 'form.error.required' as const };
      return rerenderOverview(request, reply, slug, {
        form: 'note',
        values: { body: typeof raw.body === 'string' ? raw.body : '' },
        errors: { body: error },
      });
    }
    await editorial.addNote(app.db, request.actor!, slug, body);
    return reply.redirect(`${projectPath(request, slug)}?hinweis=notiz#notes-heading`, 303);
  });

  const versionParam = z.union([
    z.literal('arbeitskopie').transform(() => 'draft' as const),
    z.coerce.number().int().min(0).max(1_000_000),
  ]);
  app.get('/vorhaben/:slug/vergleich', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    const view = await editorial.editorialProject(app.db, request.actor!, slug);
    const query = request.query as { von?: string; bis?: string };
    const latest = view.project.version;
    const ctx = pageContext(request, app.config.publicUrl);
    const options = [
      ...(view.draft ? [{ value: 'arbeitskopie', label: ctx.t('diff.workingCopy') }] : []),
      ...view.versions
        .filter((v) => v.hasSnapshot || (v.version === latest && view.project.publicationState !== 'draft'))
        .map((v) => ({ value: String(v.version), label: ctx.t('diff.version', { version: v.version }) })),
    ];
    const parse = (value: string) => (value === 'arbeitskopie' ? ('draft' as const) : Number(value));
    // By default the newest state against the one before it.
    const to = versionParam.catch(parse(options[0]?.value ?? String(latest))).parse(query.bis ?? options[0]?.value ?? latest);
    const from = versionParam
      .catch(parse(options[1]?.value ?? options[0]?.value ?? String(latest)))
      .parse(query.von ?? options[1]?.value ?? options[0]?.value ?? latest);
    const compared = await editorial.compareVersions(app.db, request.actor!, slug, from, to);
    const names = new Map((await knownMunicipalities(app.db)).map((m) => [m.slug, m.name]));
    const { rows, unchanged } = diffRows(compared.a, compared.b, ctx.t, ctx.locale, names);
    const asValue = (v: number | 'draft') => (v === 'draft' ? 'arbeitskopie' : String(v));
    return reply.html(
      <DiffPage
        {...page(request, reply)}
        title={view.current.title.de}
        slug={slug}
        from={asValue(from)}
        to={asValue(to)}
        options={options}
        rows={rows}
        unchanged={unchanged}
      />,
    );
  });
}
