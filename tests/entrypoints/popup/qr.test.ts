/** The referral QR code: made by lean-qr, drawn by qrPixels, read back by a real decoder (jsQR). */
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { QUIET_ZONE, qrFileName, qrMatrix, qrPixels, scaleFor } from '../../../entrypoints/popup/qr';

const decode = (text: string, scale = 4) => {
  const { side, data } = qrPixels(qrMatrix(text), scale);
  return jsQR(data, side, side)?.data ?? null;
};

describe('qrMatrix + qrPixels', () => {
  it('decode back to the exact link, Cyrillic and long query strings included', () => {
    for (const link of [
      'https://exchanger.com/?ref=Ab3x',
      'http://127.0.0.1:8787/?ref=q9Z',
      'https://обмен.рф/партнёр?ref=код',
      `https://ref.exchanger.com/r/Ab3x?utm_source=${'bio'.repeat(60)}&utm_campaign=spring`,
    ]) expect(decode(link)).toBe(link);
  });

  it('is a square QR matrix with its three finder patterns (version 1 is 21 modules; longer text, a larger version)', () => {
    const small = qrMatrix('https://a.io/?r=1');
    expect(small.size).toBeGreaterThanOrEqual(21);
    expect((small.size - 17) % 4).toBe(0);
    expect(small.dark).toHaveLength(small.size ** 2);
    const at = (x: number, y: number) => small.dark[y * small.size + x];
    // Each finder: a dark 7×7 ring with a light ring inside and a dark 3×3 centre.
    for (const [fx, fy] of [[0, 0], [small.size - 7, 0], [0, small.size - 7]] as const) {
      expect([at(fx, fy), at(fx + 6, fy + 6), at(fx + 1, fy + 1), at(fx + 3, fy + 3)]).toEqual([true, true, false, true]);
    }
    expect(qrMatrix(`https://a.io/?r=${'x'.repeat(200)}`).size).toBeGreaterThan(small.size);
  });

  it('draws opaque black modules on white with a quiet zone of 4 modules', () => {
    const matrix = qrMatrix('https://exchanger.com/?ref=Ab3x');
    const scale = 3;
    const { side, data } = qrPixels(matrix, scale);
    expect(side).toBe((matrix.size + 2 * QUIET_ZONE) * scale);
    expect(data).toHaveLength(side * side * 4);
    const pixel = (x: number, y: number) => [...data.slice((y * side + x) * 4, (y * side + x) * 4 + 4)];
    expect(pixel(0, 0)).toEqual([255, 255, 255, 255]);
    expect(pixel(QUIET_ZONE * scale - 1, QUIET_ZONE * scale - 1)).toEqual([255, 255, 255, 255]);
    // The top-left module is the finder's dark corner.
    expect(pixel(QUIET_ZONE * scale, QUIET_ZONE * scale)).toEqual([0, 0, 0, 255]);
    expect(new Set(data.filter((_, i) => i % 4 === 3))).toEqual(new Set([255]));
  });

  it('still decodes at the smallest scale the popup uses', () => {
    const link = 'https://exchanger.com/?ref=Ab3x';
    expect(scaleFor(qrMatrix(link), 10)).toBe(2);
    expect(decode(link, 2)).toBe(link);
  });
});

describe('scaleFor and qrFileName', () => {
  it('fits the code and its quiet zone into the target width', () => {
    const matrix = qrMatrix('https://exchanger.com/?ref=Ab3x');
    const scale = scaleFor(matrix, 240);
    expect((matrix.size + 2 * QUIET_ZONE) * scale).toBeLessThanOrEqual(240);
    expect((matrix.size + 2 * QUIET_ZONE) * (scale + 1)).toBeGreaterThan(240);
  });

  it('names the file after the site only', () => {
    expect(qrFileName('https://exchanger.com')).toBe('exchanger.com-referral-qr.png');
    expect(qrFileName('http://127.0.0.1:8787')).toBe('127.0.0.1-referral-qr.png');
    expect(qrFileName('not a url')).toBe('site-referral-qr.png');
  });
});
