// The checks the installed hooks run (`leakhound hook run pre-commit|pre-push`). Silent when
// clean, so a commit stays quick and quiet; on findings, the redacted text report and how to
// allow each finding go to stderr and the exit code is 1, which makes git abort.
import { prepare, redactOption, type CommonFlags, type Prepared } from '../commands/common.js';
import type { Finding } from '../finding.js';
import { scanStaged, stagedChanges, stagedRoot, wokenBy } from '../git/diff-scan.js';
import { repoRoot } from '../git/git-process.js';
import { scanRange } from '../git/scan-range.js';
import { getReporter } from '../report/reporter.js';
import { dropAllowed } from '../suppress.js';
import { HOMEPAGE, VERSION } from '../version.js';
import { allowHint, type HookStage } from './allow-hint.js';
import { pushScans } from './pre-push.js';
import { stderr } from '../stdio.js';

export interface CheckContext {
  repo: string;
  flags: CommonFlags;
  /** `wokenBy`: see prepare in commands/common.ts. */
  prepare: (root: string, wokenBy?: Promise<readonly string[] | null>) => Promise<Prepared>;
  write: (text: string) => void;
}

/** The flags of `leakhound hook run`, as commander gives them. */
export interface HookRunFlags {
  repo: string;
  config?: string;
  baseline?: string;
  redact?: boolean | string;
  color?: boolean;
}

/** A check as `leakhound hook run` makes it: a text report, to stderr. */
export function hookContext(options: HookRunFlags): CheckContext {
  const flags: CommonFlags = { ...options, format: 'text', threads: 0 };
  return {
    repo: options.repo,
    flags,
    prepare: (root, wokenBy) => prepare(flags, root, wokenBy),
    write: (text) => stderr().write(text),
  };
}

export async function preCommitCheck(c: CheckContext): Promise<number> {
  // git computes the staged patch while the rules compile (see stagedChanges).
  const staged = stagedChanges(c.repo);
  staged.catch(() => {});
  const root = await stagedRoot(c.repo);
  const prepared = await c.prepare(root, wokenBy(staged));
  const { findings } = await scanStaged({ repo: root, detector: prepared.detector }, staged);
  return conclude(c, root, prepared, findings, 'commit');
}

/** `remote` is the remote's name (or URL) as git passes it; `stdin` the refs git writes. */
export async function prePushCheck(
  c: CheckContext,
  remote: string,
  stdin: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const root = await repoRoot(c.repo);
  const prepared = await c.prepare(root);
  const scans = await pushScans(root, remote, stdin, env);
  const findings = new Map<string, Finding>();
  for (const s of scans) {
    // Only a new branch walks history: its modules (and the progress bar's library) load then,
    // not with every hook (see cli-hook.ts).
    const r =
      s.kind === 'range'
        ? await scanRange({ repo: root, range: s.range, detector: prepared.detector })
        : await (await import('../git/history-scan.js')).scanHistory({
            repo: root,
            refs: [s.sha],
            engine: prepared.detector,
            progress: false,
          });
    // Refs pushed together share commits; a finding is reported once.
    for (const f of r.findings) findings.set(`${f.fingerprint}\0${f.secretHash}`, f);
  }
  return conclude(c, root, prepared, [...findings.values()], 'push');
}

/** Skipped files (binary, too large) are not mentioned: a hook speaks only to block. */
async function conclude(
  c: CheckContext,
  root: string,
  prepared: Prepared,
  found: Finding[],
  stage: HookStage,
): Promise<number> {
  // A hook speaks only to block; the CLI and CI report unusable ignore-file lines.
  const findings = await dropAllowed(found, root, c.flags.baseline, () => {});
  if (findings.length === 0) return 0;
  const report = getReporter('text')(
    {
      findings,
      skipped: [],
      rules: prepared.config.rules,
      tool: { name: 'leakhound', version: VERSION, informationUri: HOMEPAGE },
    },
    {
      redact: redactOption({ ...c.flags, format: 'text' }),
      color: c.flags.color !== false && !process.env.NO_COLOR && !!stderr().isTTY,
      root,
    },
  );
  c.write(`${report}\n${allowHint(findings, stage)}`);
  return 1;
}
