/**
 * The one file reader of the event coder: the JSON data files in data/events/, each parsed once on
 * first use and shared (as the tagger loads its model). Everything else in src/nlp/events is pure
 * and takes these tables as data.
 */
import { readFileSync } from 'node:fs';

const DATA_DIR = new URL('../../../data/events/', import.meta.url);
const cache = new Map<string, unknown>();

/** Parsed contents of data/events/<name>, read on first call. */
export function eventData(name: string): unknown {
  let value = cache.get(name);
  if (value === undefined) {
    value = JSON.parse(readFileSync(new URL(name, DATA_DIR), 'utf8')) as unknown;
    cache.set(name, value);
  }
  return value;
}
