/**
 * Property tests explore new random cases on every local run, but CI must be reproducible: with
 * CI set, every fast-check property runs from one fixed seed (override with FC_SEED). A failing
 * run prints its seed either way, so any failure can be replayed.
 */
import fc from 'fast-check';

const fixed = process.env['FC_SEED'] ?? (process.env['CI'] ? '20221117' : undefined);
if (fixed !== undefined) fc.configureGlobal({ seed: Number(fixed) });
