// Demo data for a fresh installation: the programme "Smarte Grenzregion zwischen den Meeren", its three
// municipalities, the digital agency, and the sample Vorhabenliste (its first entry is the original
// brief, verbatim). Runs only on an empty database and only once: real data is never overwritten.
import fs from 'node:fs';
import { sql } from 'kysely';
import type { Db } from '../database.js';
import { importVorhabenliste } from '../../modules/projects/import/import.service.js';

const SEED_KEY = 'demo_seeded_at';
const sampleCsv = new URL('./vorhabenliste-sample.csv', import.meta.url);

export const demoMunicipalities = [
  {
    slug: 'flensburg',
    name: 'Stadt Flensburg',
    kind: 'city' as const,
    aliases: ['Flensburg', 'Flensborg'],
    decisionBodies: [
      { prefix: 'RV', name: 'Ratsversammlung' },
      { prefix: 'HA', name: 'Hauptausschuss' },
      { prefix: 'FA', name: 'Finanzausschuss' },
    ],
  },
  {
    slug: 'schleswig-flensburg',
    name: 'Kreis Schleswig-Flensburg',
    kind: 'district' as const,
    aliases: ['Schleswig-Flensburg', 'Slesvig-Flensborg', 'SL-FL'],
    decisionBodies: [
      { prefix: 'KT', name: 'Kreistag' },
      { prefix: 'HA', name: 'Hauptausschuss' },
    ],
  },
  {
    slug: 'nordfriesland',
    name: 'Kreis Nordfriesland',
    kind: 'district' as const,
    aliases: ['Nordfriesland', 'Nordfrisland', 'NF'],
    decisionBodies: [
      { prefix: 'KT', name: 'Kreistag' },
      { prefix: 'HA', name: 'Hauptausschuss' },
    ],
  },
];

export async function insertDemoMunicipalities(db: Db): Promise<void> {
  await db
    .insertInto('municipalities')
    .values(
      demoMunicipalities.map((m) => ({
        slug: m.slug,
        name: m.name,
        kind: m.kind,
        aliases: m.aliases,
        decision_bodies: JSON.stringify(m.decisionBodies),
      })),
    )
    .onConflict((oc) => oc.column('slug').doNothing())
    .execute();
}

async function insertProgramme(db: Db): Promise<void> {
  const agency = await db
    .insertInto('organisations')
    .values({ slug: 'digitalagentur', name: 'Digitalagentur Smarte Grenzregion GmbH', kind: 'agency', website: null })
    .onConflict((oc) => oc.column('slug').doUpdateSet({ name: (eb) => eb.ref('excluded.name') }))
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('programmes')
    .values({
      slug: 'smarte-grenzregion',
      name: JSON.stringify({
        de: 'Smarte Grenzregion zwischen den Meeren',
        da: 'Smart grænseregion mellem havene',
        en: 'Smart Border Region between the Seas',
      }),
      summary: JSON.stringify({
        de: 'Modellprojekt Smart Cities des Bundes: die Stadt Flensburg und die Kreise Schleswig-Flensburg und Nordfriesland entwickeln gemeinsam eine Digitalisierungsstrategie und setzen sie um.',
        da: 'Forbundsregeringens modelprojekt Smart Cities: Flensborg by og amterne Slesvig-Flensborg og Nordfrisland udvikler og gennemfører sammen en digitaliseringsstrategi.',
        en: 'A federal Smart Cities model project: the city of Flensburg and the districts of Schleswig-Flensburg and North Frisia develop and carry out a joint digital strategy.',
      }),
      federal_funding_cents: 1_750_000_000,
      federal_funding_source: 'Vorhabenliste der Stadt Flensburg',
      federal_funding_as_of: '2021-09-30',
      starts_on: '2022-01-01',
      ends_on: '2026-12-31',
      agency_id: agency.id,
    })
    .onConflict((oc) => oc.column('slug').doNothing())
    .execute();
}

/** Seeds the demo on an empty database; returns whether it did. */
export async function seedDemoIfEmpty(db: Db, log: (msg: string) => void = () => {}): Promise<boolean> {
  const seeded = await db.selectFrom('app_meta').where('key', '=', SEED_KEY).select('key').executeTakeFirst();
  const projects = await db.selectFrom('projects').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  if (seeded || Number(projects.n) > 0) return false;

  await db.transaction().execute(async (trx) => {
    await insertDemoMunicipalities(trx);
    await insertProgramme(trx);
  });
  const report = await importVorhabenliste(db, fs.readFileSync(sampleCsv, 'utf8'), { format: 'csv' });
  if (!report.applied) throw new Error(`The demo Vorhabenliste did not import: ${JSON.stringify(report.problems)}`);
  await db
    .insertInto('app_meta')
    .values({ key: SEED_KEY, value: JSON.stringify(new Date().toISOString()) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  await sql`vacuum analyze`.execute(db);
  log(`Demo data created: programme, ${demoMunicipalities.length} municipalities, ${report.created.length} Vorhaben.`);
  return true;
}
