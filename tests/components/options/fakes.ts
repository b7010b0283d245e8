/**
 * What the options page talks to, faked for component tests: the background
 * (answers saveAccount/editAccount/removeAccount like the real handlers: checks the
 * site when asked, writes accountsItem) and browser.permissions.
 * `calls` records the order of permission requests and messages.
 */
import { vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Account, SummaryRecord } from '../../../utils/model';
import type { Request } from '../../../utils/messages';
import type { Failure } from '../../../utils/errors';
import { accountsItem } from '../../../utils/storage/items';

export const SUMMARY: SummaryRecord = {
  percent: 0.5, referrals: 2, currency: 'rub', referralHash: 'Gz', balance: 1190.36, totalEarned: 190.36, totalPaidOut: 0,
};
export const KEY = '1|demoFullAccessKey000000000000000000000000000wxyz';

/** What the site check answers in these tests. */
export type TestConnectionResult = { ok: true; summary: SummaryRecord } | { ok: false; error: Failure };

export const failure = (error: Partial<Failure> & Pick<Failure, 'kind'>): TestConnectionResult =>
  ({ ok: false, error: { status: null, requestId: null, ...error } as Failure });

export interface FakeOptions {
  /** What the site check answers; default: connected. */
  test?: (origin: string, key: string) => TestConnectionResult;
  /** Whether the user allows the host permission. */
  grant?: boolean;
  /** Whether permissions.contains says access is there. */
  hasAccess?: boolean;
}

export function fakeExtension(options: FakeOptions = {}) {
  const calls: string[] = [];
  const messages: Request[] = [];
  const permissions = {
    request: vi.fn(async (p: { origins?: string[] }) => { calls.push(`request ${p.origins?.join()}`); return options.grant ?? true; }),
    contains: vi.fn(async (_p: { origins?: string[] }) => options.hasAccess ?? true),
    remove: vi.fn(async (p: { origins?: string[] }) => { calls.push(`remove ${p.origins?.join()}`); return true; }),
  };
  Object.assign(fakeBrowser.permissions, permissions);
  let nextId = 1;

  async function answer(request: Request): Promise<unknown> {
    switch (request.type) {
      case 'saveAccount':
      case 'editAccount': {
        const checked = request.verify ? options.test?.(request.origin, request.key) ?? { ok: true, summary: SUMMARY } : null;
        if (checked && !checked.ok) return checked;
        const list = await accountsItem.get();
        const id = request.type === 'editAccount' ? request.accountId : `acc${nextId++}`;
        const old = list.find((a) => a.id === id);
        const saved: Account = {
          id, origin: request.origin, key: request.key || old?.key || '', label: request.label, layout: 'v2', addedAt: old?.addedAt ?? Date.now(),
        };
        await accountsItem.set(old ? list.map((a) => (a.id === id ? saved : a)) : [...list, saved]);
        return { ok: true, accountId: id, summary: checked ? checked.summary : null };
      }
      case 'removeAccount':
        await accountsItem.set((await accountsItem.get()).filter((a) => a.id !== request.accountId));
        return { ok: true };
      default:
        return { ok: true };
    }
  }

  const sendMessage = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (request: Request) => {
    calls.push(request.type);
    messages.push(request);
    return answer(request);
  }) as never);

  const sent = <T extends Request['type']>(type: T) =>
    messages.filter((m): m is Extract<Request, { type: T }> => m.type === type);
  return { calls, messages, sent, permissions, sendMessage };
}

export const account = (over: Partial<Account> = {}): Account => ({
  id: 'a1', origin: 'https://exchanger.com', layout: 'v2', key: KEY, label: 'Main exchanger', addedAt: 1, ...over,
});

/** Intl puts no-break spaces in numbers; tests compare with plain ones. */
export const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** Matches a paragraph by its whole text, even when parts of it sit in inner elements. */
export const paragraph = (text: string) => (_content: string, element: Element | null) =>
  element?.tagName === 'P' && element.textContent === text;
