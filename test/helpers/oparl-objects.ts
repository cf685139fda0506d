// Made-up OParl 1.1 objects for the made-up servers of the tests, at addresses under `http://oparl.test`
// (the test server writes its own address there): a system with one body, list pages, papers with
// consultations and files, meetings with agenda items, organisations.
import { PLACEHOLDER, type OparlTestServer } from './oparl-server.js';

const V = 'https://schema.oparl.org/1.1';
export const P = PLACEHOLDER;

export const at = (path: string) => `${P}${path}`;

/** One page of a list, with the next page's address when there is one. */
export function page(data: unknown[], next?: string, totalPages?: number) {
  return { data, links: next ? { next: at(next) } : {}, pagination: totalPages ? { totalPages } : {} };
}

export function organization(n: number, name: string) {
  return {
    id: at(`/organization/${n}`),
    type: `${V}/Organization`,
    name,
    organizationType: 'Gremium',
    modified: '2026-11-01T10:00:00+01:00',
  };
}

export function meeting(
  n: number,
  name: string,
  { organization = 1, agenda = [] as { n: number; number: string; name: string; consultation?: number; result?: string }[] } = {},
) {
  return {
    id: at(`/meeting/${n}`),
    type: `${V}/Meeting`,
    name,
    start: '2026-11-20T17:00:00+01:00',
    end: '2026-11-20T19:00:00+01:00',
    organization: [at(`/organization/${organization}`)],
    web: `https://ris.example.org/sitzung/${n}`,
    agendaItem: agenda.map((a, i) => ({
      id: at(`/agendaitem/${a.n}`),
      type: `${V}/AgendaItem`,
      meeting: at(`/meeting/${n}`),
      number: a.number,
      order: i + 1,
      name: a.name,
      public: true,
      ...(a.consultation ? { consultation: at(`/consultation/${a.consultation}`) } : {}),
      ...(a.result ? { result: a.result } : {}),
    })),
    modified: '2026-11-01T10:00:00+01:00',
  };
}

export function paper(
  n: number,
  reference: string,
  name: string,
  {
    consultations = [] as { n: number; meeting: number; agendaItem?: number; role?: string }[],
    modified = '2026-11-01T10:00:00+01:00',
  } = {},
) {
  return {
    id: at(`/paper/${n}`),
    type: `${V}/Paper`,
    body: at('/body/1'),
    name,
    reference,
    date: '2026-10-15',
    paperType: 'Beschlussvorlage',
    web: `https://ris.example.org/vorlage/${n}`,
    mainFile: {
      id: at(`/file/${n}`),
      type: `${V}/File`,
      name: `Vorlage ${reference}`,
      mimeType: 'application/pdf',
      accessUrl: `https://ris.example.org/files/${n}.pdf`,
    },
    consultation: consultations.map((c) => ({
      id: at(`/consultation/${c.n}`),
      type: `${V}/Consultation`,
      paper: at(`/paper/${n}`),
      meeting: at(`/meeting/${c.meeting}`),
      ...(c.agendaItem ? { agendaItem: at(`/agendaitem/${c.agendaItem}`) } : {}),
      organization: [at('/organization/1')],
      role: c.role ?? 'Beschlussfassung',
    })),
    modified,
  };
}

/** An object the server marks deleted; real servers often leave out its type (give `kind` to include it). */
export const deleted = (path: string, kind?: string) => ({
  id: at(path),
  ...(kind ? { type: `${V}/${kind}` } : {}),
  deleted: true,
  modified: '2026-12-01T10:00:00+01:00',
});

/** The system and its one body with its three lists; `location` puts a point on the body. */
export function serveSystem(server: OparlTestServer, { location }: { location?: [number, number] } = {}): string {
  server.on('/system', { body: { id: at('/system'), type: `${V}/System`, oparlVersion: `${V}/`, name: 'Test-RIS', body: at('/bodies') } });
  server.on('/bodies', {
    body: page([
      {
        id: at('/body/1'),
        type: `${V}/Body`,
        system: at('/system'),
        name: 'Stadt Beispielhafen',
        paper: at('/body/1/papers'),
        meeting: at('/body/1/meetings'),
        organization: at('/body/1/organizations'),
        ...(location
          ? { location: { id: at('/location/1'), type: `${V}/Location`, geojson: { type: 'Point', coordinates: location } } }
          : {}),
      },
    ]),
  });
  return server.url('/system');
}
