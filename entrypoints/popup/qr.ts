/**
 * The referral link as a QR code, made offline in the popup. Library: lean-qr 2.7.4, its "nano"
 * build (pinned exactly in package.json): about 2.1 KB gzip, ISO 18004, MIT, no dependencies,
 * released several times a year (2.7.1–2.7.4 in 2026), and it encodes any text (UTF-8 when needed,
 * so a Cyrillic link works). Compared: uqr 0.1.3 (~7.8 KB gzip, two releases in two years) and
 * qrcode-generator 2.0.4 (~11 KB gzip). Only the referral kit's QR chunk imports this module, so
 * neither the popup's first chunk nor its details carry the library.
 *
 * The picture is drawn here from the code's modules (not with the library's own canvas output):
 * one pure function makes the pixels, which the popup puts on a canvas and the tests decode.
 */
import { correction, generate } from 'lean-qr/nano';

/** The code's dark modules, `size` × `size`, row by row. */
export interface QrMatrix {
  size: number;
  dark: boolean[];
}

/** The white border readers need around a code (the standard asks for 4 modules). */
export const QUIET_ZONE = 4;

/** Encodes `text` (medium error correction: survives a smudge on a printed or photographed code). */
export function qrMatrix(text: string): QrMatrix {
  const code = generate(text, { minCorrectionLevel: correction.M });
  const dark: boolean[] = [];
  for (let y = 0; y < code.size; y += 1) for (let x = 0; x < code.size; x += 1) dark.push(code.get(x, y));
  return { size: code.size, dark };
}

export interface QrPixels {
  /** Width and height in pixels (the code is square). */
  side: number;
  /** RGBA, black on white, opaque: ImageData's layout. */
  data: Uint8ClampedArray;
}

/** The code at `scale` pixels per module with its quiet zone: black modules on white, opaque. */
export function qrPixels({ size, dark }: QrMatrix, scale: number): QrPixels {
  const side = (size + 2 * QUIET_ZONE) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      if (!dark[y * size + x]) continue;
      for (let dy = 0; dy < scale; dy += 1) {
        const row = ((y + QUIET_ZONE) * scale + dy) * side;
        for (let dx = 0; dx < scale; dx += 1) {
          const at = (row + (x + QUIET_ZONE) * scale + dx) * 4;
          data[at] = data[at + 1] = data[at + 2] = 0;
        }
      }
    }
  }
  return { side, data };
}

/** Pixels per module for a picture about `target` pixels wide (at least 2, so a phone reads a screen). */
export const scaleFor = ({ size }: QrMatrix, target: number) => Math.max(2, Math.floor(target / (size + 2 * QUIET_ZONE)));

/** The PNG's file name: the site's host and "referral-qr", nothing from the link's query. */
export function qrFileName(origin: string): string {
  let host = 'site';
  try {
    host = new URL(origin).hostname.replace(/[^a-z0-9.-]+/gi, '-') || host;
  } catch {
    // keep "site"
  }
  return `${host}-referral-qr.png`;
}
