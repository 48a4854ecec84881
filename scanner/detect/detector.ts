import { shannonEntropy } from '../../rules/entropy.js';
import type { Allowlist, Rule } from '../../rules/types.js';
import type { CommitInfo, Finding, Fragment } from '../finding.js';
import { sha256Hex } from '../sha256.js';
import { allowlistMatches, allowsPath, type Candidate } from './allowlist.js';
import { findDecodable } from './decode.js';
import { CompiledRule } from './compiled-rule.js';
import { KeywordFinder } from './keyword-finder.js';
import { LineIndex } from './line-index.js';
import { hostsNear } from './nearby-hosts.js';
import { enableRegexFallback } from './regex-safety.js';
import { isPlaceholder } from './placeholders.js';

export interface DetectorOptions {
  rules: Rule[];
  /** Global allowlists (config `[allowlist]` / `[[allowlists]]` and the built-in ones). */
  allowlists?: Allowlist[];
  /** How many times an encoded segment inside decoded text is decoded again. Default 2. */
  maxDecodeDepth?: number;
  /**
   * Report findings on a line with an inline allow comment, tagged INLINE_ALLOWED, instead of
   * dropping them: the responder lets the comment quiet only what does not verify as live.
   */
  keepInlineAllowed?: boolean;
}

export const INLINE_ALLOWED = 'inline-allowed';

/** DetectorOptions.maxDecodeDepth when not given. */
export const DEFAULT_MAX_DECODE_DEPTH = 2;

/**
 * Whether a rule with these keywords runs on every text: it has none, or one the ASCII keyword
 * scan cannot place (a non-ASCII one). Every other rule runs only where one of its keywords occurs.
 */
export function runsOnEveryText(keywords: readonly string[]): boolean {
  return keywords.length === 0 || keywords.some((k) => !isAscii(k));
}

/**
 * A sticky try costs about as much as a global scan over this many characters: below that
 * density of keyword occurrences, the regex is tried at the occurrences instead.
 */
const TRY_COST_CHARS = 32;

/** What the rules found in some content, before anything that depends on its path or commit. */
export interface ContentHits {
  hits: Hit[];
  /** Hits inside encoded segments (base64, hex, percent), placed at the segment. */
  decoded: readonly DecodedHits[];
}

/** A rule's match where it is: flat, one object per match, since this is the hot path. */
interface MatchHit extends Location {
  rule: number;
  /** The line(s) of the match, for allowlists that test the line. */
  line: string;
  inlineAllow: boolean;
  /** Hosts named near the secret, for rules with `nearbyHosts` (a self-managed GitLab's). */
  hosts?: string[];
  fileOnly?: undefined;
}

/** A rule that judges a file by its path alone. */
interface FileHit {
  rule: number;
  fileOnly: true;
}

type Hit = MatchHit | FileHit;

const NO_DECODED: readonly DecodedHits[] = [];

interface Span {
  startLine: number;
  endLine: number;
  startColumn: number;
  endColumn: number;
}

interface DecodedHits extends Span {
  encoding: string;
  inner: ContentHits;
}

const NO_COMMIT: CommitInfo = { commit: '', author: '', email: '', date: '', message: '' };

/**
 * The detection pipeline, in a fixed order: path allowlist → keyword prefilter → regex →
 * secret group → entropy → placeholder → validator → inline allow → allowlists →
 * fingerprint; then the same over decoded segments, then overlap dedupe.
 */
export class Detector {
  private readonly compiled: CompiledRule[];
  private readonly keywords: KeywordFinder;
  private readonly globalAllowlists: Allowlist[];
  private readonly maxDecodeDepth: number;
  private readonly keepInlineAllowed: boolean;
  /** For each keyword, the indices of the rules it lets run. */
  private readonly rulesByKeyword: number[][];
  /** Rules without (ASCII) keywords: they run on every fragment. */
  private readonly alwaysRun: number[];
  /** Fragments of one file arrive together (history, diffs): remember the last path verdict. */
  private lastPath: { path: string; allowed: boolean } | null = null;

  constructor(options: DetectorOptions) {
    enableRegexFallback();
    const ids = new Map<string, number>();
    const asciiKeywords = new Set<string>();
    for (const rule of options.rules) {
      for (const k of rule.keywords) if (isAscii(k)) asciiKeywords.add(k.toLowerCase());
    }
    this.keywords = new KeywordFinder(asciiKeywords);
    for (const [i, k] of this.keywords.keywords.entries()) ids.set(k, i);
    this.compiled = options.rules.map(
      (rule) =>
        new CompiledRule(
          rule,
          rule.keywords.map((k) => ids.get(k.toLowerCase())).filter((i): i is number => i !== undefined),
          runsOnEveryText(rule.keywords),
        ),
    );
    this.globalAllowlists = options.allowlists ?? [];
    this.maxDecodeDepth = options.maxDecodeDepth ?? DEFAULT_MAX_DECODE_DEPTH;
    this.keepInlineAllowed = options.keepInlineAllowed ?? false;
    this.rulesByKeyword = this.keywords.keywords.map(() => []);
    this.alwaysRun = [];
    this.compiled.forEach((c, i) => {
      if (c.alwaysRun) this.alwaysRun.push(i);
      else for (const k of new Set(c.keywordIds)) this.rulesByKeyword[k]!.push(i);
    });
  }

  get rules(): Rule[] {
    return this.compiled.map((c) => c.rule);
  }

  detect(fragment: Fragment): Finding[] {
    if (this.pathAllowed(fragment.path)) return [];
    return dropGenericOverlaps(this.place(this.detectText(fragment.text, fragment.path, 0), fragment, false));
  }

  /**
   * The part of detection that depends on the content alone: every rule runs whatever its
   * path, and nothing is decided yet that depends on where the content lives. `placeHits`
   * turns the result into findings at one path, so content reachable under many paths (one
   * blob in a push) is read by the rules once.
   */
  detectContent(text: string): ContentHits {
    return this.detectText(text, null, 0);
  }

  /** Findings of `hits` (from detectContent) at `fragment`'s path and commit: as `detect` would report them. */
  placeHits(hits: ContentHits, fragment: Omit<Fragment, 'text'>): Finding[] {
    if (this.pathAllowed(fragment.path)) return [];
    return dropGenericOverlaps(this.place(hits, fragment, true));
  }

  private pathAllowed(path: string): boolean {
    if (this.lastPath?.path !== path) {
      this.lastPath = {
        path,
        allowed: this.globalAllowlists.some((a) => !a.targetRules?.length && allowsPath(a, path)),
      };
    }
    return this.lastPath.allowed;
  }

  /** The rule may report at this path: its path pattern matches and none of its allowlists allows the path. */
  private appliesTo(c: CompiledRule, path: string): boolean {
    if (c.rule.path && !c.rule.path.test(path)) return false;
    return !c.rule.allowlists?.some((a) => allowsPath(a, path));
  }

  /**
   * Findings of the rules that judge a file by its path alone (a `path` and no regex), for
   * content that cannot be read as text: a committed PKCS#12 or KeePass file is the leak.
   */
  detectFileName(fragment: Omit<Fragment, 'text'>): Finding[] {
    const path = fragment.path;
    if (this.globalAllowlists.some((a) => !a.targetRules?.length && allowsPath(a, path))) return [];
    const out: Finding[] = [];
    for (const c of this.compiled) {
      if (c.re !== null || !c.rule.path?.test(path)) continue;
      if (c.rule.allowlists?.some((a) => allowsPath(a, path))) continue;
      out.push(this.fileFinding(c.rule, fragment, fragment.commit ?? NO_COMMIT));
    }
    return out;
  }

  /** The rules' hits in `text`; with a path, rules that cannot report there are not run at all. */
  private detectText(text: string, path: string | null, depth: number): ContentHits {
    let lines: LineIndex | undefined;
    const hits: Hit[] = [];
    let decoded: DecodedHits[] | undefined;
    const starts: number[][] = [];
    // Base64-alphabet runs for the encoded-segment search, found by the keyword scan's pass.
    const runs = depth < this.maxDecodeDepth ? [] : undefined;

    for (const i of this.candidates(text, starts, runs)) {
      const c = this.compiled[i]!;
      if (depth > 0 && c.rule.skipDecoded) continue;
      if (path !== null && !this.appliesTo(c, path)) continue;
      lines ??= new LineIndex(text);
      if (c.re === null) {
        if (depth === 0) hits.push({ rule: i, fileOnly: true });
        continue;
      }
      const at = c.sticky === null ? null : tryAt(c, starts, text.length);
      if (at !== null) {
        this.matchAt(c, i, at, text, lines, hits);
        continue;
      }
      const re = c.re;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const h = this.hit(c, i, m, text, lines);
        if (h) hits.push(h);
      }
    }

    if (depth < this.maxDecodeDepth) {
      for (const seg of findDecodable(text, runs)) {
        const inner = this.detectText(seg.text, path, depth + 1);
        if (inner.hits.length === 0 && inner.decoded.length === 0) continue;
        lines ??= new LineIndex(text);
        const startLine = lines.line(seg.start);
        const endLine = lines.line(seg.end - 1);
        decoded ??= [];
        decoded.push({
          encoding: seg.encoding,
          startLine,
          endLine,
          startColumn: lines.column(seg.start, startLine),
          endColumn: lines.column(seg.end - 1, endLine),
          inner,
        });
      }
    }
    return { hits, decoded: decoded ?? NO_DECODED };
  }

  /** Findings at the fragment's path from hits; `checkPath` when the hits were found without a path. */
  private place(found: ContentHits, fragment: Omit<Fragment, 'text'>, checkPath: boolean): Finding[] {
    const commit = fragment.commit ?? NO_COMMIT;
    const out: Finding[] = [];
    for (const h of found.hits) {
      const c = this.compiled[h.rule]!;
      if (checkPath && !this.appliesTo(c, fragment.path)) continue;
      if (h.fileOnly) {
        out.push(this.fileFinding(c.rule, fragment, commit));
        continue;
      }
      const cand: Candidate = {
        secret: h.secret,
        match: h.match,
        line: h.line,
        path: fragment.path,
        commit: commit.commit,
      };
      if (c.rule.allowlists?.some((a) => allowlistMatches(a, cand))) continue;
      if (this.globalAllowlists.some((a) => appliesToRule(a, c.rule.id) && allowlistMatches(a, cand))) continue;
      const finding = makeFinding(c.rule, fragment, commit, h);
      if (h.inlineAllow) finding.tags.push(INLINE_ALLOWED);
      if (h.hosts) finding.hosts = h.hosts;
      out.push(finding);
    }
    for (const seg of found.decoded) {
      for (const f of this.place(seg.inner, fragment, checkPath)) {
        const moved = relocate(f, seg, fragment);
        // A secret that survives decoding unchanged (percent-encoding around it) was already
        // found in the raw text by the same rule: report it once.
        if (!out.some((o) => o.ruleId === moved.ruleId && spansOverlap(o, moved))) out.push(moved);
      }
    }
    return out;
  }

  /**
   * The matches a global scan of `text` would give, found by trying the sticky regex only at
   * the offsets `at` (ascending; every match starts at one of them): after a match, the next
   * try is past its end, as a global scan's next search would be.
   */
  private matchAt(c: CompiledRule, index: number, at: number[], text: string, lines: LineIndex, hits: Hit[]): void {
    const re = c.sticky!;
    let next = 0;
    let prev = -1;
    for (const q of at) {
      if (q < next || q === prev) continue;
      prev = q;
      re.lastIndex = q;
      const m = re.exec(text);
      if (m === null) continue;
      // A global scan skips an empty match and searches on from the next offset.
      next = q + Math.max(1, m[0].length);
      if (m[0].length === 0) continue;
      const h = this.hit(c, index, m, text, lines);
      if (h) hits.push(h);
    }
  }

  /**
   * Indices of the rules whose keywords occur in `text` (or that have none), in rule order;
   * fills `starts` with where each keyword found starts.
   */
  private candidates(text: string, starts: number[][], runs?: number[]): number[] {
    const found: number[] = [];
    // Scratch marks, cleared again before returning: this runs once per fragment, and two
    // fresh arrays a call were a good part of a history worker's garbage.
    this.keywordScratch ??= new Uint8Array(this.keywords.keywords.length);
    const seen = this.keywordScratch;
    this.keywords.scanStarts(text, seen, found, starts, runs);
    for (const k of found) seen[k] = 0;
    if (found.length === 0) return this.alwaysRun;
    this.ruleScratch ??= new Uint8Array(this.compiled.length);
    const mark = this.ruleScratch;
    const order = this.alwaysRun.slice();
    for (const k of found) {
      for (const i of this.rulesByKeyword[k]!) {
        if (mark[i] === 0) {
          mark[i] = 1;
          order.push(i);
        }
      }
    }
    for (const i of order) mark[i] = 0;
    return order.sort((a, b) => a - b);
  }

  private keywordScratch: Uint8Array | undefined;
  private ruleScratch: Uint8Array | undefined;

  /** What a rule's match says about the content alone: secret group, entropy, placeholder, validator, inline allow. */
  private hit(c: CompiledRule, index: number, m: RegExpExecArray, text: string, lines: LineIndex): Hit | null {
    const rule = c.rule;
    const [secret, secretStart] = secretOf(c, m, text);
    if (secret === undefined || secret === '') return null;
    const entropy = shannonEntropy(secret);
    if (rule.entropy !== undefined && entropy < rule.entropy) return null;
    if (isPlaceholder(secret)) return null;
    if (rule.validate && !rule.validate(secret, m[0], lines.before(m.index, 64))) return null;

    const startLine = lines.line(secretStart);
    const endOffset = secretStart + secret.length - 1;
    const endLine = lines.line(endOffset);
    const line = lines.context(lines.line(m.index), lines.line(m.index + m[0].length - 1));
    if (line.inlineAllow && !this.keepInlineAllowed) return null;
    const hosts = rule.nearbyHosts ? hostsNear(lines, startLine, endLine, rule.nearbyHosts) : undefined;
    return {
      rule: index,
      ...(hosts !== undefined && hosts.length > 0 ? { hosts } : {}),
      line: line.text,
      inlineAllow: line.inlineAllow,
      secret,
      match: m[0],
      startLine,
      endLine,
      startColumn: lines.column(secretStart, startLine),
      endColumn: lines.column(endOffset, endLine),
      entropy,
    };
  }

  private fileFinding(rule: Rule, fragment: Omit<Fragment, 'text'>, commit: CommitInfo): Finding {
    return makeFinding(rule, fragment, commit, {
      secret: '',
      match: fragment.path,
      startLine: 1,
      endLine: 1,
      startColumn: 1,
      endColumn: 1,
      entropy: 0,
    });
  }
}

interface Location {
  secret: string;
  match: string;
  startLine: number;
  endLine: number;
  startColumn: number;
  endColumn: number;
  entropy: number;
}

function makeFinding(rule: Rule, fragment: Omit<Fragment, 'text'>, commit: CommitInfo, loc: Location): Finding {
  const file = fragment.path;
  const fingerprint = commit.commit
    ? `${commit.commit}:${file}:${rule.id}:${loc.startLine}`
    : `${file}:${rule.id}:${loc.startLine}`;
  return {
    ruleId: rule.id,
    description: rule.description,
    severity: rule.severity,
    secret: loc.secret,
    match: loc.match,
    file,
    startLine: loc.startLine,
    endLine: loc.endLine,
    startColumn: loc.startColumn,
    endColumn: loc.endColumn,
    commit: commit.commit,
    author: commit.author,
    email: commit.email,
    date: commit.date,
    message: commit.message,
    fingerprint,
    entropy: Math.round(loc.entropy * 1000) / 1000,
    tags: [...(rule.tags ?? [])],
    secretHash: secretHash(rule.id, file, loc.secret),
  };
}

export function secretHash(ruleId: string, file: string, secret: string): string {
  return sha256Hex(`${ruleId}:${file}:${secret}`);
}

/**
 * The secret and its offset in the text, from the rule's secret group. The `d` flag would
 * give offsets directly, but V8 cannot fall back to its linear engine for `d` regexes; so the
 * offset comes from the match, and only when the secret occurs twice in it is the regex run
 * once more, anchored at the match, with indices.
 */
function secretOf(c: CompiledRule, m: RegExpExecArray, text: string): [string | undefined, number] {
  const groups = m.length - 1;
  let g = c.rule.secretGroup ?? (groups > 0 ? -1 : 0);
  if (g === -1) {
    g = 0;
    for (let i = 1; i <= groups; i++) {
      if (m[i]) {
        g = i;
        break;
      }
    }
  }
  const secret = m[g];
  if (g === 0 || secret === undefined) return [secret, m.index];
  if (m.indices) return [secret, m.indices[g]![0]];
  const at = m[0].indexOf(secret);
  if (at === m[0].lastIndexOf(secret)) return [secret, m.index + at];
  const re = c.withIndices!;
  re.lastIndex = m.index;
  const again = re.exec(text);
  return [secret, again?.indices?.[g]?.[0] ?? m.index + at];
}

/** A finding from decoded text, placed at the encoded segment in the original fragment. */
function relocate(f: Finding, seg: Span & { encoding: string }, fragment: Omit<Fragment, 'text'>): Finding {
  const { startLine, endLine, startColumn, endColumn, encoding } = seg;
  const file = fragment.path;
  const commit = fragment.commit?.commit ?? '';
  return {
    ...f,
    startLine,
    endLine,
    startColumn,
    endColumn,
    fingerprint: commit ? `${commit}:${file}:${f.ruleId}:${startLine}` : `${file}:${f.ruleId}:${startLine}`,
    tags: f.tags.includes(`decoded:${encoding}`) ? f.tags : [...f.tags, `decoded:${encoding}`],
  };
}

/**
 * One credential, one finding: a finding is dropped when a more specific rule found an
 * overlapping secret on the same lines (generic < credential-file < provider rule, see rank),
 * and exact duplicates (same rule, same place) collapse.
 */
function dropGenericOverlaps(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const seen = new Set<string>();
  const ranked = findings.map(rank);
  const top = Math.max(...ranked);
  return findings.filter((f, i) => {
    const key = `${f.ruleId}:${f.startLine}:${f.startColumn}:${f.secret}`;
    if (seen.has(key)) return false;
    seen.add(key);
    const r = ranked[i]!;
    if (r === top) return true;
    // A key store named by its path gives way to anything read from the file's content.
    if (r < 0) return false;
    return !findings.some((s, j) => ranked[j]! > r && overlaps(s, f));
  });
}

/**
 * How specific a finding is: a key store known only by its file name -1, catch-all (`generic`)
 * 0, a credential file's entry 1, a provider's format 2.
 */
function rank(f: Finding): number {
  if (f.secret === '' && f.tags.includes('key-store')) return -1;
  if (f.tags.includes('generic')) return 0;
  return f.tags.includes('credential-file') ? 1 : 2;
}

function overlaps(a: Finding, b: Finding): boolean {
  if (a.startLine > b.endLine || b.startLine > a.endLine) return false;
  if (a.secret.includes(b.secret) || b.secret.includes(a.secret)) return true;
  return spansOverlap(a, b);
}

function spansOverlap(a: Finding, b: Finding): boolean {
  return (
    !before(a.endLine, a.endColumn, b.startLine, b.startColumn) &&
    !before(b.endLine, b.endColumn, a.startLine, a.startColumn)
  );
}

/** Position (l1, c1) comes strictly before (l2, c2). Lines can be millions of columns long. */
function before(l1: number, c1: number, l2: number, c2: number): boolean {
  return l1 < l2 || (l1 === l2 && c1 < c2);
}

function appliesToRule(a: Allowlist, ruleId: string): boolean {
  return !a.targetRules?.length || a.targetRules.includes(ruleId);
}

/**
 * The offsets to try a keyword-anchored rule at, ascending, or null when its keywords are so
 * dense in `text` that one global scan is cheaper.
 */
function tryAt(c: CompiledRule, starts: number[][], length: number): number[] | null {
  let total = 0;
  for (const k of c.keywordIds) total += starts[k]?.length ?? 0;
  if (total * (c.lead + 1) * TRY_COST_CHARS > length) return null;
  if (c.keywordIds.length === 1 && c.lead === 0) return starts[c.keywordIds[0]!] ?? [];
  const out: number[] = [];
  for (const k of c.keywordIds) {
    for (const a of starts[k] ?? []) for (let d = c.lead; d >= 0; d--) if (a >= d) out.push(a - d);
  }
  return out.sort((x, y) => x - y);
}

function isAscii(s: string): boolean {
  // A loop, not a regex: run once per keyword at start-up, before V8 has compiled anything.
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}
