// Demo data for a fresh installation: the sample Vorhabenliste (its first entry is the original brief,
// verbatim) example events (demo-events.ts) and participation (demo-participation.ts), on top of the region (region.ts). Runs only on an empty register and only once: real data
// is never overwritten.
import fs from 'node:fs';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { importVorhabenliste } from '../modules/projects/index.js';
import { ensureRegion } from './region.js';
import { seedDemoEvents } from './demo-events.js';
import { seedDemoParticipation } from './demo-participation.js';
import { seedDemoCommunity } from './demo-community.js';
import { seedDemoNetwork } from './demo-network.js';
import { seedDemoFinance } from './demo-finance.js';
import { seedDemoSurveys } from './demo-surveys.js';
import { seedDemoPlaces } from './demo-places.js';
import { seedDemoConsultations } from './demo-consultations.js';

const SEED_KEY = 'demo_seeded_at';
const sampleCsv = new URL('./vorhabenliste-sample.csv', import.meta.url);

/** Seeds the demo on an empty database; returns whether it did. */
export async function seedDemoIfEmpty(db: Db, log: (msg: string) => void = () => {}): Promise<boolean> {
  const seeded = await db.selectFrom('app_meta').where('key', '=', SEED_KEY).select('key').executeTakeFirst();
  const projects = await db
    .selectFrom('projects')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  if (seeded || Number(projects.n) > 0) return false;

  await ensureRegion(db);
  const report = await importVorhabenliste(db, fs.readFileSync(sampleCsv, 'utf8'), { format: 'csv' });
  if (!report.applied) throw new Error(`The demo Vorhabenliste did not import: ${JSON.stringify(report.problems)}`);
  await db
    .insertInto('app_meta')
    .values({ key: SEED_KEY, value: JSON.stringify(new Date().toISOString()) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  await seedDemoPlaces(db);
  const events = await seedDemoEvents(db);
  await seedDemoParticipation(db);
  await seedDemoCommunity(db);
  await seedDemoNetwork(db);
  await seedDemoFinance(db);
  await seedDemoSurveys(db);
  await seedDemoConsultations(db);
  await sql`vacuum analyze`.execute(db);
  log(`Demo data created: ${report.created.length} Vorhaben from the sample Vorhabenliste, ${events} example events.`);
  return true;
}
