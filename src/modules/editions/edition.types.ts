// An edition as the module's services, views and presenter see it.
import type { EditionChange } from './edition-diff.js';

export interface EditionSummary {
  id: number;
  number: number;
  date: string;
  decision: { reference: string; url: string | null; projectSlug: string | null };
  entryCount: number;
  publishedAt: Date;
  counts: { new: number; changed: number; gone: number };
}

export interface EditionDetail extends EditionSummary {
  changes: EditionChange[];
  previousNumber: number | null;
}
