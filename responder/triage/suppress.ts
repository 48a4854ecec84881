// The repository's own suppressions, the same the CLI honours: `.gitleaksignore` /
// `.leakhoundignore` fingerprints and a baseline report, read from the default branch. An
// ignore-file entry is a decision about that finding; a baseline (like an inline allow
// comment) only says "known", so it quiets a credential only when it does not verify live.
import { type Baseline, parseBaseline } from '../../scanner/baseline.js';
import { IgnoreSet } from '../../scanner/ignore-file.js';
import type { Candidate, Stash } from './candidate.js';

export function suppressor(
  suppressions: Stash['suppressions'],
  warn: (msg: string) => void,
): (c: Candidate) => 'ignored' | 'baselined' | undefined {
  const ignore = new IgnoreSet();
  const baselines: Baseline[] = [];
  for (const s of suppressions) {
    if (s.kind === 'ignore') {
      ignore.add(s.text, s.file);
      continue;
    }
    try {
      baselines.push(parseBaseline(s.text, s.file));
    } catch (err) {
      warn(`baseline ${s.file} ignored: ${(err as Error).message}`);
    }
  }
  return (c) => {
    if (ignore.isIgnored(c)) return 'ignored';
    const known = baselines.some((b) =>
      b.has({ ruleId: c.ruleId, file: c.file, secret: c.secret, secretHash: '', fingerprint: c.fingerprint }),
    );
    return known ? 'baselined' : undefined;
  };
}
