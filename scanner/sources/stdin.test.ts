import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../rules/index.js';
import { BASE64, join as cat, rand, UPPER } from '../../rules/fixture-kit.js';
import { Detector } from '../detect/detector.js';
import type { Finding } from '../finding.js';
import { scanStream } from './stdin.js';
import { StreamFragments } from './stream-fragments.js';

const B32 = `${UPPER}234567`;
const akid = (): string => cat('AKIA', rand(B32, 16));
const detector = new Detector({ rules: defaultRules });
const SMALL = { fragmentChars: 2000, overlapLines: 4, overlapChars: 400 };

/** A stream that delivers `bytes` in chunks of 1 to `max` bytes, splitting UTF-8 sequences. */
function chunked(bytes: Buffer, max: number, seed = 7): Readable {
  let s = seed;
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; ) {
    s = (s * 1103515245 + 12345) >>> 0;
    const n = 1 + (s % max);
    parts.push(bytes.subarray(i, i + n));
    i += n;
  }
  return Readable.from(parts);
}

const where = (fs: Finding[]): string[] =>
  fs.map((f) => `${f.ruleId} ${f.startLine}:${f.startColumn}-${f.endLine}:${f.endColumn} ${f.secret}`).sort();

/** Lines of filler with keys at known places: some cut by fragment ends, one in a long line. */
function sample(): { text: string; keys: { key: string; line: number }[] } {
  const lines: string[] = [];
  const keys: { key: string; line: number }[] = [];
  for (let i = 0; i < 600; i++) {
    if (i % 37 === 5) {
      const key = akid();
      keys.push({ key, line: i + 1 });
      lines.push(`row ${i} é€ aws_access_key_id = ${key} trailing`);
    } else if (i === 300) {
      const key = akid();
      keys.push({ key, line: i + 1 });
      lines.push(`${'x,'.repeat(2500)}"${key}"${',y'.repeat(800)}`);
    } else lines.push(`INSERT INTO t VALUES (${i}, 'plain value ${i}', 'ünïcode');`);
  }
  return { text: `${lines.join('\n')}\n`, keys };
}

describe('scanning a stream in fragments', () => {
  it('reports what one scan of the whole text reports, at the same lines and columns', async () => {
    const { text, keys } = sample();
    const whole = detector.detect({ text, path: '-' });
    for (const max of [1, 333, 5000]) {
      const r = await scanStream(detector, chunked(Buffer.from(text), max), SMALL);
      expect(where(r.findings)).toEqual(where(whole));
      expect(r.bytes).toBe(Buffer.byteLength(text));
    }
    expect(whole.map((f) => f.secret).sort()).toEqual(keys.map((k) => k.key).sort());
    const long = whole.find((f) => f.secret === keys.find((k) => k.line === 301)!.key)!;
    expect(long).toMatchObject({ startLine: 301, startColumn: 5002, fingerprint: `-:${long.ruleId}:301` });
  });

  it('finds a multi-line private key that straddles a fragment end once', async () => {
    const body = Array.from({ length: 20 }, () => rand(BASE64, 64));
    const pem = `-----BEGIN RSA PRIVATE KEY-----\n${body.join('\n')}\n-----END RSA PRIVATE KEY-----`;
    const text = `${'filler line of text\n'.repeat(90)}${pem}\n${'more filler\n'.repeat(50)}`;
    const whole = detector.detect({ text, path: '-' });
    expect(whole.length).toBeGreaterThan(0);
    const r = await scanStream(detector, chunked(Buffer.from(text), 700), {
      ...SMALL,
      overlapLines: 30,
      overlapChars: 3000,
    });
    expect(where(r.findings)).toEqual(where(whole));
  });

  it('skips binary input after reading it to the end', async () => {
    const tail = Buffer.from(`id ${akid()}\n`);
    const r = await scanStream(detector, Readable.from([Buffer.from([1, 0, 2]), tail]), SMALL);
    expect(r.findings).toEqual([]);
    expect(r.skipped).toEqual([{ file: '-', reason: 'binary' }]);
    expect(r.bytes).toBe(3 + tail.length);
  });

  it('scans an empty stream and one without a final line break', async () => {
    expect((await scanStream(detector, Readable.from([]), SMALL)).findings).toEqual([]);
    const key = akid();
    const r = await scanStream(detector, Readable.from([Buffer.from(`a\nid ${key}`)]), SMALL);
    expect(r.findings.map((f) => [f.startLine, f.secret])).toEqual([[2, key]]);
  });

  it('never holds more than a fragment and a chunk of text', () => {
    const f = new StreamFragments(SMALL);
    let longest = 0;
    const chunk = `${'y'.repeat(150)}\n${'z'.repeat(3000)}`;
    for (let i = 0; i < 200; i++) for (const frag of f.push(chunk)) longest = Math.max(longest, frag.text.length);
    expect(longest).toBeLessThanOrEqual(SMALL.fragmentChars);
    expect((f as unknown as { buffer: string }).buffer.length).toBeLessThan(SMALL.fragmentChars + chunk.length);
  });
});
