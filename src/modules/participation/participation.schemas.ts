// What residents post: a notice, a participation request and a signature, checked with zod.
import { textLanguageChoice } from '../../lib/text-language.js';
import { z } from 'zod';

export const noticeBody = z.object({
  body: z.string().trim().min(1).max(5000),
  name: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || null),
  email: z.email().max(320),
  consent: z.literal('on'),
  sprache: textLanguageChoice,
});

export const requestBody = z.object({
  kind: z.enum(['informal', 'signatures']),
  title: z.string().trim().min(1).max(200),
  reasoning: z.string().trim().min(1).max(5000),
  name: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || null),
  email: z.email().max(320),
  consent: z.literal('on'),
  sprache: textLanguageChoice,
});

export const signatureBody = z.object({
  name: z.string().trim().min(1).max(200),
  residence: z.string().trim().min(1).max(200),
  age: z.literal('on'),
  email: z.email().max(320),
  consent: z.literal('on'),
});
