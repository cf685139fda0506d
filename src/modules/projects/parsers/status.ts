// "Aktueller Bearbeitungsstand" is prose ("Planung abgeschlossen, Umsetzung läuft"). We map it to
// one of a few states for filters and the map; the prose itself is kept elsewhere.

export const projectStatuses = ['planned', 'in_progress', 'in_operation', 'completed', 'on_hold', 'cancelled', 'unspecified'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

interface Rule {
  status: ProjectStatus;
  pattern: RegExp;
}

// A completion word attached to a preparatory phase ("Planung abgeschlossen", "Strategiephase
// beendet") reports progress, not the end of the project; those phrases are removed before the
// rules run, and the preparatory word itself is left behind for the later rules.
const preparatoryPhase = String.raw`(?:planung\p{L}*|\p{L}*planung|konzept\p{L}*|strategie\p{L}*|ausschreibung\p{L}*|vergabe\p{L}*|vorbereitung\p{L}*|machbarkeitsstudie|antrag\p{L}*|phase\s+a|planning|concept\p{L}*|strategy\s+phase|tender\p{L}*|planlægning)`;
const phaseDone = new RegExp(
  String.raw`(?<!\p{L})(${preparatoryPhase})(?:\s+(?:ist|wurde|sind|is|was|has\s+been|er))?\s+(?:abgeschlossen|beendet|fertiggestellt|fertig|erledigt|completed|finished|done|afsluttet)(?!\p{L})`,
  'giu',
);

// "Mittel im Haushalt eingestellt" means funds were budgeted, "Personal eingestellt" staff hired:
// neither is a cancellation.
const notCancelled = /(?:haushalt\p{L}*|mittel|personal|stelle\p{L}*|budget|beträge?)\s+(?:\S+\s+){0,4}eingestellt/giu;

// "Umsetzung ab 2026" or "Baubeginn geplant" are still plans.
const futureStart =
  /(?<!\p{L})(?:umsetzung\p{L}*|bau(?:beginn|start)?|realisierung|einführung|start|inbetriebnahme|implementation|construction)\s+(?:ist\s+|wird\s+)?(?:geplant|vorgesehen|ab\s+\d{4}|ab\s+(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|frühjahr|sommer|herbst|winter|q[1-4])|voraussichtlich|beginnt|startet|planned|scheduled|from\s+\d{4}|starts)(?!\p{L})/iu;

// Order matters: the first rule that matches wins. Stopped states go first because "Umsetzung
// pausiert" is paused, not in progress; running operation before completion because "Bau
// abgeschlossen, in Betrieb" describes a running service; a dated future start before the
// phase words because "Umsetzung ab 2026" has not started; the bare "läuft" comes last because
// "Umsetzung läuft" and "Ausschreibung läuft" name their phase.
const rules: Rule[] = [
  {
    status: 'cancelled',
    pattern:
      /(?<!\p{L})(?:eingestellt|abgebrochen|verworfen|gestoppt|aufgegeben|nicht\s+(?:weiter\s*)?(?:verfolgt|weiterverfolgt)|cancell?ed|abandoned|discontinued|annulleret|aflyst|opgivet|stoppet)(?!\p{L})/iu,
  },
  {
    status: 'on_hold',
    pattern:
      /(?<!\p{L})(?:pausiert|pause|zurückgestellt|zurueckgestellt|ruht|ruhend|auf\s+eis|ausgesetzt|unterbrochen|paused|on\s+hold|suspended|postponed|sat\s+i\s+bero|pauset)(?!\p{L})/iu,
  },
  {
    status: 'in_operation',
    pattern:
      /(?<!\p{L})(?:in\s+betrieb|im\s+betrieb|regelbetrieb|dauerbetrieb|pilotbetrieb|testbetrieb|probebetrieb|im\s+einsatz|in\s+nutzung|online|live|in\s+operation|operational|in\s+service|i\s+drift)(?![\p{L}-])/iu,
  },
  { status: 'planned', pattern: futureStart },
  {
    status: 'completed',
    pattern:
      /(?<!\p{L})(?:abgeschlossen|fertiggestellt|fertig|beendet|erledigt|(?<!(?:wird|werden|teilweise)\s+)umgesetzt|completed|finished|done|afsluttet|færdig|gennemført)(?!\p{L})/iu,
  },
  {
    status: 'in_progress',
    pattern:
      /(?<!\p{L})(?:umsetzung\p{L}*|in\s+umsetzung|im\s+aufbau|im\s+bau|bauphase|baumaßnahme\p{L}*|realisierung\p{L}*|durchführung|implementierung|einführung|pilotphase|pilotierung|erprobung|testphase|in\s+arbeit|in\s+bearbeitung|(?:wird|werden|teilweise)\s+umgesetzt|in\s+progress|implementation|implementing|under\s+construction|ongoing|pilot|implementering|i\s+gang|under\s+opførelse)(?!\p{L})/iu,
  },
  {
    status: 'planned',
    pattern:
      /(?<!\p{L})(?:\p{L}*planung\p{L}*|konzept\p{L}*|strategiephase|ausschreibung\p{L}*|vergabe\p{L}*|vorbereitung\p{L}*|idee\p{L}*|machbarkeitsstudie|entwurf\p{L}*|antrag\p{L}*|beantragt|geplant|vorgesehen|planning|planned|concept\p{L}*|design\s+phase|tender\p{L}*|preparation|planlægning|planlagt|udbud)(?!\p{L})/iu,
  },
  { status: 'in_operation', pattern: /(?<!\p{L})(?:läuft|laeuft|laufend|running|kører)(?!\p{L})/iu },
];

export function classifyStatus(text: string): ProjectStatus {
  const cleaned = text
    .replace(notCancelled, ' ')
    .replace(phaseDone, (_whole, phase: string) => phase)
    .trim();
  if (cleaned === '') return 'unspecified';
  return rules.find((rule) => rule.pattern.test(cleaned))?.status ?? 'unspecified';
}
