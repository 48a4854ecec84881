import { describe, expect, it } from 'vitest';
import { BatchParser, type BatchObject } from './cat-file.js';

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
});
