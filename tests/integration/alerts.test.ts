/**
 * The alerts through the real sync path against the mock server: the minimum withdrawal crossed
 * (once, again only after falling below), a payout request then its payment (in that order), and
 * nothing of the kind on the first sync.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runSyncs } from '../../entrypoints/background/sync/run';
import { openFromNotification } from '../../entrypoints/background/accounts';
import { cacheItem, prefsItem, emptyPrefs, settingsItem, DEFAULT_SETTINGS } from '../../utils/storage/items';
import { addExchanges, control, syncedAccount, useMockServer } from './mock';

const server = useMockServer();

/** Ids of the notifications created, in the order they were created. */
function createdIds() {
  const create = vi.spyOn(fakeBrowser.notifications, 'create');
  return () => create.mock.calls.map((args) => String(args[0]));
}

const balance = async () => (await cacheItem('acc').get())!.summary!.balance;

describe('minimum withdrawal', () => {
  it('"you can request a payout now" once when the balance crosses it, again only after it fell below', async () => {
    await syncedAccount(server);
    const start = await balance();
    await prefsItem('acc').set({ ...emptyPrefs(), minWithdrawal: Math.floor(start) + 100 });
    const ids = createdIds();

    await addExchanges(server, 1, 50);
    await runSyncs();
    expect(ids().filter((id) => id.startsWith('threshold:'))).toEqual([]);

    await addExchanges(server, 1, 80);
    await runSyncs();
    expect(ids().filter((id) => id.startsWith('threshold:'))).toEqual(['threshold:acc']);

    await addExchanges(server, 1, 20);
    await runSyncs();
    await runSyncs();
    expect(ids().filter((id) => id.startsWith('threshold:'))).toHaveLength(1);

    // A payout request takes the balance below the minimum; new bonuses lift it over again.
    await control(server, 'POST', '/__mock/payouts', { amount: 200 });
    await runSyncs();
    expect(await balance()).toBeLessThan(Math.floor(start) + 100);
    await addExchanges(server, 1, 300);
    await runSyncs();
    expect(ids().filter((id) => id.startsWith('threshold:'))).toHaveLength(2);

    // Its click opens the site, not the popup.
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    await openFromNotification('threshold:acc');
    expect(tabs).toHaveBeenCalledWith({ url: server.url });
  });

  it('switched off: nothing', async () => {
    await syncedAccount(server);
    await settingsItem.set({ ...DEFAULT_SETTINGS, notifyThreshold: false });
    await prefsItem('acc').set({ ...emptyPrefs(), minWithdrawal: Math.floor(await balance()) + 10 });
    const ids = createdIds();
    await addExchanges(server, 1, 100);
    await runSyncs();
    expect(ids().filter((id) => id.startsWith('threshold:'))).toEqual([]);
  });
});

describe('payout request → paid', () => {
  it('"request seen" when it appears, "paid" when the site pays it, in that order, each once', async () => {
    await syncedAccount(server);
    const ids = createdIds();
    const { added } = await control<{ added: { id: number } }>(server, 'POST', '/__mock/payouts', { amount: 10 });
    await runSyncs();
    await runSyncs();
    await control(server, 'POST', `/__mock/payouts/${added.id}/pay`);
    await runSyncs();
    await runSyncs();
    expect(ids()).toEqual([`request:acc:${added.id}`, `payout:acc:${added.id}:paid`]);
  });

  it('the first sync announces none of the stored payouts, paid or awaiting', async () => {
    await control(server, 'POST', '/__mock/payouts', { amount: 10 });
    const ids = createdIds();
    await syncedAccount(server);
    expect((await cacheItem('acc').get())!.payoutCount).toBeGreaterThan(1);
    expect(ids()).toEqual([]);
  });
});

describe('new-bonus sound', () => {
  it('once per sync that brings bonuses, only when switched on, never on the first sync', async () => {
    const plays: string[] = [];
    vi.stubGlobal('Audio', class { constructor(private src: string) {} play() { plays.push(this.src); return Promise.resolve(); } });
    try {
      await settingsItem.set({ ...DEFAULT_SETTINGS, sound: true });
      await syncedAccount(server);
      expect(plays).toEqual([]);

      await addExchanges(server, 3);
      await runSyncs();
      expect(plays).toHaveLength(1);
      expect(plays[0]).toMatch(/\/sounds\/bonus\.wav$/);
      await runSyncs();
      expect(plays).toHaveLength(1);

      await settingsItem.set({ ...DEFAULT_SETTINGS, sound: false });
      await addExchanges(server, 1);
      await runSyncs();
      expect(plays).toHaveLength(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
