/**
 * How pages ask the background for something (utils/messages.ts is the contract). Every answer is
 * `{ ok: true, … }` or `{ ok: false, error }`; a background that does not answer at all (a thrown
 * sendMessage, or `undefined`) becomes the typed `noAnswer` failure here, once, for every caller.
 * No zod here: the popup stays light (types only from the contract).
 */
import { browser } from 'wxt/browser';
import type { NoAnswer } from './errors';
import type { Answer, MessageName, Payload } from './messages';

export const NO_ANSWER: NoAnswer = { kind: 'noAnswer', status: null, requestId: null };

export async function send<K extends MessageName>(type: K, payload: Payload<K>): Promise<Answer<K>> {
  try {
    const answer = (await browser.runtime.sendMessage({ ...payload, type })) as Answer<K> | undefined;
    return answer ?? ({ ok: false, error: NO_ANSWER } as Answer<K>);
  } catch {
    return { ok: false, error: NO_ANSWER } as Answer<K>;
  }
}
