// The rule model shared by the built-in rules and rules loaded from a gitleaks-style TOML
// config. Pure data: nothing here may do I/O, because worker threads load it.

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

export type RegexTarget = 'secret' | 'match' | 'line';

/** One allowlist: when it matches a candidate, the candidate is dropped. */
export interface Allowlist {
  description?: string;
  /** OR (default): any one criterion suppresses. AND: every criterion given must match. */
  condition?: 'OR' | 'AND';
  /** What `regexes` are tested against. Default `secret`. */
  regexTarget?: RegexTarget;
  regexes?: RegExp[];
  /** Tested against the file path (relative, `/` separators). */
  paths?: RegExp[];
  /** Case-insensitive substrings; a secret containing one is not reported. */
  stopwords?: string[];
  /** Commit SHAs (full or prefix) whose findings are allowed. */
  commits?: string[];
  /** Only for global allowlists: limit to these rule ids (gitleaks `targetRules`). */
  targetRules?: string[];
}

export interface Rule {
  /** kebab-case, unique, stable: it is part of every fingerprint. */
  id: string;
  description: string;
  severity: Severity;
  /**
   * JavaScript regex. Must be free of catastrophic backtracking (checked in tests) and must
   * not use lookarounds or backreferences, so V8's linear-time fallback engine can take over
   * on any input. The engine adds the `g` flag; do not rely on `y`.
   */
  regex?: RegExp;
  /**
   * An RE2 (Go syntax) pattern to run on a linear-time engine instead of `regex`. Set by the
   * config loader for user regexes that could backtrack badly; built-in rules never need it.
   */
  re2?: string;
  /** Capture group holding the secret. 0 = whole match. Default: 1 when the regex has groups, else 0. */
  secretGroup?: number;
  /**
   * Lower-case literals; the rule only runs on text containing at least one of them
   * (case-insensitive). Empty means the rule runs on every fragment: avoid that.
   */
  keywords: string[];
  /** Minimum Shannon entropy (bits per char) of the secret. */
  entropy?: number;
  /** Only fragments whose path matches. A rule with `path` and no `regex` flags the file itself. */
  path?: RegExp;
  allowlists?: Allowlist[];
  /**
   * Free-form labels copied to findings. The tag `generic` marks a catch-all rule: its
   * findings are dropped when a specific rule reports an overlapping secret, so one
   * credential is one finding.
   */
  tags?: string[];
  /** Skip the engine's decoding of base64/hex/percent segments for this rule. */
  skipDecoded?: boolean;
  /**
   * Extra check on the extracted secret, for structure a regex cannot express cheaply
   * (checksums, JSON shape). Must be pure and fast. Return false to drop the candidate.
   * `before` is the text in front of the match on its line (at most 64 characters): a rule
   * can start its regex at a distinctive literal and still judge what precedes it.
   */
  validate?: (secret: string, match: string, before: string) => boolean;
  /**
   * Lines either side of the match to collect URL hosts from (`https://host`, `git@host:`),
   * for credentials of self-hostable services (GitLab): the hosts go on the finding, and the
   * provider may send the secret to one of them only if the configuration trusts it.
   */
  nearbyHosts?: number;
}

/** Examples a rule ships with; generated at test time so no live-looking literal is committed. */
export interface RuleCase {
  /** Text to scan (a line or a small file). */
  text: string;
  /** For true positives: the secret the rule must extract. */
  secret?: string;
  /** Optional path the text is scanned as (for path-scoped rules). */
  path?: string;
}

export interface RuleFixture {
  /** Each must produce a finding of this rule with `secret`. */
  truePositives: RuleCase[];
  /** Each must produce no finding from any built-in rule. */
  falsePositives: RuleCase[];
}

export type RuleFixtures = Record<string, RuleFixture>;
