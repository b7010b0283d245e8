/**
 * The 128 px icon follows Chrome's guideline: 96 px of art with 16 px of transparent padding on
 * each side (scripts/icons.sh). Reads the committed PNG's alpha channel (8-bit RGBA, as rsvg writes).
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

function decodeRgba(file: string): { width: number; height: number; alpha: (x: number, y: number) => number } {
  const png = readFileSync(file);
  let offset = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
      expect([body[8], body[9]], 'bit depth 8, colour type RGBA').toEqual([8, 6]);
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * 4;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= 4 ? pixels[y * stride + x - 4]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4]! : 0;
      const paeth = () => {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      };
      const predictor = [0, a, b, (a + b) >> 1, paeth()][filter]!;
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, alpha: (x, y) => pixels[y * stride + x * 4 + 3]! };
}

describe('icon', () => {
  it('128 px: the art fills exactly the middle 96 px; the 16 px border is transparent', () => {
    const icon = decodeRgba(new URL('../../public/icon/128.png', import.meta.url).pathname);
    expect([icon.width, icon.height]).toEqual([128, 128]);
    let [minX, minY, maxX, maxY] = [128, 128, -1, -1];
    for (let y = 0; y < 128; y++) {
      for (let x = 0; x < 128; x++) {
        if (icon.alpha(x, y) < 128) continue;
        [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
      }
    }
    expect([minX, minY, maxX, maxY]).toEqual([16, 16, 111, 111]);
  });

  it('the small sizes keep the art to the edges (every pixel counts in a toolbar)', () => {
    const icon = decodeRgba(new URL('../../public/icon/16.png', import.meta.url).pathname);
    expect(icon.alpha(8, 1)).toBeGreaterThan(128);
  });
});
