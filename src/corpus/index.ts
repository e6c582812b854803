/**
 * The corpus analyses' public API: the say–do ledger, the escalation index, their renderers, and
 * the corpus views the brief uses. Pure functions over `brink.analysis/1` records; the only file
 * read is the rule tables in data/ledger/ (load-rules.ts). See src/corpus/README.md.
 */
export type { ActorRecord, ClaimKind, Ledger, LedgerEvidence, LedgerRow, LedgerStatus, LedgerStep, StepStatus } from './types.ts';
export { CLAIM_KINDS, LEDGER_STATUSES } from './types.ts';
export type { ClaimRule, FateRule, LedgerRules } from './rules.ts';
export { parseLedgerRules } from './rules.ts';
export { defaultLedgerRules, defaultQuadTable } from './load-rules.ts';
export { buildLedger, ledgerFromState, type LedgerOptions } from './ledger.ts';
export { addArticle, createLedgerState, type LedgerState } from './ledger-state.ts';
export { renderLedgerJson, renderLedgerText, rowLines, terminalSafe, LEDGER_SCHEMA } from './ledger-render.ts';
export { buildIndex, type EscalationIndex, type IndexOptions, type IndexPeriod } from './escalation.ts';
export { renderIndexChart, renderIndexCsv, renderIndexJson, sparkline, INDEX_SCHEMA } from './index-render.ts';
export { QUAD_CLASSES, parseQuadTable, quadOf, type QuadClass, type QuadTable } from './quad-class.ts';
export type { PeriodUnit } from './periods.ts';
export { topSpeakers, type SpeakerSummary, type SpokenQuote } from './speakers.ts';
export { contestedFacts, type ContestedFact } from './contested.ts';
export { scoreLedger, rowsForGold, type GoldClaim, type LedgerScore } from './score-ledger.ts';
