/** Pages send typed requests to the background. No zod here: the popup stays light. */
import { browser } from 'wxt/browser';
import type { Request, RequestType, Responses } from './schema';

export function send<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<Responses[T]> {
  return browser.runtime.sendMessage(request) as Promise<Responses[T]>;
}
