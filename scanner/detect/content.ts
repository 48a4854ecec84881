// Turning bytes into scannable text, shared by every source and the worker threads.

const utf8 = new TextDecoder('utf-8', { fatal: false });
const utf16le = new TextDecoder('utf-16le', { fatal: false });
const utf16be = new TextDecoder('utf-16be', { fatal: false });

/**
 * Text to scan, or null for binary content. Invalid UTF-8 becomes U+FFFD so the rest of the
 * file is still scanned; UTF-16 with a byte-order mark (Windows tools write it) is decoded.
 */
export function toText(bytes: Uint8Array): string | null {
  if (bytes.length >= 2) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le.decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be.decode(bytes);
  }
  return isBinary(bytes) ? null : utf8.decode(bytes);
}

/** git's heuristic: a NUL byte in the first 8000 bytes means binary. */
export function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8000).indexOf(0) !== -1;
}
