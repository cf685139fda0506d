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
} as const;
