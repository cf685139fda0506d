// The authorisation matrix's cases for the programme's finances (see authorization-matrix.test.ts): every
// state-changing finance route with the roles allowed, and how to prepare a request that would change
// something. Data are made through the services as the command line.
import type { Db } from '../../src/db/database.js';
import { cliActor } from '../../src/platform/actor.js';
import * as finance from '../../src/modules/finance/index.js';
import type { MatrixRequest } from './matrix.js';
import type { StaffSession } from './staff.js';

let n = 10_000;
let db: () => Db;

const programmeForm = () => ({
  fundingRate: '65',
  grantReference: `MPSC-${++n}`,
  grantDate: '2021-12-15',
  phase_0_code: 'A',
  phase_0_name_de: 'Phase A',
  phase_0_start: '2022-01-01',
  phase_0_end: '2023-06-30',
  phase_0_months: '30',
  phase_1_code: 'B',
  phase_1_name_de: 'Phase B',
  phase_1_start: '2023-07-01',
  phase_1_end: '2026-12-31',
  phase_1_months: '66',
});
let phasesReady = false;
/** A fresh measure (and, the first time, the programme's phases), made through the service as the command line. */
async function financeMeasure(): Promise<string> {
  if (!phasesReady) {
    await finance.saveProgramme(db(), cliActor, {
      fundingProgramme: null,
      grantReference: 'MPSC',
      grantDate: '2021-12-15',
      fundingRateBp: 6500,
      figures: [],
      shares: {},
      phases: [
        { code: 'A', name: { de: 'Phase A' }, startsOn: '2022-01-01', endsOn: '2023-06-30', proofMonths: 30 },
        { code: 'B', name: { de: 'Phase B' }, startsOn: '2023-07-01', endsOn: '2026-12-31', proofMonths: 66 },
      ],
    });
    phasesReady = true;
  }
  return finance.createMeasure(db(), cliActor, {
    kind: 'measure',
    parentSlug: null,
    code: `M${++n}`,
    slug: null,
    position: 0,
    title: { de: `Maßnahme ${n}` },
    description: null,
    status: 'running',
    progressMode: 'own',
    progressPercent: 10,
    lead: null,
    projectSlugs: [],
    internalNote: null,
  });
}
const measureAction = (action: string, form: () => Record<string, string>) => async () => ({
  url: `/de/verwaltung/finanzen/massnahmen/${await financeMeasure()}/${action}`,
  form: form(),
});
/** A fresh draw-down with its receipt recorded, made through the service as the command line. */
async function receivedDrawdown(): Promise<number> {
  await financeMeasure();
  await finance.requestDrawdown(db(), cliActor, { phaseCode: 'B', reference: `MA-${++n}`, requestedOn: '2025-01-01', requested: 100_000 });
  const d = await db().selectFrom('finance_drawdowns').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
  await finance.recordReceipt(db(), cliActor, d.id, { receivedOn: '2025-02-01', received: 100_000, reason: null });
  return d.id;
}
const budgetCsv = async () =>
  `Maßnahme;Phase;Jahr;Kostenart;Finanzierung;Betrag\n${
    (
      await db()
        .selectFrom('finance_measures')
        .select('code')
        .where('slug', '=', await financeMeasure())
        .executeTakeFirstOrThrow()
    ).code
  };B;2025;Personal;Bund;100,00\n`;

export function financeCases<A extends string>(env: {
  db: () => Db;
  allowed: A[];
  owner: (session: StaffSession | null) => StaffSession;
}): Record<string, { allowed: A[]; prepare: (session: StaffSession | null) => Promise<MatrixRequest> }> {
  db = env.db;
  return {
    'POST /:lang/verwaltung/finanzen/programm': {
      allowed: env.allowed,
      prepare: async () => {
        await financeMeasure();
        return { url: '/de/verwaltung/finanzen/programm', form: programmeForm() };
      },
    },
    'POST /:lang/verwaltung/finanzen/massnahmen/neu': {
      allowed: env.allowed,
      prepare: async () => ({
        url: '/de/verwaltung/finanzen/massnahmen/neu',
        form: { kind: 'measure', code: `N${++n}`, title_de: `Neue Maßnahme ${n}`, status: 'planned', progressMode: 'own' },
      }),
    },
    'POST /:lang/verwaltung/finanzen/massnahmen/:slug/bearbeiten': {
      allowed: env.allowed,
      prepare: measureAction('bearbeiten', () => ({
        kind: 'measure',
        code: `E${++n}`,
        title_de: `Geändert ${n}`,
        status: 'done',
        progressMode: 'own',
        progressPercent: '100',
      })),
    },
    'POST /:lang/verwaltung/finanzen/massnahmen/:slug/haushalt': {
      allowed: env.allowed,
      prepare: measureAction('haushalt', () => ({ phase: 'B', year: '2025', category: 'staff', source: 'federal', amount: '100' })),
    },
    'POST /:lang/verwaltung/finanzen/massnahmen/:slug/ausgaben': {
      allowed: env.allowed,
      prepare: measureAction('ausgaben', () => ({ spentOn: '2025-01-10', amount: '12,34', category: 'material', documentRef: `B-${++n}` })),
    },
    'POST /:lang/verwaltung/finanzen/massnahmen/:slug/ausgaben/:id/storno': {
      allowed: env.allowed,
      prepare: async () => {
        const slug = await financeMeasure();
        await finance.addExpenditure(db(), cliActor, slug, {
          spentOn: '2025-01-10',
          amount: 1234,
          category: 'material',
          documentRef: `B-${++n}`,
          note: null,
        });
        const e = await db().selectFrom('finance_expenditures').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
        return { url: `/de/verwaltung/finanzen/massnahmen/${slug}/ausgaben/${e.id}/storno`, form: { cancelReason: 'Doppelt erfasst' } };
      },
    },
    'POST /:lang/verwaltung/finanzen/massnahmen/:slug/meilensteine': {
      allowed: env.allowed,
      prepare: measureAction('meilensteine', () => ({ milestone_de: 'Meilenstein', dueOn: '2025-06-30' })),
    },
    'POST /:lang/verwaltung/finanzen/massnahmen/:slug/meilensteine/:id': {
      allowed: env.allowed,
      prepare: async () => {
        const slug = await financeMeasure();
        await finance.addMilestone(db(), cliActor, slug, { title: { de: 'Meilenstein' }, dueOn: '2025-06-30', doneOn: null });
        const m = await db().selectFrom('finance_milestones').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
        return { url: `/de/verwaltung/finanzen/massnahmen/${slug}/meilensteine/${m.id}`, form: { done: '1' } };
      },
    },
    'POST /:lang/verwaltung/finanzen/massnahmen/:slug/indikatoren': {
      allowed: env.allowed,
      prepare: measureAction('indikatoren', () => ({ indicator_de: 'Sensoren', unit: 'Stück', target: '10' })),
    },
    'POST /:lang/verwaltung/finanzen/massnahmen/:slug/indikatoren/:id/werte': {
      allowed: env.allowed,
      prepare: async () => {
        const slug = await financeMeasure();
        await finance.addIndicator(db(), cliActor, slug, { name: { de: 'Sensoren' }, unit: 'Stück', target: 10 });
        const i = await db().selectFrom('finance_indicators').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
        return {
          url: `/de/verwaltung/finanzen/massnahmen/${slug}/indikatoren/${i.id}/werte`,
          form: { measuredOn: '2025-01-01', value: '5' },
        };
      },
    },
    'POST /:lang/verwaltung/finanzen/massnahmen/:slug/ergebnisse': {
      allowed: env.allowed,
      prepare: measureAction('ergebnisse', () => ({
        outputKind: 'software',
        outputTitle: 'Werkzeug',
        licence: 'EUPL-1.2',
        url: 'https://gitlab.opencode.de/x/y',
      })),
    },
    'POST /:lang/verwaltung/finanzen/abrufe': {
      allowed: env.allowed,
      prepare: async () => {
        await financeMeasure();
        return {
          url: '/de/verwaltung/finanzen/abrufe',
          form: { reference: `MA-${++n}`, drawPhase: 'B', requestedOn: '2025-01-01', requested: '1000' },
        };
      },
    },
    'POST /:lang/verwaltung/finanzen/abrufe/:id/eingang': {
      allowed: env.allowed,
      prepare: async () => {
        await financeMeasure();
        await finance.requestDrawdown(db(), cliActor, {
          phaseCode: 'B',
          reference: `MA-${++n}`,
          requestedOn: '2025-01-01',
          requested: 100_000,
        });
        const d = await db().selectFrom('finance_drawdowns').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
        return { url: `/de/verwaltung/finanzen/abrufe/${d.id}/eingang`, form: { receivedOn: '2025-02-01', received: '1000' } };
      },
    },
    'POST /:lang/verwaltung/finanzen/abrufe/:id/eingang (correction)': {
      allowed: env.allowed,
      prepare: async () => ({
        url: `/de/verwaltung/finanzen/abrufe/${await receivedDrawdown()}/eingang`,
        form: { receivedOn: '2025-02-03', received: '900', receiptReason: 'Teilbetrag' },
      }),
    },
    'POST /:lang/verwaltung/finanzen/abrufe/:id/eingang/zuruecknehmen': {
      allowed: env.allowed,
      prepare: async () => ({
        url: `/de/verwaltung/finanzen/abrufe/${await receivedDrawdown()}/eingang/zuruecknehmen`,
        form: { reason: 'Nicht eingegangen' },
      }),
    },
    'POST /:lang/verwaltung/finanzen/abrufe/:id/storno': {
      allowed: env.allowed,
      prepare: async () => ({
        url: `/de/verwaltung/finanzen/abrufe/${await receivedDrawdown()}/storno`,
        form: { reason: 'Doppelt erfasst' },
      }),
    },
    'POST /:lang/verwaltung/finanzen/fristen/:id/loeschen': {
      allowed: env.allowed,
      prepare: async () => {
        await finance.addDeadline(db(), cliActor, { title: `Frist ${++n}`, dueOn: '2030-01-31' });
        const d = await db().selectFrom('finance_deadlines').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
        return { url: `/de/verwaltung/finanzen/fristen/${d.id}/loeschen`, form: { reason: 'Versehentlich angelegt' } };
      },
    },
    'POST /:lang/verwaltung/finanzen/massnahmen/:slug/meilensteine/:id/loeschen': {
      allowed: env.allowed,
      prepare: async () => {
        const slug = await financeMeasure();
        await finance.addMilestone(db(), cliActor, slug, { title: { de: 'Meilenstein' }, dueOn: '2025-06-30', doneOn: null });
        const m = await db().selectFrom('finance_milestones').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
        return {
          url: `/de/verwaltung/finanzen/massnahmen/${slug}/meilensteine/${m.id}/loeschen`,
          form: { reason: 'Versehentlich angelegt' },
        };
      },
    },
    'POST /:lang/verwaltung/finanzen/massnahmen/:slug/indikatoren/:id/werte/:valueId/loeschen': {
      allowed: env.allowed,
      prepare: async () => {
        const slug = await financeMeasure();
        await finance.addIndicator(db(), cliActor, slug, { name: { de: 'Sensoren' }, unit: 'Stück', target: 10 });
        const i = await db().selectFrom('finance_indicators').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
        await finance.addIndicatorValue(db(), cliActor, slug, i.id, { measuredOn: '2025-01-01', value: 5 });
        const v = await db().selectFrom('finance_indicator_values').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
        return {
          url: `/de/verwaltung/finanzen/massnahmen/${slug}/indikatoren/${i.id}/werte/${v.id}/loeschen`,
          form: { reason: 'Tippfehler' },
        };
      },
    },
    'POST /:lang/verwaltung/finanzen/massnahmen/:slug/ergebnisse/:id/loeschen': {
      allowed: env.allowed,
      prepare: async () => {
        const slug = await financeMeasure();
        await finance.addOutput(db(), cliActor, slug, {
          kind: 'software',
          title: 'Werkzeug',
          licence: 'EUPL-1.2',
          url: 'https://gitlab.opencode.de/x/y',
          docsUrl: null,
        });
        const o = await db().selectFrom('finance_outputs').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
        return {
          url: `/de/verwaltung/finanzen/massnahmen/${slug}/ergebnisse/${o.id}/loeschen`,
          form: { reason: 'Versehentlich angelegt' },
        };
      },
    },
    'POST /:lang/verwaltung/finanzen/fristen': {
      allowed: env.allowed,
      prepare: async () => ({ url: '/de/verwaltung/finanzen/fristen', form: { deadlineTitle: `Frist ${++n}`, deadlineDue: '2030-01-31' } }),
    },
    'POST /:lang/verwaltung/finanzen/fristen/erledigt': {
      allowed: env.allowed,
      prepare: async () => {
        await finance.addDeadline(db(), cliActor, { title: `Frist ${++n}`, dueOn: '2030-01-31' });
        const d = await db().selectFrom('finance_deadlines').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
        return { url: '/de/verwaltung/finanzen/fristen/erledigt', form: { key: `custom-${d.id}`, done: '1' } };
      },
    },
    'POST /:lang/verwaltung/finanzen/import': {
      allowed: env.allowed,
      prepare: async () => ({ url: '/de/verwaltung/finanzen/import', form: {}, multipart: await budgetCsv() }),
    },
    'POST /:lang/verwaltung/finanzen/import/:id/bestaetigen': {
      allowed: env.allowed,
      prepare: async (session) => {
        const owner = env.owner(session);
        const id = `matrix-import-${String(++n).padStart(8, '0')}`;
        await db()
          .insertInto('finance_pending_imports')
          .values({ id, user_id: owner.userId, file_name: 'haushalt.csv', content: await budgetCsv() })
          .execute();
        return { url: `/de/verwaltung/finanzen/import/${id}/bestaetigen`, form: {} };
      },
    },
  };
}
