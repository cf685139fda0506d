// The region Lotse serves: the three partner municipalities of the "Smarte Grenzregion zwischen den
// Meeren" with their council bodies, the digital agency and the funding programme. This is reference
// data, not demo data: an import needs the municipalities to recognise them, so it exists from the first
// start on, whether or not demo Vorhaben are wanted.
import type { Db } from '../db/database.js';

export const regionMunicipalities = [
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

async function insertMunicipalities(db: Db): Promise<void> {
  await db
    .insertInto('municipalities')
    .values(
      regionMunicipalities.map((m) => ({
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

/** Creates the region on a database that has no municipality yet; returns whether it did. */
export async function ensureRegion(db: Db): Promise<boolean> {
  const any = await db.selectFrom('municipalities').select('id').limit(1).executeTakeFirst();
  if (any) return false;
  await db.transaction().execute(async (trx) => {
    await insertMunicipalities(trx);
    await insertProgramme(trx);
  });
  return true;
}
