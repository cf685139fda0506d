// Each edition of the Vorhabenliste ("Fortschreibung") is a dataset of its own in the catalogue: a frozen
// copy adopted by a council decision, never changed again, with its CSV and its printable PDF.
import type { PublicEdition } from '../editions/index.js';
import type { DatasetDates, OpenDataset } from './dataset.types.js';

export function editionDataset(e: PublicEdition): { dataset: OpenDataset; dates: DatasetDates } {
  const page = `/vorhabenliste/fortschreibungen/${e.number}`;
  const dates: DatasetDates = {
    modified: e.publishedAt,
    issued: e.publishedAt.toISOString().slice(0, 10),
    coverage: { start: e.date, end: e.date },
  };
  return {
    dataset: {
      key: `fortschreibung-${e.number}`,
      title: {
        de: `Vorhabenliste, Fortschreibung ${e.number} vom ${e.date}`,
        da: `Projektlisten (Vorhabenliste), udgave ${e.number} af ${e.date}`,
        en: `Register of projects (Vorhabenliste), edition ${e.number} of ${e.date}`,
      },
      description: {
        de: `Die Vorhabenliste, wie sie mit ${e.decisionReference} beschlossen wurde: ${e.projects} Vorhaben, unverändert seit ihrer Veröffentlichung.`,
        da: `Projektlisten, som den blev vedtaget med ${e.decisionReference}: ${e.projects} projekter, uændret siden offentliggørelsen.`,
        en: `The register of projects as adopted by ${e.decisionReference}: ${e.projects} projects, unchanged since it was published.`,
      },
      keywords: {
        de: ['Vorhabenliste', 'Fortschreibung'],
        da: ['projektliste', 'udgave'],
        en: ['register of projects', 'edition'],
      },
      themes: ['GOVE', 'REGI'],
      page,
      frequency: 'NEVER',
      distributions: [
        {
          key: 'csv',
          title: { de: 'Fortschreibung als CSV', da: 'Udgaven som CSV', en: 'Edition as CSV' },
          path: `/{lang}${page}/vorhabenliste.csv`,
          mediaType: 'text/csv',
          fileType: 'CSV',
        },
        {
          key: 'pdf',
          title: { de: 'Fortschreibung als PDF (zum Drucken)', da: 'Udgaven som PDF (til udskrift)', en: 'Edition as PDF (for printing)' },
          path: `/{lang}${page}/vorhabenliste.pdf`,
          mediaType: 'application/pdf',
          fileType: 'PDF',
        },
      ],
      dates: async () => dates,
    },
    dates,
  };
}
