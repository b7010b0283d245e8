/** Playing the sound: Chrome's worker opens the offscreen document (replacing a leftover one); a page with Audio plays it itself. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OFFSCREEN_PATH, SOUND_PATH, playSound, type OffscreenApi } from '../../../../entrypoints/background/alerts/sound-player';

function fakeOffscreen() {
  let open = false;
  const api: OffscreenApi & { created: number } = {
    created: 0,
    createDocument: vi.fn(async ({ url, reasons }) => {
      expect(url).toBe(OFFSCREEN_PATH);
      expect(reasons).toEqual(['AUDIO_PLAYBACK']);
      if (open) throw new Error('Only a single offscreen document may be created.');
      open = true;
      api.created += 1;
    }),
    closeDocument: vi.fn(async () => {
      if (!open) throw new Error('No current offscreen document.');
      open = false;
    }),
  };
  return api;
}

afterEach(() => vi.unstubAllGlobals());

describe('playSound', () => {
  it('without Audio (a service worker): one offscreen document per sound, a leftover one replaced', async () => {
    expect(typeof Audio).toBe('undefined');
    const offscreen = fakeOffscreen();
    await playSound(offscreen);
    expect(offscreen.created).toBe(1);
    expect(offscreen.closeDocument).not.toHaveBeenCalled();
    await playSound(offscreen);
    expect(offscreen.closeDocument).toHaveBeenCalledTimes(1);
    expect(offscreen.created).toBe(2);
  });

  it('with Audio (Firefox\'s background page): plays the bundled file itself', async () => {
    const played: string[] = [];
    vi.stubGlobal('Audio', class { constructor(private src: string) {} play() { played.push(this.src); return Promise.resolve(); } });
    const offscreen = fakeOffscreen();
    await playSound(offscreen);
    expect(played).toHaveLength(1);
    expect(played[0]).toMatch(new RegExp(`${SOUND_PATH}$`));
    expect(offscreen.createDocument).not.toHaveBeenCalled();
  });

  it('returns even when play() never settles (no audio device): the sync that asked must end', async () => {
    let asked = 0;
    vi.stubGlobal('Audio', class { play() { asked += 1; return new Promise(() => undefined); } });
    await expect(playSound(undefined)).resolves.toBeUndefined();
    expect(asked).toBe(1);
  });

  it('neither (no offscreen API): quietly nothing', async () => {
    await expect(playSound(undefined)).resolves.toBeUndefined();
  });
});
