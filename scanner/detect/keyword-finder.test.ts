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

/** The keywords found in `text`, sorted (the two searches find them in different orders). */
function found(finder: { keywords: string[]; scan: KeywordIndex['scan'] }, text: string): string[] {
  const hits: number[] = [];
  finder.scan(text, new Uint8Array(finder.keywords.length), hits);
  return hits.map((k) => finder.keywords[k]!).sort();
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
    for (const text of [...texts, ...shouting, ...tricky])
      expect(found(direct, text), text).toEqual(found(automaton, text));
    expect(direct.automaton).toBe(false);
  });

  it('builds the automaton once the text scanned in all passes the threshold, and finds the same after', () => {
    const finder = new KeywordFinder(keywords, 1000);
    const automaton = new KeywordIndex(keywords);
    let scanned = 0;
    for (const text of texts) {
      scanned += text.length;
      expect(found(finder, text)).toEqual(found(automaton, text));
      expect(finder.automaton).toBe(scanned > 1000);
    }
    expect(finder.automaton).toBe(true);
  });

  it('never finds a keyword with a non-ASCII character, as the automaton cannot', () => {
    const finder = new KeywordFinder(['clé', 'key'], Number.POSITIVE_INFINITY);
    expect(found(finder, 'la clé, the key')).toEqual(['key']);
  });

  it('marks only keywords not already marked, and stops once all are found', () => {
    const finder = new KeywordFinder(['ab', 'b', 'cd'], Number.POSITIVE_INFINITY);
    const hits = new Uint8Array([1, 0, 0]);
    const out: number[] = [];
    expect(finder.scan('xAB cd B', hits, out)).toBe(2);
    expect(out.sort()).toEqual([1, 2]);
    expect([...hits]).toEqual([1, 1, 1]);
  });
});
