// Danish texts of the open-data catalogue and the feeds.
export const daOpenData = {
  'opendata.catalogue.title': 'Åbne data fra Den smarte grænseregion mellem havene',
  'opendata.catalogue.description':
    'Projektlisten, arrangementer, borgerinddragelsesforløb, partnere og programmets tal fra smart city-programmet i Flensborg, Kreis Slesvig-Flensborg og Kreis Nordfrisland.',
  'feeds.projects.title': 'Projektlisten: nye og ændrede projekter',
  'feeds.projects.titleFiltered': 'Projektlisten: {filters}',
  'feeds.projects.subtitle': 'Nye og ændrede projekter med deres offentlige ændringsnoter.',
  'feeds.project.new': 'Nyt: {title}',
  'feeds.project.changed': 'Ændret: {title}',
  'feeds.project.fields': 'Ændrede oplysninger: {fields}',
  'feeds.events.title': 'Arrangementer: nye og ændrede datoer',
  'feeds.events.subtitle': 'Arrangementer om borgerinddragelse i regionen, med aflysninger.',
  'feeds.event.cancelled': 'Aflyst: {title}',
  'feeds.processes.title': 'Borgerinddragelsesforløb',
  'feeds.processes.subtitle': 'Nye og ændrede borgerinddragelsesforløb med deres faser.',
  'feeds.process.project': 'Til projektet: {title}',
  'feeds.subscribe': 'Abonnér som feed (Atom)',
  'feeds.subscribeFiltered': 'Abonnér på dette udvalg som feed (Atom)',
} as const;
