// The pure half of `leakhound rewrite`: from findings to the list of literal byte strings to
// replace, each with its replacement. No I/O here; applyRewrite() carries the plan out.
import { UsageError } from '../errors.js';

/** What the planner needs of a finding; a leakhound or gitleaks report gives all of it. */
export interface RewriteFinding {
  ruleId: string;
  secret: string;
  file: string;
  commit: string;
  tags: string[];
}

export interface PlannedSecret {
  /** The secret's UTF-8 bytes, as they stand in blobs and messages. */
  bytes: Buffer;
  /** The rule named first for it (a secret found by two rules is replaced once). */
  ruleId: string;
  replacement: Buffer;
}

export interface RewritePlan {
  secrets: PlannedSecret[];
  /** Distinct secrets per rule, for the summary. */
  byRule: Map<string, number>;
  /** Findings whose secret was decoded from base64/hex/percent text: it is not in the bytes. */
  encoded: RewriteFinding[];
  /** Where each finding was made (file '' for a message), to check that the findings belong to this repository. */
  locations: { commit: string; file: string }[];
}

export interface PlanOptions {
  /** Only these rules (empty: all). */
  rules: readonly string[];
  /** The replacement text; `{rule}` becomes the rule id. */
  replacement: string;
}

export const DEFAULT_REPLACEMENT = '***REMOVED***';

/** A secret this short would match all over the history; no rule reports one. */
export const MIN_SECRET_LENGTH = 6;

/** Rejects a replacement template that could not do its job, with an example of one that can. */
export function checkReplacement(template: string): void {
  const unknown = template.replace(/\{rule\}/g, '').match(/\{[^}]*\}/);
  if (unknown)
    throw new UsageError(
      `--replacement ${template}: ${unknown[0]} is not a placeholder; only {rule} is, e.g. --replacement '{rule}:REMOVED'`,
    );
  if (/[\r\n]/.test(template))
    throw new UsageError(`--replacement: must be one line so that line numbers do not move, e.g. '***REMOVED***'`);
}

/**
 * Decides what to replace: one entry per distinct secret, longest first (so a secret that
 * contains another is replaced whole). A multi-line secret (a private key's body) is replaced
 * by the replacement followed by the same line breaks, so that every later line keeps its
 * number. Findings narrowed by --rule are dropped here; ignore files and baselines were
 * applied before.
 */
export function planRewrite(findings: readonly RewriteFinding[], o: PlanOptions): RewritePlan {
  checkReplacement(o.replacement);
  const wanted = new Set(o.rules);
  const chosen = wanted.size === 0 ? findings : findings.filter((f) => wanted.has(f.ruleId));
  const bySecret = new Map<string, string>();
  const encoded: RewriteFinding[] = [];
  for (const f of chosen) {
    if (f.tags.some((t) => t.startsWith('decoded:'))) {
      encoded.push(f);
      continue;
    }
    if (f.secret.length < MIN_SECRET_LENGTH) continue;
    if (!bySecret.has(f.secret)) bySecret.set(f.secret, f.ruleId);
  }
  const secrets: PlannedSecret[] = [];
  const byRule = new Map<string, number>();
  for (const [secret, ruleId] of bySecret) {
    const breaks = secret.match(/\r\n|\r|\n/g)?.join('') ?? '';
    const replacement = o.replacement.replace(/\{rule\}/g, ruleId) + breaks;
    secrets.push({ bytes: Buffer.from(secret, 'utf8'), ruleId, replacement: Buffer.from(replacement, 'utf8') });
    byRule.set(ruleId, (byRule.get(ruleId) ?? 0) + 1);
  }
  for (const s of secrets) {
    if (secrets.some((t) => s.replacement.includes(t.bytes)))
      throw new UsageError(
        `--replacement ${o.replacement}: the replacement would contain a secret it replaces; use a fixed text such as '***REMOVED***'`,
      );
  }
  secrets.sort((a, b) => b.bytes.length - a.bytes.length || Buffer.compare(a.bytes, b.bytes));
  const locations = chosen.filter((f) => f.commit !== '').map((f) => ({ commit: f.commit, file: f.file }));
  return { secrets, byRule, encoded, locations };
}
