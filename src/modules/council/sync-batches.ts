// Raw objects from a list page or a single fetch, repaired, validated and turned into rows: the step
// between what a server sends and what council-objects.repository.ts stores. An object that is no
// object, or has no id, is reported and skipped; the rest of the page goes on.
import {
  agendaItemRows,
  batchSize,
  consultationRow,
  emptyBatch,
  fileRow,
  meetingRows,
  organizationRow,
  paperRows,
  type Reference,
  type RowBatch,
} from './oparl-mapping.js';
import { type OparlKind, repairObject } from './oparl-repair.js';
import { agendaItemSchema, consultationSchema, fileSchema, meetingSchema, organizationSchema, paperSchema } from './oparl.schemas.js';
import type { PendingReference } from './pending-references.repository.js';
import type { ReportFault } from './sync-faults.js';

/** The lists of a body Lotse walks, in the order it reads them. Persons are left out on purpose. */
export const listNames = ['organization', 'meeting', 'paper'] as const;
export type ListName = (typeof listNames)[number];

const listKind: Record<ListName, OparlKind> = { organization: 'Organization', meeting: 'Meeting', paper: 'Paper' };

/** Repairs and validates one object; null (reported) when it cannot be read. */
function read<T>(
  raw: unknown,
  kind: OparlKind,
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  report: ReportFault,
  where: string,
): T | null {
  const repaired = repairObject(raw, kind, report, where);
  const parsed = repaired ? schema.safeParse(repaired) : null;
  if (parsed?.success) return parsed.data;
  report('invalid_object', typeof repaired?.id === 'string' ? repaired.id : where, `${kind} without a usable id`);
  return null;
}

/**
 * The rows of a page, one batch per object (with what it embeds): the database may refuse one alone. A
 * paper that names no body belongs to the body whose list it came from (`listBody`), so that it is matched.
 */
export function pageBatches(
  list: ListName,
  objects: unknown[],
  report: ReportFault,
  pageUrl: string,
  listBody: string | null = null,
): RowBatch[] {
  const parts: RowBatch[] = [];
  for (const raw of objects) {
    const batch = emptyBatch();
    addObject(batch, listKind[list], raw, report, pageUrl, { listBody });
    if (batchSize(batch) > 0 || batch.references.length > 0) parts.push(batch);
  }
  return parts;
}

type Context = Omit<Partial<Reference>, 'kind' | 'url'> & { listBody?: string | null };

function addObject(batch: RowBatch, kind: OparlKind, raw: unknown, report: ReportFault, where: string, context: Context = {}) {
  switch (kind) {
    case 'Organization': {
      const o = read(raw, kind, organizationSchema, report, where);
      if (o) batch.organizations.push(organizationRow(o));
      return;
    }
    case 'Meeting': {
      const m = read(raw, kind, meetingSchema, report, where);
      if (m) meetingRows(m, batch);
      return;
    }
    case 'Paper': {
      const p = read(raw, kind, paperSchema, report, where);
      if (p) paperRows(p, batch, context.listBody ?? null);
      return;
    }
    case 'AgendaItem': {
      const a = read(raw, kind, agendaItemSchema, report, where);
      if (a) agendaItemRows(a, context.meeting ?? null, context.position ?? null, batch);
      return;
    }
    case 'Consultation': {
      const c = read(raw, kind, consultationSchema, report, where);
      if (c) batch.consultations.push(consultationRow(c, context.paper ?? null));
      return;
    }
    case 'File': {
      const f = read(raw, kind, fileSchema, report, where);
      if (f) {
        const owner = {
          ...(context.paper ? { paper: context.paper } : {}),
          ...(context.agendaItem ? { agendaItem: context.agendaItem } : {}),
        };
        batch.files.push(fileRow(f, context.role ?? 'auxiliary', owner));
      }
      return;
    }
    default:
      return;
  }
}

/** The rows of one object fetched by its URL because another object referred to it. */
export function referenceBatch(reference: Reference | PendingReference, raw: unknown, report: ReportFault): RowBatch {
  const batch = emptyBatch();
  const { kind, url, ...context } = reference;
  addObject(batch, kind, raw, report, url, context);
  return batch;
}
