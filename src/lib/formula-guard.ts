// Spreadsheet programs run a cell that starts with =, +, -, @ (or a tab or carriage return) as a formula
// ("CSV injection"). The export puts an apostrophe before such a cell, which spreadsheets show as text;
// the import takes exactly that apostrophe off again, so export → import stays lossless.
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
