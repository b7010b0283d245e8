/**
 * The background side of the message protocol (./schema.ts): one handler per request type,
 * a listener that answers only this extension's own pages and only well-formed requests.
 * Anything else gets no answer at all (undefined), so it cannot probe the background.
 */
import { browser, type Browser } from 'wxt/browser';
import { requestSchema, type Request, type RequestType, type Responses } from './schema';
import { exportList, refreshNow } from '../sync/run';
import { markSeen, unseenByAccount } from '../sync/state';
import { removeAccount, saveAccount, testConnection } from '../sync/account-actions';

export type Handlers = { [K in RequestType]: (request: Extract<Request, { type: K }>) => Promise<Responses[K]> };

export const backgroundHandlers: Handlers = {
  refresh: ({ accountId }) => refreshNow(accountId),
  markSeen: async ({ accountId, through }) => {
    await markSeen(accountId, through);
    return { ok: true };
  },
  getState: async () => ({ unseen: await unseenByAccount() }),
  exportCsv: ({ accountId, list }) => exportList(accountId, list),
  testConnection: (request) => testConnection(request),
  saveAccount: (request) => saveAccount(request),
  removeAccount: (request) => removeAccount(request),
};

function dispatch<K extends RequestType>(handlers: Handlers, request: Extract<Request, { type: K }>): Promise<Responses[K]> {
  return (handlers[request.type] as (r: typeof request) => Promise<Responses[K]>)(request);
}

/** A runtime.onMessage listener: validates, checks the sender, answers with a promise (polyfill style). */
export function createMessageListener(handlers: Handlers = backgroundHandlers) {
  return (message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = requestSchema.safeParse(message);
    if (!parsed.success) return undefined;
    return dispatch(handlers, parsed.data);
  };
}
