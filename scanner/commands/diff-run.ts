// `leakhound diff` once its flags are parsed. Apart from diff.ts, which defines the flags with
// commander, so that the hooks' fast path (hook-invocation.ts) runs it without loading commander.
import { UsageError } from '../errors.js';
import { scanStaged, stagedChanges, stagedRoot, wokenBy } from '../git/diff-scan.js';
import { repoRoot } from '../git/git-process.js';
import { scanRange } from '../git/scan-range.js';
import { allowHint } from '../hooks/allow-hint.js';
import { maxBytes } from '../size-limit.js';
import { finish, prepare, type CommonFlags } from './common.js';
import { stderr } from '../stdio.js';

export interface DiffFlags extends CommonFlags {
  repo: string;
  staged?: boolean;
  range?: string;
  maxFileSize?: number;
}

export async function diff(flags: DiffFlags): Promise<number> {
  if (!!flags.staged === (flags.range !== undefined)) {
    throw new UsageError('diff: give exactly one of --staged or --range A..B, e.g. leakhound diff --staged');
  }
  // A pre-commit hook waits on this: git computes the staged patch while the rules compile.
  const staged = flags.staged ? stagedChanges(flags.repo, maxBytes(flags.maxFileSize, {})) : null;
  staged?.catch(() => {});
  const root = await (flags.staged ? stagedRoot : repoRoot)(flags.repo);
  // Only the rules the staged text can wake load, unless the report lists every rule (SARIF).
  const prepared = await prepare(flags, root, staged && flags.format !== 'sarif' ? wokenBy(staged) : undefined);
  const options = { repo: root, detector: prepared.detector, maxBytes: maxBytes(flags.maxFileSize, prepared.config) };
  const result = staged ? await scanStaged(options, staged) : await scanRange({ ...options, range: flags.range! });
  const done = await finish(flags, prepared, root, { findings: result.findings, skipped: result.skipped });
  // The pre-commit framework runs this command as its hook: say how to allow a false positive.
  if (done.code === 1 && flags.staged && flags.format === 'text' && !flags.output) {
    stderr().write(`\n${allowHint(done.reported, 'commit')}`);
  }
  return done.code;
}
