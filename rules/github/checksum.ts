// GitHub's 2021 token format ends in six base62 characters that encode a CRC32 of the 30
// random characters before them; npm adopted the same format for npm_ tokens. Checking it
// drops made-up and mistyped tokens, which never carry a valid checksum by chance (1 in 2^32).

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Built on first use: every run loads the rules, few check a GitHub token. */
let table: Uint32Array | undefined;

function crcTable(): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}

/** CRC-32 (IEEE) of an ASCII string. */
export function crc32(s: string): number {
  table ??= crcTable();
  const TABLE = table;
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = TABLE[(c ^ s.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** `n` in base62 (digits, upper, lower), left-padded with zeros to `width`. */
export function base62(n: number, width: number): string {
  let out = '';
  for (let v = n; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, '0');
}

/** True for `<prefix>_` + 30 random + 6 checksum characters whose checksum matches. */
export function hasValidChecksum(token: string): boolean {
  const body = token.slice(token.indexOf('_') + 1);
  if (body.length !== 36) return false;
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}
