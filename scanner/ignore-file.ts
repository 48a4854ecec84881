// `.gitleaksignore` / `.leakhoundignore`: fingerprints of findings the team has reviewed and
// accepted, one a line. As in gitleaks, `file:rule:line` silences that spot in every commit
// (history findings included); `commit:file:rule:line` silences it in that commit only.
import { readOptional } from './read-optional.js';
import { join } from 'node:path';
import { InputError } from './errors.js';
import type { Finding } from './finding.js';

/** Read from the scan root, in this order; entries from both apply. */
export const IGNORE_FILES = ['.gitleaksignore', '.leakhoundignore'] as const;

export type IgnoreKey = Pick<Finding, 'file' | 'ruleId' | 'startLine' | 'commit'>;

export interface Fingerprint {
  /** Lower case; empty for the `file:rule:line` form. */
  commit: string;
  file: string;
  ruleId: string;
  startLine: number;
}

const FINGERPRINT = /^(.+):([^:]+):(\d+)$/;
// A commit as gitleaks writes it (full SHA-1 or SHA-256); shorter prefixes also work here.
const COMMIT = /^([0-9a-f]{7,64}):(.+)$/i;

/** Splits `commit:file:rule:line` or `file:rule:line`; null when it is neither. */
export function parseFingerprint(text: string): Fingerprint | null {
  const m = FINGERPRINT.exec(text);
  if (!m) return null;
  const [, rest, ruleId, line] = m as unknown as [string, string, string, string];
  const c = COMMIT.exec(rest);
  return {
    commit: c ? c[1]!.toLowerCase() : '',
    file: normalizePath(c ? c[2]! : rest),
    ruleId,
    startLine: Number(line),
  };
}

/** Report paths as leakhound writes them: `/` separators (gitleaks on Windows wrote `\`), no `./`. */
export function normalizePath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^\.\//, '');
}

export class IgnoreSet {
  private readonly anyCommit = new Set<string>();
  private readonly byCommit = new Map<string, string[]>();
  /** Lines that are not fingerprints; gitleaks skips them with a warning, and so do we. */
  readonly warnings: string[] = [];

  get size(): number {
    let n = this.anyCommit.size;
    for (const commits of this.byCommit.values()) n += commits.length;
    return n;
  }

  /** Adds the fingerprints in one ignore file's text. */
  add(text: string, file: string): this {
    text.split(/\r?\n/).forEach((raw, i) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const fp = parseFingerprint(line);
      if (!fp) {
        this.warnings.push(
          `${file}:${i + 1}: not a fingerprint, skipped; expected commit:file:rule-id:line or file:rule-id:line, e.g. src/app.ts:aws-access-key-id:12`,
        );
        return;
      }
      const key = spot(fp);
      if (!fp.commit) {
        this.anyCommit.add(key);
        return;
      }
      const commits = this.byCommit.get(key) ?? [];
      commits.push(fp.commit);
      this.byCommit.set(key, commits);
    });
    return this;
  }

  isIgnored(finding: IgnoreKey): boolean {
    const key = spot(finding);
    if (this.anyCommit.has(key)) return true;
    if (!finding.commit) return false;
    const commit = finding.commit.toLowerCase();
    return this.byCommit.get(key)?.some((prefix) => commit.startsWith(prefix)) ?? false;
  }
}

/** Reads the ignore files at the scan root; none is fine (an empty set). */
export async function loadIgnoreFile(root: string): Promise<IgnoreSet> {
  const set = new IgnoreSet();
  for (const name of IGNORE_FILES) {
    const file = join(root, name);
    const text = await readIfExists(file);
    if (text !== null) set.add(text, file);
  }
  return set;
}

function spot(f: Pick<Fingerprint, 'file' | 'ruleId' | 'startLine'>): string {
  return `${f.file}:${f.ruleId}:${f.startLine}`;
}

function readIfExists(file: string): Promise<string | null> {
  return readOptional(
    file,
    (code, cause) =>
      new InputError(
        code === 'ENOTREG'
          ? `${file}: the ignore file is not a regular file (a FIFO, device or link to one); replace it with a text file`
          : `${file}: cannot read the ignore file (${code}); check its permissions`,
        { cause },
      ),
  );
}
