import { localStorageStore, memoryStore, type Store } from 'react-admin';

/** Preferences worth keeping on this computer. Nothing else (list filters may hold names) touches disk. */
const PERSISTED_KEYS = ['locale', 'theme'];

const isPersisted = (key: string) => PERSISTED_KEYS.includes(key);

/**
 * react-admin's store, split: the language and theme persist in localStorage and survive sign-out;
 * everything else (list filters, sort, selections) lives in memory and is wiped at sign-out.
 */
export function createAppStore(): Store {
  const disk = localStorageStore('1', 'CaseTracker');
  const memory = memoryStore();
  const pick = (key: string): Store => (isPersisted(key) ? disk : memory);

  return {
    setup: () => {
      disk.setup();
      memory.setup();
    },
    teardown: () => {
      disk.teardown();
      memory.teardown();
    },
    getItem: (key, defaultValue) => pick(key).getItem(key, defaultValue),
    setItem: (key, value) => pick(key).setItem(key, value),
    removeItem: (key) => pick(key).removeItem(key),
    removeItems: (keyPrefix) => {
      memory.removeItems(keyPrefix);
      PERSISTED_KEYS.filter((key) => key.startsWith(keyPrefix)).forEach((key) => disk.removeItem(key));
    },
    // Called at sign-out: forget the session's state, keep the language.
    reset: () => memory.reset(),
    subscribe: (key, callback) => pick(key).subscribe(key, callback),
    listItems: (keyPrefix) => ({ ...disk.listItems?.(keyPrefix), ...memory.listItems?.(keyPrefix) }),
  };
}
