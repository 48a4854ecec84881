import { describe, expect, it } from 'vitest';
import { allFixtures } from '../../rules/fixtures.js';
import type { RuleFixtures } from '../../rules/types.js';
import { CHAR_CLASS, DECODE_LIMITS, RUN_MIN, base64Runs, findDecodable } from './decode.js';
import { KeywordIndex } from './keyword-index.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const hex = (s: string) => Buffer.from(s).toString('hex');

describe('findDecodable', () => {
  it.each([
    ['base64 with padding', `value: ${b64('user=admin pass=hunter22')}\n`, [['base64', 7, 39]]],
    ['base64 that needs its two padding characters to be long enough', `x=${b64('abcdefghij')};`, [['base64', 2, 18]]],
    ['a hex run ended by a dash inside a base64-alphabet run', `${hex('database password')}-suffix`, [['hex', 0, 34]]],
    ['a hex run inside a longer word', `abc${hex('database password')}xyz`, []],
    ['a hex run after a word character', `_${hex('database password')} `, []],
    ['a hex run at the end of the text', `k = ${hex('database password')}`, [['hex', 4, 38]]],
    [
      'a base64 run and a hex run on one line',
      `${b64('first secret value')} ${hex('second secret value')}`,
      [
        ['base64', 0, 24],
        ['hex', 25, 63],
      ],
    ],
    ['a long identifier', 'const someVeryLongIdentifierName_withUnderscores = 1;', []],
  ])('finds %s', (_name, text, expected) => {
    expect(findDecodable(text).map((s) => [s.encoding, s.start, s.end])).toEqual(expected);
  });
});

describe('findDecodable with the runs found by the keyword scan', () => {
  const index = new KeywordIndex(['key', 'token', 'secret']);
  const runsOf = (text: string): number[] => {
    const runs: number[] = [];
    index.scanStarts(text, new Uint8Array(index.keywords.length), [], [], runs);
    return runs;
  };

  it('gives exactly the segments of its own pass, on every rule example and on random text', () => {
    const fixtures: RuleFixtures = {};
    for (const f of allFixtures) Object.assign(fixtures, f());
    const texts = Object.values(fixtures).flatMap((f) => [...f.truePositives, ...f.falsePositives].map((c) => c.text));
    let seed = 3;
    const rand = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const alphabet = 'AZaz09+/_-=%é \n.:"\'';
    for (let i = 0; i < 300; i++) {
      const parts = Array.from({ length: rand(8) }, () =>
        rand(3) === 0
          ? b64(`secret ${i} ${'x'.repeat(rand(30))}`)
          : rand(2) === 0
            ? hex(`password ${i}`)
            : Array.from({ length: rand(20) }, () => alphabet[rand(alphabet.length)]).join(''),
      );
      texts.push(parts.join(rand(2) === 0 ? '' : ' '));
    }
    const segments = (t: string, runs?: number[]) =>
      findDecodable(t, runs).map((s) => `${s.encoding}:${s.start}:${s.end}:${s.text}`);
    let found = 0;
    for (const text of texts) {
      const own = segments(text);
      found += own.length;
      expect(segments(text, runsOf(text)), JSON.stringify(text)).toEqual(own);
      // The keyword finder's direct search (small texts) finds them in a pass of its own.
      const direct: number[] = [];
      base64Runs(text, direct);
      expect(direct).toEqual(runsOf(text));
    }
    // The comparison means something only if segments were found.
    expect(found).toBeGreaterThan(50);
  });

  it('reports runs from the same length as the search for encoded segments', () => {
    expect(RUN_MIN).toBe(DECODE_LIMITS.minLength - 2);
    expect(runsOf(`a ${'A1'.repeat(7)} ${'A1'.repeat(6)}b é${'x'.repeat(14)}`)).toEqual([2, 16, 32, 46]);
  });
});

describe('CHAR_CLASS', () => {
  it('gives each ASCII character the classes of the character classes it is named by', () => {
    const classes = [/[A-Za-z0-9+/_-]/, /[0-9a-fA-F]/, /\w/, /[a-z]/, /[A-Z]/, /[0-9+/_-]/];
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      const bits = classes.reduce((t, re, i) => (re.test(ch) ? t | (1 << i) : t), 0);
      expect(CHAR_CLASS[c], `character ${c}`).toBe(bits);
    }
  });
});
