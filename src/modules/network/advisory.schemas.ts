// The forms of advisory cases: a team's request and messages, and the agency's sessions and closing.
import { z } from 'zod';
import { caseOutcomes, caseStages } from '../../db/schema.js';

/** The stages and outcomes of a case, the choices of the request and closing forms. */
export { caseOutcomes, caseStages };

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || null);

export const caseBody = z.object({
  title: z.string().trim().min(1).max(200),
  question: z.string().trim().min(1).max(5000),
  topic: optional(200),
  stage: z.enum(caseStages),
  team: z.string().trim().min(1).max(2000),
  municipality: optional(100),
});
export const messageBody = z.object({ body: z.string().trim().min(1).max(5000) });
export const sessionBody = z.object({
  held_on: z.iso.date(),
  notes: z.string().trim().min(1).max(10000),
  internal: z.literal('on').optional(),
});
export const closeBody = z.object({ outcome: z.enum(caseOutcomes), outcome_note: optional(2000) });
