// SARIF 2.1.0 as GitHub code scanning reads it: one run; one descriptor per active rule id;
// results that point at %SRCROOT%-relative URIs, carry a severity GitHub understands and a
// fingerprint that survives line moves; skipped inputs as tool execution notifications.
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Finding, SkippedInput } from '../finding.js';
import { sha256Hex } from '../sha256.js';
import type { Severity } from '../../rules/types.js';
import { cmp, prepareFindings, sortSkipped } from './order.js';
import type { ReportInput, Reporter } from './reporter.js';
import { describeSkip } from './skipped.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
export const FINGERPRINT_KEY = 'leakhound/v1';

/** Shown with every alert on GitHub; the same for all rules, because the remedy is. */
const HELP =
  'Treat a committed credential as compromised: revoke or rotate it at its provider, remove it from the code, ' +
  'and remove it from history (leakhound rewrite). If it is not a secret, add the fingerprint to .gitleaksignore ' +
  'or mark the line with a leakhound:allow comment.';

/** GitHub reads `security-severity` as a CVSS-like score: >=9 critical, 7-8.9 high, 4-6.9 medium, else low. */
const SECURITY_SEVERITY: Record<Severity, string | undefined> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  // No score: GitHub then shows the rule's level ("note") instead of a security severity.
  info: undefined,
};

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

export const sarif: Reporter = (input, options) => {
  const findings = prepareFindings(input.findings, options.redact);
  const rules = descriptors(input, findings);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: input.tool.name,
        semanticVersion: input.tool.version,
        informationUri: input.tool.informationUri,
        rules,
      },
    },
    invocations: [
      {
        executionSuccessful: true,
        toolExecutionNotifications: sortSkipped(input.skipped).map(notification),
      },
    ],
    ...(options.root ? { originalUriBaseIds: { [SRCROOT]: { uri: rootUri(options.root) } } } : {}),
    columnKind: 'utf16CodeUnits',
    results: findings.map((f) => result(f, index.get(f.ruleId)!)),
  };
  const log: Sarif.Log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
  return `${JSON.stringify(log, null, 2)}\n`;
};

interface RuleInfo {
  id: string;
  description: string;
  severity: Severity;
  tags: readonly string[];
}

/**
 * Every active rule, so GitHub knows what ran even when nothing was found; plus any rule id a
 * finding names that the list lacks, so every result has a descriptor. One per id, the first
 * wins, since a repeated id makes ruleIndex ambiguous; sorted by id so load order does not matter.
 */
function descriptors(input: ReportInput, findings: Finding[]): Sarif.ReportingDescriptor[] {
  const byId = new Map<string, RuleInfo>();
  const add = (r: RuleInfo) => byId.has(r.id) || byId.set(r.id, r);
  for (const r of input.rules) add({ id: r.id, description: r.description, severity: r.severity, tags: r.tags ?? [] });
  for (const f of findings) add({ id: f.ruleId, description: f.description, severity: f.severity, tags: f.tags });
  return [...byId.values()]
    .sort((a, b) => cmp(a.id, b.id))
    .map((r) => {
      const score = SECURITY_SEVERITY[r.severity];
      return {
        id: r.id,
        name: pascalCase(r.id),
        shortDescription: { text: r.description },
        fullDescription: { text: `${r.description} (${r.id}, severity ${r.severity}).` },
        help: { text: HELP },
        defaultConfiguration: { level: LEVEL[r.severity] },
        properties: {
          // GitHub applies security-severity only to rules tagged `security`.
          tags: [...new Set(['security', 'secret', ...r.tags])],
          ...(score ? { 'security-severity': score } : {}),
        },
      };
    });
}

function result(f: Finding, ruleIndex: number): Sarif.Result {
  const properties = {
    ...(f.commit ? { commit: f.commit, author: f.author, date: f.date } : {}),
    ...(f.verification ? { verification: { ...f.verification } } : {}),
  };
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    // Never the secret, redacted or not: GitHub shows messages to everyone with read access.
    message: {
      text: `${f.description} (${f.ruleId}) in ${f.file} at line ${f.startLine}${f.commit ? `, introduced in commit ${f.commit}` : ''}.`,
    },
    locations: [{ physicalLocation: { artifactLocation: artifact(f.file), region: region(f) } }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f) },
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  };
}

/** Finding columns are 1-based inclusive; SARIF's endColumn is the column after the region. */
function region(f: Finding): Sarif.Region {
  // A file flagged by its path alone has no secret to point at: the region is its first line.
  if (f.secret === '') return { startLine: f.startLine };
  return { startLine: f.startLine, startColumn: f.startColumn, endLine: f.endLine, endColumn: f.endColumn + 1 };
}

/**
 * Stable across runs and line moves: rule, file and the secret's hash, no line number. The
 * same secret twice in one file is one alert, which is how it is rotated anyway.
 */
export function fingerprint(f: Finding): string {
  return sha256Hex(`${f.ruleId}:${f.file}:${f.secretHash}`);
}

function notification(s: SkippedInput): Sarif.Notification {
  return {
    level: 'note',
    message: { text: `Skipped ${describeSkip(s)}` },
    locations: [{ physicalLocation: { artifactLocation: artifact(s.file) } }],
    properties: { reason: s.reason },
  };
}

function artifact(file: string): Sarif.ArtifactLocation {
  return { uri: fileUri(file), uriBaseId: SRCROOT };
}

/** A relative URI reference: each `/`-separated segment percent-encoded (spaces, `#`, `?`, `:`). */
export function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** SARIF wants the base as an absolute URI ending in `/`. */
function rootUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** `aws-access-token` → `AwsAccessToken`, the identifier-like name SARIF viewers show. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}
