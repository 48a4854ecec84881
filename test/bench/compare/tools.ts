// The other scanners the benches measure leakhound against, run as a user would run them, with
// each one's wall and CPU time (user + system of the whole process tree) and its findings
// reduced to what the planted-secret scoring needs. A tool that is not installed is null and
// its comparison is skipped with a note saying how to install it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timeCommand, type Timing } from './timing.js';

export interface ToolFinding {
  secret: string;
  file: string;
  commit: string;
}

export interface ToolRun extends Timing {
  findings: ToolFinding[];
}

export interface Tool {
  name: string;
  bin: string;
  version: string;
}

export const INSTALL = {
  gitleaks: 'go install github.com/zricethezav/gitleaks/v8@v8.30.0',
  kingfisher: 'pip install kingfisher-bin',
};

function onPath(cmd: string): string | null {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout?.trim() || null;
}

export function findGitleaks(): Tool | null {
  let bin = onPath('gitleaks');
  if (!bin) {
    const gopath = spawnSync('go', ['env', 'GOPATH'], { encoding: 'utf8' }).stdout?.trim();
    const b = gopath ? join(gopath, 'bin', 'gitleaks') : '';
    bin = b && existsSync(b) ? b : null;
  }
  if (!bin) return null;
  let version = execFileSync(bin, ['version'], { encoding: 'utf8' }).trim();
  if (!/^v?\d/.test(version)) {
    // `go install` builds say "version is set by build process"; the module version is in the binary.
    const mod = spawnSync('go', ['version', '-m', bin], { encoding: 'utf8' }).stdout ?? '';
    version = /\smod\s+\S*gitleaks\S*\s+(v\S+)/.exec(mod)?.[1] ?? version;
  }
  return { name: 'gitleaks', bin, version };
}

export function findKingfisher(): Tool | null {
  const bin = onPath('kingfisher');
  if (!bin) return null;
  const out = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout ?? '';
  return { name: 'Kingfisher', bin, version: /\d+\.\d+\.\d+/.exec(out)?.[0] ?? out.trim() };
}

export type Target =
  | { kind: 'history'; repo: string }
  | { kind: 'dir'; dir: string }
  | { kind: 'staged'; repo: string };

/** gitleaks 8.x: `git` for history and staged changes, `dir` for a tree; JSON report to a file. */
export function runGitleaks(tool: Tool, target: Target): ToolRun {
  const dir = mkdtempSync(join(tmpdir(), 'leakhound-bench-gitleaks-'));
  const report = join(dir, 'report.json');
  const common = ['--report-format', 'json', '--report-path', report, '--no-banner', '--exit-code', '0'];
  const args =
    target.kind === 'dir'
      ? ['dir', target.dir, ...common, '--log-level', 'error']
      : ['git', target.repo, ...(target.kind === 'staged' ? ['--staged'] : []), ...common, '--log-level', 'error'];
  try {
    const t = timeCommand(tool.bin, args);
    const raw = existsSync(report)
      ? (JSON.parse(readFileSync(report, 'utf8')) as { Secret: string; File: string; Commit: string }[])
      : [];
    return { ...t, findings: raw.map((f) => ({ secret: f.Secret, file: f.File, commit: f.Commit })) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface KingfisherLine {
  finding?: {
    snippet?: string;
    path?: string;
    git_metadata?: { commit?: { id?: string }; file?: { path?: string } };
  };
}

/**
 * Kingfisher without validation (`--no-validate`: no network), with every finding reported
 * (`--validation-filter all`, `--include-hidden-findings`: an AWS key id without its secret is
 * otherwise hidden), JSON lines to a file. Its compiled rule cache is warmed by the first run.
 */
export function runKingfisher(tool: Tool, target: Target): ToolRun {
  const dir = mkdtempSync(join(tmpdir(), 'leakhound-bench-kingfisher-'));
  const report = join(dir, 'report.jsonl');
  const path = target.kind === 'dir' ? target.dir : target.repo;
  const args = [
    'scan',
    path,
    ...(target.kind === 'staged' ? ['--staged'] : []),
    '--no-validate',
    '--no-update-check',
    '--quiet',
    '--validation-filter',
    'all',
    '--include-hidden-findings',
    '--format',
    'jsonl',
    '--output',
    report,
  ];
  try {
    // Kingfisher exits 200 when it found something (205 when something validated).
    const t = timeCommand(tool.bin, args, undefined, [0, 200, 205]);
    const lines = existsSync(report) ? readFileSync(report, 'utf8').split('\n').filter(Boolean) : [];
    const findings = lines.flatMap((l) => {
      const f = (JSON.parse(l) as KingfisherLine).finding;
      if (!f) return [];
      const file = f.git_metadata?.file?.path ?? f.path ?? '';
      const rel = target.kind === 'dir' && file.startsWith(`${path}/`) ? file.slice(path.length + 1) : file;
      return [{ secret: f.snippet ?? '', file: rel, commit: f.git_metadata?.commit?.id ?? '' }];
    });
    return { ...t, findings };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
