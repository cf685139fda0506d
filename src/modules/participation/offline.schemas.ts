// The form on which staff type in an idea or a comment gathered on paper or at an event.
import { z } from 'zod';

const id = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? Number(v) : null))
  .pipe(
    z
      .number()
      .int()
      .min(1)
      .max(2 ** 31 - 1)
      .nullable(),
  );

export const offlineFormSchema = z
  .object({
    kind: z.enum(['idea', 'comment']),
    channel: z.enum(['event', 'paper']),
    event: id,
    day: z.iso.date(),
    municipality: id,
    title: z.string().trim().max(200).default(''),
    body: z.string().trim().min(1).max(3000),
    // 'project' for the Vorhaben's discussion, an idea's id, or 'section-' and a document section's id.
    target: z
      .string()
      .trim()
      .regex(/^(project|\d{1,9}|section-\d{1,9})$/)
      .default('project'),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'idea' && v.title.length === 0) ctx.addIssue({ code: 'custom', path: ['title'], message: 'required' });
  });

export type OfflineForm = z.infer<typeof offlineFormSchema>;
