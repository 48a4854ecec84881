import { describe, expect, it } from 'vitest';
import { allFixtures } from '../../rules/fixtures.js';
import { defaultRules } from '../../rules/index.js';
import type { RuleFixtures } from '../../rules/types.js';
import { keywordLead } from './keyword-anchor.js';

const lead = (source: string, keywords: string[], flags = 'i'): number | null => keywordLead(source, flags, keywords);

describe('keywordLead', () => {
  it('anchors patterns that begin with their keywords', () => {
    expect(lead('(?:secret|token)[\\w.-]{0,30}=(\\w+)', ['secret', 'token'])).toBe(0);
    expect(lead('\\b(ghp_[A-Za-z0-9]{36})', ['ghp_'])).toBe(0);
    // A literal longer than its keyword still starts with it.
    expect(lead('(?:telegram|tg)_bot', ['tele', 'tg'])).toBe(0);
    // One character may come before the keyword.
    expect(lead('(?:datadog|(?:^|[^a-z0-9])dd)[\\w.-]{0,20}?key', ['datadog', 'dd'])).toBe(1);
    // A keyword inside the literal the match starts with: the match starts that far before it.
    expect(lead('api\\.telegram\\.org/bot(\\d+)|(?:telegram|tg)_x', ['telegram', 'tg', 'bot'])).toBe(4);
    // Each top-level alternative must be anchored.
    expect(lead('\\b(cfk_\\w{40})\\b|(?:cloudflare|cf)key', ['cfk_', 'cloudflare', 'cf'])).toBe(0);
    expect(lead('(?:(?:azure|aad)\\w{0,20}?secret|arm_client_secret)=', ['azure', 'aad', 'arm_client_secret'])).toBe(0);
  });

  it('refuses what it cannot show starts at a keyword', () => {
    // A keyword that is not where the match starts.
    expect(lead('\\b(?:key|name)=\\w+value', ['value'])).toBeNull();
    // Optional or repeated starts.
    expect(lead('(?:secret|token)?=\\w+', ['secret', 'token'])).toBeNull();
    expect(lead('tokens?=\\w+', ['tokens'])).toBeNull();
    expect(lead('secret\\.?key', ['secret.key'])).toBeNull();
    expect(lead('\\d+secret', ['secret'])).toBeNull();
    expect(lead('[a-z]+key', ['key'])).toBeNull();
    // An alternative without a keyword.
    expect(lead('(?:secret|\\d{4})=', ['secret'])).toBeNull();
    expect(lead('secret=|password=', ['secret'])).toBeNull();
    // Lookarounds, named groups, an empty alternative.
    expect(lead('(?=secret)secret', ['secret'])).toBeNull();
    expect(lead('(?<k>secret)', ['secret'])).toBeNull();
    expect(lead('(?:secret|)x', ['secret'])).toBeNull();
    // Unicode case folding reaches ASCII from outside it; multiline and dotAll are not analysed.
    expect(lead('secret', ['secret'], 'iu')).toBeNull();
    expect(lead('^secret', ['secret'], 'im')).toBeNull();
    // No keywords, or an empty one.
    expect(lead('secret', [])).toBeNull();
    expect(lead('secret', ['secret', ''])).toBeNull();
  });
});

/** Global-scan matches, as the detector ran every rule before. */
function globalMatches(re: RegExp, text: string): string[] {
  const g = new RegExp(re.source, `${re.flags.replace(/[gyd]/g, '')}g`);
  const out: string[] = [];
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    out.push(`${m.index}:${m[0]}:${m.slice(1).join('|')}`);
  }
  return out;
}

/** Matches from sticky tries at each keyword occurrence (case-insensitive) and `lead` characters before. */
function anchoredMatches(re: RegExp, keywords: string[], leadChars: number, text: string): string[] {
  const y = new RegExp(re.source, `${re.flags.replace(/[gyd]/g, '')}y`);
  const lower = text.toLowerCase();
  const at = new Set<number>();
  for (const k of keywords.map((x) => x.toLowerCase())) {
    for (let i = lower.indexOf(k); i !== -1; i = lower.indexOf(k, i + 1)) {
      for (let d = 0; d <= leadChars; d++) if (i - d >= 0) at.add(i - d);
    }
  }
  const out: string[] = [];
  let next = 0;
  for (const q of [...at].sort((a, b) => a - b)) {
    if (q < next) continue;
    y.lastIndex = q;
    const m = y.exec(text);
    if (m === null) continue;
    next = q + Math.max(1, m[0].length);
    if (m[0].length > 0) out.push(`${m.index}:${m[0]}:${m.slice(1).join('|')}`);
  }
  return out;
}

describe('keyword-anchored rules find what a global scan finds', () => {
  const fixtures: RuleFixtures = {};
  for (const f of allFixtures) Object.assign(fixtures, f());
  const texts = Object.values(fixtures).flatMap((f) => [...f.truePositives, ...f.falsePositives].map((c) => c.text));
  // Every example alone, then all of them in one text (matches next to each other, keywords
  // far from matches), with upper-cased and prefixed copies so case and lead characters vary.
  const corpus = [...texts, texts.join('\n'), texts.join(' ').toUpperCase(), texts.map((t) => `x${t}`).join('\n_')];
  const anchored = defaultRules.filter(
    (r) => r.regex && !r.re2 && keywordLead(r.regex.source, r.regex.flags, r.keywords) !== null,
  );

  it('covers most rules', () => {
    // The analysis is worth having only if it applies widely; a change that silently made it
    // refuse everything would pass the comparison below.
    expect(anchored.length).toBeGreaterThan(defaultRules.length / 2);
  });

  it.each(anchored.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const leadChars = keywordLead(rule.regex!.source, rule.regex!.flags, rule.keywords)!;
    for (const text of corpus) {
      expect(anchoredMatches(rule.regex!, rule.keywords, leadChars, text)).toEqual(globalMatches(rule.regex!, text));
    }
  });
});
