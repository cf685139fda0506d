// Council information in Chromium: Flensburg's coordinator sets up the council system, reads the runs and
// a run's faults, types a decision's council address by hand, and sees the suggestions and the Vorhaben
// listed too late for the lead time (the list, the warning on the Vorhaben's page). axe-core checks every
// page, in German and English, the settings form with its errors too.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { checkNewUser } from '../../src/modules/accounts/accounts.schemas.js';
import { addUser } from '../../src/modules/accounts/accounts.service.js';
import { syncMunicipality } from '../../src/modules/council/index.js';
import { configureOparl, testClient, vorhabenWithDecisions } from '../helpers/council.js';
import { deleted, meeting, organization, page, paper, serveSystem } from '../helpers/oparl-objects.js';
import { oparlTestServer, type OparlTestServer } from '../helpers/oparl-server.js';
import { checkA11y, openAsStaff, TEST_TIMEOUT, useBrowserApp } from './helpers.js';

const PASSWORD = 'Ratsinfo-Flensburg-2026';
const EMAIL = 'koordination@flensburg.example';
let server: OparlTestServer;
let runId = 0;
let decisionId = 0;
let projectSlug = '';

const app = useBrowserApp(async ({ db }) => {
  const user = checkNewUser({ email: EMAIL, role: 'coordinator', municipality: 'flensburg', password: PASSWORD });
  assert.ok(!Array.isArray(user));
  await addUser(db, user);
  server = await oparlTestServer();
  await configureOparl(db, 'flensburg', serveSystem(server, { location: [54.78, 9.43] }));
  server.on('/body/1/organizations', { body: page([organization(1, 'Ratsversammlung')]) });
  server.on('/body/1/meetings', {
    body: page([meeting(1, 'Ratsversammlung', { agenda: [{ n: 10, number: 'Ö 5', name: 'Stadtwerke', consultation: 1 }] })]),
  });
  server.on('/body/1/papers', {
    body: page([
      paper(1, 'RV-91/2026', 'Digitale Stadtwerke', { consultations: [{ n: 1, meeting: 1, agendaItem: 10 }] }),
      deleted('/paper/9'),
    ]),
  });
  const slug = (projectSlug = await vorhabenWithDecisions(
    db,
    'flensburg',
    'Digitale Stadtwerke',
    ['RV-91/2026', 'Beschluss der Ratsversammlung vom 12.05.2026'],
    [{ prefix: 'RV', name: 'Ratsversammlung' }],
  ));
  runId = (await syncMunicipality(db, 'flensburg', { client: testClient })).runId;
  const decisions = await db
    .selectFrom('decisions as d')
    .innerJoin('projects as p', 'p.id', 'd.project_id')
    .where('p.slug', '=', slug)
    .select('d.id')
    .orderBy('d.position')
    .execute();
  decisionId = decisions[1]!.id;
});
after(() => server?.close());

test(
  'every council page passes axe for a coordinator (de, en); the settings form with errors too',
  { timeout: TEST_TIMEOUT * 2 },
  async () => {
    const context = await app.newContext();
    try {
      const tab = await context.newPage();
      await openAsStaff(tab, '/de/verwaltung/ratsinformation', EMAIL, PASSWORD);
      for (const lang of ['de', 'en']) {
        for (const path of [
          '/verwaltung/ratsinformation',
          '/verwaltung/ratsinformation/flensburg',
          '/verwaltung/ratsinformation/flensburg/laeufe',
          `/verwaltung/ratsinformation/flensburg/laeufe/${runId}`,
          '/verwaltung/ratsinformation/flensburg/beschluesse',
          `/verwaltung/ratsinformation/flensburg/beschluesse/${decisionId}`,
          '/verwaltung/ratsinformation/flensburg/vorschlaege',
          '/verwaltung/ratsinformation/flensburg/vorlaufzeit',
          `/verwaltung/vorhaben/${projectSlug}`,
        ]) {
          const res = await tab.goto(`/${lang}${path}`);
          assert.equal(res?.status(), 200, `${lang}${path}`);
          await checkA11y(tab);
        }
      }
      // The draft would be listed today, too late for its deliberation on 20 November 2026.
      await tab.goto('/de/verwaltung/ratsinformation/flensburg/vorlaufzeit');
      assert.ok(await tab.getByRole('rowheader', { name: 'Digitale Stadtwerke Entwurf' }).isVisible());
      await tab.goto(`/de/verwaltung/vorhaben/${projectSlug}`);
      assert.ok(await tab.getByText('Vorlaufzeit unterschritten').isVisible());

      await tab.goto(`/de/verwaltung/ratsinformation/flensburg/laeufe/${runId}`);
      assert.ok(await tab.getByRole('rowheader', { name: 'Koordinaten vertauscht (Breite vor Länge)' }).isVisible());

      await tab.goto('/de/verwaltung/ratsinformation/flensburg');
      await tab.getByLabel('Adresse des OParl-Systems').fill('ris.flensburg.de');
      await tab.getByLabel('So sehen die Aktenzeichen der Vorlagen aus').fill('{body}/{year}');
      await tab.getByRole('button', { name: 'Speichern' }).click();
      assert.ok(await tab.getByText('Bitte korrigieren Sie 2 Angaben:').isVisible());
      await checkA11y(tab);

      await tab.goto(`/de/verwaltung/ratsinformation/flensburg/beschluesse/${decisionId}`);
      await tab.getByLabel('Adresse im Ratsinformationssystem').fill('https://ratsinfo.flensburg.de/beschluss/2026-05-12');
      await tab.getByRole('button', { name: 'Speichern' }).click();
      await tab.waitForURL('**hinweis=gespeichert');
      assert.ok(await tab.getByText('Gespeichert.').isVisible());
      await tab.goto('/de/verwaltung/ratsinformation/flensburg/beschluesse');
      assert.ok(await tab.getByRole('link', { name: 'https://ratsinfo.flensburg.de/beschluss/2026-05-12' }).isVisible());
      assert.ok(await tab.getByRole('link', { name: 'RV-91/2026 – Digitale Stadtwerke' }).isVisible());
      await checkA11y(tab);
    } finally {
      await context.close();
    }
  },
);
