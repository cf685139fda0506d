// What an import run reports: shared by the use case and the writer of its batches.
import type { ComparedField } from '../project.mapper.js';
import type { RowProblem } from './row-to-input.js';

export type ImportFormat = 'csv' | 'json';

export interface ImportReport {
  format: ImportFormat;
  dryRun: boolean;
  applied: boolean;
  problems: RowProblem[];
  created: { line: number; slug: string; title: string }[];
  updated: { line: number; slug: string; title: string; fields: ComparedField[] }[];
  unchanged: number;
  newTopics: string[];
  ignoredColumns: string[];
}
