// Back-office routes of a Vorhaben's places under /{lang}/verwaltung/vorhaben/:slug/orte. HTTP only:
// read the form with zod and the geometry readers, call the service, redirect (post/redirect/get) or
// show the page again with the field errors (400, nothing saved).
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { MessageKey } from '../../i18n/index.js';
import type { FormErrors } from '../../lib/form-errors.js';
import { coordinateListOf, type GeometryProblem, kindOf, parseCoordinateList, parseGeoJsonPlaces } from '../../lib/geometry.js';
import { pageContext } from '../../plugins/context.js';
import { formToken } from '../../platform/staff-area.js';
import { localePath } from '../../views/page-context.js';
import {
  geoJsonBody,
  localitiesBody,
  MAX_GEOJSON_BYTES,
  pageQuery,
  placeBody,
  placeParams,
  REGION_BOX,
  slugParams,
} from './places.schemas.js';
import * as places from './places.service.js';
import { type PlaceFormValues, PlacesPage, type PlacesPageProps } from './places.views.js';

const emptyPlace: PlaceFormValues = { label: '', kind: 'point', coordinates: '' };

/** The first problem of each kind, as the field's error: the summary lists one line per field. */
function fieldError(problems: GeometryProblem[]): FormErrors[string] {
  const first = problems[0]!;
  return { key: first.key as MessageKey, ...(first.params ? { params: first.params } : {}) };
}

export async function placesRoutes(app: FastifyInstance) {
  // The GeoJSON form uploads a file; its fields (with the CSRF token) land in request.body before the staff area's check.
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: MAX_GEOJSON_BYTES, files: 1, fields: 5, fieldSize: MAX_GEOJSON_BYTES },
    onFile: async (part) => {
      (part as unknown as { value: unknown }).value = { name: part.filename || 'orte.geojson', content: await part.toBuffer() };
    },
  });

  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    opts: Partial<Pick<PlacesPageProps, 'editing' | 'geojson' | 'notice'>> & { status?: number; placeId?: number | undefined },
  ) => {
    const ctx = pageContext(request, app.config.publicUrl);
    const view = await places.placesOfProject(app.db, request.actor!, slug);
    const choices = await places.localityChoices(app.db, view);
    const chosen = opts.placeId ? view.places.find((p) => p.id === opts.placeId) : undefined;
    const editing = opts.editing ?? {
      id: chosen?.id ?? null,
      values: chosen
        ? { label: chosen.label ?? '', kind: kindOf(chosen.geometry), coordinates: coordinateListOf(chosen.geometry) }
        : emptyPlace,
      errors: {},
    };
    return reply.html(
      <PlacesPage
        ctx={ctx}
        nav={request.backOfficeNav}
        csrf={formToken(app, request, reply)}
        view={view}
        choices={choices}
        editing={editing}
        geojson={opts.geojson ?? { text: '', replace: false, errors: {} }}
        notice={opts.notice}
      />,
      opts.status ?? 200,
    );
  };
  const back = (request: FastifyRequest, slug: string, notice: string) =>
    `${localePath(request.locale, `/verwaltung/vorhaben/${slug}/orte`)}?hinweis=${notice}`;

  app.get('/:slug/orte', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    const { ort, hinweis } = pageQuery.parse(request.query);
    const ctx = pageContext(request, app.config.publicUrl);
    return render(request, reply, slug, { placeId: ort, notice: hinweis ? ctx.t(`places.notice.${hinweis}`) : undefined });
  });

  app.post('/:slug/orte/gebiete', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    const body = localitiesBody.parse(request.body);
    await places.saveLocalities(app.db, request.actor!, slug, body.localities);
    return reply.redirect(back(request, slug, 'gespeichert'), 303);
  });

  /** A place typed or drawn: the geometry, or the form again with its errors. */
  const readPlace = (request: FastifyRequest) => {
    const raw = (request.body ?? {}) as Record<string, unknown>;
    const values: PlaceFormValues = {
      label: typeof raw.label === 'string' ? raw.label.slice(0, 300) : '',
      kind: raw.kind === 'line' || raw.kind === 'area' ? raw.kind : 'point',
      coordinates: typeof raw.coordinates === 'string' ? raw.coordinates.slice(0, 20_000) : '',
    };
    const parsed = placeBody.safeParse(raw);
    if (!parsed.success) {
      const errors: FormErrors = {};
      for (const issue of parsed.error.issues)
        errors[String(issue.path[0])] ??= {
          key: issue.code === 'too_big' ? 'form.error.tooLong' : 'form.error.required',
          params: { max: 200 },
        };
      return { values, errors };
    }
    const read = parseCoordinateList(parsed.data.coordinates, parsed.data.kind, REGION_BOX);
    if ('problems' in read) return { values, errors: { coordinates: fieldError(read.problems) } };
    return { values, place: { label: parsed.data.label, geometry: read.geometry } };
  };

  app.post('/:slug/orte', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    const form = readPlace(request);
    if (!form.place) return render(request, reply, slug, { editing: { id: null, values: form.values, errors: form.errors }, status: 400 });
    await places.addPlaces(app.db, request.actor!, slug, [form.place], { replace: false });
    return reply.redirect(back(request, slug, 'hinzugefuegt'), 303);
  });

  app.post('/:slug/orte/:id', async (request, reply) => {
    const { slug, id } = placeParams.parse(request.params);
    const form = readPlace(request);
    if (!form.place) return render(request, reply, slug, { editing: { id, values: form.values, errors: form.errors }, status: 400 });
    await places.changePlace(app.db, request.actor!, slug, id, form.place);
    return reply.redirect(back(request, slug, 'gespeichert'), 303);
  });

  app.post('/:slug/orte/:id/loeschen', async (request, reply) => {
    const { slug, id } = placeParams.parse(request.params);
    await places.removePlace(app.db, request.actor!, slug, id);
    return reply.redirect(back(request, slug, 'geloescht'), 303);
  });

  app.post('/:slug/orte/geojson', async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    const parsed = geoJsonBody.safeParse(request.body);
    const text = parsed.success
      ? parsed.data.file?.content.length
        ? parsed.data.file.content.toString('utf8')
        : (parsed.data.geojson ?? '')
      : '';
    const replace = parsed.success && parsed.data.mode === 'replace';
    const shown = { text: parsed.success ? (parsed.data.geojson ?? '') : '', replace };
    if (!parsed.success || text.trim() === '')
      return render(request, reply, slug, { geojson: { ...shown, errors: { geojson: { key: 'geo.error.empty' } } }, status: 400 });
    const read = parseGeoJsonPlaces(text, REGION_BOX);
    if ('problems' in read)
      return render(request, reply, slug, { geojson: { ...shown, errors: { geojson: fieldError(read.problems) } }, status: 400 });
    await places.addPlaces(app.db, request.actor!, slug, read.places, { replace });
    return reply.redirect(back(request, slug, 'importiert'), 303);
  });
}
