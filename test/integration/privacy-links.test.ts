// Every form that collects personal data links to its own section of the privacy notice (Art. 13 GDPR:
// informed where the data is collected), and that section exists on the notice in every language.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { after, before, test } from 'node:test';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { residentSession } from '../helpers/residents.js';

let t: TestApp;
before(async () => {
  t = await startTestApp('demo');
});
after(() => t.close());

async function one<T>(query: ReturnType<typeof sql<T>>): Promise<T> {
  const { rows } = await query.execute(t.db);
  assert.ok(rows[0], 'the demo data has such a form');
  return rows[0];
}

/** The form's page, the form's action (to find the form), the section its link must name. */
async function forms(): Promise<{ url: string; action: string; section: string; cookies?: Record<string, string> }[]> {
  const project = await one(sql<{ slug: string }>`select slug from projects where publication_state = 'published' order by id limit 1`);
  const request = await one(
    sql<{
      id: number;
    }>`select id from participation_requests where kind = 'signatures' and status in ('received', 'quorum_reached') order by id limit 1`,
  );
  const event = await one(
    sql<{ slug: string }>`select slug from events where state = 'published' and registration_enabled and starts_at > now()
      and (registration_opens_at is null or registration_opens_at <= now()) order by starts_at limit 1`,
  );
  const partner = await one(
    sql<{ slug: string }>`select slug from partners where verified_at is not null and hidden_at is null order by id limit 1`,
  );
  const survey = await one(sql<{ slug: string }>`select slug from surveys where state = 'open' and access = 'anyone' order by id limit 1`);
  const resident = await residentSession(t.db);
  return [
    { url: `/de/vorhaben/${project.slug}/hinweis`, action: `/de/vorhaben/${project.slug}/hinweis`, section: 'hinweise' },
    { url: `/de/vorhaben/${project.slug}/anregung`, action: `/de/vorhaben/${project.slug}/anregung`, section: 'beteiligungsanregungen' },
    {
      url: `/de/beteiligung/anregungen/${request.id}`,
      action: `/de/beteiligung/anregungen/${request.id}/unterschreiben`,
      section: 'unterschriften',
    },
    { url: `/de/veranstaltungen/${event.slug}`, action: `/de/veranstaltungen/${event.slug}/anmelden`, section: 'veranstaltungen' },
    { url: '/de/buergerkonto/anmelden', action: '/de/buergerkonto/anmelden', section: 'buergerkonto' },
    { url: `/de/netzwerk/${partner.slug}`, action: `/de/netzwerk/${partner.slug}/kontakt`, section: 'kontaktformular' },
    { url: '/de/beratung', action: '/de/beratung', section: 'beratung', cookies: resident.cookies },
    { url: '/de/barrierefreiheit', action: '/de/barrierefreiheit/rueckmeldung', section: 'barrieren-melden' },
    { url: `/de/umfragen/${survey.slug}`, action: `/de/umfragen/${survey.slug}`, section: 'umfragen' },
  ];
}

test('each form that collects personal data links to its section of the privacy notice', async () => {
  // The feedback form shows only once a contact address is set.
  await sql`insert into app_meta (key, value) values ('legal:settings', ${JSON.stringify({ responsibleBody: 'Stadt Flensburg', email: 'kontakt@flensburg.example' })}::jsonb)`.execute(
    t.db,
  );
  const privacy = (await t.app.inject({ url: '/de/datenschutz' })).body;
  for (const form of await forms()) {
    const res = await t.app.inject({ url: form.url, cookies: form.cookies ?? {} });
    assert.equal(res.statusCode, 200, form.url);
    const start = res.body.indexOf(`action="${form.action}"`);
    assert.ok(start > 0, `${form.url} shows the form ${form.action}`);
    const inside = res.body.slice(start, res.body.indexOf('</form>', start));
    assert.ok(inside.includes(`href="/de/datenschutz#${form.section}"`), `${form.action} links #${form.section}`);
    assert.ok(privacy.includes(`id="${form.section}"`), `the privacy notice has #${form.section}`);
  }
});

test('the link is in the page’s language', async () => {
  const res = await t.app.inject({ url: '/en/buergerkonto/anmelden' });
  assert.ok(res.body.includes('href="/en/datenschutz#buergerkonto">How we handle your data</a>'));
  const da = await t.app.inject({ url: '/da/buergerkonto/anmelden' });
  assert.ok(da.body.includes('href="/da/datenschutz#buergerkonto">Sådan behandler vi dine oplysninger</a>'));
});
