// API v1 shapes of the network and of participation processes with their ideas. Only public fields: no
// contact address, no author, no account of anyone.
import { defaultLocale, locales } from '../../lib/localized.js';
import { z } from 'zod';
import { apiRegionalTextsSchema } from '../../lib/regional-texts.js';
import { ideaStatuses, partnerKinds, phaseKinds } from '../../db/schema.js';

export const apiPartnerSchema = z.object({
  slug: z.string(),
  url: z.string(),
  name: z.string(),
  kind: z.enum(partnerKinds),
  description: z.string(),
  offers: z.string().nullable(),
  seeks: z.string().nullable(),
  competencies: z.string().nullable(),
  municipality: z.string().nullable().describe('Municipality slug; null for the whole region'),
  topics: z.array(z.string()).describe('Topic slugs'),
  website: z.string().nullable(),
  projects: z.array(z.string()).describe('Slugs of the projects the partner takes part in'),
  example: z.boolean().describe('An illustrative entry of the demo'),
});
export type ApiPartner = z.infer<typeof apiPartnerSchema>;
export const apiPartnerListSchema = z.object({ items: z.array(apiPartnerSchema) });

export const apiPartnerQuerySchema = z.object({
  municipality: z.string().max(100).optional(),
  topic: z.string().max(200).optional(),
  kind: z.enum(partnerKinds).optional(),
});

export const apiIdeaSchema = z.object({
  id: z.number().int(),
  url: z.string(),
  title: z.string(),
  body: z.string(),
  status: z.enum(ideaStatuses),
  status_reason: z.string().nullable().describe('Published reason of a rejection'),
  answer: z.string().nullable().describe('The official answer'),
  topic: z.string().nullable(),
  location: z.string().nullable(),
  supports: z.number().int(),
  linked_project: z.string().nullable().describe('Slug of the project that took up an accepted idea'),
  created_at: z.string(),
});

export const apiProcessSchema = z.object({
  slug: z.string(),
  url: z.string(),
  title: z.string(),
  description: z.string().nullable().describe('Markdown'),
  results: z.string().nullable().describe('Markdown'),
  project: z.string().describe('Slug of the project'),
  phases: z.array(z.object({ kind: z.enum(phaseKinds), starts_on: z.string(), ends_on: z.string() })),
  regional_texts: apiRegionalTextsSchema,
  ideas: z.array(apiIdeaSchema).describe('Visible ideas, most supported first; hidden ones are left out'),
});
export const apiProcessListSchema = z.object({ items: z.array(apiProcessSchema.omit({ ideas: true })) });
export const apiLangSchema = z.object({ lang: z.enum(locales).default(defaultLocale) });
