// Keeping the programme's books in the back office over HTTP, as the finance role: the programme record,
// the measure tree with rolled-up progress, budget lines, expenditures with the over-budget warning,
// draw-downs (with the warning when they exceed the federal share of spending) and their receipt,
// milestones, indicators, outputs, deadlines, and the budget import (report, confirmation, round trip).
// Every bad form comes back with translated errors at its fields and changes nothing.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { get, postForm, type StaffSession, staffSession } from '../helpers/staff.js';

let t: TestApp;
let fin: StaffSession;
before(async () => {
  t = await startTestApp('municipalities');
  fin = await staffSession(t.db, [{ role: 'finance' }]);
});
after(() => t.close());

const base = '/de/verwaltung/finanzen';
/** Page text with the non-breaking spaces of formatted amounts as plain spaces. */
const plain = (body: string) => body.replace(/\u00a0/g, ' ');
const count = async (
  table: 'finance_measures' | 'finance_budget_lines' | 'finance_expenditures' | 'finance_drawdowns' | 'programme_phases' | 'audit_log',
) =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const programmeForm = (overrides: Record<string, string> = {}) => ({
  fundingProgramme: 'Modellprojekte Smart Cities',
  grantReference: 'MPSC-4711',
  grantDate: '2021-12-15',
  fundingRate: '65',
  phase_0_code: 'A',
  phase_0_name_de: 'Phase A: Strategie',
  phase_0_name_en: 'Phase A: strategy',
  phase_0_start: '2022-01-01',
  phase_0_end: '2023-06-30',
  phase_0_months: '30',
  phase_1_code: 'B',
  phase_1_name_de: 'Phase B: Umsetzung',
  phase_1_start: '2023-07-01',
  phase_1_end: '2026-12-31',
  phase_1_months: '66',
  figure_0_amount: '17.500.000',
  figure_0_source: 'Vorhabenliste',
  figure_0_asOf: '2021-09-30',
  figure_1_amount: '17.200.000,00',
  figure_1_source: 'Pressemitteilung',
  figure_1_asOf: '01.02.2022',
  share_flensburg: '40',
  'share_schleswig-flensburg': '30',
  share_nordfriesland: '30',
  ...overrides,
});

test('the programme record: bad input comes back at its fields and changes nothing; proof deadlines follow the grant date', async () => {
  const audits = await count('audit_log');
  const bad = await postForm(
    t.app,
    `${base}/programm`,
    programmeForm({
      fundingRate: '165',
      grantDate: '31.02.2022',
      phase_1_code: 'A',
      phase_1_end: '2020-01-01',
      share_nordfriesland: '20',
      figure_1_amount: 'viel',
    }),
    fin,
  );
  assert.equal(bad.statusCode, 400);
  for (const message of [
    'Bitte einen Prozentwert von 0 bis 100 angeben.',
    'Bitte ein Datum angeben (JJJJ-MM-TT oder TT.MM.JJJJ).',
    'Dieses Kürzel steht schon in einer anderen Zeile.',
    'Das Ende liegt vor dem Beginn.',
    'Die Anteile müssen zusammen 100 % ergeben.',
    'Bitte einen Betrag in Euro angeben, z. B. 12.345,67.',
  ])
    assert.ok(bad.body.includes(message), message);
  assert.ok(bad.body.includes('value="MPSC-4711"'), 'what was typed stays');
  assert.equal(await count('programme_phases'), 0);
  assert.equal(await count('audit_log'), audits);
  const english = await postForm(t.app, '/en/verwaltung/finanzen/programm', programmeForm({ fundingRate: 'x' }), fin);
  assert.ok(english.body.includes('Please give a percentage from 0 to 100.'), 'errors are translated');

  const ok = await postForm(t.app, `${base}/programm`, programmeForm(), fin);
  assert.equal(ok.statusCode, 303, ok.body.slice(0, 500));
  const page = await get(t.app, base, fin);
  assert.ok(page.body.includes('Verwendungsnachweis Phase A'));
  assert.ok(page.body.includes('15. Juni 2024'), 'phase A: 30 months after 15.12.2021');
  assert.ok(page.body.includes('15. Juni 2027'), 'phase B: 5 years 6 months after');
  const shares = await t.db.selectFrom('programme_partner_shares').select(['share_bp']).orderBy('share_bp', 'desc').execute();
  assert.deepEqual(
    shares.map((s) => s.share_bp),
    [4000, 3000, 3000],
  );
  const audit = await t.db
    .selectFrom('audit_log')
    .select(['action', 'after'])
    .where('action', '=', 'finance.programme.update')
    .executeTakeFirstOrThrow();
  assert.equal((audit.after as { grantReference: string }).grantReference, 'MPSC-4711');
  const publicPage = await get(t.app, '/de/programm');
  assert.ok(
    /17\.500\.000\s€/.test(publicPage.body) && /17\.200\.000\s€/.test(publicPage.body) && publicPage.body.includes('Pressemitteilung'),
    'several headline figures with their sources',
  );
});

const measureForm = (overrides: Record<string, string> = {}) => ({
  kind: 'measure',
  parent: '',
  code: 'M1',
  title_de: 'Datenplattform',
  status: 'running',
  progressMode: 'own',
  progressPercent: '80',
  lead: 'm:flensburg',
  projects: '',
  position: '1',
  ...overrides,
});

test('measures form a tree; progress rolls up weighted by budget or averaged; a parent cannot move below its child', async () => {
  const bad = await postForm(
    t.app,
    `${base}/massnahmen/neu`,
    measureForm({ title_de: '', progressPercent: '120', projects: 'gibt-es-nicht', kind: 'x' }),
    fin,
  );
  assert.equal(bad.statusCode, 400);
  assert.ok(
    bad.body.includes('Bitte ausfüllen.') &&
      bad.body.includes('Eine ganze Zahl von 0 bis 100.') &&
      bad.body.includes('Bitte wählen Sie einen Wert aus der Liste.'),
  );
  const unknownProject = await postForm(t.app, `${base}/massnahmen/neu`, measureForm({ projects: 'gibt-es-nicht' }), fin);
  assert.equal(unknownProject.statusCode, 400);
  assert.ok(unknownProject.body.includes('Diese Vorhaben gibt es nicht: gibt-es-nicht.'));
  assert.equal(await count('finance_measures'), 0);

  const create = async (form: Record<string, string>) => {
    const res = await postForm(t.app, `${base}/massnahmen/neu`, measureForm(form), fin);
    assert.equal(res.statusCode, 303, res.body.slice(0, 400));
    return String(res.headers.location).split('/').pop()!.split('?')[0]!;
  };
  const goal = await create({
    kind: 'goal',
    code: 'Z1',
    title_de: 'Daten nutzen',
    progressMode: 'weighted',
    progressPercent: '',
    lead: '',
  });
  const a = await create({ parent: goal, code: 'M1.1', title_de: 'Datenplattform', progressPercent: '100' });
  const b = await create({ parent: goal, code: 'M1.2', title_de: 'Sensoren', progressPercent: '0', lead: 'o:digitalagentur' });
  assert.equal(goal, 'z1-daten-nutzen');

  // Budget: 300 € for a, 100 € for b (federal only), so weighted progress is 75 %.
  const line = (slug: string, amount: string, extra: Record<string, string> = {}) =>
    postForm(
      t.app,
      `${base}/massnahmen/${slug}/haushalt`,
      { phase: 'B', year: '2024', category: 'investment', source: 'federal', amount, ...extra },
      fin,
    );
  const badLine = await line(a, '-5', { year: '24', category: 'gold', phase: 'Z' });
  assert.equal(badLine.statusCode, 400);
  assert.ok(badLine.body.includes('Bitte einen Betrag in Euro angeben') && badLine.body.includes('Eine ganze Zahl von 2000 bis 2100.'));
  assert.equal(await count('finance_budget_lines'), 0);
  assert.equal((await line(a, '300')).statusCode, 303);
  assert.equal((await line(b, '100')).statusCode, 303);
  assert.equal((await line(a, '250', { source: 'partner:flensburg' })).statusCode, 303);
  assert.equal((await line(a, '0', { source: 'partner:flensburg' })).statusCode, 303, '0 removes the line');
  assert.equal(await count('finance_budget_lines'), 2);

  const progress = async () => {
    const api = (await get(t.app, '/api/v1/programme')).json<{
      measures: { slug: string; progress_percent: number; planned_cents: number }[];
    }>();
    return Object.fromEntries(api.measures.map((m) => [m.slug, m]));
  };
  assert.equal((await progress())[goal]!.progress_percent, 75);
  assert.equal((await progress())[goal]!.planned_cents, 40_000, 'the goal’s plan is its children’s');
  const edit = await postForm(
    t.app,
    `${base}/massnahmen/${goal}/bearbeiten`,
    measureForm({ kind: 'goal', code: 'Z1', title_de: 'Daten nutzen', progressMode: 'average', progressPercent: '', slug: goal }),
    fin,
  );
  assert.equal(edit.statusCode, 303);
  assert.equal((await progress())[goal]!.progress_percent, 50);

  const cycle = await postForm(
    t.app,
    `${base}/massnahmen/${goal}/bearbeiten`,
    measureForm({ kind: 'goal', code: 'Z1', title_de: 'Daten nutzen', parent: a, slug: goal }),
    fin,
  );
  assert.equal(cycle.statusCode, 400, 'a goal cannot move below its own child (the child is not offered)');
  const row = await t.db.selectFrom('finance_measures').select('parent_id').where('slug', '=', goal).executeTakeFirstOrThrow();
  assert.equal(row.parent_id, null);
  const audit = await t.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'measure').execute();
  assert.ok(audit.length >= 6);
});

test('expenditures, the over-budget warning, draw-downs with their warning and receipt; documents stay internal', async () => {
  const slug = 'm1-2-sensoren';
  const bad = await postForm(
    t.app,
    `${base}/massnahmen/${slug}/ausgaben`,
    { spentOn: 'gestern', amount: '0', category: 'staff', documentRef: '' },
    fin,
  );
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.body.includes('Bitte einen Betrag über 0 Euro angeben') && bad.body.includes('Bitte ein Datum angeben'));
  assert.equal(await count('finance_expenditures'), 0);
  const spend = await postForm(
    t.app,
    `${base}/massnahmen/${slug}/ausgaben`,
    { spentOn: '2024-05-02', amount: '120,50', category: 'investment', documentRef: 'BELEG-GEHEIM-77', note: 'interne Bemerkung' },
    fin,
  );
  assert.equal(spend.statusCode, 303);
  const overview = await get(t.app, base, fin);
  assert.ok(plain(overview.body).includes('120,50 € ausgegeben, aber nur 100 € geplant.'), 'over budget');

  const draw = await postForm(
    t.app,
    `${base}/abrufe`,
    { reference: 'MA-1', drawPhase: 'B', requestedOn: '2024-06-01', requested: '100' },
    fin,
  );
  assert.equal(draw.statusCode, 303);
  const warned = await get(t.app, base, fin);
  assert.ok(
    plain(warned.body).includes('Mittelabrufe (100 €) übersteigen den Bundesanteil der Ausgaben (78,33 € von 120,50 € ausgegeben).'),
    warned.body.match(/Mittelabrufe \([^<]*/)?.[0],
  );
  const id = (await t.db.selectFrom('finance_drawdowns').select('id').executeTakeFirstOrThrow()).id;
  const early = await postForm(t.app, `${base}/abrufe/${id}/eingang`, { receivedOn: '2024-05-01', received: '100' }, fin);
  assert.equal(early.statusCode, 400);
  assert.ok(early.body.includes('Der Eingang kann nicht vor dem Antrag liegen.'));
  assert.equal((await postForm(t.app, `${base}/abrufe/${id}/eingang`, { receivedOn: '2024-06-20', received: '100' }, fin)).statusCode, 303);
  const received = await t.db.selectFrom('finance_drawdowns').select(['received_cents', 'received_on']).executeTakeFirstOrThrow();
  assert.deepEqual(received, { received_cents: 10_000, received_on: '2024-06-20' });

  const measurePage = await get(t.app, `${base}/massnahmen/${slug}`, fin);
  assert.ok(measurePage.body.includes('BELEG-GEHEIM-77'), 'the finance view shows the document');
  for (const url of ['/de/programm', `/de/programm/massnahmen/${slug}`, '/api/v1/programme']) {
    const body = (await get(t.app, url)).body;
    assert.ok(
      !body.includes('BELEG-GEHEIM-77') && !body.includes('interne Bemerkung') && !body.includes('MA-1'),
      `${url} keeps documents, notes and draw-downs internal`,
    );
  }
  assert.ok(plain((await get(t.app, `/de/programm/massnahmen/${slug}`)).body).includes('120,50 €'), 'the amount itself is public');
});

test('milestones, indicators, outputs and deadlines', async () => {
  const slug = 'm1-2-sensoren';
  assert.equal(
    (await postForm(t.app, `${base}/massnahmen/${slug}/meilensteine`, { milestone_de: 'Sensoren verbaut', dueOn: '2024-03-31' }, fin))
      .statusCode,
    303,
  );
  const ms = await t.db.selectFrom('finance_milestones').select('id').executeTakeFirstOrThrow();
  assert.equal((await postForm(t.app, `${base}/massnahmen/${slug}/meilensteine/${ms.id}`, { done: '1' }, fin)).statusCode, 303);
  assert.ok((await t.db.selectFrom('finance_milestones').select('done_on').executeTakeFirstOrThrow()).done_on);

  const badIndicator = await postForm(
    t.app,
    `${base}/massnahmen/${slug}/indikatoren`,
    { indicator_de: '', indicator_en: 'Sensors', unit: '', target: '-1' },
    fin,
  );
  assert.equal(badIndicator.statusCode, 400);
  assert.ok(badIndicator.body.includes('Bitte zuerst den deutschen Text angeben.') || badIndicator.body.includes('Bitte ausfüllen.'));
  assert.equal(
    (
      await postForm(
        t.app,
        `${base}/massnahmen/${slug}/indikatoren`,
        { indicator_de: 'Bodensensoren verbaut', unit: 'Sensoren', target: '516' },
        fin,
      )
    ).statusCode,
    303,
  );
  const ind = await t.db.selectFrom('finance_indicators').select('id').executeTakeFirstOrThrow();
  assert.equal(
    (await postForm(t.app, `${base}/massnahmen/${slug}/indikatoren/${ind.id}/werte`, { measuredOn: '2024-03-20', value: '516' }, fin))
      .statusCode,
    303,
  );
  const page = await get(t.app, `/de/programm/massnahmen/${slug}`);
  assert.ok(page.body.includes('516 von 516 Sensoren'));

  const badOutput = await postForm(
    t.app,
    `${base}/massnahmen/${slug}/ergebnisse`,
    { outputKind: 'software', outputTitle: 'Sensor-Hub', licence: 'EUPL-1.2', url: 'javascript:alert(1)' },
    fin,
  );
  assert.equal(badOutput.statusCode, 400);
  assert.ok(badOutput.body.includes('Bitte eine Adresse angeben, die mit https:// oder http:// beginnt.'));
  assert.equal(
    (
      await postForm(
        t.app,
        `${base}/massnahmen/${slug}/ergebnisse`,
        {
          outputKind: 'software',
          outputTitle: 'Sensor-Hub',
          licence: 'EUPL-1.2',
          url: 'https://gitlab.opencode.de/x/sensor-hub',
          docsUrl: 'https://docs.example.org/hub',
        },
        fin,
      )
    ).statusCode,
    303,
  );
  assert.ok((await get(t.app, `/de/programm/massnahmen/${slug}`)).body.includes('https://gitlab.opencode.de/x/sensor-hub'));

  assert.equal(
    (await postForm(t.app, `${base}/fristen`, { deadlineTitle: 'Zwischenbericht', deadlineDue: '2099-01-31' }, fin)).statusCode,
    303,
  );
  const d = await t.db.selectFrom('finance_deadlines').select('id').executeTakeFirstOrThrow();
  assert.equal((await postForm(t.app, `${base}/fristen/erledigt`, { key: `custom-${d.id}`, done: '1' }, fin)).statusCode, 303);
  assert.ok((await t.db.selectFrom('finance_deadlines').select('done_on').executeTakeFirstOrThrow()).done_on);
  assert.equal((await postForm(t.app, `${base}/fristen/erledigt`, { key: 'proof-A', done: '1' }, fin)).statusCode, 303);
  assert.ok(
    (await t.db.selectFrom('programme_phases').select('proof_submitted_on').where('code', '=', 'A').executeTakeFirstOrThrow())
      .proof_submitted_on,
  );
  const actions = (await t.db.selectFrom('audit_log').select('action').where('action', 'like', 'finance.%').execute()).map((r) => r.action);
  for (const a of [
    'finance.milestone.create',
    'finance.milestone.done',
    'finance.indicator.create',
    'finance.indicator.value',
    'finance.output.create',
    'finance.deadline.create',
    'finance.deadline.done',
    'finance.deadline.proof',
    'finance.expenditure.create',
    'finance.drawdown.request',
    'finance.drawdown.receipt',
    'finance.budget.set',
  ])
    assert.ok(actions.includes(a), a);
});

function upload(url: string, name: string, content: string, session: StaffSession) {
  const boundary = '----budget';
  const payload = `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${session.csrf}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n--${boundary}--\r\n`;
  return t.app.inject({
    method: 'POST',
    url,
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    cookies: session.cookies,
  });
}

test('the budget import: a report with line, column and reason and nothing changed; then dry run, confirmation and a lossless round trip', async () => {
  const before = await t.db.selectFrom('finance_budget_lines').select(['measure_id', 'amount_cents']).orderBy('id').execute();
  const bad = [
    'Maßnahme;Phase;Jahr;Kostenart;Finanzierung;Betrag',
    'M1.1;B;2024;Personal;Bund;1.000,00',
    'M9;B;2024;Personal;Bund;5',
    'M1.1;C;24;Gold;Mond;viel',
    'M1.1;B;2024;Personal;Bund;2,00',
  ].join('\n');
  const report = await upload(`${base}/import`, 'haushalt.csv', bad, fin);
  assert.equal(report.statusCode, 422);
  for (const reason of [
    'Unbekannte Maßnahme „M9“',
    'Unbekannte Phase „C“.',
    'Kein Jahr zwischen 2000 und 2100: „24“.',
    'Unbekannte Kostenart „Gold“',
    'Unbekannte Finanzierung „Mond“',
    'Kein Eurobetrag: „viel“.',
    'Dieselbe Budgetzeile steht schon in Zeile 2.',
  ])
    assert.ok(report.body.includes(reason), reason);
  assert.ok(!report.body.includes('Import bestätigen'));
  assert.deepEqual(await t.db.selectFrom('finance_budget_lines').select(['measure_id', 'amount_cents']).orderBy('id').execute(), before);

  const good = [
    'Maßnahme;Phase;Jahr;Kostenart;Finanzierung;Betrag',
    'M1.1;B;2024;Investitionen;Bund;300,00',
    'M1.1;B;2025;Personal;Bund;1.234,56',
    'm1-1-datenplattform;B;2025;Sachkosten;Stadt Flensburg;99,99',
    'M1.2;A;2023;Personal;Kreis Nordfriesland;10',
  ].join('\r\n');
  const dry = await upload(`${base}/import`, 'haushalt.csv', good, fin);
  assert.equal(dry.statusCode, 200, dry.body.slice(0, 500));
  assert.ok(
    dry.body.includes('Bei Bestätigung: 3 neue, 0 geänderte, 1 entfernte und 1 unveränderte Budgetzeilen.'),
    dry.body.match(/Bei Bestätigung[^<]*/)?.[0],
  );
  assert.equal(await count('finance_budget_lines'), before.length, 'the dry run changes nothing');
  const confirmUrl = /action="([^"]+\/bestaetigen)"/.exec(dry.body)![1]!;
  const otherFinance = await staffSession(t.db, [{ role: 'finance' }]);
  assert.equal((await postForm(t.app, confirmUrl, {}, otherFinance)).statusCode, 410, 'an upload is confirmed only by whoever uploaded it');
  const done = await postForm(t.app, confirmUrl, {}, fin);
  assert.equal(done.statusCode, 200);
  assert.ok(done.body.includes('Übernommen: 3 neue, 0 geänderte, 1 entfernte und 1 unveränderte Budgetzeilen.'));
  assert.equal((await postForm(t.app, confirmUrl, {}, fin)).statusCode, 410, 'used once');
  assert.ok(await t.db.selectFrom('audit_log').select('id').where('action', '=', 'finance.budget.import').executeTakeFirst());

  const exported = (await get(t.app, `${base}/haushalt.csv`, fin)).body;
  assert.ok(exported.includes('"M1.1";"B";"2025";"Personal";"Bund";"1234,56"'), exported);
  const again = await upload(`${base}/import`, 'haushalt.csv', exported, fin);
  assert.ok(
    again.body.includes('Bei Bestätigung: 0 neue, 0 geänderte, 0 entfernte und 4 unveränderte Budgetzeilen.'),
    again.body.match(/(Bei Bestätigung|Nichts)[^<]*/)?.[0] ?? again.body.slice(0, 300),
  );
  const total = await sql<{ s: string }>`select sum(amount_cents)::text as s from finance_budget_lines`.execute(t.db);
  assert.equal(
    total.rows[0]!.s,
    String(30_000 + 123_456 + 9_999 + 1_000),
    'M1.2’s old line went: the file replaces the budget of the measures it names',
  );
});
