import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SYNC_ALARM, diffAccounts, ensureAlarm, followAccounts, followSettings } from '../../utils/sync/schedule';
import { DEFAULT_SETTINGS, accountsItem, settingsItem } from '../../utils/storage';
import type { Account } from '../../utils/model';

const account = (id: string, patch: Partial<Account> = {}): Account => ({
  id, origin: 'https://a.example', layout: 'v2', key: 'k', label: id, addedAt: 1, ...patch,
});

describe('ensureAlarm', () => {
  it('creates the alarm when missing, leaves it alone when the period matches', async () => {
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    expect(await ensureAlarm(5)).toBe(true);
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ name: SYNC_ALARM, periodInMinutes: 5 });
    const before = (await fakeBrowser.alarms.get(SYNC_ALARM))!.scheduledTime;
    expect(await ensureAlarm(5)).toBe(false);
    expect(create).toHaveBeenCalledTimes(1);
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))!.scheduledTime).toBe(before);
  });

  it('re-creates it when the period differs, clamped to 1..60 minutes', async () => {
    await ensureAlarm(5);
    expect(await ensureAlarm(15)).toBe(true);
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))!.periodInMinutes).toBe(15);
    await ensureAlarm(600);
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))!.periodInMinutes).toBe(60);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });
});

describe('followSettings', () => {
  it('moves the alarm period with settings.pollMinutes, and only then calls back', async () => {
    await ensureAlarm(5);
    const onChange = vi.fn();
    const stop = followSettings(onChange);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, pollMinutes: 30 });
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))!.periodInMinutes).toBe(30);
    expect(onChange).toHaveBeenCalledTimes(1);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, pollMinutes: 30, notifyPayouts: false });
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, pollMinutes: 10 });
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))!.periodInMinutes).toBe(30);
  });
});

describe('accounts changes', () => {
  it('diffAccounts: new, re-keyed, moved or re-laid-out accounts need a sync; label changes do not', () => {
    const before = [account('a'), account('b'), account('c'), account('d'), account('e')];
    const after = [
      account('a', { label: 'renamed' }), account('b', { key: 'k2' }), account('c', { origin: 'https://c.example' }),
      account('d', { layout: 'v3private' }), account('f'),
    ];
    expect(diffAccounts(before, after)).toEqual({ changed: ['b', 'c', 'd', 'f'], removed: ['e'] });
  });

  it('followAccounts reports changes made by any writer', async () => {
    const seen = vi.fn();
    followAccounts(seen);
    await accountsItem.setValue([account('a')]);
    await accountsItem.setValue([]);
    expect(seen.mock.calls).toEqual([[{ changed: ['a'], removed: [] }], [{ changed: [], removed: ['a'] }]]);
  });
});
