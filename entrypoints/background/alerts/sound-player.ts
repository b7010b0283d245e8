/**
 * Plays the bundled new-bonus sound (public/sounds/bonus.wav). Firefox's background (an MV2 page or
 * an MV3 event page) has a DOM and plays it itself. Chrome's MV3 service worker has no Audio: it
 * opens the offscreen document (entrypoints/offscreen/, reason AUDIO_PLAYBACK, the "offscreen"
 * permission in Chrome's manifest only), which plays the sound and closes itself.
 */
import { browser } from 'wxt/browser';

export const SOUND_PATH = '/sounds/bonus.wav';
export const OFFSCREEN_PATH = '/offscreen.html';

/** The part of chrome.offscreen used here (not in the polyfill's types: Chrome only). */
export interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}

const chromeOffscreen = (): OffscreenApi | undefined =>
  (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;

const DOCUMENT = {
  url: OFFSCREEN_PATH,
  reasons: ['AUDIO_PLAYBACK'],
  justification: 'Plays the short sound the user switched on for a new referral bonus.',
};

export async function playSound(offscreen: OffscreenApi | undefined = chromeOffscreen()): Promise<void> {
  if (typeof Audio !== 'undefined') {
    // Not awaited: without an audio device (headless Firefox) play() may never settle, and this runs
    // inside the account's sync flight, which must end.
    new Audio(browser.runtime.getURL(SOUND_PATH)).play().catch(() => undefined);
    return;
  }
  if (!offscreen) return;
  try {
    await offscreen.createDocument(DOCUMENT);
  } catch {
    // Only one offscreen document may exist: one left from a sound still playing (or that failed
    // to close) is replaced, so this sync's sound plays. (hasDocument needs Chrome 116; we support 107.)
    await offscreen.closeDocument().catch(() => undefined);
    await offscreen.createDocument(DOCUMENT);
  }
}
