import { describe, expect, it } from 'vitest';
import { seed } from '../../rules/fixture-kit.js';
import { allFixtures } from '../../rules/fixtures.js';
import { defaultRules } from '../../rules/index.js';
import { KeywordFinder } from './keyword-finder.js';
import { KeywordIndex } from './keyword-index.js';

const keywords = defaultRules.flatMap((r) => r.keywords).filter((k) => /^[\x20-\x7e]*$/.test(k));

function corpus(): string[] {
  seed(20261206);
  const texts: string[] = [];
  for (const f of allFixtures)
    for (const fixture of Object.values(f())) {
      for (const c of [...fixture.truePositives, ...fixture.falsePositives]) texts.push(c.text);
    }
  return texts;
}

type Finder = Pick<KeywordIndex, 'keywords' | 'scanStarts'>;

/** The keywords found in `text`, sorted (the two searches find them in different orders). */
function found(finder: Finder, text: string): string[] {
  const hits: number[] = [];
  finder.scanStarts(text, new Uint8Array(finder.keywords.length), hits, []);
  return hits.map((k) => finder.keywords[k]!).sort();
}

/** Each keyword found in `text` with the offsets it starts at, sorted by keyword. */
function placed(finder: Finder, text: string): [string, number[]][] {
  const hits: number[] = [];
  const starts: number[][] = [];
  finder.scanStarts(text, new Uint8Array(finder.keywords.length), hits, starts);
  return hits.map((k): [string, number[]] => [finder.keywords[k]!, starts[k]!]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

describe('KeywordFinder', () => {
  const texts = corpus();
  const shouting = texts.map((t) => t.toUpperCase());
  // Case folding is ASCII-only in both: the Kelvin sign is not a k (though "ke" occurs).
  const tricky = ['KE = \u212Aey', 'PASS\u0130WORD=1', 'toKEN\u00e9token', 'pass\u0000word', 'GHP_x', ':', ''];

  it('finds, keyword by keyword, exactly what the automaton finds, on every rule fixture', () => {
    const direct = new KeywordFinder(keywords, Number.POSITIVE_INFINITY);
    const automaton = new KeywordIndex(keywords);
    expect(direct.keywords).toEqual(automaton.keywords);
    for (const text of [...texts, ...shouting, ...tricky]) {
      expect(found(direct, text), text).toEqual(found(automaton, text));
      expect(placed(direct, text), text).toEqual(placed(automaton, text));
    }
    expect(direct.built).toBe(false);
  });

  it('builds the automaton once the text scanned in all passes the threshold, and finds the same after', () => {
    const finder = new KeywordFinder(keywords, 1000);
    const automaton = new KeywordIndex(keywords);
    let scanned = 0;
    for (const text of texts) {
      scanned += text.length;
      expect(placed(finder, text)).toEqual(placed(automaton, text));
      expect(finder.built).toBe(scanned > 1000);
    }
    expect(finder.built).toBe(true);
  });

  it('never finds a keyword with a non-ASCII character, as the automaton cannot', () => {
    const finder = new KeywordFinder(['clé', 'key'], Number.POSITIVE_INFINITY);
    expect(found(finder, 'la clé, the key')).toEqual(['key']);
  });

  it('places overlapping and repeated occurrences as the automaton does', () => {
    const words = ['aa', 'aba', 'key'];
    const text = 'aaaa KEY key abababa';
    const direct = new KeywordFinder(words, Number.POSITIVE_INFINITY);
    expect(placed(direct, text)).toEqual(placed(new KeywordIndex(words), text));
    expect(placed(direct, text)).toEqual([
      ['aa', [0, 1, 2]],
      ['aba', [13, 15, 17]],
      ['key', [5, 9]],
    ]);
  });

  it('marks each keyword found once, and says how many were found', () => {
    const finder = new KeywordFinder(['ab', 'b', 'cd', 'zz'], Number.POSITIVE_INFINITY);
    const hits = new Uint8Array(4);
    const out: number[] = [];
    expect(finder.scanStarts('xAB cd B', hits, out, [])).toBe(3);
    expect(out.sort()).toEqual([0, 1, 2]);
    expect([...hits]).toEqual([1, 1, 1, 0]);
  });
});
