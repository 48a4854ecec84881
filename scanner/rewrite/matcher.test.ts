import { describe, expect, it } from 'vitest';
import { SecretMatcher } from './matcher.js';
import { planRewrite } from './plan.js';

const finding = (secret: string, ruleId = 'r') => ({ ruleId, secret, file: 'f', commit: '', tags: [] });
const matcher = (...secrets: string[]) =>
  new SecretMatcher(
    planRewrite(
      secrets.map((s) => finding(s)),
      { rules: [], replacement: '<X>' },
    ).secrets,
  );
const replace = (m: SecretMatcher, text: string) => m.replace(Buffer.from(text))?.bytes.toString() ?? null;

/** The obvious, slow answer: at each position, the longest secret that starts there. */
function naive(text: string, secrets: string[]): string {
  const sorted = [...secrets].sort((a, b) => b.length - a.length);
  let out = '';
  for (let i = 0; i < text.length; ) {
    const s = sorted.find((x) => text.startsWith(x, i));
    if (s) {
      out += '<X>';
      i += s.length;
    } else out += text[i++];
  }
  return out;
}

describe('SecretMatcher', () => {
  it.each([
    ['no secret at all', 'plain text only', null],
    ['a secret at the start and at the end', 'SECRET1xSECRET1', '<X>x<X>'],
    ['adjacent secrets', 'SECRET1SECRET1', '<X><X>'],
    ['the longer of two secrets that start together', 'SECRET1-LONGER!', '<X>!'],
    ['a secret inside a longer word', 'aSECRET1b', 'a<X>b'],
    ['a near miss', 'SECRET2 SECRET', null],
  ])('handles %s', (_name, text, expected) => {
    expect(replace(matcher('SECRET1', 'SECRET1-LONGER'), text)).toBe(expected);
  });

  it('counts replacements per rule', () => {
    const plan = planRewrite([finding('AAAAAAAAA1', 'one'), finding('BBBBBBBBB2', 'two')], {
      rules: [],
      replacement: '{rule}',
    });
    const r = new SecretMatcher(plan.secrets).replace(Buffer.from('AAAAAAAAA1 BBBBBBBBB2 AAAAAAAAA1'));
    expect(r?.bytes.toString()).toBe('one two one');
    expect([...(r?.hits ?? [])]).toEqual([
      ['one', 2],
      ['two', 1],
    ]);
  });

  it('agrees with the obvious algorithm on random text full of near misses', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = 'abcAB';
    const word = (n: number) => Array.from({ length: n }, () => alphabet[rand(alphabet.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const secrets = Array.from({ length: 1 + rand(5) }, () => word(6 + rand(6)));
      let text = '';
      while (text.length < 300) text += rand(4) === 0 ? secrets[rand(secrets.length)] : word(1 + rand(5));
      const expected = naive(text, secrets);
      expect(replace(matcher(...secrets), text) ?? text).toBe(expected);
    }
  });
});
