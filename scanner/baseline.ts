// `--baseline REPORT.json`: findings already known when the baseline was taken are not
// reported again. The key is the secret itself (hashed with its rule and file), not its line,
// so a known secret that moves stays quiet while a new secret on a known line is reported.
import { secretHash } from './detect/detector.js';
import { InputError } from './errors.js';
import type { Finding } from './finding.js';
import { normalizePath, parseFingerprint } from './ignore-file.js';
import { readOptional } from './read-optional.js';

export type BaselineKey = Pick<Finding, 'ruleId' | 'file' | 'secret' | 'secretHash' | 'fingerprint'>;

const EXPECTED = 'expected a JSON report written by leakhound --format json or gitleaks --report-format json';
const SHA256_HEX = /^[0-9a-f]{64}$/;

export class Baseline {
  private readonly hashes = new Set<string>();
  private readonly fingerprints = new Set<string>();

  /** How many baseline entries fall back to fingerprint matching (see {@link parseBaseline}). */
  get fingerprintOnly(): number {
    return this.fingerprints.size;
  }

  get size(): number {
    return this.hashes.size + this.fingerprints.size;
  }

  addHash(hash: string): void {
    this.hashes.add(hash);
  }

  addFingerprint(fingerprint: string): void {
    this.fingerprints.add(fingerprint);
  }

  has(finding: BaselineKey): boolean {
    const hash = finding.secretHash || secretHash(finding.ruleId, finding.file, finding.secret);
    return this.hashes.has(hash) || this.fingerprints.has(finding.fingerprint);
  }
}

export async function loadBaseline(file: string): Promise<Baseline> {
  // Read as config and ignore files are, without loading the promise API (see read-optional.ts).
  const text = await readOptional(
    file,
    (code, cause) => new InputError(`baseline ${file} cannot be read (${code}); ${EXPECTED}`, { cause }),
  );
  if (text === null) throw new InputError(`baseline ${file} not found; ${EXPECTED}`);
  return parseBaseline(text, file);
}

/**
 * Reads a leakhound JSON report (`ruleId`, `file`, `secret`, `secretHash`, `fingerprint`…) or
 * a gitleaks one (`RuleID`, `File`, `Secret`, `Fingerprint`…).
 */
export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // The parser's message quotes the input, which may hold secrets: say only what is wrong.
    throw new InputError(`baseline ${file} is not valid JSON; ${EXPECTED}`);
  }
  if (!Array.isArray(data)) {
    throw new InputError(
      `baseline ${file} is ${kindOf(data)}, not an array of findings; ${EXPECTED} (SARIF, CSV and JUnit reports cannot be baselines)`,
    );
  }
  const baseline = new Baseline();
  for (const [i, entry] of data.entries()) addEntry(baseline, entry, `baseline ${file}: finding #${i + 1}`);
  return baseline;
}

function addEntry(baseline: Baseline, entry: unknown, where: string): void {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    throw new InputError(`${where} is ${kindOf(entry)}, not an object; ${EXPECTED}`);
  }
  const e = entry as Record<string, unknown>;
  const ruleId = text(e.ruleId ?? e.RuleID);
  const rawFile = text(e.file ?? e.File);
  if (ruleId === undefined) throw new InputError(`${where} has no ruleId (or RuleID); ${EXPECTED}`);
  if (rawFile === undefined) throw new InputError(`${where} has no file (or File); ${EXPECTED}`);
  const file = normalizePath(rawFile);

  const hash = text(e.secretHash);
  if (hash !== undefined && SHA256_HEX.test(hash)) {
    baseline.addHash(hash);
    return;
  }
  const secret = text(e.secret ?? e.Secret);
  if (secret !== undefined && !isRedacted(secret)) {
    baseline.addHash(secretHash(ruleId, file, secret));
    return;
  }

  // A report written with redaction and without secretHash (gitleaks --redact) cannot be
  // matched by secret. Fall back to its fingerprint: that matches only the same rule, file,
  // line (and commit), so a moved secret is reported again and a new secret on that line is
  // hidden. Rewrite the baseline with leakhound to get secret matching back.
  const fingerprint = text(e.fingerprint ?? e.Fingerprint) ?? fingerprintOf(e, ruleId, file);
  if (fingerprint === undefined) {
    throw new InputError(`${where} has neither a secret, a secretHash nor a fingerprint to match on; ${EXPECTED}`);
  }
  baseline.addFingerprint(normalizeFingerprint(fingerprint));
}

/** gitleaks --redact writes `REDACTED`; --redact=N keeps a prefix and appends `...`. */
function isRedacted(secret: string): boolean {
  return secret === 'REDACTED' || secret.endsWith('...');
}

function fingerprintOf(e: Record<string, unknown>, ruleId: string, file: string): string | undefined {
  const line = e.startLine ?? e.StartLine;
  if (typeof line !== 'number') return undefined;
  const commit = text(e.commit ?? e.Commit);
  return commit ? `${commit}:${file}:${ruleId}:${line}` : `${file}:${ruleId}:${line}`;
}

/** The file part of a fingerprint gets the same normalization as the file field. */
function normalizeFingerprint(fingerprint: string): string {
  const fp = parseFingerprint(fingerprint);
  if (!fp) return fingerprint;
  return `${fp.commit ? `${fp.commit}:` : ''}${fp.file}:${fp.ruleId}:${fp.startLine}`;
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'a JSON object' : `a ${typeof v}`;
}
