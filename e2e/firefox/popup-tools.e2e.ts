/**
 * Issue 17's popup parts in Firefox (each build: MV3 and the shipped MV2): the earnings panel
 * (periods and the 30-day chart's caption) from a bonus of a known sum, the progress to a minimum
 * withdrawal typed on the options page, and the referral kit: a link pasted in the options, the
 * popup's "Copy link" and its QR code, read back with jsQR from the popup's canvas.
 */
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { POPUP_VIEWPORT, useFirefox } from './harness';
import { uiPage } from './page';
import { connectAndSync, until } from '../shared/driver';
import { inLocale, sameSpaces } from '../ui';
import { formatMoney } from '../../utils/format';
import { tEarnings } from '../../entrypoints/popup/texts-earnings';
import { tProgress } from '../../entrypoints/popup/texts-progress';
import { tReferral } from '../../entrypoints/popup/texts-referral';
import { tPopup } from '../../entrypoints/popup/texts';
import { tAlerts } from '../../entrypoints/options/texts-alerts';
import { tOptionsReferral } from '../../entrypoints/options/texts-referral';

const start = useFirefox();

/** Runs in the popup: the first canvas's pixels, base64 (a string crosses BiDi faster than a million numbers). */
const CANVAS_PIXELS = `(() => {
  const canvas = document.querySelector('canvas');
  if (!canvas || canvas.width === 0) return null;
  const { width, height, data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  let binary = '';
  for (let at = 0; at < data.length; at += 0x8000) binary += String.fromCharCode(...data.subarray(at, at + 0x8000));
  return { width, height, rgba: btoa(binary) };
})()`;

describe('earnings, withdrawal progress and the referral kit (Firefox)', () => {
  it.each(['en-US', 'ru'] as const)('the popup shows the periods and the chart, the progress to the minimum set in the options, and the referral link with its QR code (%s)', async (lang) => {
    const d = await start({ lang, mock: { exchanges: 0, withdrawals: 0, locale: 'en' } });
    await d.control('POST', 'exchanges', { amount: 10 }); // "just now": an exact date, today
    const { options, accountId } = await connectAndSync(d);
    const cache = await d.cache(accountId);
    expect(cache?.summary?.balance).toBe(10);
    const code = cache!.summary!.referralHash!;
    expect(code).toBeTruthy();
    const money = (amount: number) => inLocale(d.lang, () => formatMoney(amount, 'RUB'));

    // Options: the minimum withdrawal, then the referral link (moving on to it commits the minimum).
    await options.fill(inLocale(d.lang, () => tAlerts('minWithdrawal', { currency: 'RUB' })), '2000');
    const link = `${d.mock.url}/partners/?ref=${code}`;
    await options.fill(inLocale(d.lang, () => tOptionsReferral('referralLabel')), link);
    await options.press(inLocale(d.lang, () => tOptionsReferral('referralSave')));
    await options.waitForText(inLocale(d.lang, () => tOptionsReferral('referralSaved')));
    const prefs = await until(
      () => d.probe.evaluate(`(async (key) => (await browser.storage.local.get(key))[key] ?? null)(${JSON.stringify(`prefs:${accountId}`)})`),
      (value) => (value as { minWithdrawal?: number } | null)?.minWithdrawal === 2000,
      'the minimum and the link stored',
    );
    expect(prefs).toMatchObject({ minWithdrawal: 2000, referralLink: link });

    // A raw page, to read the QR canvas; its traps are read at teardown like every page's.
    const raw = await d.openRaw('popup.html', POPUP_VIEWPORT);
    const popup = uiPage(raw, () => raw.close());

    // Earnings: today's period and the chart's caption.
    const e = (key: Parameters<typeof tEarnings>[0], params?: Record<string, string | number>) => inLocale(d.lang, () => tEarnings(key, params));
    const figure = sameSpaces(`${money(10)} · ${e('bonuses', { count: 1 })}`);
    await until(() => popup.text('[data-period="today"] .period-figure'), (text) => sameSpaces(text) === figure, 'today\'s figure');
    expect(await popup.count('[data-period]')).toBe(4);
    expect(sameSpaces(await popup.text('.chart-total'))).toBe(sameSpaces(e('chartTotal', { sum: money(10), bonuses: e('bonuses', { count: 1 }) })));
    expect(await popup.count('figure.chart li')).toBe(30);

    // Withdrawal progress, in words and as a progress bar.
    const p = (key: Parameters<typeof tProgress>[0], params: Record<string, string>) => inLocale(d.lang, () => tProgress(key, params));
    await popup.waitForText(`${p('toWithdraw', { balance: money(10), minimum: money(2000) })} · ${p('left', { amount: money(1990) })}`);
    expect(await popup.count('[role="progressbar"][aria-valuenow="1"]')).toBe(1);

    // The referral kit: Copy link, then the QR code, which decodes to the pasted link.
    const r = (key: Parameters<typeof tReferral>[0]) => inLocale(d.lang, () => tReferral(key));
    await popup.press(r('copyLinkName'));
    await popup.waitForText(inLocale(d.lang, () => tPopup('copied')));
    await popup.press(r('showQr'));
    await until(() => popup.text('.qr-text'), (text) => text === link, 'the QR panel');
    const picture = await until(
      () => raw.evaluate(CANVAS_PIXELS) as Promise<{ width: number; height: number; rgba: string } | null>,
      (value) => value !== null,
      'the QR code drawn',
    );
    const { width, height, rgba } = picture!;
    expect(jsQR(new Uint8ClampedArray(Buffer.from(rgba, 'base64')), width, height)?.data).toBe(link);
  });
});
