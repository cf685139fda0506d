// Danish texts of the open-data catalogue and the feeds.
export const daOpenData = {
  'opendata.catalogue.title': 'Åbne data fra Den smarte grænseregion mellem havene',
  'opendata.catalogue.description':
    'Projektlisten, arrangementer, borgerinddragelsesforløb, partnere og programmets tal fra smart city-programmet i Flensborg, Kreis Slesvig-Flensborg og Kreis Nordfrisland.',
} as const;
