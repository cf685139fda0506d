// Danish texts of the open-data catalogue and the feeds.
export const daOpenData = {
  'opendata.catalogue.title': 'Åbne data fra Smart grænseregion mellem havene',
  'opendata.catalogue.description':
    'Projektlisten, arrangementer, borgerinddragelsesprocesser, partnere og programmets tal fra smart city-programmet i Flensborg, Kreis Slesvig-Flensborg og Kreis Nordfrisland.',
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
  'feeds.processes.subtitle': 'Nye og ændrede borgerinddragelsesprocesser med deres faser.',
  'feeds.process.project': 'Til projektet: {title}',
  'feeds.subscribe': 'Abonnér som feed (Atom)',
  'feeds.subscribeFiltered': 'Abonnér på dette udvalg som feed (Atom)',
  'opendata.dcatEndpoint': 'Katalog over alle datasæt til dataportaler (DCAT-AP.de; Turtle, JSON-LD eller RDF/XML)',
  'opendata.datasets.title': 'Datasæt',
  'opendata.datasets.caption': 'Datasæt og deres formater',
  'opendata.datasets.dataset': 'Datasæt',
  'opendata.datasets.formats': 'Formater',
  'opendata.dcat.title': 'Katalog til dataportaler (DCAT-AP.de)',
  'opendata.dcat.intro':
    'Kataloget beskriver hvert datasæt efter standarden DCAT-AP.de 3.0: formater, licens, udgiver, kontaktpunkt, tidsrum, område (Flensborg, Kreis Slesvig-Flensborg, Kreis Nordfrisland) og opdateringstidspunkt. Dataportaler som Slesvig-Holstens åbne dataportal og GovData henter det regelmæssigt. Under /api/v1/dcat vælger Accept-headeren formatet (uden angivelse Turtle); faste adresser pr. format:',
  'opendata.feeds.title': 'Feeds',
  'opendata.feeds.intro':
    'Nyheder uden konto: feedlæsere abonnerer på disse adresser (Atom), på adressens sprog. Projektlistens feed tager de samme filtre som listen.',
  'opendata.feeds.filtered': 'Eksempel: nye og ændrede projekter i Kreis Nordfrisland om mobilitet',
  'opendata.examples.title': 'Eksempler',
  'opendata.examples.intro': 'Kald med curl på kommandolinjen, klar til at kopiere:',
} as const;
