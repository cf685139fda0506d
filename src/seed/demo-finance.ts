// Demo money and results of the programme, all of them illustrative figures ("Beispielzahlen", and the
// dashboard says so): the grant with phases A and B, three headline figures with their sources, the
// partners' shares, goals, fields of action and measures linked to the demo Vorhaben, budget lines split
// 65 % federal / 35 % own share (the own share split by the partners' shares, to the cent), expenditures,
// draw-downs (one still pending), milestones, indicators (516 of 516 sensors) and open-source outputs.
// Written through the finance services as the command line, so it is audited like any change.
import type { Db } from '../db/database.js';
import { cliActor } from '../platform/actor.js';
import type { CostCategory } from '../db/schema-finance.js';
import type { MeasureInput } from '../modules/finance/index.js';
import * as finance from '../modules/finance/index.js';
import { allocate, splitFunding, ILLUSTRATIVE_KEY, addMonths } from '../modules/finance/index.js';

const SHARES = { flensburg: 4000, 'schleswig-flensburg': 3000, nordfriesland: 3000 };
const euro = (n: number) => Math.round(n * 100);

function measure(code: string, title: MeasureInput['title'], extra: Partial<MeasureInput> = {}): MeasureInput {
  return {
    kind: 'measure',
    parentSlug: null,
    code,
    slug: null,
    position: 0,
    title,
    description: null,
    status: 'running',
    progressMode: 'own',
    progressPercent: null,
    lead: null,
    projectSlugs: [],
    internalNote: null,
    ...extra,
  };
}

export async function seedDemoFinance(db: Db): Promise<void> {
  const existing = await db.selectFrom('finance_measures').select('id').limit(1).executeTakeFirst();
  if (existing) return;
  await finance.saveProgramme(db, cliActor, {
    fundingProgramme: 'Modellprojekte Smart Cities (MPSC) des Bundes',
    grantReference: 'MPSC-2021-0000 (Beispiel)',
    grantDate: '2021-12-15',
    fundingRateBp: 6500,
    phases: [
      {
        code: 'A',
        name: { de: 'Phase A: Strategie', da: 'Fase A: strategi', en: 'Phase A: strategy' },
        startsOn: '2022-01-01',
        endsOn: '2023-06-30',
        proofMonths: 30,
      },
      {
        code: 'B',
        name: { de: 'Phase B: Umsetzung', da: 'Fase B: gennemførelse', en: 'Phase B: implementation' },
        startsOn: '2023-07-01',
        endsOn: '2026-12-31',
        proofMonths: 66,
      },
    ],
    figures: [
      { amount: euro(17_500_000), source: 'Vorhabenliste der Stadt Flensburg', asOf: '2021-09-30' },
      { amount: euro(17_200_000), source: 'Pressemitteilung (Beispielquelle)', asOf: '2022-02-01' },
      { amount: euro(17_100_000), source: 'Projektsteckbrief (Beispielquelle)', asOf: '2023-07-01' },
    ],
    shares: SHARES,
  });
  // The proof of phase A is in; phase B is still ahead.
  await finance.setProofSubmitted(db, cliActor, 'A', addMonths('2021-12-15', 29));

  const projects = new Set((await db.selectFrom('projects').select('slug').execute()).map((p) => p.slug));
  const linked = (...slugs: string[]) => slugs.filter((s) => projects.has(s));
  const note = 'Beispielzahlen zur Veranschaulichung.';

  const z1 = await finance.createMeasure(
    db,
    cliActor,
    measure(
      'Z1',
      { de: 'Daten nutzen und teilen', en: 'Use and share data', da: 'Brug og del data' },
      {
        kind: 'goal',
        progressMode: 'weighted',
        position: 1,
        description: { de: `Die Region nutzt ihre Daten gemeinsam und offen. *(${note})*` },
      },
    ),
  );
  const hf1 = await finance.createMeasure(
    db,
    cliActor,
    measure(
      'HF1',
      { de: 'Datenplattform und Sensorik', en: 'Data platform and sensors', da: 'Dataplatform og sensorer' },
      { kind: 'field', parentSlug: z1, progressMode: 'weighted', position: 1 },
    ),
  );
  const m11 = await finance.createMeasure(
    db,
    cliActor,
    measure(
      'M1.1',
      {
        de: 'Regionale Datenplattform mit offenem Dashboard',
        en: 'Regional data platform with an open dashboard',
        da: 'Regional dataplatform med åbent dashboard',
      },
      {
        parentSlug: hf1,
        position: 1,
        progressPercent: 70,
        lead: 'o:digitalagentur',
        projectSlugs: linked('regionale-datenplattform-beispiel'),
        description: { de: `Eine gemeinsame Datenplattform der drei Verbundkommunen mit einem öffentlichen Dashboard. *(${note})*` },
      },
    ),
  );
  const m12 = await finance.createMeasure(
    db,
    cliActor,
    measure(
      'M1.2',
      { de: 'Parkraumsensorik an touristischen Orten', en: 'Parking sensors at tourist hotspots', da: 'Parkeringssensorer ved turistmål' },
      {
        parentSlug: hf1,
        position: 2,
        status: 'done',
        progressPercent: 100,
        lead: 'm:nordfriesland',
        projectSlugs: linked('parkraumsensorik-an-touristischen-orten-beispiel'),
        description: { de: `516 Bodensensoren und 35 Kameras an 6 touristischen Orten zeigen freie Parkplätze. *(${note})*` },
      },
    ),
  );
  const m13 = await finance.createMeasure(
    db,
    cliActor,
    measure(
      'M1.3',
      {
        de: 'Besucherstrommessung Innenstadt Flensburg',
        en: 'Visitor-flow counting in Flensburg’s centre',
        da: 'Måling af besøgsstrømme i Flensborgs centrum',
      },
      {
        parentSlug: hf1,
        position: 3,
        progressPercent: 40,
        lead: 'm:flensburg',
        projectSlugs: linked('besucherstrommessung-innenstadt-flensburg-beispiel'),
        internalNote: 'Mehrkosten für Zählsensoren mit der KTS klären (Beispiel).',
      },
    ),
  );
  const z2 = await finance.createMeasure(
    db,
    cliActor,
    measure(
      'Z2',
      { de: 'Teilhabe stärken', en: 'Strengthen participation', da: 'Styrk deltagelse' },
      { kind: 'goal', progressMode: 'average', position: 2 },
    ),
  );
  const hf2 = await finance.createMeasure(
    db,
    cliActor,
    measure(
      'HF2',
      { de: 'Digitale Teilhabe', en: 'Digital inclusion', da: 'Digital deltagelse' },
      { kind: 'field', parentSlug: z2, progressMode: 'average', position: 1 },
    ),
  );
  const m21 = await finance.createMeasure(
    db,
    cliActor,
    measure(
      'M2.1',
      {
        de: 'Digitale Begegnungsräume und Maker Spaces',
        en: 'Digital meeting rooms and maker spaces',
        da: 'Digitale mødesteder og makerspaces',
      },
      {
        parentSlug: hf2,
        position: 1,
        progressPercent: 55,
        lead: 'm:schleswig-flensburg',
        projectSlugs: linked('digitale-begegnungsraeume-beispiel'),
      },
    ),
  );
  const m22 = await finance.createMeasure(
    db,
    cliActor,
    measure(
      'M2.2',
      { de: 'Digitalpatinnen und Digitalpaten', en: 'Volunteer digital mentors', da: 'Frivillige digitale mentorer' },
      { parentSlug: hf2, position: 2, progressPercent: 30, lead: 'o:digitalagentur' },
    ),
  );
  const z3 = await finance.createMeasure(
    db,
    cliActor,
    measure(
      'Z3',
      { de: 'Klimafolgen begegnen', en: 'Adapt to climate change', da: 'Tilpasning til klimaforandringer' },
      { kind: 'goal', progressMode: 'weighted', position: 3 },
    ),
  );
  const m31 = await finance.createMeasure(
    db,
    cliActor,
    measure(
      'M3.1',
      { de: 'Starkregen-Frühwarnung', en: 'Heavy-rain early warning', da: 'Varsling af skybrud' },
      {
        parentSlug: z3,
        position: 1,
        status: 'planned',
        progressPercent: 10,
        lead: 'm:schleswig-flensburg',
        projectSlugs: linked('starkregen-fruehwarnung-beispiel'),
      },
    ),
  );

  /** A planned cost, split 65 % federal and 35 % own share, the own share by the partners' shares. */
  const plan = async (slug: string, phaseCode: string, year: number, category: CostCategory, totalEuro: number) => {
    const { federal, own } = splitFunding(euro(totalEuro), 6500);
    await finance.setBudgetLine(db, cliActor, slug, { phaseCode, year, category, partner: null, amount: federal });
    const parts = allocate(own, Object.values(SHARES));
    for (const [i, partner] of Object.keys(SHARES).entries())
      await finance.setBudgetLine(db, cliActor, slug, { phaseCode, year, category, partner, amount: parts[i]! });
  };
  const spend = (slug: string, spentOn: string, category: CostCategory, amountEuro: number, documentRef: string) =>
    finance.addExpenditure(db, cliActor, slug, { spentOn, amount: euro(amountEuro), category, documentRef, note: note });

  await plan(m11, 'A', 2022, 'staff', 420_000);
  await plan(m11, 'B', 2024, 'staff', 610_000);
  await plan(m11, 'B', 2024, 'investment', 880_000);
  await plan(m11, 'B', 2025, 'material', 240_000);
  await plan(m12, 'B', 2023, 'investment', 1_150_000);
  await plan(m12, 'B', 2024, 'material', 180_000);
  await plan(m13, 'B', 2024, 'investment', 300_000);
  await plan(m13, 'B', 2025, 'material', 90_000);
  await plan(m21, 'A', 2023, 'staff', 150_000);
  await plan(m21, 'B', 2024, 'investment', 520_000);
  await plan(m22, 'B', 2024, 'staff', 260_000);
  await plan(m22, 'B', 2025, 'staff', 260_000);
  await plan(m31, 'B', 2025, 'investment', 700_000);

  await spend(m11, '2022-09-30', 'staff', 398_512.4, 'BL-2022-0117');
  await spend(m11, '2024-05-15', 'staff', 301_200, 'BL-2024-0233');
  await spend(m11, '2024-11-20', 'investment', 612_345.67, 'BL-2024-0410');
  await spend(m12, '2023-10-02', 'investment', 1_102_880, 'BL-2023-0301');
  await spend(m12, '2024-04-12', 'material', 171_030.5, 'BL-2024-0144');
  await spend(m13, '2024-08-01', 'investment', 318_400, 'BL-2024-0301');
  await spend(m13, '2025-03-03', 'material', 95_000, 'BL-2025-0042');
  await spend(m21, '2023-03-10', 'staff', 142_000, 'BL-2023-0088');
  await spend(m21, '2024-09-09', 'investment', 210_000, 'BL-2024-0350');
  await spend(m22, '2024-12-01', 'staff', 118_250, 'BL-2024-0499');

  await finance.requestDrawdown(db, cliActor, {
    phaseCode: 'A',
    reference: 'MA-2022-1 (Beispiel)',
    requestedOn: '2022-10-15',
    requested: euro(350_000),
  });
  await finance.requestDrawdown(db, cliActor, {
    phaseCode: 'B',
    reference: 'MA-2024-1 (Beispiel)',
    requestedOn: '2024-06-01',
    requested: euro(1_250_000),
  });
  await finance.requestDrawdown(db, cliActor, {
    phaseCode: 'B',
    reference: 'MA-2025-1 (Beispiel)',
    requestedOn: '2025-02-01',
    requested: euro(900_000),
  });
  const draws = await db.selectFrom('finance_drawdowns').select(['id', 'reference']).orderBy('id').execute();
  await finance.recordReceipt(db, cliActor, draws[0]!.id, { receivedOn: '2022-11-10', received: euro(350_000), reason: null });
  await finance.recordReceipt(db, cliActor, draws[1]!.id, { receivedOn: '2024-07-02', received: euro(1_250_000), reason: null });

  await finance.addMilestone(db, cliActor, m11, {
    title: { de: 'Plattform in Betrieb', en: 'Platform live' },
    dueOn: '2024-09-30',
    doneOn: '2024-10-14',
  });
  await finance.addMilestone(db, cliActor, m11, {
    title: { de: 'Offenes Dashboard veröffentlicht', en: 'Open dashboard published' },
    dueOn: '2025-06-30',
    doneOn: null,
  });
  await finance.addMilestone(db, cliActor, m12, {
    title: { de: 'Alle Sensoren verbaut', en: 'All sensors installed' },
    dueOn: '2024-03-31',
    doneOn: '2024-03-20',
  });
  await finance.addMilestone(db, cliActor, m31, {
    title: { de: 'Standorte der Pegel festgelegt', en: 'Gauge locations chosen' },
    dueOn: '2025-09-30',
    doneOn: null,
  });

  await finance.addIndicator(db, cliActor, m12, {
    name: { de: 'Bodensensoren verbaut', en: 'Ground sensors installed', da: 'Jordsensorer installeret' },
    unit: 'Sensoren',
    target: 516,
  });
  await finance.addIndicator(db, cliActor, m12, {
    name: { de: 'Kameras an touristischen Orten', en: 'Cameras at tourist hotspots' },
    unit: 'Kameras',
    target: 35,
  });
  await finance.addIndicator(db, cliActor, m21, { name: { de: 'Offene Maker Spaces', en: 'Open maker spaces' }, unit: 'Orte', target: 6 });
  await finance.addIndicator(db, cliActor, m22, {
    name: { de: 'Aktive Digitalpat*innen', en: 'Active digital mentors' },
    unit: 'Personen',
    target: 120,
  });
  const indicators = await db.selectFrom('finance_indicators').select(['id', 'measure_id', 'target']).orderBy('id').execute();
  const values: [number, [string, number][]][] = [
    [
      0,
      [
        ['2023-12-31', 310],
        ['2024-03-20', 516],
      ],
    ],
    [1, [['2024-03-20', 35]]],
    [
      2,
      [
        ['2024-06-30', 2],
        ['2025-03-31', 4],
      ],
    ],
    [
      3,
      [
        ['2024-12-31', 28],
        ['2025-06-30', 41],
      ],
    ],
  ];
  const slugs = [m12, m12, m21, m22];
  for (const [i, list] of values)
    for (const [measuredOn, value] of list)
      await finance.addIndicatorValue(db, cliActor, slugs[i]!, indicators[i]!.id, { measuredOn, value });

  await finance.addOutput(db, cliActor, m11, {
    kind: 'software',
    title: 'Datenplattform Smarte Grenzregion (Beispiel)',
    licence: 'EUPL-1.2',
    url: 'https://gitlab.opencode.de/beispiel/datenplattform',
    docsUrl: 'https://gitlab.opencode.de/beispiel/datenplattform/-/wikis/home',
  });
  await finance.addOutput(db, cliActor, m12, {
    kind: 'dataset',
    title: 'Freie Parkplätze an touristischen Orten (Beispiel)',
    licence: 'CC-BY-4.0',
    url: 'https://daten.example.org/parken',
    docsUrl: null,
  });

  await finance.addDeadline(db, cliActor, {
    title: 'Zwischenbericht an die Koordinierungsstelle (Beispiel)',
    dueOn: new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10),
  });
  await db
    .insertInto('app_meta')
    .values({ key: ILLUSTRATIVE_KEY, value: JSON.stringify(new Date().toISOString()) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}
