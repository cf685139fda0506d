// zod schemas at the edges of the projects module: query strings of the register page and the API,
// the public JSON shape (also the source of the OpenAPI document), and JSON import items.
import { defaultLocale, type Locale, locales } from '../../lib/localized.js';
import { z } from 'zod';
import { projectStatuses } from './parsers/status.js';
import { participationFilters, publicationStates } from './project.types.js';

export const MAX_SLUG_LENGTH = 120;
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(MAX_SLUG_LENGTH);
/** Links shown to the public may only lead to web pages or mail addresses, never run code. */
export const safeUrl = z.url({ protocol: /^(https?|mailto)$/ });
const trimmed = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string().max(200));
const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const filterQuery = {
  q: z.preprocess(emptyToUndefined, trimmed.optional()),
  municipality: z.preprocess(emptyToUndefined, slug.optional()),
  topic: z.preprocess(emptyToUndefined, slug.optional()),
  status: z.preprocess(emptyToUndefined, z.enum(projectStatuses).optional()),
  participation: z.preprocess(emptyToUndefined, z.enum(participationFilters).optional()),
  plainLanguage: z.preprocess(
    emptyToUndefined,
    z
      .enum(['true'])
      .transform(() => true)
      .optional(),
  ),
  place: z.preprocess(emptyToUndefined, slug.optional()),
};

export const registerViews = ['list', 'map'] as const;
export type RegisterView = (typeof registerViews)[number];

export const registerQuerySchema = z.object({
  ...filterQuery,
  view: z.preprocess(emptyToUndefined, z.enum(registerViews).optional()),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100000).default(1)),
});

export const apiListQuerySchema = z.object({
  ...filterQuery,
  // A date-time without offset is taken as UTC.
  changed_since: z.preprocess(emptyToUndefined, z.iso.datetime({ offset: true, local: true }).or(z.iso.date()).optional()),
  limit: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(500).default(25)),
  cursor: z.preprocess(emptyToUndefined, z.string().max(200).optional()),
  lang: z.preprocess(emptyToUndefined, z.enum(locales).default(defaultLocale)),
});

export const apiMapQuerySchema = z.object({ ...filterQuery, lang: apiListQuerySchema.shape.lang });

/** How many titles search as you type offers: enough to choose from, few enough to read. */
export const SUGGESTION_LIMIT = 8;

/** Search as you type: what was typed so far (the last word may be unfinished). */
export const suggestionsQuerySchema = z.object({
  q: z.string().trim().min(2).max(100),
  lang: apiListQuerySchema.shape.lang,
});

const nullableText = z.string().nullable();

export const apiDecisionSchema = z.object({
  reference: z.string().nullable().describe('Normalised reference such as HA-18/2023; null when the text names none'),
  raw: z.string().describe('The decision as written in the source'),
  body: z.string().nullable().describe('Prefix of the council body, e.g. RV'),
  bodyName: z.string().nullable().describe('Name of the council body, e.g. Ratsversammlung'),
  number: z.number().int().nullable(),
  year: z.number().int().nullable(),
  supplement: z.string().nullable().describe('e.g. "2. Ergänzung"'),
  date: z.iso.date().nullable().describe('Date of the meeting, YYYY-MM-DD'),
});

/** A decision as the API shows it: with its paper and deliberations from the council information system. */
export const apiPublishedDecisionSchema = apiDecisionSchema.extend({
  paper: z
    .object({
      url: z.string().describe('The paper in OParl, or the address typed by hand where there is none'),
      web: z.string().nullable().describe("The paper's page in the council information system"),
      name: z.string().nullable(),
      reference: z.string().nullable().describe("The council's reference, e.g. RV-22/2021"),
      paperType: z.string().nullable().describe('e.g. Beschlussvorlage'),
      date: z.iso.date().nullable(),
    })
    .nullable()
    .describe('The council paper of the decision; null when none is known'),
  consultations: z
    .array(
      z.object({
        organization: z.string().nullable().describe('The committee or council'),
        meeting: z.object({
          name: z.string().nullable(),
          start: z.iso.datetime({ offset: true }).nullable(),
          web: z.string().nullable(),
        }),
        agendaItem: z.object({ number: z.string().nullable(), name: z.string().nullable(), result: z.string().nullable() }).nullable(),
        role: z.string().nullable().describe('e.g. Beschlussfassung, Vorberatung'),
      }),
    )
    .describe("The paper's deliberations, earliest first (cancelled meetings left out)"),
});

const translatable = {
  title: z.string().optional(),
  description: z.string().optional(),
  goals: z.string().optional(),
  statusText: z.string().optional(),
  nextSteps: z.string().optional(),
  expectedDuration: z.string().optional(),
  participationText: z.string().optional(),
  furtherInfo: z.string().optional(),
};

const position = z.tuple([z.number().min(-180).max(180).describe('longitude'), z.number().min(-90).max(90).describe('latitude')]);

/** A place's shape (RFC 7946: longitude first, WGS 84). */
export const apiGeometrySchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('Point'), coordinates: position }),
    z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
    z.object({
      type: z.literal('Polygon'),
      coordinates: z.array(z.array(position).min(4)).describe('Closed rings: the last position repeats the first'),
    }),
  ])
  .meta({ id: 'Geometry' });

export const apiLocalitySchema = z
  .object({
    slug,
    name: z.string(),
    kind: z.enum(['amt', 'stadt', 'gemeinde', 'stadtteil']),
    ars: z.string().nullable().describe('Amtlicher Regionalschlüssel (12 digits; 9 for an Amt; null for a Stadtteil)'),
    municipality: slug.describe('The partner it lies in'),
  })
  .meta({ id: 'Locality' });

export const apiLocalityListSchema = z
  .object({
    items: z.array(
      apiLocalitySchema.extend({
        parent: slug.nullable().describe('The Amt of a municipality in an Amt'),
        projectCount: z.number().int().describe('Published projects linked to it (for an Amt: also those of its municipalities)'),
      }),
    ),
  })
  .meta({ id: 'LocalityList' });

export type ApiLocalityList = z.infer<typeof apiLocalityListSchema>;

export const apiProjectSchema = z
  .object({
    slug,
    url: z.url(),
    title: z.string(),
    description: nullableText.describe('Markdown'),
    goals: nullableText,
    status: z.enum(projectStatuses),
    statusText: nullableText,
    nextSteps: nullableText,
    expectedDuration: nullableText,
    municipalities: z.array(z.object({ slug, name: z.string() })),
    topics: z.array(z.object({ slug, name: z.string() })),
    decisionsText: nullableText.describe('The decisions as written in the source'),
    decisions: z.array(apiPublishedDecisionSchema),
    firstDeliberation: z
      .object({
        start: z.iso.datetime({ offset: true }),
        meeting: z.string().nullable().describe("The meeting's name"),
        organization: z.string().nullable().describe('The committee or council'),
        web: z.string().nullable().describe("The meeting's page in the council information system"),
      })
      .nullable()
      .describe("The first deliberation in a council body of its decisions' papers (cancelled meetings left out); null when none is known"),
    costs: z.object({
      text: nullableText,
      amount: z.number().nullable().describe('First amount named in the text, in euro'),
      currency: z.string(),
      approximate: z.boolean(),
    }),
    participation: z.object({ formal: z.boolean(), informal: z.boolean(), text: nullableText }),
    location: z
      .object({ lat: z.number().nullable(), lng: z.number().nullable(), address: nullableText })
      .nullable()
      .describe('The address, and the first point among the places'),
    places: z.array(z.object({ label: nullableText, geometry: apiGeometrySchema })).describe('Points, lines and areas on the map'),
    localities: z.array(apiLocalitySchema).describe('Places below the partners the Vorhaben concerns'),
    contact: nullableText,
    links: z.array(z.object({ url: z.string(), label: nullableText })),
    furtherInfo: nullableText,
    summaryPlain: nullableText.describe('Summary in Leichte Sprache (German plain language); German whatever `lang` says'),
    startDate: z.iso.date().nullable(),
    endDate: z.iso.date().nullable(),
    addedOn: z.iso.date(),
    updatedAt: z.iso.datetime(),
    publicationState: z.enum(publicationStates),
    archived: z.boolean(),
    version: z.number().int(),
    changes: z.array(z.object({ version: z.number().int(), date: z.iso.datetime(), note: z.string(), fields: z.array(z.string()) })),
    language: z.enum(locales).describe('Language of the text fields; German where no translation exists'),
    translations: z
      .object({
        ...(Object.fromEntries(locales.map((l) => [l, z.object(translatable)])) as Record<Locale, z.ZodObject<typeof translatable>>),
        frr: z.object(translatable).describe('North Frisian (Nordfriisk), written by staff for some Vorhaben; never a `lang`'),
        nds: z.object(translatable).describe('Low German (Plattdüütsch), written by staff for some Vorhaben; never a `lang`'),
      })
      .partial()
      .describe('Every text field in every language it is written in, keyed by ISO 639 code'),
  })
  .meta({ id: 'Project' });

export type ApiProject = z.infer<typeof apiProjectSchema>;

export const apiProjectPageSchema = z.object({ items: z.array(apiProjectSchema), next: z.url().nullable() }).meta({ id: 'ProjectPage' });

export const apiFeatureCollectionSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: slug,
        geometry: z.union([
          apiGeometrySchema,
          z.object({ type: z.literal('GeometryCollection'), geometries: z.array(apiGeometrySchema).min(2) }),
        ]),
        properties: z.object({
          slug,
          title: z.string(),
          url: z.url(),
          status: z.enum(projectStatuses),
          places: z.array(z.object({ label: nullableText })).describe('The places in the order of the geometry'),
        }),
      }),
    ),
  })
  .meta({ id: 'ProjectFeatureCollection' });

export type ApiFeatureCollection = z.infer<typeof apiFeatureCollectionSchema>;

export const apiSuggestionsSchema = z
  .object({
    items: z
      .array(z.object({ title: z.string(), slug, url: z.url() }))
      .max(SUGGESTION_LIMIT)
      .describe('Titles that begin with what was typed first, then the newest'),
  })
  .meta({ id: 'Suggestions' });

export type ApiSuggestions = z.infer<typeof apiSuggestionsSchema>;

export const apiMunicipalitySchema = z
  .object({
    slug,
    name: z.string(),
    kind: z.enum(['city', 'district', 'municipality']),
    aliases: z.array(z.string()),
    decisionBodies: z.array(z.object({ prefix: z.string(), name: z.string() })),
    projectCount: z.number().int(),
  })
  .meta({ id: 'Municipality' });

export const apiErrorSchema = z
  .object({
    error: z.object({
      status: z.number().int(),
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error' });

/** A JSON import item: the API's project shape, with everything but the title optional. */
export const importItemSchema = z
  .object({
    slug: slug.optional(),
    title: z.string().min(1).max(300),
    description: nullableText.optional(),
    goals: nullableText.optional(),
    status: z.enum(projectStatuses).optional(),
    statusText: nullableText.optional(),
    nextSteps: nullableText.optional(),
    expectedDuration: nullableText.optional(),
    municipalities: z.array(z.union([z.string(), z.object({ slug: z.string() }).loose()])).optional(),
    topics: z.array(z.union([z.string(), z.object({ name: z.string() }).loose()])).optional(),
    decisionsText: nullableText.optional(),
    decisions: z.array(apiDecisionSchema).optional(),
    costs: z
      .object({
        text: nullableText.optional(),
        amount: z.number().nonnegative().nullable().optional(),
        approximate: z.boolean().optional(),
      })
      .loose()
      .optional(),
    participation: z.object({ formal: z.boolean().optional(), informal: z.boolean().optional(), text: nullableText.optional() }).optional(),
    location: z
      .object({
        lat: z.number().min(-90).max(90).nullable(),
        lng: z.number().min(-180).max(180).nullable(),
        address: nullableText.optional(),
      })
      .refine((l) => (l.lat === null) === (l.lng === null), { message: 'lat and lng must both be numbers or both be null' })
      .nullable()
      .optional(),
    contact: nullableText.optional(),
    links: z.array(z.object({ url: safeUrl, label: nullableText.optional() })).optional(),
    furtherInfo: nullableText.optional(),
    summaryPlain: nullableText.optional(),
    startDate: z.iso.date().nullable().optional(),
    endDate: z.iso.date().nullable().optional(),
    addedOn: z.iso.date().nullable().optional(),
    publicationState: z.enum(publicationStates).optional(),
    translations: z
      .object({ da: z.object(translatable).optional(), en: z.object(translatable).optional() })
      .loose()
      .optional(),
  })
  .loose();

export type ImportItem = z.infer<typeof importItemSchema>;
