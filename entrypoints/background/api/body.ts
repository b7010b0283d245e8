/**
 * Reading a response body with a byte cap. A site (by bug, proxy or malice)
 * can send any number of bytes, or a few compressed ones that fetch inflates
 * into hundreds of megabytes; Response.text() would hold them all. This reads
 * the body as a stream and counts the bytes fetch hands over (already
 * decompressed), and gives up as soon as the cap is passed, without waiting
 * for or keeping the rest. A declared Content-Length above the cap is refused
 * before a byte of the body is read.
 */

/** The body is (or says it is) larger than the cap; nothing of it is kept. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';

  constructor(
    /** The cap that was passed, in bytes. */
    readonly maxBytes: number,
    /** The Content-Length that was refused up front, or null when counting found it. */
    readonly declaredBytes: number | null = null,
  ) {
    super(
      declaredBytes === null
        ? `the response body is larger than ${maxBytes} bytes`
        : `the response declares ${declaredBytes} bytes, more than ${maxBytes}`,
    );
  }
}

/** Content-Length as a number, or null when absent or not one plain decimal. */
function declaredLength(headers: Headers): number | null {
  const value = headers.get('content-length')?.trim();
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : null;
}

/** Stops the transfer without waiting for the other side (it may never answer). */
function abandon(stream: { cancel(): Promise<void> }): void {
  stream.cancel().catch(() => undefined);
}

/**
 * The body as UTF-8 text (like Response.text(): a BOM is dropped, malformed
 * sequences become U+FFFD), or BodyTooLargeError once more than `maxBytes`
 * bytes arrive or are announced. A failing stream (abort, lost connection)
 * rejects with its own error.
 */
export async function readBodyCapped(response: Response, maxBytes: number): Promise<string> {
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) throw new RangeError(`maxBytes must be a whole number ≥ 0, not ${maxBytes}`);
  const body = response.body;
  const declared = declaredLength(response.headers);
  if (declared !== null && declared > maxBytes) {
    if (body) abandon(body);
    throw new BodyTooLargeError(maxBytes, declared);
  }
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      abandon(reader);
      throw new BodyTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder('utf-8').decode(bytes);
}
