// leakhound as a user runs it: the built CLI in a child process, JSON report to a file, with
// LEAKHOUND_PROFILE=1 so the process reports its own peak RSS on exit.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ToolRun } from './tools.js';
import { TIMES, childCpu } from './timing.js';

/** dist/scanner/cli.js, from dist/test/bench/compare/ (the benches run from the build). */
export const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'scanner', 'cli.js');
/** The committed CLI bundle (scanner/dist/cli.js at the repository root): what the package bin and hooks run. */
export const CLI_BUNDLE = join(dirname(CLI), '..', '..', 'scanner', 'dist', 'cli.js');

export function cliBuilt(): boolean {
  return !import.meta.url.endsWith('.ts') && existsSync(CLI);
}

export interface LeakhoundRun extends ToolRun {
  /** Peak RSS of the leakhound process in MB (git's children not included). */
  rssMb: number;
}

/** `leakhound <args> --format json --output …`; exit 0 or 1 (findings) both count as success. */
export function runLeakhound(args: string[], o: { bundle?: boolean; env?: NodeJS.ProcessEnv } = {}): LeakhoundRun {
  const dir = mkdtempSync(join(tmpdir(), 'leakhound-bench-cli-'));
  const report = join(dir, 'report.json');
  try {
    const started = performance.now();
    const r = spawnSync(
      'sh',
      [
        '-c',
        TIMES,
        'sh',
        process.execPath,
        o.bundle ? CLI_BUNDLE : CLI,
        ...args,
        '--format',
        'json',
        '--output',
        report,
      ],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, LEAKHOUND_PROFILE: '1', ...o.env },
      },
    );
    const ms = performance.now() - started;
    if (r.status !== 0 && r.status !== 1)
      throw new Error(
        `leakhound ${args[0]} exited ${r.status}: ${r.stderr.split('\n').find((l) => l.startsWith('leakhound:'))}`,
      );
    const raw = JSON.parse(readFileSync(report, 'utf8')) as { secret: string; file: string; commit: string }[];
    const rss = /peak RSS (\d+) MB/.exec(r.stderr);
    return {
      ms,
      cpuMs: childCpu(r.stderr),
      rssMb: rss ? Number(rss[1]) : Number.NaN,
      findings: raw.map((f) => ({ secret: f.secret, file: f.file, commit: f.commit })),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
