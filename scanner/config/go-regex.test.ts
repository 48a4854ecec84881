import { describe, expect, it } from 'vitest';
import { compileGoRegex, translateGoRegex } from './go-regex.js';

describe('translateGoRegex', () => {
  it.each([
    ['a leading (?i) becomes the i flag', String.raw`(?i)^true|false|null$`, String.raw`^true|false|null$`, 'i'],
    [
      'a scoped (?i:…) covering every letter becomes the i flag',
      String.raw`^(?i:a+|b+|\*+)$`,
      String.raw`^(?:a+|b+|\*+)$`,
      'i',
    ],
    [
      'a mid-pattern (?i) is spelled out so the prefix stays case-sensitive',
      String.raw`\b(p8e-(?i)[a-z0-9]{32})`,
      String.raw`\b(p8e-[0-9A-Za-z]{32})`,
      '',
    ],
    [
      '(?-i:…) inside (?i) keeps its part case-sensitive',
      String.raw`(?i)(?-i:AKIA)[a-z]`,
      String.raw`(?:AKIA)[A-Za-z]`,
      '',
    ],
    ['scoped letters are expanded to classes', String.raw`(?i:ab)C`, String.raw`(?:[Aa][Bb])C`, ''],
    ['a flag group ends with its enclosing group', String.raw`((?i)a)b`, String.raw`([Aa])b`, ''],
    ['case-closed classes do not force expansion', String.raw`[a-zA-Z0-9_]+(?i)key`, String.raw`[0-9A-Z_a-z]+key`, 'i'],
    ['(?s) becomes the s flag', String.raw`(?s)BEGIN.*END`, String.raw`BEGIN.*END`, 's'],
    ["a dot is Go's (anything but \\n) unless (?s)", String.raw`a(?s:.)b.`, String.raw`a(?:[\s\S])b[^\n]`, ''],
    ['(?m) becomes the m flag', String.raw`(?m)^k=(\w+)$`, String.raw`^k=(\w+)$`, 'm'],
    ['\\A and \\z become ^ and $', String.raw`\Afoo\z`, String.raw`^foo$`, ''],
    ['(?U) swaps greedy and lazy', String.raw`(?U)a+b*?c{2,3}`, String.raw`a+?b*c{2,3}?`, ''],
    ['POSIX classes become ranges', String.raw`[[:alnum:]_]+[[:space:]]`, String.raw`[0-9A-Z_a-z]+[\t-\r ]`, ''],
    ['negated POSIX classes become complements', String.raw`[[:^digit:]]`, String.raw`[\x00-/:-\uFFFF]`, ''],
    ['\\Q…\\E quotes literally', String.raw`\Qa.b*c\E+`, String.raw`a\.b\*c+`, ''],
    ['\\Q without \\E runs to the end', String.raw`x\Q(y`, String.raw`x\(y`, ''],
    ['(?P<name>…) becomes (?<name>…)', String.raw`(?P<alg>x)|(?<typ>y)`, String.raw`(?<alg>x)|(?<typ>y)`, ''],
    ['] first in a class is a literal', String.raw`[^]]+][]a]`, String.raw`[^\]]+\][\]a]`, ''],
    ['hex, octal and bell escapes become code units', String.raw`\x{41}\101\x41\a`, String.raw`AAA\x07`, ''],
    ['a brace that is not a repeat is a literal', String.raw`^\$(?:\d+|{\d+})$`, String.raw`^\$(?:\d+|\{\d+\})$`, ''],
    ['an astral literal stays one unit for quantifiers', String.raw`\x{1F600}+`, String.raw`(?:\uD83D\uDE00)+`, ''],
    ['escaped punctuation stays literal', String.raw`\.\-\/\"`, String.raw`\.-\/"`, ''],
  ])('%s', (_name, go, source, flags) => {
    const t = translateGoRegex(go);
    expect(t.source).toBe(source);
    expect(t.flags).toBe(flags);
    expect(() => new RegExp(t.source, t.flags)).not.toThrow();
  });

  it('counts capturing groups, named ones included, but not (?:…) or flag groups', () => {
    expect(translateGoRegex(String.raw`(a)(?:b)(?i:c)(?P<d>d)(?i)`).groups).toBe(2);
  });

  it("keeps Go's meaning of . and [^…] around \\r and \\n", () => {
    const { regex } = compileGoRegex('^.$');
    expect(regex.test('\r')).toBe(true);
    expect(regex.test('\n')).toBe(false);
    expect(compileGoRegex('^[^a]$').regex.test('\n')).toBe(true);
  });

  it('matches case-insensitively only where Go would', () => {
    const { regex } = compileGoRegex(String.raw`\bEZAK(?i)[a-z0-9]{4}\b`);
    expect(regex.test('EZAKaB9z')).toBe(true);
    expect(regex.test('ezakaB9z')).toBe(false);
  });

  it.each([
    ['\\C', String.raw`a\Cb`, String.raw`uses \C, which leakhound cannot translate; rewrite the pattern without it`],
    [
      '\\p{…}',
      String.raw`\p{Greek}+`,
      String.raw`uses the Unicode class \p{Greek}, which leakhound cannot translate; rewrite the pattern without it`,
    ],
    [
      '\\pL in a class',
      String.raw`[\pL_]`,
      String.raw`uses the Unicode class \pL, which leakhound cannot translate; rewrite the pattern without it`,
    ],
    [
      'mixed anchors',
      String.raw`(?m)^a\z`,
      String.raw`uses both (?m) line anchors and whole-text anchors (^, $, \A or \z outside (?m)), which leakhound cannot translate; rewrite the pattern without it`,
    ],
    [
      'astral class',
      String.raw`[\x{1F600}-\x{1F64F}]`,
      'uses a character class holding characters above U+FFFF, which leakhound cannot translate; rewrite the pattern without it',
    ],
    [
      'a group name JS rejects',
      String.raw`(?P<1st>x)`,
      'uses the group name 1st (JavaScript names cannot start with a digit), which leakhound cannot translate; rewrite the pattern without it',
    ],
    [
      'lookahead',
      'a(?=b)',
      "uses the lookahead (?=, which Go's regexp does not accept either (gitleaks would reject it); rewrite the pattern without it",
    ],
    [
      'negative lookbehind',
      '(?<!a)b',
      "uses the negative lookbehind (?<!, which Go's regexp does not accept either (gitleaks would reject it); rewrite the pattern without it",
    ],
    [
      'backreference',
      String.raw`(a)\1`,
      String.raw`uses the backreference \1, which Go's regexp does not accept either (gitleaks would reject it); rewrite the pattern without it`,
    ],
    [
      'unknown escape',
      String.raw`\y`,
      String.raw`uses the escape \y, which Go's regexp does not accept either (gitleaks would reject it); remove the backslash (only punctuation may be escaped)`,
    ],
    [
      'unknown flag',
      '(?x)a b',
      "uses the flag group (?x, which Go's regexp does not accept either (gitleaks would reject it); use only the flags i, m, s and U",
    ],
    [
      'unclosed class',
      '[ab',
      "uses a character class without its closing ], which Go's regexp does not accept either (gitleaks would reject it); close it with ]",
    ],
    [
      'reversed range',
      '[z-a]',
      "uses a character range whose end comes before its start, which Go's regexp does not accept either (gitleaks would reject it); swap its ends",
    ],
    [
      'unknown POSIX class',
      '[[:word2:]]',
      "uses the unknown POSIX class [:word2:], which Go's regexp does not accept either (gitleaks would reject it); use one of alnum, alpha, digit, lower, upper, space, word, xdigit…",
    ],
  ])('refuses %s', (_name, go, message) => {
    expect(() => translateGoRegex(go)).toThrow(message);
  });

  it("reports the JavaScript engine's reason for a pattern it cannot compile", () => {
    expect(() => compileGoRegex('(a')).toThrow(
      'is not a valid regular expression (Unterminated group); fix the pattern',
    );
  });
});
