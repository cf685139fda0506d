import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyStatus, projectStatuses, type ProjectStatus } from './status.js';

const cases: { input: string; expected: ProjectStatus }[] = [
  { input: 'Planung', expected: 'planned' },
  { input: 'In Planung', expected: 'planned' },
  { input: 'Konzeptphase', expected: 'planned' },
  { input: 'Strategiephase', expected: 'planned' },
  { input: 'Ausschreibung', expected: 'planned' },
  { input: 'Ausschreibung läuft', expected: 'planned' },
  { input: 'Ausführungsplanung', expected: 'planned' },
  { input: 'Planung abgeschlossen', expected: 'planned' },
  { input: 'Idee', expected: 'planned' },
  { input: 'Umsetzung ab 2026', expected: 'planned' },
  { input: 'Baubeginn geplant', expected: 'planned' },
  { input: 'Umsetzung', expected: 'in_progress' },
  { input: 'Umsetzungsphase', expected: 'in_progress' },
  { input: 'Im Aufbau', expected: 'in_progress' },
  { input: 'Im Bau', expected: 'in_progress' },
  { input: 'in Umsetzung', expected: 'in_progress' },
  { input: 'Umsetzung läuft', expected: 'in_progress' },
  { input: 'Strategiephase abgeschlossen, Umsetzungsphase läuft', expected: 'in_progress' },
  { input: 'Planung abgeschlossen, Umsetzung begonnen', expected: 'in_progress' },
  { input: 'Maßnahme wird umgesetzt', expected: 'in_progress' },
  { input: 'In Betrieb', expected: 'in_operation' },
  { input: 'Regelbetrieb', expected: 'in_operation' },
  { input: 'läuft', expected: 'in_operation' },
  { input: 'Bau abgeschlossen, seit 2024 in Betrieb', expected: 'in_operation' },
  { input: 'Pilotbetrieb seit März', expected: 'in_operation' },
  { input: 'abgeschlossen', expected: 'completed' },
  { input: 'Fertiggestellt', expected: 'completed' },
  { input: 'beendet', expected: 'completed' },
  { input: 'Projekt abgeschlossen (Dezember 2024)', expected: 'completed' },
  { input: 'pausiert', expected: 'on_hold' },
  { input: 'zurückgestellt', expected: 'on_hold' },
  { input: 'Projekt ruht', expected: 'on_hold' },
  { input: 'Umsetzung pausiert', expected: 'on_hold' },
  { input: 'eingestellt', expected: 'cancelled' },
  { input: 'abgebrochen', expected: 'cancelled' },
  { input: 'verworfen', expected: 'cancelled' },
  { input: 'Betrieb eingestellt', expected: 'cancelled' },
  { input: 'Mittel sind im Haushalt 2025 eingestellt, Umsetzung läuft', expected: 'in_progress' },
  { input: 'UMSETZUNG', expected: 'in_progress' },
  { input: '  in betrieb  ', expected: 'in_operation' },
  { input: 'planning', expected: 'planned' },
  { input: 'Implementation', expected: 'in_progress' },
  { input: 'in operation', expected: 'in_operation' },
  { input: 'Completed', expected: 'completed' },
  { input: 'paused', expected: 'on_hold' },
  { input: 'cancelled', expected: 'cancelled' },
  { input: 'canceled', expected: 'cancelled' },
  { input: 'I drift', expected: 'in_operation' },
  { input: 'Afsluttet', expected: 'completed' },
  { input: '', expected: 'unspecified' },
  { input: '   ', expected: 'unspecified' },
  { input: 'unbekannt', expected: 'unspecified' },
  { input: 'k. A.', expected: 'unspecified' },
  { input: 'beruht auf Ratsbeschluss', expected: 'unspecified' },
];

for (const { input, expected } of cases) {
  test(`classifyStatus(${JSON.stringify(input)})`, () => {
    assert.equal(classifyStatus(input), expected);
  });
}

test('every classification is one of the declared statuses', () => {
  for (const { input } of cases) assert.ok(projectStatuses.includes(classifyStatus(input)));
});
