/**
 * Right diagnoses on the real mock over HTTP (issue 16): a web page answering 200 where the partner
 * API should be is "no iEXExchanger API at this address" with what to check, at the connect check
 * and on any path of a sync, never "unexpected answer, try later".
 */
import { describe, expect, it } from 'vitest';
import { saveAccount } from '../../entrypoints/background/accounts';
import { refresh } from '../../entrypoints/background/sync/run';
import { cacheItem, accountsItem } from '../../utils/storage/items';
import { errorText } from '../../utils/i18n/errors';
import { permissions } from '../fake-permissions';
import { fault, MOCK_KEYS, syncedAccount, useMockServer } from './mock';

const server = useMockServer();

describe('a web page instead of the partner API', () => {
  it('at the connect check: notApi with what to check, nothing saved', async () => {
    await permissions.request({ origins: ['http://127.0.0.1/*'] });
    await fault(server, { mode: 'html200', count: 10 });
    const answer = await saveAccount({ origin: server.url, key: MOCK_KEYS.full, label: '', verify: true });
    expect(answer).toMatchObject({ ok: false, error: { kind: 'notApi', status: 200 } });
    expect(await accountsItem.get()).toEqual([]);
    if (answer.ok) return;
    const { message, action } = errorText(answer.error);
    expect(message).toBe('There is no iEXExchanger API at this address: the site answered with a web page.');
    expect(action).toMatch(/^Check that the address is the exchange site itself/);
  });

  it.each(['withdrawal', 'exchanges'])('on the %s list during a sync: notApi, the last good data kept', async (path) => {
    await syncedAccount(server);
    const before = (await cacheItem('acc').get())!;
    await fault(server, { mode: 'html200', count: 10, path });
    expect(await refresh({ accountId: 'acc' })).toMatchObject({ ok: false, error: { kind: 'notApi', status: 200 } });
    const after = (await cacheItem('acc').get())!;
    expect(after.lastError).toMatchObject({ kind: 'notApi' });
    expect(after.summary).toEqual(before.summary);
    expect(after.payoutTotals).toEqual(before.payoutTotals);
  });
});
