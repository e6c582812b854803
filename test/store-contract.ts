/**
 * The contract every `Store` backend must pass (the way Kysely runs one test suite per dialect).
 * A backend's test file calls `runStoreContract` with a factory for fresh, empty stores; the tests
 * themselves live in test/store-contract/, one file per area.
 */
import { after, describe, test } from 'node:test';
import type { Store } from '../src/store/store.ts';
import type { It } from './store-contract/common.ts';
import { registerSaveTests } from './store-contract/save.ts';
import { registerReadTests } from './store-contract/read.ts';
import { registerSearchTests } from './store-contract/search.ts';
import { registerSafetyTests } from './store-contract/safety.ts';
import { registerDuplicateTests } from './store-contract/duplicates.ts';
import { registerExportTests } from './store-contract/export.ts';
import { registerResultTests } from './store-contract/results.ts';

export interface StoreContractOptions {
  readonly name: string;
  /** A fresh, empty store for each test. */
  readonly newStore: () => Promise<Store>;
  /** Contract tests a backend cannot pass yet, by exact name, with the reason. */
  readonly skip?: readonly { readonly reason: string; readonly tests: readonly string[] }[];
}

/** Registers the contract suite for one backend. */
export function runStoreContract(options: StoreContractOptions): void {
  const skipped = new Map<string, string>();
  for (const entry of options.skip ?? []) for (const name of entry.tests) skipped.set(name, entry.reason);
  const opened: Store[] = [];
  const fresh = async (): Promise<Store> => {
    const store = await options.newStore();
    opened.push(store);
    return store;
  };
  const it: It = (name, body) => {
    const reason = skipped.get(name);
    test(name, reason === undefined ? {} : { skip: reason }, async () => body(await fresh()));
  };

  describe(`Store contract: ${options.name}`, () => {
    after(async () => {
      for (const store of opened) await store.close();
    });
    registerSaveTests(it);
    registerReadTests(it);
    registerSearchTests(it);
    registerSafetyTests(it);
    registerDuplicateTests(it);
    registerExportTests(it);
    registerResultTests(it);
  });
}
