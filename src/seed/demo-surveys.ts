// A demo survey, clearly marked as an example: "Digitale Dienste in der Region", running, open to anyone
// (one answer per browser), with one question of each kind and a condition; texts in German, Danish
// and English. Made through the surveys module's public entry, as the command line.
import type { Db } from '../db/database.js';
import { cliActor } from '../platform/actor.js';
import { addQuestion, createSurvey, type QuestionInput, setState } from '../modules/surveys/index.js';

const question = (q: Partial<QuestionInput> & Pick<QuestionInput, 'kind' | 'prompt'>): QuestionInput => ({
  options: [],
  required: false,
  minChoices: null,
  maxChoices: null,
  maxLength: null,
  scale: null,
  condition: null,
  ...q,
});

export async function seedDemoSurveys(db: Db): Promise<void> {
  const slug = await createSurvey(db, cliActor, {
    title: {
      de: 'Digitale Dienste in der Region (Beispiel)',
      da: 'Digitale tjenester i regionen (eksempel)',
      en: 'Digital services in the region (example)',
    },
    description: {
      de: 'Wie nutzen Sie die digitalen Angebote von Stadt und Kreisen, und was fehlt Ihnen? Die Antworten fließen in die Digitalisierungsstrategie ein. Diese Umfrage ist ein Beispiel der Demodaten.',
      da: 'Hvordan bruger du byens og kredsenes digitale tilbud, og hvad mangler du? Svarene indgår i digitaliseringsstrategien. Dette spørgeskema er et eksempel fra demodataene.',
      en: 'How do you use the digital services of the city and the districts, and what do you miss? The answers feed into the digital strategy. This survey is an example from the demo data.',
    },
    access: 'anyone',
    processSlug: null,
    example: true,
  });
  await addQuestion(
    db,
    cliActor,
    slug,
    question({
      kind: 'yesno',
      required: true,
      prompt: {
        de: 'Haben Sie in den letzten zwölf Monaten eine Verwaltungsleistung online erledigt?',
        da: 'Har du inden for de sidste tolv måneder klaret en offentlig ydelse online?',
        en: 'Have you used an administrative service online in the last twelve months?',
      },
    }),
  );
  const first = await firstQuestionId(db, slug);
  await addQuestion(
    db,
    cliActor,
    slug,
    question({
      kind: 'multiple',
      minChoices: 1,
      maxChoices: 3,
      condition: { questionId: first, value: 'yes' },
      prompt: { de: 'Welche Angebote haben Sie genutzt?', da: 'Hvilke tilbud har du brugt?', en: 'Which services did you use?' },
      options: [
        { de: 'Online-Terminvergabe', da: 'Online tidsbestilling', en: 'Booking an appointment online' },
        {
          de: 'Antrag online (z. B. Wohngeld)',
          da: 'Ansøgning online (f.eks. boligstøtte)',
          en: 'Application online (e.g. housing benefit)',
        },
        { de: 'Servicekonto / Bürgerportal', da: 'Servicekonto / borgerportal', en: 'Service account / citizens’ portal' },
        { de: 'Offene Daten und Karten', da: 'Åbne data og kort', en: 'Open data and maps' },
        { de: 'Mängelmelder', da: 'Fejlmelding', en: 'Reporting a fault' },
      ],
    }),
  );
  await addQuestion(
    db,
    cliActor,
    slug,
    question({
      kind: 'scale',
      required: true,
      scale: {
        min: 1,
        max: 5,
        low: { de: 'gar nicht zufrieden', da: 'slet ikke tilfreds', en: 'not satisfied at all' },
        high: { de: 'sehr zufrieden', da: 'meget tilfreds', en: 'very satisfied' },
      },
      prompt: {
        de: 'Wie zufrieden sind Sie mit den digitalen Angeboten Ihrer Kommune?',
        da: 'Hvor tilfreds er du med din kommunes digitale tilbud?',
        en: 'How satisfied are you with your municipality’s digital services?',
      },
    }),
  );
  await addQuestion(
    db,
    cliActor,
    slug,
    question({
      kind: 'single',
      prompt: { de: 'Wo wohnen Sie?', da: 'Hvor bor du?', en: 'Where do you live?' },
      options: [
        { de: 'Flensburg', da: 'Flensborg', en: 'Flensburg' },
        { de: 'Kreis Schleswig-Flensburg', da: 'Kreis Slesvig-Flensborg', en: 'District of Schleswig-Flensburg' },
        { de: 'Kreis Nordfriesland', da: 'Kreis Nordfrisland', en: 'District of North Frisia' },
        { de: 'anderswo', da: 'andetsteds', en: 'elsewhere' },
      ],
    }),
  );
  await addQuestion(
    db,
    cliActor,
    slug,
    question({
      kind: 'ranking',
      prompt: { de: 'Was ist Ihnen am wichtigsten?', da: 'Hvad er vigtigst for dig?', en: 'What matters most to you?' },
      options: [
        { de: 'schnelle Bearbeitung', da: 'hurtig sagsbehandling', en: 'quick processing' },
        { de: 'Angebote auch auf Dänisch und Englisch', da: 'tilbud også på dansk og engelsk', en: 'services in Danish and English too' },
        { de: 'barrierefreie Bedienung', da: 'tilgængelig betjening', en: 'accessible use' },
        { de: 'Datenschutz', da: 'databeskyttelse', en: 'data protection' },
      ],
    }),
  );
  await addQuestion(
    db,
    cliActor,
    slug,
    question({
      kind: 'text',
      maxLength: 1000,
      prompt: {
        de: 'Was wünschen Sie sich digital von Ihrer Kommune?',
        da: 'Hvad ønsker du dig digitalt af din kommune?',
        en: 'What would you like from your municipality digitally?',
      },
    }),
  );
  await setState(db, cliActor, slug, 'open');
}

async function firstQuestionId(db: Db, slug: string): Promise<number> {
  const row = await db
    .selectFrom('survey_questions as q')
    .innerJoin('surveys as s', 's.id', 'q.survey_id')
    .select('q.id')
    .where('s.slug', '=', slug)
    .orderBy('q.position')
    .executeTakeFirstOrThrow();
  return row.id;
}
