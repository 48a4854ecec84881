import { describe, expect, it } from 'vitest';
import { BatchParser, REUSE_MAX_BYTES, type BatchObject } from './cat-file.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const stream = Buffer.concat([
  Buffer.from(`${A} blob 5\nhello\n${B} missing\n${C} blob 0\n\n`),
  Buffer.from(`${A} blob 12\n`),
  Buffer.from([0, 1, 2, 10, 10, 10, 255, 254, 3, 4, 5, 6]),
  Buffer.from('\n'),
]);

function parseAll(chunk: number, maxBytes = Infinity): BatchObject[] {
  const p = new BatchParser(maxBytes);
  const out: BatchObject[] = [];
  for (let i = 0; i < stream.length; i += chunk) {
    for (let o = p.push(stream.subarray(i, i + chunk)); o !== null; o = p.push(null)) out.push(o);
  }
  return out;
}

describe('BatchParser', () => {
  it.each([1, 2, 7, 41, 4096])('parses objects, missing ids and empty blobs in chunks of %i bytes', (chunk) => {
    const out = parseAll(chunk);
    expect(out.map((o) => [o.oid, o.kind, o.kind === 'object' ? o.bytes.length : null])).toEqual([
      [A, 'object', 5],
      [B, 'missing', null],
      [C, 'object', 0],
      [A, 'object', 12],
    ]);
    const last = out[3] as Extract<BatchObject, { kind: 'object' }>;
    expect([...last.bytes]).toEqual([0, 1, 2, 10, 10, 10, 255, 254, 3, 4, 5, 6]);
    expect(last.bytes.byteOffset === 0 && last.bytes.buffer.byteLength === 12).toBe(true);
  });

  it('streams past objects over the size limit without keeping them', () => {
    expect(parseAll(3, 6).map((o) => [o.kind, 'size' in o ? o.size : null])).toEqual([
      ['object', 5],
      ['missing', null],
      ['object', 0],
      ['too-large', 12],
    ]);
  });

  it('with a reused buffer, gives each object its bytes until the next is asked for', () => {
    const big = REUSE_MAX_BYTES + 1;
    const input = Buffer.concat([
      Buffer.from(`${A} blob 5\nhello\n${B} blob 3\nabc\n${C} blob ${big}\n`),
      Buffer.alloc(big, 0x78),
      Buffer.from('\n'),
    ]);
    const p = new BatchParser(Infinity, true);
    const seen: { text: string; buffer: ArrayBufferLike }[] = [];
    for (let i = 0; i < input.length; i += 7) {
      for (let o = p.push(input.subarray(i, i + 7)); o !== null; o = p.push(null)) {
        if (o.kind !== 'object') throw new Error(`unexpected ${o.kind}`);
        // Read now, as a history worker does: the next object may reuse the memory.
        seen.push({ text: o.bytes.toString('latin1', 0, 5), buffer: o.bytes.buffer });
      }
    }
    expect(seen.map((x) => x.text)).toEqual(['hello', 'abc', 'xxxxx']);
    expect(seen[0]!.buffer).toBe(seen[1]!.buffer);
    // Beyond REUSE_MAX_BYTES an object gets a buffer of its own, so the reused one stays small.
    expect(seen[2]!.buffer).not.toBe(seen[0]!.buffer);
    expect(seen[0]!.buffer.byteLength).toBeLessThanOrEqual(REUSE_MAX_BYTES);
  });
});
