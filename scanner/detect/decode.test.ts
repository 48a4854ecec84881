import { describe, expect, it } from 'vitest';
import { findDecodable } from './decode.js';

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
