// Imprint, privacy notice and accessibility statement: in three languages, linked from every page's
// footer, edited by admins in the back office; the privacy notice's processing sections come from the
// modules' declarations with their configured periods; the feedback form mails the installation's
// contact and acknowledges to the sender.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { deliverMail, startMailbox, type Mailbox } from '../helpers/mailbox.js';
import { postPublicForm } from '../helpers/public-form.js';
import { postForm, staffSession, type StaffSession } from '../helpers/staff.js';

let t: TestApp;
let mailbox: Mailbox;
let admin: StaffSession;
before(async () => {
  t = await startTestApp('municipalities');
  mailbox = await startMailbox();
  admin = await staffSession(t.db, [{ role: 'admin' }]);
});
after(async () => {
  await t.close();
  await mailbox.close();
});

const page = async (url: string) => {
  const res = await t.app.inject({ url });
  return { status: res.statusCode, html: res.body };
};
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

const settings = {
  responsibleBody: 'Stadt Flensburg',
  address: 'Rathausplatz 1\n24937 Flensburg',
  representative: 'Oberbürgermeister Max Muster',
  email: 'barrierefreiheit@flensburg.example',
  phone: '+49 461 850',
  vatId: '',
  contentResponsible: '',
  dataProtectionOfficer: 'Datenschutzbeauftragte der Stadt Flensburg\ndatenschutz@flensburg.example',
  supervisoryAuthority: 'Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein (ULD)\nHolstenstraße 98\n24103 Kiel',
  conformance: 'partial',
  evaluationDate: '2026-11-30',
  knownBarriers_de: '- Karten sind nicht vollständig mit der Tastatur bedienbar\n- PDF-Berichte sind nicht getaggt',
  knownBarriers_da: '- Kort kan ikke betjenes helt med tastaturet',
  knownBarriers_en: '',
  evaluationMethod_de: 'Selbstbewertung mit axe-core und BITV-Test-Prüfschritten',
  evaluationMethod_da: '',
  evaluationMethod_en: 'Self-assessment with axe-core and BITV test steps',
  complaintsOffice: 'Beschwerdestelle für barrierefreie Informationstechnik Schleswig-Holstein\nKarolinenweg 1\n24105 Kiel',
};

test('every page links imprint, privacy notice and accessibility statement in its footer, in its language', async () => {
  for (const [lang, labels] of [
    ['de', ['Impressum', 'Datenschutzerklärung', 'Erklärung zur Barrierefreiheit']],
    ['da', ['Kolofon', 'Privatlivspolitik', 'Tilgængelighedserklæring']],
    ['en', ['Legal notice', 'Privacy notice', 'Accessibility statement']],
  ] as const) {
    for (const path of ['/', '/vorhaben', '/veranstaltungen', '/anmelden']) {
      const { html } = await page(`/${lang}${path}`);
      const footer = html.slice(html.indexOf('<footer'));
      for (const [href, label] of [
        [`/${lang}/impressum`, labels[0]],
        [`/${lang}/datenschutz`, labels[1]],
        [`/${lang}/barrierefreiheit`, labels[2]],
      ])
        assert.ok(footer.includes(`href="${href}">${label}</a>`), `${lang}${path}: ${label}`);
    }
  }
});

test('before anything is entered: a notice that details are missing, the Schleswig-Holstein authorities as defaults', async () => {
  const imprint = await page('/de/impressum');
  assert.equal(imprint.status, 200);
  assert.ok(imprint.html.includes('Die Angaben sind noch nicht eingetragen.'));
  const privacy = text((await page('/de/datenschutz')).html);
  assert.ok(privacy.includes('Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein (ULD) Holstenstraße 98 24103 Kiel'));
  const statement = await page('/de/barrierefreiheit');
  assert.ok(text(statement.html).includes('Beschwerdestelle für barrierefreie Informationstechnik Schleswig-Holstein'));
  assert.ok(statement.html.includes('Das Formular ist noch nicht eingerichtet.'), 'no contact address: no form');
  assert.ok(!statement.html.includes('/barrierefreiheit/rueckmeldung'));
});

test('admins edit the details; bad input comes back with field errors and changes nothing; others may not', async () => {
  const editor = await staffSession(t.db, [{ role: 'agency' }]);
  assert.equal((await t.app.inject({ url: '/de/verwaltung/rechtliches', cookies: editor.cookies })).statusCode, 403);
  assert.equal((await postForm(t.app, '/de/verwaltung/rechtliches', settings, editor)).statusCode, 403);

  const form = await t.app.inject({ url: '/de/verwaltung/rechtliches', cookies: admin.cookies });
  assert.equal(form.statusCode, 200);
  assert.ok(form.body.includes('Impressum, Datenschutz und Barrierefreiheit'));
  assert.ok(form.body.includes('href="/de/verwaltung/rechtliches" aria-current="page"'), 'in the back-office navigation');

  const bad = await postForm(t.app, '/de/verwaltung/rechtliches', { ...settings, email: 'kein-mail', evaluationDate: '30.11.' }, admin);
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.body.includes('Bitte eine gültige E-Mail-Adresse angeben.'));
  assert.ok(bad.body.includes('Bitte ein Datum angeben (TT.MM.JJJJ).'));
  assert.ok(bad.body.includes('value="Stadt Flensburg"'), 'the form keeps what was typed');
  assert.ok((await page('/de/impressum')).html.includes('noch nicht eingetragen'), 'nothing saved');

  const saved = await postForm(t.app, '/de/verwaltung/rechtliches', settings, admin);
  assert.equal(saved.statusCode, 303);
  assert.equal(saved.headers.location, '/de/verwaltung/rechtliches?gespeichert=1');
  const audit = await t.db
    .selectFrom('audit_log')
    .select(['entity_type', 'actor_label'])
    .where('entity_type', '=', 'legal_settings')
    .execute();
  assert.equal(audit.length, 1);
});

test('the imprint in three languages shows the entered details', async () => {
  for (const [lang, heading] of [
    ['de', 'Impressum'],
    ['da', 'Kolofon'],
    ['en', 'Legal notice'],
  ] as const) {
    const { status, html } = await page(`/${lang}/impressum`);
    assert.equal(status, 200);
    assert.ok(html.includes(`<h1 class="kern-heading-large">${heading}</h1>`));
    const body = text(html);
    for (const part of [
      'Stadt Flensburg',
      'Rathausplatz 1 24937 Flensburg',
      'Oberbürgermeister Max Muster',
      'barrierefreiheit@flensburg.example',
    ])
      assert.ok(body.includes(part), `${lang}: ${part}`);
  }
  assert.ok(text((await page('/en/impressum')).html).includes('§ 5 of the German Digital Services Act (DDG)'));
});

test('the privacy notice: controller, officer, authority and one section per declared processing with its configured period', async () => {
  const { html } = await page('/de/datenschutz');
  const body = text(html);
  assert.ok(body.includes('Datenschutzbeauftragte der Stadt Flensburg datenschutz@flensburg.example'));
  const anchors = [...html.matchAll(/<span id="([a-z-]+)" tabindex="-1">/g)].map((m) => m[1]);
  assert.deepEqual(anchors, [
    'hinweise',
    'beteiligungsanregungen',
    'unterschriften',
    'veranstaltungen',
    'umfragen',
    'konsultationen',
    'buergerkonto',
    'kontaktformular',
    'beratung',
    'barrieren-melden',
    'server-protokolle',
  ]);
  for (const id of anchors) assert.ok(html.includes(`href="#${id}"`), `table of contents links ${id}`);
  // Periods come from the modules' retention constants (docs/RETENTION.md).
  assert.ok(
    body.includes(
      'Name und E-Mail-Adresse 6 Monate nach Abschluss des Hinweises (nie abgeschlossen: höchstens 2 Jahre), unbestätigt 7 Tage',
    ),
  );
  assert.ok(
    body.includes(
      'Unterstützungsbedarf bis 1 Tag nach der Veranstaltung; Name und Adresse die bei der Veranstaltung genannte Frist, höchstens 365 Tage',
    ),
  );
  assert.ok(body.includes('12 Monate nach Abschluss des Falls, ein unbewegter Fall höchstens 24 Monate'));
  assert.ok(body.includes('Art. 77 DSGVO'));

  const en = text((await page('/en/datenschutz')).html);
  assert.ok(en.includes('Event registrations') && en.includes('at most 365 days after it'));
  const da = text((await page('/da/datenschutz')).html);
  assert.ok(da.includes('Tilmeldinger til arrangementer') && da.includes('højst 365 dage efter det'));
  assert.ok(!/Speicherdauer|Zweck|Rechtsgrundlage/.test(en + da), 'no German headings in the other languages');
});

test('the accessibility statement: status, known barriers per language, evaluation, complaints office', async () => {
  const de = text((await page('/de/barrierefreiheit')).html);
  assert.ok(de.includes('teilweise vereinbar'));
  assert.ok(de.includes('Karten sind nicht vollständig mit der Tastatur bedienbar'));
  assert.ok(de.includes('30. November 2026'));
  assert.ok(de.includes('Selbstbewertung mit axe-core'));
  assert.ok(de.includes('Beschwerdestelle für barrierefreie Informationstechnik Schleswig-Holstein Karolinenweg 1 24105 Kiel'));
  const da = await page('/da/barrierefreiheit');
  assert.ok(text(da.html).includes('Kort kan ikke betjenes helt med tastaturet'));
  assert.match(da.html, /<dd lang="de">Selbstbewertung/, 'a German fallback is marked as German');
  const en = await page('/en/barrierefreiheit');
  assert.ok(en.html.includes('<ul class="kern-list" lang="de"><li>Karten sind'), 'no English barriers: the German ones, marked');
  assert.ok(text(en.html).includes('Self-assessment with axe-core'));
});

test('a reported barrier is mailed to the contact address and acknowledged to the sender; bad input and floods are refused', async () => {
  const url = '/en/barrierefreiheit/rueckmeldung';
  const bad = await postPublicForm(t.app, '/en/barrierefreiheit', url, { name: '', email: 'nope', page: '', message: '' });
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.body.includes('href="#email"') && bad.body.includes('href="#message"'), 'error summary links the fields');

  const ok = await postPublicForm(t.app, '/en/barrierefreiheit', url, {
    name: 'Anna Beispiel',
    email: 'anna@example.org',
    page: '/en/vorhaben',
    message: 'The map cannot be used with the keyboard.',
    website: '',
  });
  assert.equal(ok.statusCode, 200);
  assert.ok(ok.body.includes('Thank you, your report has arrived.'));
  await deliverMail(mailbox, t.database.url);
  const [toContact] = mailbox.to('barrierefreiheit@flensburg.example');
  assert.equal(toContact?.subject, 'Barriere gemeldet');
  assert.ok(toContact.text?.includes('anna@example.org') && toContact.text.includes('The map cannot be used with the keyboard.'));
  assert.ok(toContact.text!.includes('Seite oder Funktion: /en/vorhaben'));
  const [ack] = mailbox.to('anna@example.org');
  assert.equal(ack?.subject, 'Your accessibility report has arrived');
  assert.ok(ack.text?.includes('passed on to Stadt Flensburg'));

  let last = 0;
  for (let i = 0; i < 5; i++)
    last = (
      await postPublicForm(t.app, '/de/barrierefreiheit', '/de/barrierefreiheit/rueckmeldung', {
        email: `flood${i}@example.org`,
        message: 'Noch eine Meldung',
      })
    ).statusCode;
  assert.equal(last, 429, 'the sixth report from one client in 15 minutes is refused');
  await deliverMail(mailbox, t.database.url);
  assert.equal(mailbox.to('barrierefreiheit@flensburg.example').length, 5);
});
