// The built-in rules a staged check needs, chosen by its text before any rule loads. A rule
// runs only on text holding one of its keywords (see Detector), so the rules whose keywords
// occur nowhere in what the check will scan, decoded segments included, cannot report there.
// Loading the other ~95 % of the rules was the largest part of a pre-commit hook's run; the
// catalog of keywords (rules/lazy/generated/, from rules/index.ts) lets it load only the groups
// of rule modules that can report, and build the detector from those rules alone.
import { defaultAllowlists } from '../../rules/global-allowlist.js';
import { CATALOG, GROUPS } from '../../rules/lazy/generated/catalog.js';
import type { CatalogModule, RuleGroup } from '../../rules/lazy/types.js';
import type { Rule } from '../../rules/types.js';
import { findDecodable } from '../detect/decode.js';
import { DEFAULT_MAX_DECODE_DEPTH, runsOnEveryText } from '../detect/detector.js';
import { foldAscii } from '../detect/keyword-finder.js';
import type { ScanConfig } from './types.js';

/**
 * Most text (decoded segments included) the keywords are looked for in. Looking for ~1,000 of
 * them one by one costs ~0.3 ms a KB here; past ~25 KB that is more than loading every rule,
 * and past this every rule loads, as without this.
 */
export const WAKE_SCAN_CHARS = 16 * 1024;

/**
 * The default config with only the built-in rules that can report in the texts `staged` gives
 * (in defaultRules order), or null when every rule must load: no texts (a blob to read), too
 * much text, or a catalog that does not match the rules (which its test prevents).
 */
export async function configWokenBy(
  staged: Promise<readonly string[] | null>,
  catalog: readonly CatalogModule[] = CATALOG,
  groups: readonly (() => Promise<RuleGroup>)[] = GROUPS,
): Promise<ScanConfig | null> {
  // Groups with rules that run whatever the text load while git computes the patch.
  const loading = new Map<number, Promise<RuleGroup>>();
  const load = (g: number): Promise<RuleGroup> => {
    let p = loading.get(g);
    if (!p) {
      p = groups[g]!();
      loading.set(g, p);
    }
    return p;
  };
  for (const m of catalog) if (m.keywords.some((k) => k === null || runsOnEveryText(k))) load(m.group);
  for (const p of loading.values()) p.catch(() => {});
  const texts = await staged;
  const all = texts && withDecoded(texts, DEFAULT_MAX_DECODE_DEPTH);
  if (!all) return null;
  const occurs = keywordsIn(all);
  const wakes = (keywords: readonly string[] | null): boolean =>
    keywords === null ||
    runsOnEveryText(keywords) ||
    // The detector scans a hunk after line feeds that put it at its line; a keyword holding
    // one could match there, so it wakes whatever the text.
    keywords.some((k) => k.includes('\n') || occurs(k));
  const needed = new Set(catalog.filter((m) => m.keywords.some(wakes)).map((m) => m.group));
  const loaded = new Map(await Promise.all([...needed].map(async (g) => [g, await load(g)] as const)));
  const rules: Rule[] = [];
  for (const m of catalog) {
    if (!needed.has(m.group)) continue;
    const moduleRules = loaded.get(m.group)?.[m.name];
    if (!moduleRules || !matches(moduleRules, m.keywords)) return null;
    for (const [i, rule] of moduleRules.entries()) if (wakes(m.keywords[i]!)) rules.push(rule);
  }
  return { rules, allowlists: defaultAllowlists, file: null, warnings: [] };
}

/**
 * `texts` and every segment the detector would decode in them, as deep as it decodes; null
 * past WAKE_SCAN_CHARS.
 */
function withDecoded(texts: readonly string[], depth: number): string[] | null {
  let chars = 0;
  for (const t of texts) chars += t.length;
  if (chars > WAKE_SCAN_CHARS) return null;
  const all = [...texts];
  let level: readonly string[] = texts;
  for (let d = 0; d < depth && level.length > 0; d++) {
    const next: string[] = [];
    for (const t of level) {
      for (const seg of findDecodable(t)) {
        chars += seg.text.length;
        if (chars > WAKE_SCAN_CHARS) return null;
        next.push(seg.text);
      }
    }
    all.push(...next);
    level = next;
  }
  return all;
}

/**
 * Whether a keyword occurs in any of `texts`, as the detector finds keywords: ignoring ASCII
 * case (KeywordFinder). Texts are joined by line feeds, which no keyword that counts here holds
 * (see wakes). For the few KB of a pre-commit change, one native search per keyword costs less
 * than building KeywordFinder's tables for ~1,000 of them.
 */
function keywordsIn(texts: readonly string[]): (keyword: string) => boolean {
  const folded = foldAscii(texts.join('\n'));
  const seen = new Map<string, boolean>();
  return (keyword) => {
    let found = seen.get(keyword);
    if (found === undefined) {
      found = folded.includes(keyword.toLowerCase());
      seen.set(keyword, found);
    }
    return found;
  };
}

/** Whether a loaded module's rules are the ones the catalog describes. */
function matches(rules: readonly Rule[], keywords: readonly (readonly string[] | null)[]): boolean {
  return (
    rules.length === keywords.length &&
    rules.every((r, i) => {
      const k = keywords[i]!;
      return k === null
        ? !r.regex
        : !!r.regex && r.keywords.length === k.length && r.keywords.every((x, j) => x === k[j]);
    })
  );
}
