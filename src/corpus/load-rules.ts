/**
 * The one file reader of src/corpus: the tables in data/ledger/, parsed and validated on first use.
 * Everything else in src/corpus takes the tables as values, so tests pass their own.
 */
import { readFileSync } from 'node:fs';
import { parseQuadTable, type QuadTable } from './quad-class.ts';
import { parseLedgerRules, type LedgerRules } from './rules.ts';

const DATA_DIR = new URL('../../data/ledger/', import.meta.url);
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, DATA_DIR), 'utf8')) as unknown;

let rules: LedgerRules | undefined;
let quads: QuadTable | undefined;

/** The default ledger rules (data/ledger/rules.json). */
export function defaultLedgerRules(): LedgerRules {
  rules ??= parseLedgerRules(read('rules.json'));
  return rules;
}

/** The default CAMEO quad-class table (data/ledger/quad-classes.json). */
export function defaultQuadTable(): QuadTable {
  quads ??= parseQuadTable(read('quad-classes.json'));
  return quads;
}
