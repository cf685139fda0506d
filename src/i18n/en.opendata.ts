// English texts of the open-data catalogue and the feeds.
export const enOpenData = {
  'opendata.catalogue.title': 'Open data of the Smart Border Region between the Seas',
  'opendata.catalogue.description':
    'The register of projects, events, participation processes, partners and programme figures of the smart city programme of Flensburg, the district of Schleswig-Flensburg and the district of North Frisia.',
} as const;
