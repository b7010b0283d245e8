/**
 * fakeBrowser has no permissions API (every call throws "not implemented"): this is a small
 * working one for tests, installed before each test by tests/setup.ts. Origins granted at install
 * (the manifest's required hosts) cannot be removed, as in the browsers.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (permissions: { origins?: string[] }) => void;

export interface FakePermissions {
  granted: Set<string>;
  /** What the next permission prompts answer. */
  answer: boolean;
  request: (permissions: { origins?: string[] }) => Promise<boolean>;
  remove: ReturnType<typeof vi.fn<(permissions: { origins?: string[] }) => Promise<boolean>>>;
}

export let permissions: FakePermissions;

export function installFakePermissions(required: string[] = []): FakePermissions {
  const added = new Set<Listener>();
  const removed = new Set<Listener>();
  const granted = new Set<string>(required);
  const fake: FakePermissions = {
    granted,
    answer: true,
    request: vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
      if (!fake.answer) return false;
      const fresh = origins.filter((origin) => !granted.has(origin));
      fresh.forEach((origin) => granted.add(origin));
      if (fresh.length) added.forEach((listener) => listener({ origins: fresh }));
      return true;
    }),
    remove: vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
      if (origins.some((origin) => required.includes(origin))) throw new Error('You cannot remove required permissions.');
      const gone = origins.filter((origin) => granted.delete(origin));
      if (gone.length) removed.forEach((listener) => listener({ origins: gone }));
      return gone.length > 0;
    }),
  };
  const event = (set: Set<Listener>) => ({
    addListener: (listener: Listener) => set.add(listener),
    removeListener: (listener: Listener) => set.delete(listener),
    hasListener: (listener: Listener) => set.has(listener),
  });
  Object.assign(fakeBrowser.permissions, {
    request: fake.request,
    remove: fake.remove,
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((origin) => granted.has(origin)),
    getAll: async () => ({ origins: [...granted], permissions: [] }),
    onAdded: event(added),
    onRemoved: event(removed),
  });
  permissions = fake;
  return fake;
}
