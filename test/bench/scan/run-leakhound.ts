// leakhound over the corpus: in this process through scanFiles (the numbers for throughput,
// recall and precision), and as the CLI in a child process (the number for peak memory).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultScanConfig } from '../../../scanner/config/defaults.js';
import { Detector } from '../../../scanner/detect/detector.js';
import type { Finding } from '../../../scanner/finding.js';
import { scanFiles } from '../../../scanner/scan-files.js';
import { DEFAULT_EXCLUDES } from '../../../scanner/sources/files.js';
import { measure, type ChildRun } from './child.js';

export interface InProcessRun {
  threads: number;
  ms: number;
  /** CPU time of the whole process, worker threads included. */
  cpuMs: number;
  bytes: number;
  files: number;
  skipped: number;
  findings: Finding[];
}

export async function scanInProcess(dir: string, threads: number): Promise<InProcessRun> {
  const config = defaultScanConfig();
  const detector = new Detector({ rules: config.rules, allowlists: config.allowlists });
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await scanFiles([dir], {
    threads,
    detector,
    spec: { configText: null, configFile: null },
    walk: { root: dir, maxFileSize: 25 * 1024 * 1024, excludeDirs: DEFAULT_EXCLUDES, excludePaths: [] },
  });
  const used = process.cpuUsage(cpu);
  return {
    threads,
    ms: performance.now() - started,
    cpuMs: (used.user + used.system) / 1000,
    bytes: result.stats.bytes,
    files: result.stats.files,
    skipped: result.skipped.length,
    findings: result.findings,
  };
}

/** How to start the CLI: the build when the bench runs from the build, else the sources through tsx. */
export function cliCommand(repo: string): string[] | { error: string } {
  const fromSource = import.meta.url.endsWith('.ts');
  const argv = fromSource
    ? [process.execPath, '--import', 'tsx', join(repo, 'scanner/cli.ts')]
    : [process.execPath, join(repo, 'dist/scanner/cli.js')];
  const help = spawnSync(argv[0]!, [...argv.slice(1), '--help'], { cwd: repo, encoding: 'utf8' });
  if (help.status !== 0)
    return {
      error: `${argv.slice(1).join(' ')} --help exited ${help.status}: ${(help.stderr || '').trim().split('\n')[0]}`,
    };
  return argv;
}

export interface CliRun extends ChildRun {
  findings: number | null;
}

/** A cold start, as users run it; `threads` 0 is the default (one per core). */
export async function scanWithCli(argv: string[], dir: string, outFile: string, threads: number): Promise<CliRun> {
  const run = await measure(
    argv[0]!,
    [
      ...argv.slice(1),
      'scan',
      dir,
      '--format',
      'json',
      '--output',
      outFile,
      '--no-progress',
      '--threads',
      String(threads),
    ],
    dir,
  );
  const findings =
    (run.code === 0 || run.code === 1) && existsSync(outFile)
      ? (JSON.parse(readFileSync(outFile, 'utf8')) as unknown[]).length
      : null;
  return { ...run, findings };
}
