import type { Allowlist, Severity } from '../../rules/types.js';
import { hasBacktrackingRisk } from '../detect/backtracking-risk.js';
// The rules this marks `re2` run on that engine; importing it makes it available to the detector.
import '../detect/linear-regex.js';
import { compileAt, parseAllowlist } from './parse-allowlist.js';
import type { Fields } from './toml-fields.js';

/** One `[[rules]]` table as written: only what it sets, so it can be merged onto a default. */
export interface RuleLayer {
  id: string;
  description?: string;
  severity?: Severity;
  regex?: RegExp;
  /** The Go pattern, kept when the regex must run on the linear-time engine. */
  re2?: string;
  secretGroup?: number;
  entropy?: number;
  path?: RegExp;
  keywords: string[];
  tags: string[];
  allowlists: Allowlist[];
  /** gitleaks `skipReport`: the rule only serves another rule's `[[rules.required]]`. */
  skipReport: boolean;
}

const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
/** Shannon entropy per character cannot exceed 8 bits for byte-sized characters. */
const MAX_ENTROPY = 8;

export function parseRule(table: Fields, warnings: string[]): RuleLayer {
  const id = table.string('id', 'id = "my-token"')?.trim();
  if (!id) table.fail('has no id; add one, e.g. id = "my-token" (the id names its findings and fingerprints)');
  const f = table.at(`rule ${id}`);

  const regexSource = f.string('regex', `regex = '''tok_[a-z0-9]{32}'''`);
  const pathSource = f.string('path', `path = '''\\.env$'''`);
  const layer: RuleLayer = {
    id,
    keywords: (f.strings('keywords', 'keywords = ["tok_"]') ?? []).map((k) => k.trim().toLowerCase()).filter(Boolean),
    tags: f.strings('tags', 'tags = ["internal"]') ?? [],
    allowlists: parseRuleAllowlists(f),
    skipReport: f.boolean('skipReport', 'skipReport = true') ?? false,
  };
  const description = f.string('description', 'description = "Internal API token"');
  if (description) layer.description = description;
  // Not part of gitleaks' schema (gitleaks ignores it); leakhound reports it.
  const severity = f.string('severity', 'severity = "high"');
  if (severity !== undefined) {
    const lower = severity.trim().toLowerCase();
    if (!(SEVERITIES as readonly string[]).includes(lower)) {
      f.fail(`severity ${JSON.stringify(severity)} is not one of ${SEVERITIES.join(', ')}; e.g. severity = "high"`);
    }
    layer.severity = lower as Severity;
  }
  // An empty string means "not set" in gitleaks, as do the zero values below.
  if (regexSource) {
    layer.regex = compileAt(f, 'regex', regexSource);
    // A user regex is not proven safe like the built-in ones: if its shape could backtrack
    // badly, run the original RE2 pattern on a linear-time engine (slower, never hangs).
    if (hasBacktrackingRisk(layer.regex.source)) layer.re2 = regexSource;
  }
  if (pathSource) layer.path = compileAt(f, 'path', pathSource);

  const secretGroup = f.integer('secretGroup', 'secretGroup = 1');
  if (secretGroup !== undefined && secretGroup < 0)
    f.fail(`secretGroup must be 0 or more (e.g. secretGroup = 1), not ${secretGroup}`);
  if (secretGroup) layer.secretGroup = secretGroup;

  const entropy = f.number('entropy', 'entropy = 3.5');
  if (entropy !== undefined && (entropy < 0 || entropy > MAX_ENTROPY)) {
    f.fail(`entropy must be between 0 and ${MAX_ENTROPY} bits per character (e.g. entropy = 3.5), not ${entropy}`);
  }
  if (entropy) layer.entropy = entropy;

  if (f.has('required')) {
    warnings.push(`rule ${id}: [[rules.required]] is not supported yet, so the rule reports on its own match`);
  }
  if (layer.skipReport) warnings.push(`rule ${id}: skipReport = true, so the rule reports nothing`);
  return layer;
}

/** The old single `[rules.allowlist]` or the new `[[rules.allowlists]]`, not both (as in gitleaks). */
function parseRuleAllowlists(f: Fields): Allowlist[] {
  const old = f.table('allowlist', `${f.where}: [rules.allowlist]`, `[rules.allowlist] with stopwords = ["example"]`);
  const tables = f.tables('allowlists', (n) => `${f.where}: [[rules.allowlists]] #${n}`, '[[rules.allowlists]] tables');
  if (old && tables.length > 0) {
    f.fail(
      '[rules.allowlist] cannot be used alongside [[rules.allowlists]]; move its keys into a [[rules.allowlists]] table',
    );
  }
  return (old ? [old] : tables).map((t) => parseAllowlist(t).allowlist);
}
