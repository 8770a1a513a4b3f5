import { afterEach, beforeEach, expect } from 'vitest';
import type { StoreAdapter } from '../adapter';
import { createStore } from '../createStore';
import type { Store } from '../port';

/** A fresh, empty adapter, and a way to open a second one on the same data (another "node"). */
export interface AdapterHandle {
  adapter: StoreAdapter;
  openSibling(): Promise<StoreAdapter>;
}

/** Every call must be independent of the others. */
export type AdapterFactory = () => Promise<AdapterHandle>;

export interface ContractContext {
  store: Store;
  /** The store's clock; tests move it to make creation order and date ranges exact. */
  clock: { now: number };
  /** Another fresh store from the same factory (closed after the test). */
  openAnother(): Promise<Store>;
  /** A second store on the same data as `store`, as a second server node would have. */
  openSibling(): Promise<Store>;
}

/** Registers before/after hooks that give each test a fresh store; read `ctx` inside tests. */
export function useFreshStore(factory: AdapterFactory): ContractContext {
  const opened: Store[] = [];
  const ctx = { clock: { now: 1_700_000_000_000 } } as ContractContext;
  const wrap = (adapter: StoreAdapter) => {
    const store = createStore(adapter, { now: () => ctx.clock.now, batchDelayMs: 50 });
    opened.push(store);
    return store;
  };
  const open = async () => {
    const handle = await factory();
    return { store: wrap(handle.adapter), handle };
  };
  beforeEach(async () => {
    ctx.clock.now = 1_700_000_000_000;
    const { store, handle } = await open();
    ctx.store = store;
    ctx.openAnother = async () => (await open()).store;
    ctx.openSibling = async () => wrap(await handle.openSibling());
  });
  afterEach(async () => {
    // Siblings first: the first store of a test may drop the shared data when it closes.
    for (const store of opened.splice(0).reverse()) await store.close();
  });
  return ctx;
}

/** Asserts a store call failed with a stable code and a message that names the problem. */
export async function expectStoreError(
  promise: Promise<unknown>,
  code: string,
  message: RegExp,
): Promise<void> {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, 'the call should have failed').toBeInstanceOf(Error);
  expect(error).toMatchObject({ code });
  expect((error as Error).message).toMatch(message);
}

export const HASH = 'a3f5c0de9b1e2f40';

export async function makeUsers(store: Store, ...names: string[]) {
  return Promise.all(
    names.map((name) =>
      store.createUser({ username: null, displayName: name, kind: 'guest', passwordHash: null }),
    ),
  );
}
