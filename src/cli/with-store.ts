import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';

/** Opens the database, runs `work`, and always closes it (WAL checkpoint, file handles). */
export async function withStore<T>(location: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(location);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
