/**
 * What the options page talks to, faked for component tests: the background
 * (answers testConnection/saveAccount/removeAccount like the real handlers,
 * writing accountsItem) and browser.permissions (fakeBrowser lacks it).
 * `calls` records the order of permission requests and messages.
 */
import { vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Account, SummaryRecord } from '../../utils/model';
import type { Failure, Request, TestConnectionResult } from '../../utils/protocol/schema';
import { accountsItem } from '../../utils/storage';

export const SUMMARY: SummaryRecord = {
  percent: 0.5, referrals: 2, currency: 'rub', referralHash: 'Gz', balance: 1190.36, totalEarned: 190.36, totalWithdrawn: 0,
};
export const KEY = '1|demoFullAccessKey000000000000000000000000000wxyz';

export const failure = (error: Partial<Failure> & Pick<Failure, 'kind'>): TestConnectionResult =>
  ({ ok: false, error: { status: null, requestId: null, ...error } as Failure });

export interface FakeOptions {
  /** What testConnection answers; default: connected on layout v3private. */
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
      case 'testConnection':
        return options.test?.(request.origin, request.key) ?? { ok: true, layout: 'v3private', summary: SUMMARY };
      case 'saveAccount': {
        const list = await accountsItem.getValue();
        const id = request.account.id ?? `acc${nextId++}`;
        const old = list.find((a) => a.id === id);
        const saved: Account = { ...request.account, id, addedAt: old?.addedAt ?? Date.now() };
        await accountsItem.setValue(old ? list.map((a) => (a.id === id ? saved : a)) : [...list, saved]);
        return { ok: true, accountId: id };
      }
      case 'removeAccount':
        await accountsItem.setValue((await accountsItem.getValue()).filter((a) => a.id !== request.accountId));
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
