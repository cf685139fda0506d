// English texts of the open-data catalogue and the feeds.
export const enOpenData = {
  'opendata.catalogue.title': 'Open data of the Smart Border Region between the Seas',
  'opendata.catalogue.description':
    'The register of projects, events, participation processes, partners and programme figures of the smart city programme of Flensburg, the district of Schleswig-Flensburg and the district of North Frisia.',
  'feeds.projects.title': 'Register of projects: new and changed projects',
  'feeds.projects.titleFiltered': 'Register of projects: {filters}',
  'feeds.projects.subtitle': 'New and changed projects with their public change notes.',
  'feeds.project.new': 'New: {title}',
  'feeds.project.changed': 'Changed: {title}',
  'feeds.project.fields': 'Changed details: {fields}',
  'feeds.events.title': 'Events: new and changed dates',
  'feeds.events.subtitle': 'Participation events of the region, with cancellations.',
  'feeds.event.cancelled': 'Cancelled: {title}',
  'feeds.processes.title': 'Participation processes',
  'feeds.processes.subtitle': 'New and changed participation processes with their phases.',
  'feeds.process.project': 'On the project: {title}',
  'feeds.subscribe': 'Subscribe as a feed (Atom)',
  'feeds.subscribeFiltered': 'Subscribe to this selection as a feed (Atom)',
  'opendata.dcatEndpoint': 'Catalogue of all datasets for data portals (DCAT-AP.de; Turtle, JSON-LD or RDF/XML)',
  'opendata.datasets.title': 'Datasets',
  'opendata.datasets.caption': 'Datasets and their formats',
  'opendata.datasets.dataset': 'Dataset',
  'opendata.datasets.formats': 'Formats',
  'opendata.dcat.title': 'Catalogue for data portals (DCAT-AP.de)',
  'opendata.dcat.intro':
    'The catalogue describes every dataset by the DCAT-AP.de 3.0 standard: formats, licence, publisher, contact point, period, area (Flensburg, the district of Schleswig-Flensburg, the district of North Frisia) and last change. Data portals such as the open data portal of Schleswig-Holstein and GovData harvest it regularly. At /api/v1/dcat the Accept header chooses the format (Turtle when none is named); fixed addresses per format:',
  'opendata.feeds.title': 'Feeds',
  'opendata.feeds.intro':
    'News without an account: feed readers subscribe to these addresses (Atom), in the language of the address. The feed of the register takes the same filters as the register.',
  'opendata.feeds.filtered': 'Example: new and changed projects in the district of North Frisia on mobility',
  'opendata.examples.title': 'Examples',
  'opendata.examples.intro': 'Requests with curl on the command line, ready to copy:',
} as const;
