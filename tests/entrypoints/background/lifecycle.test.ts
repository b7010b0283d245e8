import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onAlarm, onPermissionAdded, onWorkerStart, RELEASE_ALARM } from '../../../entrypoints/background/lifecycle';
import { SYNC_ALARM } from '../../../entrypoints/background/sync/schedule';
import { accountsItem } from '../../../utils/storage/items';
import { permissions } from '../../fake-permissions';

describe('an abandoned Connect (permission granted, tab closed before it connected)', () => {
  it('a granted permission is checked a minute later and given back when no account took it', async () => {
    await permissions.request({ origins: ['https://left.example/*', 'https://kept.example/*'] });
    await accountsItem.set([{ id: 'k', origin: 'https://kept.example', layout: 'v2', key: 'k', label: 'k', addedAt: 1 }]);
    await onPermissionAdded();
    const alarm = await fakeBrowser.alarms.get(RELEASE_ALARM);
    expect(alarm).toBeDefined();
    expect(alarm!.scheduledTime - Date.now()).toBeGreaterThan(50_000);
    await onAlarm(alarm as never);
    expect([...permissions.granted]).toEqual(['https://kept.example/*']);
  });

  it('and again whenever the worker starts (an older version’s leftovers too)', async () => {
    await permissions.request({ origins: ['https://left.example/*'] });
    await onWorkerStart();
    expect(permissions.granted.size).toBe(0);
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeDefined();
  });
});
