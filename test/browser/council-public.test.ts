// What residents see of the council in Chromium, in German and English: a Vorhaben's page with its
// decisions linked to their papers, the deliberations (committee, meeting, agenda item, result), the
// paper's files, the next and the first deliberation; and a participation request whose "on the agenda"
// step links the agenda item. axe-core checks every page visited.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { syncMunicipality } from '../../src/modules/council/index.js';
import { configureOparl, testClient, vorhabenWithDecisions } from '../helpers/council.js';
import { meeting, organization, page, paper, serveSystem } from '../helpers/oparl-objects.js';
import { oparlTestServer, type OparlTestServer } from '../helpers/oparl-server.js';
import { checkA11y, TEST_TIMEOUT, useBrowserApp } from './helpers.js';

let server: OparlTestServer;
let slug = '';
let requestId = 0;

const app = useBrowserApp(async ({ db }) => {
  server = await oparlTestServer();
  await configureOparl(db, 'flensburg', serveSystem(server));
  server.on('/body/1/organizations', { body: page([organization(1, 'Ratsversammlung')]) });
  server.on('/body/1/meetings', {
    body: page([
      meeting(1, 'Ratsversammlung', {
        agenda: [{ n: 10, number: 'Ö 5', name: 'Digitale Stadtwerke', consultation: 1, result: 'einstimmig beschlossen' }],
      }),
      {
        ...meeting(2, 'Hauptausschuss', { agenda: [{ n: 20, number: 'Ö 3', name: 'Digitale Stadtwerke: Umsetzung', consultation: 2 }] }),
        start: '2030-03-14T17:00:00+01:00',
        end: '2030-03-14T19:00:00+01:00',
      },
    ]),
  });
  server.on('/body/1/papers', {
    body: page([
      paper(1, 'RV-91/2026', 'Digitale Stadtwerke', {
        consultations: [
          { n: 1, meeting: 1, agendaItem: 10 },
          { n: 2, meeting: 2, agendaItem: 20, role: 'Vorberatung' },
        ],
      }),
    ]),
  });
  slug = await vorhabenWithDecisions(
    db,
    'flensburg',
    'Digitale Stadtwerke (Ratsinformation)',
    ['RV-91/2026 vom 20.11.2026'],
    [{ prefix: 'RV', name: 'Ratsversammlung' }],
  );
  const project = await db
    .updateTable('projects')
    .set({ publication_state: 'published' })
    .where('slug', '=', slug)
    .returning('id')
    .executeTakeFirstOrThrow();
  await syncMunicipality(db, 'flensburg', { client: testClient });
  const item = await db
    .selectFrom('council_agenda_items')
    .select('id')
    .where('url', '=', server.url('/agendaitem/20'))
    .executeTakeFirstOrThrow();
  requestId = (
    await db
      .insertInto('participation_requests')
      .values({
        project_id: project.id,
        kind: 'informal',
        title: 'Offene Daten der Stadtwerke',
        reasoning: 'Die Messwerte sollen offen sein.',
        status: 'on_agenda',
        agenda_reference: 'Hauptausschuss am 14.03.2030, TOP Ö 3',
        agenda_item_id: item.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
});
after(() => server?.close());

const words = {
  de: {
    paper: 'Vorlage RV-91/2026 im Ratsinformationssystem',
    next: 'Nächste Beratung',
    first: 'Erste Beratung in einem Gremium',
    item: 'TOP Ö 5',
    agendaItem: 'Tagesordnungspunkt:',
  },
  en: {
    paper: 'Paper RV-91/2026 in the council information system',
    next: 'Next deliberation',
    first: 'First deliberation in a council body',
    item: 'Agenda item Ö 5',
    agendaItem: 'Agenda item:',
  },
} as const;

test(
  "the Vorhaben page with its decisions' papers and deliberations, and a request's agenda item, pass axe (de, en)",
  { timeout: TEST_TIMEOUT * 2 },
  async () => {
    const context = await app.newContext();
    try {
      const tab = await context.newPage();
      for (const lang of ['de', 'en'] as const) {
        const w = words[lang];
        const res = await tab.goto(`/${lang}/vorhaben/${slug}`);
        assert.equal(res?.status(), 200);
        const paperLink = tab.getByRole('link', { name: w.paper, exact: true });
        assert.equal(await paperLink.getAttribute('href'), 'https://ris.example.org/vorlage/1');
        assert.ok(await tab.getByText(w.next).first().isVisible(), 'the next deliberation among the facts');
        assert.ok(await tab.getByText(w.first).first().isVisible(), 'the first deliberation among the facts');
        const deliberations = tab.locator('.lotse-council__deliberations li');
        assert.equal(await deliberations.count(), 2);
        const held = (await deliberations.first().textContent()) ?? '';
        assert.ok(held.includes(w.item) && held.includes('einstimmig beschlossen'), held);
        assert.equal(
          await tab.getByRole('link', { name: 'Vorlage RV-91/2026', exact: true }).getAttribute('href'),
          'https://ris.example.org/files/1.pdf',
          "the paper's file",
        );
        await checkA11y(tab);

        const request = await tab.goto(`/${lang}/beteiligung/anregungen/${requestId}`);
        assert.equal(request?.status(), 200);
        const meetingLink = tab.getByRole('link', { name: 'Hauptausschuss', exact: true });
        assert.equal(await meetingLink.getAttribute('href'), 'https://ris.example.org/sitzung/2');
        assert.ok(await tab.getByText(w.agendaItem).isVisible());
        await checkA11y(tab);
      }
    } finally {
      await context.close();
    }
  },
);
