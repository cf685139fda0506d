// The OParl objects Lotse reads (1.0 and 1.1), checked with zod after oparl-repair.ts. Lenient on
// purpose: only an object's `id` is required; a field of the wrong kind becomes null (or an empty list)
// instead of losing the whole paper, because a council's data is worth more with a gap than without.
import { z } from 'zod';
import { calendarDay, clampInt4, validInstant } from './oparl-values.js';

const text = z
  .string()
  .transform((s) => s.trim() || null)
  .nullable()
  .optional()
  .catch(null);
/** An address Lotse may link to: http(s) only, so that no `javascript:` from a server reaches a page. */
const link = z
  .string()
  .trim()
  .refine((s) => /^https?:\/\/[^\s]+$/i.test(s))
  .nullable()
  .optional()
  .catch(null);
const flag = z.boolean().nullable().optional().catch(null);
const day = z.string().transform(calendarDay).nullable().optional().catch(null);
const instant = z.string().transform(validInstant).nullable().optional().catch(null);
const id = z.string().trim().min(1);
/** A list of references; an embedded object in such a list stands for its id. */
const references = z
  .array(z.union([z.string(), z.looseObject({ id: z.string() }).transform((o) => o.id)]))
  .optional()
  .catch([])
  .transform((list) => (list ?? []).map((s) => s.trim()).filter((s) => s !== ''));
const common = { id, type: text, deleted: z.boolean().optional().catch(false), modified: instant };

export const fileSchema = z.looseObject({
  ...common,
  name: text,
  fileName: text,
  mimeType: text,
  date: day,
  accessUrl: link,
  downloadUrl: link,
});
export type OparlFile = z.infer<typeof fileSchema>;

/** An embedded object of type T, or a reference to one (its URL). */
const embeddedOrReference = <T extends z.ZodType>(schema: T) => z.union([schema, z.string()]);
const many = <T extends z.ZodType>(schema: T) =>
  z
    .array(z.unknown())
    .optional()
    .catch([])
    .transform((list) =>
      (list ?? []).flatMap((item) => {
        const parsed = schema.safeParse(item);
        return parsed.success ? [parsed.data as z.output<T>] : [];
      }),
    );
const one = <T extends z.ZodType>(schema: T) =>
  z
    .unknown()
    .optional()
    .transform((item) => {
      const parsed = schema.safeParse(item);
      return parsed.success ? (parsed.data as z.output<T>) : null;
    });

export const consultationSchema = z.looseObject({
  ...common,
  paper: text,
  agendaItem: text,
  meeting: text,
  organization: references,
  authoritative: flag,
  role: text,
});
export type OparlConsultation = z.infer<typeof consultationSchema>;

export const agendaItemSchema = z.looseObject({
  ...common,
  meeting: text,
  number: text,
  order: z.number().int().transform(clampInt4).nullable().optional().catch(null),
  name: text,
  public: flag,
  consultation: z
    .union([z.string(), z.looseObject({ id: z.string() }).transform((o) => o.id)])
    .nullable()
    .optional()
    .catch(null),
  result: text,
  resolutionFile: one(embeddedOrReference(fileSchema)),
  auxiliaryFile: many(embeddedOrReference(fileSchema)),
});
export type OparlAgendaItem = z.infer<typeof agendaItemSchema>;

export const meetingSchema = z.looseObject({
  ...common,
  name: text,
  cancelled: flag,
  start: instant,
  end: instant,
  organization: references,
  agendaItem: many(embeddedOrReference(agendaItemSchema)),
  web: link,
});
export type OparlMeeting = z.infer<typeof meetingSchema>;

export const paperSchema = z.looseObject({
  ...common,
  body: text,
  name: text,
  reference: text,
  date: day,
  paperType: text,
  mainFile: one(embeddedOrReference(fileSchema)),
  auxiliaryFile: many(embeddedOrReference(fileSchema)),
  consultation: many(embeddedOrReference(consultationSchema)),
  web: link,
});
export type OparlPaper = z.infer<typeof paperSchema>;

export const organizationSchema = z.looseObject({
  ...common,
  name: text,
  shortName: text,
  organizationType: text,
  classification: text,
  web: link,
});
export type OparlOrganization = z.infer<typeof organizationSchema>;

/** A list's URL, or (rarely) the list embedded as an object with its first page. */
const listReference = z
  .union([z.string(), z.looseObject({ id: z.string() }).transform((o) => o.id)])
  .nullable()
  .optional()
  .catch(null);

export const bodySchema = z.looseObject({
  ...common,
  name: text,
  shortName: text,
  paper: listReference,
  meeting: listReference,
  organization: listReference,
  location: z.unknown().optional(),
});
export type OparlBody = z.infer<typeof bodySchema>;

export const systemSchema = z.looseObject({
  ...common,
  oparlVersion: text,
  name: text,
  body: listReference,
});
export type OparlSystem = z.infer<typeof systemSchema>;

/** One page of a list: its objects, and where the next page is. */
export const listPageSchema = z.looseObject({
  data: z.array(z.unknown()),
  links: z.looseObject({ next: text, last: text }).optional().catch(undefined),
  pagination: z
    .looseObject({ totalPages: z.number().int().nullable().optional().catch(null) })
    .optional()
    .catch(undefined),
});
