import { Command } from 'commander';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { SkippedInput } from '../finding.js';
import { printable } from '../report/text.js';
import { DEFAULT_MAX_MB, maxBytes } from '../size-limit.js';
import { scanFiles } from '../scan-files.js';
import { DEFAULT_EXCLUDES } from '../sources/files.js';
import { scanStream } from '../sources/stdin.js';
import { finish, prepare, type CommonFlags } from './common.js';
import { withCommonFlags } from './common-flags.js';
import { collectRegex, parseSize } from './parse-flags.js';

interface ScanFlags extends CommonFlags {
  maxFileSize?: number;
  exclude: RegExp[];
  defaultExcludes: boolean;
  progress: boolean;
}

export function scanCommand(run: (code: number) => void): Command {
  const cmd = new Command('scan')
    .description('scan files and directories (or stdin with -) for leaked credentials')
    .argument('<paths...>', 'files or directories to scan, or - for stdin')
    .option(
      '--max-file-size <MB>',
      `skip files larger than this many megabytes (default ${DEFAULT_MAX_MB}, or maxFileSize in the config)`,
      parseSize,
    )
    .option(
      '--exclude <regex>',
      'skip paths (relative to the scan root) matching this regex; repeatable',
      collectRegex,
      [],
    )
    .option(
      '--no-default-excludes',
      `also scan ${DEFAULT_EXCLUDES.slice(0, 3).join(', ')} and other dependency folders that git does not track`,
    )
    .option('--no-progress', 'never show the progress line');
  withCommonFlags(cmd);
  return cmd.action(async (paths: string[], flags: ScanFlags) => run(await scan(paths, flags)));
}

async function scan(paths: string[], flags: ScanFlags): Promise<number> {
  const stdin = paths.includes('-');
  if (stdin && paths.length > 1) throw new UsageError('scan: - (stdin) cannot be mixed with paths; run two scans');
  const root = stdin ? process.cwd() : await scanRoot(paths);
  const prepared = await prepare(flags, root);
  const maxFileSize = maxBytes(flags.maxFileSize, prepared.config);

  if (stdin) {
    const started = performance.now();
    // Any size: stdin is scanned as it streams (--max-file-size applies to files only).
    const r = await scanStream(prepared.detector);
    return (
      await finish(flags, prepared, root, {
        findings: r.findings,
        skipped: r.skipped,
        stats: { files: r.skipped.length > 0 ? 0 : 1, bytes: r.bytes, ms: Math.round(performance.now() - started) },
      })
    ).code;
  }

  const result = await scanFiles(paths, {
    threads: flags.threads,
    detector: prepared.detector,
    spec: prepared.spec,
    progress: flags.progress && !!process.stderr.isTTY,
    walk: {
      root,
      maxFileSize,
      excludeDirs: flags.defaultExcludes ? DEFAULT_EXCLUDES : [],
      excludePaths: flags.exclude,
    },
  });
  noteSkippedFolders(result.skipped, flags.format);
  return (await finish(flags, prepared, root, result)).code;
}

/** JSON and CSV hold findings only; say on stderr what was not scanned, so it never reads as clean. */
function noteSkippedFolders(skipped: SkippedInput[], format: CommonFlags['format']): void {
  if (format !== 'json' && format !== 'csv') return;
  const folders = skipped
    .filter((s) => s.reason === 'dependency-folder')
    .map((s) => printable(s.file))
    .sort();
  if (folders.length === 0) return;
  const shown = folders.length > 5 ? [...folders.slice(0, 5), `and ${folders.length - 5} more`] : folders;
  process.stderr.write(
    `leakhound: note: skipped untracked dependency folders ${shown.join(', ')}; --no-default-excludes scans them\n`,
  );
}

/** One directory argument is the root (paths, config and ignore files are relative to it); else the cwd. */
async function scanRoot(paths: string[]): Promise<string> {
  if (paths.length === 1) {
    const st = await stat(paths[0]!).catch(() => null);
    if (st?.isDirectory()) return resolve(paths[0]!);
  }
  return process.cwd();
}
