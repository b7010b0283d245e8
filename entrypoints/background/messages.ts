/**
 * The background side of the message contract (utils/messages.ts): one handler per message name,
 * typed by the contract's map, and a listener that answers only this extension's own pages and
 * only well-formed requests. Anything else gets no answer at all, so it cannot probe the background.
 */
import { browser, type Browser } from 'wxt/browser';
import { parseRequest, type Answer, type MessageName, type Payload, type Request } from '../../utils/messages';
import { editAccount, removeAccount, saveAccount } from './accounts';
import { exportHistory, refresh } from './sync/run';
import { markSeen } from './sync/state';

export type Handlers = { [K in MessageName]: (payload: Payload<K>) => Promise<Answer<K>> };

export const handlers: Handlers = {
  refresh: (payload) => refresh(payload),
  markSeen: async ({ accountId, through }) => {
    await markSeen(accountId, through);
    return { ok: true };
  },
  exportHistory: ({ accountId, list }) => exportHistory(accountId, list),
  saveAccount: (payload) => saveAccount(payload),
  editAccount: (payload) => editAccount(payload),
  removeAccount: (payload) => removeAccount(payload),
};

function dispatch(table: Handlers, { type, ...payload }: Request): Promise<unknown> {
  return (table[type] as (payload: unknown) => Promise<unknown>)(payload);
}

/** A runtime.onMessage listener: checks the sender and the request, answers with a promise (polyfill style). */
export function createMessageListener(table: Handlers = handlers) {
  return (message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseRequest(message);
    return request ? dispatch(table, request) : undefined;
  };
}
