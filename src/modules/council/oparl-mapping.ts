// From validated OParl objects to the rows Lotse keeps: a paper brings its embedded consultations and
// files, a meeting its agenda items (with their resolution files). Persons are never read: Lotse needs
// no names of office holders. Objects the server marks deleted become a bare "deleted" row, so that
// what Lotse already knows of them stays.
import type { CouncilFileRole } from '../../db/schema.js';
import type { OparlAgendaItem, OparlConsultation, OparlFile, OparlMeeting, OparlOrganization, OparlPaper } from './oparl.schemas.js';

interface Row {
  url: string;
  modified: Date | null;
  deleted: boolean;
}

export interface OrganizationRow extends Row {
  name: string | null;
  short_name: string | null;
  organization_type: string | null;
  classification: string | null;
  web: string | null;
}

export interface MeetingRow extends Row {
  name: string | null;
  start_at: Date | null;
  end_at: Date | null;
  web: string | null;
  organization_urls: string[];
  cancelled: boolean;
}

export interface PaperRow extends Row {
  body_url: string | null;
  name: string | null;
  reference: string | null;
  paper_type: string | null;
  date: string | null;
  web: string | null;
}

export interface AgendaItemRow extends Row {
  meeting_url: string | null;
  position: number | null;
  number: string | null;
  name: string | null;
  result: string | null;
  public: boolean | null;
  consultation_url: string | null;
}

export interface ConsultationRow extends Row {
  paper_url: string | null;
  meeting_url: string | null;
  agenda_item_url: string | null;
  organization_urls: string[];
  role: string | null;
  authoritative: boolean | null;
}

export interface FileRow extends Row {
  paper_url: string | null;
  agenda_item_url: string | null;
  role: CouncilFileRole;
  name: string | null;
  mime_type: string | null;
  access_url: string | null;
  download_url: string | null;
  date: string | null;
}

/**
 * An object named only by its URL where it could have been embedded (1.1 allows both): fetched after the
 * lists, with what its referrer tells about it (an agenda item's meeting, a file's paper and role).
 */
export interface Reference {
  kind: 'AgendaItem' | 'Consultation' | 'File';
  url: string;
  meeting?: string;
  paper?: string;
  agendaItem?: string;
  role?: CouncilFileRole;
  position?: number;
}

/** Everything one page (or one fetched object) adds, by table. */
export interface RowBatch {
  organizations: OrganizationRow[];
  meetings: MeetingRow[];
  papers: PaperRow[];
  agendaItems: AgendaItemRow[];
  consultations: ConsultationRow[];
  files: FileRow[];
  references: Reference[];
}

export const emptyBatch = (): RowBatch => ({
  organizations: [],
  meetings: [],
  papers: [],
  agendaItems: [],
  consultations: [],
  files: [],
  references: [],
});

/** The batches as one, in order. */
export function mergeBatches(parts: RowBatch[]): RowBatch {
  const merged = emptyBatch();
  for (const part of parts)
    for (const key of Object.keys(merged) as (keyof RowBatch)[]) (merged[key] as unknown[]).push(...(part[key] as unknown[]));
  return merged;
}

/** The address of the object a batch was made from (its first row), for a fault. */
export function batchUrl(batch: RowBatch): string | null {
  const first = [batch.organizations, batch.meetings, batch.papers, batch.agendaItems, batch.consultations, batch.files].find(
    (r) => r.length,
  );
  return first?.[0]?.url ?? null;
}

export function batchSize(batch: RowBatch): number {
  return (
    batch.organizations.length +
    batch.meetings.length +
    batch.papers.length +
    batch.agendaItems.length +
    batch.consultations.length +
    batch.files.length
  );
}

const base = (o: { id: string; modified?: Date | null | undefined; deleted?: boolean | undefined }): Row => ({
  url: o.id,
  modified: o.modified ?? null,
  deleted: o.deleted === true,
});

export function organizationRow(o: OparlOrganization): OrganizationRow {
  return {
    ...base(o),
    name: o.name ?? null,
    short_name: o.shortName ?? null,
    organization_type: o.organizationType ?? null,
    classification: o.classification ?? null,
    web: o.web ?? null,
  };
}

export function fileRow(f: OparlFile, role: CouncilFileRole, owner: { paper?: string; agendaItem?: string }): FileRow {
  return {
    ...base(f),
    paper_url: owner.paper ?? null,
    agenda_item_url: owner.agendaItem ?? null,
    role,
    name: f.name ?? f.fileName ?? null,
    mime_type: f.mimeType ?? null,
    access_url: f.accessUrl ?? null,
    download_url: f.downloadUrl ?? null,
    date: f.date ?? null,
  };
}

export function consultationRow(c: OparlConsultation, paperUrl: string | null): ConsultationRow {
  return {
    ...base(c),
    paper_url: c.paper ?? paperUrl,
    meeting_url: c.meeting ?? null,
    agenda_item_url: c.agendaItem ?? null,
    organization_urls: c.organization,
    role: c.role ?? null,
    authoritative: c.authoritative ?? null,
  };
}

export function agendaItemRows(a: OparlAgendaItem, meetingUrl: string | null, position: number | null, batch: RowBatch): void {
  batch.agendaItems.push({
    ...base(a),
    meeting_url: a.meeting ?? meetingUrl,
    // 1.1 gives the order; 1.0 servers leave it out, and then the position on the agenda is the order.
    position: a.order ?? position,
    number: a.number ?? null,
    name: a.name ?? null,
    result: a.result ?? null,
    public: a.public ?? null,
    consultation_url: a.consultation ?? null,
  });
  if (typeof a.resolutionFile === 'string')
    batch.references.push({ kind: 'File', url: a.resolutionFile, agendaItem: a.id, role: 'resolution' });
  else if (a.resolutionFile) batch.files.push(fileRow(a.resolutionFile, 'resolution', { agendaItem: a.id }));
}

export function meetingRows(m: OparlMeeting, batch: RowBatch): void {
  batch.meetings.push({
    ...base(m),
    name: m.name ?? null,
    start_at: m.start ?? null,
    end_at: m.end ?? null,
    web: m.web ?? null,
    organization_urls: m.organization,
    cancelled: m.cancelled === true,
  });
  m.agendaItem.forEach((item, i) => {
    if (typeof item === 'string') batch.references.push({ kind: 'AgendaItem', url: item, meeting: m.id, position: i + 1 });
    else agendaItemRows(item, m.id, i + 1, batch);
  });
}

export function paperRows(p: OparlPaper, batch: RowBatch, listBody: string | null = null): void {
  batch.papers.push({
    ...base(p),
    body_url: p.body ?? listBody,
    name: p.name ?? null,
    reference: p.reference ?? null,
    paper_type: p.paperType ?? null,
    date: p.date ?? null,
    web: p.web ?? null,
  });
  if (typeof p.mainFile === 'string') batch.references.push({ kind: 'File', url: p.mainFile, paper: p.id, role: 'main' });
  else if (p.mainFile) batch.files.push(fileRow(p.mainFile, 'main', { paper: p.id }));
  for (const file of p.auxiliaryFile) {
    if (typeof file === 'string') batch.references.push({ kind: 'File', url: file, paper: p.id, role: 'auxiliary' });
    else batch.files.push(fileRow(file, 'auxiliary', { paper: p.id }));
  }
  for (const c of p.consultation) {
    if (typeof c === 'string') batch.references.push({ kind: 'Consultation', url: c, paper: p.id });
    else batch.consultations.push(consultationRow(c, p.id));
  }
}
