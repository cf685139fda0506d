// Demo ideas, supports and comments in the running example process, all marked as examples: five example
// accounts (example.org addresses, never mailed), four ideas with supports and an official answer, and a
// comment thread three levels deep on an idea and on the Vorhaben.
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { addressKey } from '../lib/address-key.js';
import type { Db } from '../db/database.js';

export async function seedDemoCommunity(db: Db): Promise<void> {
  const process = await db
    .selectFrom('participation_processes')
    .select(['id', 'project_id'])
    .where('slug', '=', 'parken-im-quartier-beispiel')
    .executeTakeFirst();
  if (!process) return;
  const names = ['Hanne (Beispiel)', 'Jens (Beispiel)', 'Aylin (Beispiel)', 'Piet (Beispiel)', null];
  const residents = await db
    .insertInto('residents')
    .values(
      names.map((name, i) => ({
        email: `beispiel-konto-${i + 1}@example.org`,
        display_name: name,
        notify_mode: 'off' as const,
        unsubscribe_token: crypto.randomBytes(24).toString('base64url'),
      })),
    )
    .returning('id')
    .execute();
  const who = (i: number) => residents[i]!.id;
  const keyOf = (i: number) => addressKey(`beispiel-konto-${i + 1}@example.org`);
  const ideas = [
    {
      by: 0,
      title: 'Freie Plätze in der App anzeigen (Beispiel)',
      body: 'Die Sensoren wissen, wo Plätze frei sind. Eine offene Schnittstelle würde es erlauben, das in Navigations-Apps anzuzeigen.',
      supporters: [1, 2, 3, 4],
      status: 'in_review' as const,
      answer:
        'Die Daten sollen über die offene Schnittstelle der Stadt bereitgestellt werden; wir prüfen die Aktualisierungsrate. (Beispiel)',
    },
    {
      by: 1,
      title: 'Lieferzonen am Vormittag (Beispiel)',
      body: 'Zwischen 8 und 11 Uhr werden zwei Plätze zur Lieferzone, danach sind sie normale Parkplätze.',
      supporters: [0, 2],
      status: 'new' as const,
      answer: null,
    },
    {
      by: 2,
      title: 'Fahrradbügel statt eines Autoplatzes (Beispiel)',
      body: 'Vor der Bäckerei passen zehn Fahrräder auf einen Autoparkplatz.',
      supporters: [0, 1, 3],
      status: 'new' as const,
      answer: null,
    },
    {
      by: 3,
      title: 'Sensoren auch für Ladesäulen (Beispiel)',
      body: 'Es wäre hilfreich zu sehen, ob die Ladesäulen frei sind.',
      supporters: [],
      status: 'new' as const,
      answer: null,
    },
  ];
  const ideaIds: number[] = [];
  for (const idea of ideas) {
    const { id } = await db
      .insertInto('ideas')
      .values({
        process_id: process.id,
        resident_id: who(idea.by),
        title: idea.title,
        body: idea.body,
        status: idea.status,
        answer: idea.answer,
        answered_at: idea.answer ? new Date() : null,
        support_count: idea.supporters.length,
        created_at: sql`now() - interval '5 days'`,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ideaIds.push(id);
    if (idea.supporters.length)
      await db
        .insertInto('idea_supports')
        .values(idea.supporters.map((s) => ({ idea_id: id, resident_id: who(s), supporter_key: keyOf(s) })))
        .execute();
  }
  const comment = async (
    target: { idea_id: number } | { project_id: number },
    by: number,
    body: string,
    parent?: { id: number; depth: number },
  ) =>
    db
      .insertInto('comments')
      .values({
        ...target,
        resident_id: who(by),
        body,
        parent_id: parent?.id ?? null,
        depth: parent ? parent.depth + 1 : 1,
        created_at: sql`now() - interval '2 days'`,
      })
      .returning(['id', 'depth'])
      .executeTakeFirstOrThrow();
  const onIdea = { idea_id: ideaIds[0]! };
  const first = await comment(
    onIdea,
    1,
    'Gute Idee – wichtig wäre, dass die Daten auch für Menschen mit Behinderung nutzbar sind, z. B. freie Behindertenparkplätze. (Beispiel)',
  );
  const reply = await comment(
    onIdea,
    0,
    'Ja, die Behindertenparkplätze sollten als eigene Kategorie in den Daten stehen. (Beispiel)',
    first,
  );
  await comment(onIdea, 4, 'Das unterstütze ich, und bitte auch in leichter Sprache erklären. (Beispiel)', reply);
  await comment(onIdea, 3, 'Wie oft werden die Daten aktualisiert? (Beispiel)');
  const onProject = { project_id: process.project_id };
  const question = await comment(onProject, 2, 'Werden durch die Sensoren Kennzeichen erfasst? (Beispiel)');
  await comment(
    onProject,
    1,
    'Laut Beschreibung erkennen die Sensoren nur, ob ein Platz belegt ist – keine Kennzeichen. (Beispiel)',
    question,
  );
}
