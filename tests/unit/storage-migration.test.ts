/**
 * settingsItem v1 → v2. WXT keeps an item's version in a sibling key named `<key>$`
 * holding `{ v: <version> }` (see @wxt-dev/storage getMetaKey), and migrates when an item is
 * defined: so the v1 value is written first, then the storage module is loaded afresh.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SettingsV1 } from '../../utils/storage';

async function freshStorageModule() {
  vi.resetModules();
  return import('../../utils/storage');
}

beforeEach(() => {
  vi.resetModules();
});

describe('settings storage migration', () => {
  it('v1 { pollMinutes, notifications } becomes v2 keeping the user’s choices, and records v2', async () => {
    const v1: SettingsV1 = { pollMinutes: 15, notifications: false };
    await fakeBrowser.storage.local.set({ settings: v1, settings$: { v: 1 } });
    const { settingsItem } = await freshStorageModule();
    expect(await settingsItem.getValue()).toEqual({ pollMinutes: 15, notifyExchanges: false, notifyPayouts: false, csvSeparator: ',' });
    const raw = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(raw['settings$']).toEqual({ v: 2 });
    expect(raw['settings']).toEqual({ pollMinutes: 15, notifyExchanges: false, notifyPayouts: false, csvSeparator: ',' });
  });

  it('a value without version meta counts as v1 (how v1 installs stored it before versioning)', async () => {
    await fakeBrowser.storage.local.set({ settings: { pollMinutes: 30, notifications: true } });
    const { settingsItem } = await freshStorageModule();
    expect(await settingsItem.getValue()).toMatchObject({ pollMinutes: 30, notifyExchanges: true, notifyPayouts: true });
  });

  it('a v2 value is left exactly as it is', async () => {
    const v2 = { pollMinutes: 10, notifyExchanges: true, notifyPayouts: false, csvSeparator: ';' };
    await fakeBrowser.storage.local.set({ settings: v2, settings$: { v: 2 } });
    const { settingsItem } = await freshStorageModule();
    expect(await settingsItem.getValue()).toEqual(v2);
  });

  it('a fresh install reads the defaults and stores v2 with its meta on first save', async () => {
    const { settingsItem, DEFAULT_SETTINGS } = await freshStorageModule();
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, pollMinutes: 20 });
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: 2 });
    // …so the next start does not mistake it for v1 and migrate it again.
    const again = await freshStorageModule();
    expect(await again.settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, pollMinutes: 20 });
  });
});
