// The OpenAPI 3.1 description of API v1. Response schemas are generated from the same zod schemas
// the presenters are typed with, so the document cannot drift from what the API returns.
import { locales } from '../../lib/localized.js';
import type { DataLicense } from '../../lib/data-licenses.js';
import { z } from 'zod';
import {
  projectStatuses,
  participationFilters,
  apiErrorSchema,
  apiFeatureCollectionSchema,
  apiGeometrySchema,
  apiLocalitySchema,
  apiLocalityListSchema,
  apiMunicipalitySchema,
  apiProjectPageSchema,
  apiProjectSchema,
  apiSuggestionsSchema,
} from '../projects/index.js';
import { apiEventListSchema, apiEventSchema } from '../events/index.js';
import { apiPartnerListSchema, apiPartnerSchema, apiProcessListSchema, apiProcessSchema } from '../network/index.js';
import { partnerKinds } from '../../db/schema.js';
import { apiMeasureSchema, apiProgrammeSchema } from '../finance/index.js';
import { apiEditionDetailSchema, apiEditionListSchema, apiEditionSchema } from '../editions/index.js';
import { apiSurveyListSchema, apiSurveySchema } from '../surveys/index.js';
import { apiConsultationListSchema, apiConsultationSchema } from '../consultations/index.js';

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of [
    [apiProjectSchema, 'Project'],
    [apiProjectPageSchema, 'ProjectPage'],
    [apiSuggestionsSchema, 'Suggestions'],
    [apiMunicipalitySchema, 'Municipality'],
    [apiGeometrySchema, 'Geometry'],
    [apiLocalitySchema, 'Locality'],
    [apiFeatureCollectionSchema, 'ProjectFeatureCollection'],
    [apiLocalityListSchema, 'LocalityList'],
    [apiEventSchema, 'Event'],
    [apiEventListSchema, 'EventList'],
    [apiPartnerSchema, 'Partner'],
    [apiPartnerListSchema, 'PartnerList'],
    [apiProcessSchema, 'Process'],
    [apiProcessListSchema, 'ProcessList'],
    [apiMeasureSchema, 'Measure'],
    [apiProgrammeSchema, 'Programme'],
    [apiEditionSchema, 'Edition'],
    [apiEditionListSchema, 'EditionList'],
    [apiEditionDetailSchema, 'EditionDetail'],
    [apiSurveySchema, 'Survey'],
    [apiSurveyListSchema, 'SurveyList'],
    [apiConsultationSchema, 'Consultation'],
    [apiConsultationListSchema, 'ConsultationList'],
    [apiErrorSchema, 'Error'],
  ] as const)
    registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}` });
  for (const s of Object.values(schemas)) delete (s as Record<string, unknown>).$schema;
  return schemas;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown, description: string) => ({ description, content: { 'application/json': { schema } } });
const errorResponse = (description: string) => json(ref('Error'), description);
const rdfContent = Object.fromEntries(
  ['text/turtle', 'application/ld+json', 'application/rdf+xml'].map((type) => [type, { schema: { type: 'string' } }]),
);
const query = (name: string, description: string, schema: Record<string, unknown>) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

export function openApiDocument(baseUrl: string, dataLicense: DataLicense) {
  const filters = [
    query('q', 'Full-text search (German stemming: "Sensoren" finds "Sensor")', { type: 'string', maxLength: 200 }),
    query('municipality', 'Municipality slug, see /api/v1/municipalities', { type: 'string' }),
    query('topic', 'Topic slug', { type: 'string' }),
    query('status', 'Status of the project', { type: 'string', enum: [...projectStatuses] }),
    query('participation', 'Kind of residents’ participation', { type: 'string', enum: [...participationFilters] }),
    query('plainLanguage', 'Only projects with a summary in Leichte Sprache (plain German), see summaryPlain', {
      type: 'string',
      enum: ['true'],
    }),
    query(
      'place',
      'A place below the partners (Amt, town or municipality, Flensburg Stadtteil) by slug, see /api/v1/places; an Amt includes its municipalities',
      {
        type: 'string',
      },
    ),
  ];
  const lang = query('lang', 'Language of text fields (German where no translation exists)', {
    type: 'string',
    enum: [...locales],
    default: 'de',
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lotse API',
      version: '1.0.0',
      description:
        'Open data of the Smarte Grenzregion: the public Vorhabenliste (register of municipal projects) with council decisions, costs, participation and change log, the participation events, participation processes with their ideas, surveys with their published aggregate results, document consultations with their versions and weighing, and the partner directory. All data is public and free to reuse. The DCAT-AP.de catalogue at /api/v1/dcat describes every dataset for data portals; Atom feeds of new and changed projects (with the register’s filters), events and processes live beside the pages: /{lang}/vorhaben/feed.atom, /{lang}/veranstaltungen/feed.atom, /{lang}/beteiligung/feed.atom.',
      // The terms of the data this interface serves (Lotse itself is EUPL-1.2 software, named on every page).
      license: dataLicense.spdx
        ? { name: dataLicense.name.en, identifier: dataLicense.spdx }
        : { name: dataLicense.name.en, url: dataLicense.textUrl },
    },
    servers: [{ url: baseUrl }],
    paths: {
      '/api/v1/projects': {
        get: {
          operationId: 'listProjects',
          summary: 'List published projects',
          description:
            'Pages with a cursor: follow `next` until it is null. With `changed_since`, the list holds every project changed at or after that time, archived ones included (marked `archived: true`), ordered by change time, so that a copy can be kept in sync.',
          parameters: [
            ...filters,
            query('changed_since', 'ISO 8601 date or date-time', { type: 'string' }),
            query('limit', 'Page size', { type: 'integer', minimum: 1, maximum: 500, default: 25 }),
            query('cursor', 'Opaque cursor from `next`', { type: 'string' }),
            lang,
          ],
          responses: { '200': json(ref('ProjectPage'), 'A page of projects'), '400': errorResponse('Invalid parameter') },
        },
      },
      '/api/v1/projects/suggestions': {
        get: {
          operationId: 'suggestProjects',
          summary: 'Titles of published projects for search as you type (at most 8)',
          description:
            'Projects whose German title holds every typed word; the last word may be unfinished ("Glasf" finds "Glasfaser"). Titles that begin with the typed text come first, then the newest.',
          parameters: [
            {
              name: 'q',
              in: 'query',
              required: true,
              description: 'What was typed so far',
              schema: { type: 'string', minLength: 2, maxLength: 100 },
            },
            lang,
          ],
          responses: { '200': json(ref('Suggestions'), 'Suggestions'), '400': errorResponse('Invalid parameter') },
        },
      },
      '/api/v1/projects/{slug}': {
        get: {
          operationId: 'getProject',
          summary: 'One project',
          parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }, lang],
          responses: { '200': json(ref('Project'), 'The project'), '404': errorResponse('No such project') },
        },
      },
      '/api/v1/projects.geojson': {
        get: {
          operationId: 'mapProjects',
          summary: 'Every published project with a place, as a GeoJSON FeatureCollection (RFC 7946)',
          description:
            'Same filters as /api/v1/projects, all results at once. One feature per project (id: its slug) with its places as geometry, a GeometryCollection when it has several; coordinates are longitude, latitude (WGS 84); rings are closed. Projects without a place are left out.',
          parameters: [...filters, lang],
          responses: {
            '200': { description: 'FeatureCollection', content: { 'application/geo+json': { schema: ref('ProjectFeatureCollection') } } },
            '400': errorResponse('Invalid parameter'),
          },
        },
      },
      '/api/v1/places': {
        get: {
          operationId: 'listPlaces',
          summary: 'The places below the partners: Ämter, towns and municipalities of the districts, Flensburg’s Stadtteile',
          description:
            'With their Amtlicher Regionalschlüssel (ARS) and the number of published projects linked to each. Source: Destatis Gemeindeverzeichnis (GV-ISys), Statistikamt Nord; Stadtteile by the city’s numbering.',
          responses: { '200': json(ref('LocalityList'), 'Places') },
        },
      },
      '/api/v1/projects.csv': {
        get: {
          operationId: 'exportProjectsCsv',
          summary: 'All published and archived projects as a Vorhabenliste spreadsheet (CSV, ";", UTF-8)',
          responses: { '200': { description: 'CSV file', content: { 'text/csv': { schema: { type: 'string' } } } } },
        },
      },
      '/api/v1/projects.csv-metadata.json': {
        get: {
          operationId: 'describeProjectsCsv',
          summary: 'The CSV file described for reuse (W3C CSV on the Web): its columns, dialect, licence and publisher',
          responses: {
            '200': { description: 'CSVW metadata', content: { 'application/csvm+json': { schema: { type: 'object' } } } },
          },
        },
      },
      '/api/v1/events': {
        get: {
          operationId: 'listEvents',
          summary: 'Participation events (published and cancelled), by start time',
          description:
            'Without `from`/`to`: the events of the last half year and everything ahead. Registrants and online access links are never part of the data.',
          parameters: [
            query('municipality', 'Organising municipality (slug)', { type: 'string' }),
            query('topic', 'Topic slug', { type: 'string' }),
            query('project', 'Slug of a linked project', { type: 'string' }),
            query('from', 'Events ending on or after this day (YYYY-MM-DD)', { type: 'string', format: 'date' }),
            query('to', 'Events starting before this day (YYYY-MM-DD)', { type: 'string', format: 'date' }),
            lang,
          ],
          responses: { '200': json(ref('EventList'), 'Events'), '400': errorResponse('Invalid parameter') },
        },
      },
      '/api/v1/events.ics': {
        get: {
          operationId: 'eventsCalendar',
          summary: 'The same events as an iCalendar feed (RFC 5545) to subscribe to',
          parameters: [
            query('municipality', 'Organising municipality (slug)', { type: 'string' }),
            query('topic', 'Topic slug', { type: 'string' }),
            query('project', 'Slug of a linked project', { type: 'string' }),
            lang,
          ],
          responses: {
            '200': { description: 'iCalendar', content: { 'text/calendar': { schema: { type: 'string' } } } },
            '400': errorResponse('Invalid parameter'),
          },
        },
      },
      '/api/v1/events/{slug}': {
        get: {
          operationId: 'getEvent',
          summary: 'One event',
          parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }, lang],
          responses: { '200': json(ref('Event'), 'The event'), '404': errorResponse('No such event') },
        },
      },
      '/api/v1/programme': {
        get: {
          operationId: 'getProgramme',
          summary: 'The funding programme',
          description:
            'Grant, phases with proof-of-spending deadlines, headline funding figures with their sources, the partners’ shares, planned vs. spent (integer cents) by year and phase, and every goal, field of action and measure with progress, budget lines, milestones, indicators and open-source outputs. Expenditure documents and internal notes are never included.',
          parameters: [lang],
          responses: { '200': json(ref('Programme'), 'The programme') },
        },
      },
      '/api/v1/partners': {
        get: {
          operationId: 'listPartners',
          summary: 'The partner directory: verified partners who agreed to be listed',
          description: 'Contact addresses are never part of the data; the contact form on the partner page mails the partner.',
          parameters: [
            query('municipality', 'Municipality slug', { type: 'string' }),
            query('topic', 'Topic slug', { type: 'string' }),
            query('kind', 'Kind of partner', { type: 'string', enum: [...partnerKinds] }),
          ],
          responses: { '200': json(ref('PartnerList'), 'Partners'), '400': errorResponse('Invalid parameter') },
        },
      },
      '/api/v1/partners/{slug}': {
        get: {
          operationId: 'getPartner',
          summary: 'One partner',
          parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': json(ref('Partner'), 'The partner'), '404': errorResponse('No such partner') },
        },
      },
      '/api/v1/processes': {
        get: {
          operationId: 'listProcesses',
          summary: 'Published participation processes with their dated phases',
          parameters: [lang],
          responses: { '200': json(ref('ProcessList'), 'Processes') },
        },
      },
      '/api/v1/processes/{slug}': {
        get: {
          operationId: 'getProcess',
          summary: 'One participation process with its ideas, their status, official answer and supports',
          description: 'Authors of ideas are never part of the data; hidden ideas are left out.',
          parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }, lang],
          responses: { '200': json(ref('Process'), 'The process'), '404': errorResponse('No such process') },
        },
      },
      '/api/v1/editions': {
        get: {
          operationId: 'listEditions',
          summary: 'The editions of the Vorhabenliste (Fortschreibungen), newest first',
          description:
            'Each edition is a frozen copy of the published register with the council decision that adopted it; links lead to its page, CSV and PDF.',
          responses: { '200': json(ref('EditionList'), 'All editions') },
        },
      },
      '/api/v1/editions/{number}': {
        get: {
          operationId: 'getEdition',
          summary: 'One edition with what is new, changed (fields and change notes) and gone (with its note) since the previous one',
          parameters: [{ name: 'number', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
          responses: { '200': json(ref('EditionDetail'), 'The edition'), '404': errorResponse('No such edition') },
        },
      },
      '/api/v1/dcat': {
        get: {
          operationId: 'catalogue',
          summary: 'The DCAT-AP.de 3.0 catalogue of all datasets and their distributions, for data portals to harvest',
          description:
            'Content negotiation on the Accept header: text/turtle (the default, also for */* and no header), application/ld+json, application/rdf+xml. The same catalogue by suffix: /api/v1/dcat.ttl, .jsonld, .rdf.',
          responses: { '200': { description: 'The catalogue', content: rdfContent } },
        },
      },
      ...Object.fromEntries(
        (
          [
            ['ttl', 'text/turtle', 'catalogueTurtle'],
            ['jsonld', 'application/ld+json', 'catalogueJsonLd'],
            ['rdf', 'application/rdf+xml', 'catalogueRdfXml'],
          ] as const
        ).map(([suffix, type, operationId]) => [
          `/api/v1/dcat.${suffix}`,
          {
            get: {
              operationId,
              summary: `The DCAT-AP.de catalogue as ${type}`,
              responses: { '200': { description: 'The catalogue', content: { [type]: { schema: { type: 'string' } } } } },
            },
          },
        ]),
      ),
      '/api/v1/surveys': {
        get: {
          operationId: 'listSurveys',
          summary: 'Running and closed surveys, with their response counts once the results are published',
          description: 'Drafts, single answers, participation codes and who took part are never part of the data.',
          parameters: [lang],
          responses: { '200': json(ref('SurveyList'), 'Surveys') },
        },
      },
      '/api/v1/surveys/{slug}': {
        get: {
          operationId: 'getSurvey',
          summary: 'One survey with its questions and, once published, the aggregate results per question',
          description:
            'Counts and percentages per option, the mean of scales, rankings by mean place and the free-text answers a moderator approved; `results` is null until staff publish them. Answers from anyone (one per browser) are counted as `lessReliable`.',
          parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }, lang],
          responses: { '200': json(ref('Survey'), 'The survey'), '404': errorResponse('No such survey') },
        },
      },
      '/api/v1/consultations': {
        get: {
          operationId: 'listConsultations',
          summary: 'Document consultations with their current version, comment counts and weighing summary',
          description:
            'Consultations of participation processes: a draft published in sections, commented on by residents, weighed by the administration (taken up, partly, not taken up) and revised in numbered versions; `adoption` names the council decision that adopted a version. The table of every comment with its weighing is linked as CSV and PDF (`weighingTable`). Drafts, names and who voted are never part of the data.',
          parameters: [lang],
          responses: { '200': json(ref('ConsultationList'), 'Consultations') },
        },
      },
      '/api/v1/consultations/{slug}': {
        get: {
          operationId: 'getConsultation',
          summary:
            'One consultation with every published version and its sections (Markdown), with comment and vote counts and change notes citing comments',
          parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }, lang],
          responses: { '200': json(ref('Consultation'), 'The consultation'), '404': errorResponse('No such consultation') },
        },
      },
      '/api/v1/municipalities': {
        get: {
          operationId: 'listMunicipalities',
          summary: 'Municipalities with their council bodies',
          responses: {
            '200': json(
              { type: 'object', required: ['items'], properties: { items: { type: 'array', items: ref('Municipality') } } },
              'All municipalities',
            ),
          },
        },
      },
    },
    components: { schemas: componentSchemas() },
  };
}
