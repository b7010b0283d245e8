import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SYNC_ALARM, ensureAlarm, followSettings } from '../../../../entrypoints/background/sync/schedule';
import { DEFAULT_SETTINGS, settingsItem } from '../../../../utils/storage/items';


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
    await settingsItem.set({ ...DEFAULT_SETTINGS, pollMinutes: 30 });
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))!.periodInMinutes).toBe(30);
    expect(onChange).toHaveBeenCalledTimes(1);
    await settingsItem.set({ ...DEFAULT_SETTINGS, pollMinutes: 30, notifyPayouts: false });
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    await settingsItem.set({ ...DEFAULT_SETTINGS, pollMinutes: 10 });
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))!.periodInMinutes).toBe(30);
  });
});
