/**
 * Seeds the popup's storage (fakeBrowser) and fakes the background: every
 * message the popup sends is recorded and answered from `answers`.
 */
import { vi } from 'vitest';
import { browser } from 'wxt/browser';
import { accountsItem, cacheItem, seenItem, settingsItem, DEFAULT_SETTINGS } from '../../../utils/storage/items';
import { emptyCache } from '../../../utils/model';
import type { Account, AccountCache, ExchangeRecord, Settings, SummaryRecord, PayoutRecord } from '../../../utils/model';
import type { Answer, Request } from '../../../utils/messages';

export const MIN = 60_000;
export const KEY_A = '1|demoFullAccessKey000000000000000000000000000wxyz';
export const KEY_B = '2|demoPartnerOnlyKey00000000000000000000000000abcd';

export const account = (id: string, label: string, key = KEY_A): Account =>
  ({ id, origin: `https://${label}`, layout: 'v2', key, label, addedAt: 0 });

export const SUMMARY: SummaryRecord = {
  percent: 0.5, referrals: 2, currency: 'rub', referralHash: 'Gz', balance: 1190.36000061035, totalEarned: 190.36000061035, totalPaidOut: 1000,
};

export const exchange = (id: number, over: Partial<ExchangeRecord> = {}): ExchangeRecord => ({
  id, orderId: String(1713350854300 + id), amount: 95.18, currency: 'rub', status: 'referral',
  createdText: '3 недели назад', firstSeenAt: 0, live: false, ...over,
});

export const payout = (id: number, over: Partial<PayoutRecord> = {}): PayoutRecord => ({
  id, createdText: '11 мая 2024 09:42', status: 'paid', amount: '1190.36', currency: 'RUB', system: 'Сбербанк RUB', firstSeenAt: 0, ...over,
});

export const cache = (over: Partial<AccountCache> = {}): AccountCache => ({
  ...emptyCache(),
  summary: SUMMARY,
  exchangeCount: 0,
  payoutCount: 0,
  lastSyncAt: Date.now() - 2 * MIN,
  lastSuccessAt: Date.now() - 2 * MIN,
  ...over,
});

export async function seed(entries: { account: Account; cache?: AccountCache | null; seenAt?: number }[], settings?: Partial<Settings>) {
  await accountsItem.set(entries.map((e) => e.account));
  if (settings) await settingsItem.set({ ...DEFAULT_SETTINGS, ...settings });
  for (const e of entries) {
    if (e.cache) await cacheItem(e.account.id).set(e.cache);
    if (e.seenAt !== undefined) await seenItem(e.account.id).set({ seenAt: e.seenAt });
  }
}

type Answers = { [T in Request['type']]?: (request: Extract<Request, { type: T }>) => Answer<T> | Promise<Answer<T>> };

export function fakeBackground(answers: Answers = {}) {
  const sent: Request[] = [];
  const sendMessage = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (request: Request) => {
    sent.push(request);
    const answer = answers[request.type] as ((r: Request) => unknown) | undefined;
    return answer ? answer(request) : { ok: true };
  }) as never);
  const ofType = <T extends Request['type']>(type: T) => sent.filter((r): r is Extract<Request, { type: T }> => r.type === type);
  return { sent, sendMessage, ofType };
}

/** Text without the narrow no-break spaces Intl puts in numbers and money. */
export const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
