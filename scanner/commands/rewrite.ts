import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Command } from 'commander';
import { gitText } from '../git/git-process.js';
import { scanHistory } from '../git/history-scan.js';
import type { Finding } from '../finding.js';
import { applyRewrite, CHECKOUT_PENDING, finishCheckout, workDir } from '../rewrite/apply.js';
import { loadFindingsFile } from '../rewrite/findings-file.js';
import { locateFindings } from '../rewrite/locate.js';
import { scanMessages } from '../rewrite/message-scan.js';
import { checkReplacement, DEFAULT_REPLACEMENT, planRewrite } from '../rewrite/plan.js';
import { inspectRepo, refuseUnsafe, type RepoInfo } from '../rewrite/preflight.js';
import { pushCommands, summarize } from '../rewrite/summary.js';
import { maxBytes } from '../size-limit.js';
import { dropAllowed } from '../suppress.js';
import { prepare } from './common.js';
import { historyPool, poolThreads } from './history.js';
import { collect, parseSize } from './parse-flags.js';

interface RewriteFlags {
  repo: string;
  findings?: string;
  rule: string[];
  baseline?: string;
  config?: string;
  replacement: string;
  dryRun: boolean;
  force: boolean;
  maxFileSize?: number;
  progress: boolean;
}

export function rewriteCommand(run: (code: number) => void): Command {
  return new Command('rewrite')
    .description('remove found secrets from every commit, tag and message in git history, replacing them in place')
    .option('--repo <dir>', 'repository to rewrite (a fresh clone or a --mirror clone)', '.')
    .option(
      '--findings <report.json>',
      'remove the secrets in this JSON report (leakhound or gitleaks) instead of scanning',
    )
    .option('--rule <id>', 'remove only secrets found by this rule; repeatable', collect, [])
    .option('-b, --baseline <report.json>', 'keep secrets already in this earlier JSON report')
    .option(
      '-c, --config <file>',
      'gitleaks-style TOML config for the scan (default: leakhound.toml or .gitleaks.toml)',
    )
    .option('--replacement <text>', 'what replaces each secret; {rule} becomes the rule id', DEFAULT_REPLACEMENT)
    .option('--dry-run', 'print what would change and change nothing', false)
    .option('--force', 'rewrite even when this is not a fresh clone (stashes, unpushed commits, no remote)', false)
    .option('--max-file-size <MB>', 'skip larger blobs in the scan (default 25)', parseSize)
    .option('--no-progress', 'never show the progress line')
    .action(async (flags: RewriteFlags) => run(await rewrite(flags)));
}

async function rewrite(flags: RewriteFlags): Promise<number> {
  checkReplacement(flags.replacement);
  const repo = await inspectRepo(flags.repo);
  await resumeCheckout(repo);
  await refuseUnsafe(repo, { force: flags.force, dryRun: flags.dryRun });
  const progress = flags.progress && !!process.stderr.isTTY;
  const findings = flags.findings ? await loadFindingsFile(flags.findings) : await scan(flags, repo, progress);
  const kept = await dropAllowed(findings, repo.root, flags.baseline, warn);
  const plan = planRewrite(kept, { rules: flags.rule, replacement: flags.replacement });
  const findingBlobs = flags.findings
    ? await locateFindings(repo.root, plan, `findings ${flags.findings}`)
    : new Set<string>();
  if (plan.secrets.length === 0) {
    const encoded =
      plan.encoded.length > 0
        ? `; ${plan.encoded.length} finding(s) decoded from base64/hex/percent text must be edited out by hand`
        : '';
    process.stdout.write(
      `leakhound rewrite: nothing to remove from ${repo.root}: no findings${narrowed(flags)}${encoded}\n`,
    );
    return 0;
  }
  const result = await applyRewrite({ repo, plan, findingBlobs, dryRun: flags.dryRun, progress });
  const remote = (await gitText(repo.root, ['remote'])).trim().split('\n')[0] || 'origin';
  if (result.mapsDir && result.refs.length > 0) {
    const script = pushCommands(result.refs, remote).join('\n');
    await writeFile(join(result.mapsDir, 'push-commands'), `#!/bin/sh\nset -e\n${script}\n`, { mode: 0o755 });
  }
  process.stdout.write(summarize({ root: repo.root, plan, result, dryRun: flags.dryRun, remote }));
  return 0;
}

async function scan(flags: RewriteFlags, repo: RepoInfo, progress: boolean): Promise<Finding[]> {
  const prepared = await prepare({ format: 'json', threads: 0, ...pickConfig(flags) }, repo.root);
  // The same choice as `leakhound history`: one worker per core.
  const threads = poolThreads(0);
  const limit = maxBytes(flags.maxFileSize, prepared.config);
  const pool = historyPool(threads, prepared.spec, limit);
  try {
    const result = await scanHistory({
      repo: repo.root,
      engine: pool ?? prepared.detector,
      maxBytes: limit,
      progress,
    });
    return [...result.findings, ...(await scanMessages(repo.root, prepared.detector))];
  } finally {
    await pool?.close();
  }
}

/** A run killed after moving the refs and before updating the working tree: finish it first. */
async function resumeCheckout(repo: RepoInfo): Promise<void> {
  if (repo.bare || !existsSync(join(workDir(repo), CHECKOUT_PENDING))) return;
  await finishCheckout(repo);
  warn('an earlier rewrite moved the refs but was stopped before updating the working tree; it is updated now');
}

function pickConfig(flags: RewriteFlags): { config?: string } {
  return flags.config !== undefined ? { config: flags.config } : {};
}

function narrowed(flags: RewriteFlags): string {
  const how = [flags.rule.length > 0 ? '--rule' : '', flags.baseline ? '--baseline' : ''].filter(Boolean);
  return how.length > 0 ? ` left after ${how.join(' and ')} and ignore files` : '';
}

function warn(line: string): void {
  process.stderr.write(`leakhound: warning: ${line}\n`);
}
