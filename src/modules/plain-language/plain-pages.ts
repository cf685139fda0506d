// The pages in Leichte Sprache (German plain language), written by the rules of the Netzwerk Leichte
// Sprache: short sentences, one statement per sentence, long words split with a hyphen, hard words
// explained where they first appear. Leichte Sprache is German by definition, so these texts are content
// in German for every interface language, not entries of the de/da/en catalogues.

/** A piece of a page: a paragraph, a list, a link to the part of Lotse it explains, or an explained word. */
export type PlainBlock =
  | { kind: 'p'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'link'; path: string; text: string }
  | { kind: 'word'; word: string; meaning: string };

export interface PlainPage {
  slug: string;
  title: string;
  blocks: PlainBlock[];
}

/** The overview: what Lotse is. */
export const plainOverview: PlainPage = {
  slug: '',
  title: 'Lotse in Leichter Sprache',
  blocks: [
    { kind: 'p', text: 'Diese Internet-Seite heißt Lotse.' },
    { kind: 'p', text: 'Auf Lotse finden Sie Vorhaben aus Ihrer Gegend.' },
    {
      kind: 'word',
      word: 'Vorhaben',
      meaning:
        'Ein Vorhaben ist ein Plan von der Stadt oder vom Kreis. Zum Beispiel: ein neuer Rad-Weg. Oder: Ein Amt soll digital werden.',
    },
    { kind: 'p', text: 'Die Vorhaben sind aus diesen Gegenden:' },
    { kind: 'list', items: ['Stadt Flensburg', 'Kreis Schleswig-Flensburg', 'Kreis Nordfriesland'] },
    { kind: 'p', text: 'Auf Lotse steht zu jedem Vorhaben:' },
    {
      kind: 'list',
      items: ['Was wird gemacht?', 'Wer hat das beschlossen?', 'Was kostet das?', 'Wie können Sie mit-machen?'],
    },
    { kind: 'p', text: 'Sie können Ihre Meinung sagen.' },
    { kind: 'p', text: 'Die Verwaltung liest Ihre Meinung.' },
    { kind: 'p', text: 'Die Verwaltung antwortet Ihnen.' },
    { kind: 'p', text: 'Hier erklären wir Ihnen, wie das geht:' },
  ],
};

export const plainPages: PlainPage[] = [
  {
    slug: 'vorhaben-finden',
    title: 'So finden Sie ein Vorhaben',
    blocks: [
      { kind: 'p', text: 'Alle Vorhaben stehen in einer Liste.' },
      { kind: 'p', text: 'Die Liste heißt: Vorhaben-Liste.' },
      { kind: 'link', path: '/vorhaben', text: 'Hier kommen Sie zur Vorhaben-Liste.' },
      { kind: 'p', text: 'Oben auf der Seite ist ein Such-Feld.' },
      { kind: 'p', text: 'Schreiben Sie ein Wort in das Such-Feld. Zum Beispiel: Rad-Weg.' },
      { kind: 'p', text: 'Dann klicken Sie auf: Suchen.' },
      { kind: 'p', text: 'Jetzt sehen Sie alle Vorhaben mit diesem Wort.' },
      { kind: 'p', text: 'Sie können auch nur die Vorhaben aus Ihrer Gegend sehen.' },
      { kind: 'p', text: 'Dafür wählen Sie unter Kommune Ihre Gegend aus.' },
      { kind: 'word', word: 'Kommune', meaning: 'Eine Kommune ist eine Stadt, eine Gemeinde oder ein Kreis.' },
      { kind: 'p', text: 'Manche Vorhaben gibt es auch in Leichter Sprache.' },
      { kind: 'p', text: 'Diese Vorhaben finden Sie so: Klicken Sie auf das Kästchen: Nur Vorhaben mit Leichter Sprache.' },
      { kind: 'link', path: '/vorhaben?plainLanguage=true', text: 'Hier sehen Sie alle Vorhaben in Leichter Sprache.' },
      { kind: 'p', text: 'Klicken Sie auf den Namen von einem Vorhaben.' },
      { kind: 'p', text: 'Dann sehen Sie alles über dieses Vorhaben.' },
    ],
  },
  {
    slug: 'hinweis-geben',
    title: 'So geben Sie einen Hinweis',
    blocks: [
      {
        kind: 'word',
        word: 'Hinweis',
        meaning: 'Ein Hinweis ist Ihre Meinung zu einem Vorhaben. Oder: Sie wissen etwas, das für das Vorhaben wichtig ist.',
      },
      { kind: 'p', text: 'So geben Sie einen Hinweis:' },
      {
        kind: 'list',
        items: [
          'Suchen Sie das Vorhaben in der Vorhaben-Liste.',
          'Klicken Sie auf den Namen von dem Vorhaben.',
          'Klicken Sie auf: Hinweis geben.',
          'Schreiben Sie Ihren Hinweis in das Feld.',
          'Schreiben Sie Ihre E-Mail-Adresse in das Feld darunter.',
          'Klicken Sie auf: Hinweis senden.',
        ],
      },
      { kind: 'p', text: 'Dann bekommen Sie eine E-Mail.' },
      { kind: 'p', text: 'In der E-Mail ist ein Link. Klicken Sie auf den Link.' },
      { kind: 'p', text: 'Erst dann ist Ihr Hinweis angekommen.' },
      { kind: 'p', text: 'Die Verwaltung liest Ihren Hinweis. Die Verwaltung antwortet Ihnen.' },
      { kind: 'p', text: 'Ihr Hinweis kann später auf der Seite von dem Vorhaben stehen.' },
      { kind: 'p', text: 'Ihr Name steht dort nicht. Ihre E-Mail-Adresse steht dort auch nicht.' },
      { kind: 'link', path: '/vorhaben', text: 'Hier kommen Sie zur Vorhaben-Liste.' },
    ],
  },
  {
    slug: 'beteiligung-anfragen',
    title: 'So fragen Sie nach Beteiligung',
    blocks: [
      {
        kind: 'word',
        word: 'Beteiligung',
        meaning:
          'Beteiligung heißt: Die Bürger und Bürgerinnen reden bei einem Vorhaben mit. Zum Beispiel bei einem Treffen. Oder bei einer Umfrage.',
      },
      { kind: 'p', text: 'Bei manchen Vorhaben ist keine Beteiligung geplant.' },
      { kind: 'p', text: 'Sie finden: Die Bürger sollen bei diesem Vorhaben mitreden?' },
      { kind: 'p', text: 'Dann können Sie nach Beteiligung fragen.' },
      { kind: 'p', text: 'So geht das:' },
      {
        kind: 'list',
        items: [
          'Suchen Sie das Vorhaben in der Vorhaben-Liste.',
          'Klicken Sie auf den Namen von dem Vorhaben.',
          'Klicken Sie auf: Beteiligung anregen.',
          'Schreiben Sie: Warum sollen die Bürger mitreden?',
          'Schreiben Sie Ihre E-Mail-Adresse in das Feld.',
          'Klicken Sie auf: Anregung senden.',
        ],
      },
      { kind: 'p', text: 'Dann bekommen Sie eine E-Mail. Klicken Sie auf den Link in der E-Mail.' },
      { kind: 'p', text: 'Andere Menschen können Ihre Frage dann unterstützen.' },
      { kind: 'p', text: 'Wenn genug Menschen unterstützen: Dann redet die Politik über Ihre Frage.' },
      { kind: 'link', path: '/beteiligung', text: 'Hier sehen Sie alle Beteiligungen.' },
    ],
  },
  {
    slug: 'veranstaltung-anmelden',
    title: 'So melden Sie sich für eine Veranstaltung an',
    blocks: [
      {
        kind: 'word',
        word: 'Veranstaltung',
        meaning: 'Eine Veranstaltung ist ein Treffen. Bei dem Treffen reden Menschen über ein Vorhaben. Oder sie lernen etwas.',
      },
      { kind: 'p', text: 'Für manche Veranstaltungen müssen Sie sich vorher anmelden.' },
      { kind: 'p', text: 'So geht das:' },
      {
        kind: 'list',
        items: [
          'Gehen Sie zu der Liste mit den Veranstaltungen.',
          'Klicken Sie auf den Namen von der Veranstaltung.',
          'Unten auf der Seite ist das Anmelde-Formular.',
          'Schreiben Sie Ihren Namen und Ihre E-Mail-Adresse in die Felder.',
          'Klicken Sie auf: Anmelden.',
        ],
      },
      { kind: 'p', text: 'Dann bekommen Sie eine E-Mail. Klicken Sie auf den Link in der E-Mail.' },
      { kind: 'p', text: 'Erst dann sind Sie angemeldet.' },
      { kind: 'p', text: 'Sie können doch nicht kommen? Dann melden Sie sich bitte wieder ab. Das geht auch mit dem Link in der E-Mail.' },
      { kind: 'link', path: '/veranstaltungen', text: 'Hier kommen Sie zu den Veranstaltungen.' },
    ],
  },
];
