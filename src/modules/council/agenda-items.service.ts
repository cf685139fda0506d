// The council's agenda items as participation names them: the "on the agenda" step of a request links
// the item it stands on. Staff choose among the items of the papers the Vorhaben's decisions link; the
// request's page shows the meeting, its date, the item's number and the meeting's page. The caller
// (participation) has checked that the person may handle the request.
import type { Db } from '../../db/database.js';
import { type AgendaItemRow, agendaItemsById, agendaItemsOfProject } from './agenda-items.repository.js';

export interface CouncilAgendaItem {
  id: number;
  /** The item's number on the agenda ("Ö 5"), and its name unless the council keeps it from the public. */
  number: string | null;
  name: string | null;
  paperReference: string | null;
  meeting: { name: string | null; start: Date | null; web: string | null; cancelled: boolean };
}

const toItem = (r: AgendaItemRow): CouncilAgendaItem => ({
  id: r.id,
  number: r.number,
  name: r.name,
  paperReference: r.paper_reference,
  meeting: {
    name: r.meeting_name,
    start: r.meeting_start ? new Date(r.meeting_start) : null,
    web: r.meeting_web,
    cancelled: r.cancelled === true,
  },
});

/** The agenda items of the papers the Vorhaben's decisions link, by meeting date. */
export async function projectAgendaItems(db: Db, projectId: number): Promise<CouncilAgendaItem[]> {
  return (await agendaItemsOfProject(db, projectId)).map(toItem);
}

/** One agenda item by its id; null when the council's data no longer holds it. */
export async function councilAgendaItem(db: Db, id: number): Promise<CouncilAgendaItem | null> {
  const [row] = await agendaItemsById(db, [id]);
  return row ? toItem(row) : null;
}
