// The open data Lotse publishes, as the DCAT-AP.de catalogue and the open-data page list it: one dataset
// per published data collection, each with the distributions that exist. A module that publishes more
// (GeoJSON of the register, the editions of the list) adds its distribution to a dataset here, or a
// dataset of its own with a function that reads its dates.
import type { OpenDataset, OpenDistribution } from './dataset.types.js';
import * as repo from './opendata.repository.js';

const json = (path: string): OpenDistribution => ({
  key: 'json',
  title: { de: 'JSON-Schnittstelle', da: 'JSON-grænseflade', en: 'JSON interface' },
  path,
  mediaType: 'application/json',
  fileType: 'JSON',
});

const atom = (path: string): OpenDistribution => ({
  key: 'atom',
  title: { de: 'Atom-Feed', da: 'Atom-feed', en: 'Atom feed' },
  path,
  mediaType: 'application/atom+xml',
  fileType: 'ATOM',
});

export const openDatasets: OpenDataset[] = [
  {
    key: 'vorhabenliste',
    title: { de: 'Vorhabenliste', da: 'Projektlisten (Vorhabenliste)', en: 'Register of projects (Vorhabenliste)' },
    description: {
      de: 'Alle veröffentlichten Vorhaben der Region mit Beschlüssen, Kosten, Beteiligung, Zeitraum und öffentlichem Änderungsprotokoll.',
      da: 'Alle offentliggjorte projekter i regionen med beslutninger, omkostninger, borgerinddragelse, tidsrum og offentlig ændringslog.',
      en: 'Every published project of the region with its council decisions, costs, participation, period and public change log.',
    },
    keywords: {
      de: ['Vorhabenliste', 'Bürgerbeteiligung', 'Smart City'],
      da: ['projektliste', 'borgerinddragelse', 'smart city'],
      en: ['register of projects', 'public participation', 'smart city'],
    },
    themes: ['GOVE', 'REGI'],
    page: '/vorhaben',
    frequency: 'UPDATE_CONT',
    distributions: [
      json('/api/v1/projects'),
      {
        key: 'csv',
        title: { de: 'Vorhabenliste als CSV', da: 'Projektlisten som CSV', en: 'Register as CSV' },
        path: '/api/v1/projects.csv',
        mediaType: 'text/csv',
        fileType: 'CSV',
      },
      atom('/{lang}/vorhaben/feed.atom'),
      {
        key: 'geojson',
        title: { de: 'Orte der Vorhaben als GeoJSON', da: 'Projekternes steder som GeoJSON', en: 'Places of the projects as GeoJSON' },
        path: '/api/v1/projects.geojson',
        mediaType: 'application/geo+json',
        fileType: 'GEOJSON',
      },
    ],
    dates: repo.projectDates,
  },
  {
    key: 'veranstaltungen',
    title: { de: 'Veranstaltungen', da: 'Arrangementer', en: 'Events' },
    description: {
      de: 'Beteiligungsveranstaltungen der Region mit Ort, Zeit, Format und Anmeldung, ohne Angaben zu Teilnehmenden.',
      da: 'Arrangementer om borgerinddragelse i regionen med sted, tid, format og tilmelding, uden oplysninger om deltagere.',
      en: 'Participation events of the region with place, time, format and registration, without data on participants.',
    },
    keywords: { de: ['Veranstaltungen', 'Kalender'], da: ['arrangementer', 'kalender'], en: ['events', 'calendar'] },
    themes: ['SOCI', 'GOVE'],
    page: '/veranstaltungen',
    frequency: 'UPDATE_CONT',
    distributions: [
      json('/api/v1/events'),
      {
        key: 'ics',
        title: { de: 'Kalender (iCalendar)', da: 'Kalender (iCalendar)', en: 'Calendar (iCalendar)' },
        path: '/api/v1/events.ics',
        mediaType: 'text/calendar',
        fileType: 'ICS',
      },
      atom('/{lang}/veranstaltungen/feed.atom'),
    ],
    dates: repo.eventDates,
  },
  {
    key: 'beteiligungsverfahren',
    title: { de: 'Beteiligungsverfahren', da: 'Borgerinddragelsesforløb', en: 'Participation processes' },
    description: {
      de: 'Veröffentlichte Beteiligungsverfahren mit ihren Phasen, Ideen, Unterstützungen und offiziellen Antworten, ohne Namen der Beitragenden.',
      da: 'Offentliggjorte borgerinddragelsesforløb med faser, idéer, støtte og officielle svar, uden navne på bidragyderne.',
      en: 'Published participation processes with their phases, ideas, supports and official answers, without the names of contributors.',
    },
    keywords: { de: ['Beteiligung', 'Ideen'], da: ['borgerinddragelse', 'idéer'], en: ['participation', 'ideas'] },
    themes: ['GOVE', 'SOCI'],
    page: '/beteiligung',
    frequency: 'UPDATE_CONT',
    distributions: [json('/api/v1/processes'), atom('/{lang}/beteiligung/feed.atom')],
    dates: repo.processDates,
  },
  {
    key: 'partner',
    title: { de: 'Partnerverzeichnis', da: 'Partnerfortegnelse', en: 'Partner directory' },
    description: {
      de: 'Geprüfte Partner des Programms (Vereine, Unternehmen, Schulen, Forschung), die dem Eintrag zugestimmt haben, ohne Kontaktadressen.',
      da: 'Godkendte partnere i programmet (foreninger, virksomheder, skoler, forskning), der har givet samtykke, uden kontaktadresser.',
      en: 'Verified partners of the programme (associations, companies, schools, research) who agreed to be listed, without contact addresses.',
    },
    keywords: { de: ['Partner', 'Netzwerk'], da: ['partnere', 'netværk'], en: ['partners', 'network'] },
    themes: ['SOCI', 'TECH'],
    page: '/netzwerk',
    frequency: 'UPDATE_CONT',
    distributions: [json('/api/v1/partners')],
    dates: repo.partnerDates,
  },
  {
    key: 'programmzahlen',
    title: { de: 'Programmzahlen', da: 'Programmets tal', en: 'Programme figures' },
    description: {
      de: 'Das Förderprogramm in Zahlen: Förderung, Budgets und Ausgaben je Jahr, Phase und Maßnahme, Meilensteine und Kennzahlen, in Cent.',
      da: 'Støtteprogrammet i tal: støtte, budgetter og udgifter pr. år, fase og foranstaltning, milepæle og nøgletal, i cent.',
      en: 'The funding programme in figures: funding, budgets and spending per year, phase and measure, milestones and indicators, in cents.',
    },
    keywords: { de: ['Förderprogramm', 'Haushalt'], da: ['støtteprogram', 'budget'], en: ['funding programme', 'budget'] },
    themes: ['ECON', 'GOVE'],
    page: '/programm',
    frequency: 'IRREG',
    distributions: [json('/api/v1/programme')],
    dates: repo.programmeDates,
  },
];
