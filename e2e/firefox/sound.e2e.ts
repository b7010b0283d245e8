/**
 * The optional new-bonus sound in Firefox: its background page (MV2 page or MV3 event page) plays
 * the bundled file itself, once for a sync that brought new bonuses, only when switched on.
 */
import { describe, expect, it } from 'vitest';
import { useFirefox, type FirefoxDriver } from './harness';
import { connectAndSync, syncByAlarm } from '../shared/driver';
import { DEFAULT_SETTINGS } from '../../utils/storage/items';

const start = useFirefox();

/** Records, in the background page, every media element asked to play (its src). */
const recordPlays = (d: FirefoxDriver) => d.probe.evaluate(`(async () => {
  const bg = await browser.runtime.getBackgroundPage();
  bg.__e2ePlayed = [];
  const play = bg.HTMLMediaElement.prototype.play;
  bg.HTMLMediaElement.prototype.play = function () { bg.__e2ePlayed.push(this.src); return play.call(this).catch(() => undefined); };
})()`);
const played = (d: FirefoxDriver) =>
  d.probe.evaluate(`(async () => (await browser.runtime.getBackgroundPage()).__e2ePlayed)()`) as Promise<string[]>;
const addExchange = (d: FirefoxDriver) => d.control('POST', 'exchanges', { count: 2 });

describe('new-bonus sound (Firefox)', () => {
  it('off by default; switched on: the background plays the bundled sound once per sync with new bonuses', async () => {
    const d = await start();
    const { accountId } = await connectAndSync(d);
    await recordPlays(d);

    await addExchange(d);
    await syncByAlarm(d, accountId);
    expect(await played(d)).toEqual([]);

    await d.probe.evaluate(`browser.storage.local.set({ settings: ${JSON.stringify({ ...DEFAULT_SETTINGS, sound: true })} })`);
    await addExchange(d);
    await syncByAlarm(d, accountId);
    const plays = await played(d);
    expect(plays).toHaveLength(1);
    expect(plays[0]).toMatch(/^moz-extension:\/\/[\w-]+\/sounds\/bonus\.wav$/);

    // A sync with nothing new plays nothing.
    await syncByAlarm(d, accountId);
    expect(await played(d)).toHaveLength(1);
  });
});
