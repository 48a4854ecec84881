// What the repository itself says about scanning, read from the pushed commit: its config
// (`leakhound.toml` / `.gitleaks.toml`), its ignore files, and a baseline report when the
// service is told where to find one. The same files the CLI honours, read with `git show`.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CONFIG_FILES } from '../../scanner/config/load.js';
import { defaultScanConfig } from '../../scanner/config/defaults.js';
import { parseConfig } from '../../scanner/config/parse.js';
import type { ScanConfig } from '../../scanner/config/types.js';
import { IGNORE_FILES } from '../../scanner/ignore-file.js';

const run = promisify(execFile);

export interface Suppression {
  kind: 'ignore' | 'baseline';
  file: string;
  text: string;
}

export interface RepoPolicy {
  config: ScanConfig;
  /** Set when the repository's config was unusable and the defaults were used instead. */
  configProblem?: string;
  suppressions: Suppression[];
}

export async function readRepoPolicy(dir: string, sha: string, baselinePath?: string): Promise<RepoPolicy> {
  let config = defaultScanConfig();
  let configProblem: string | undefined;
  // One ls-tree says which of the files exist, so a repository without any costs one process.
  const present = await existing(dir, sha, [...CONFIG_FILES, ...IGNORE_FILES, ...(baselinePath ? [baselinePath] : [])]);
  const show = async (d: string, s: string, path: string): Promise<string | null> =>
    present.has(path) ? showFile(d, s, path) : null;
  for (const name of CONFIG_FILES) {
    const text = await show(dir, sha, name);
    if (text === null) continue;
    try {
      config = parseConfig(text, name);
    } catch (err) {
      configProblem = `${name} could not be used, scanned with the built-in rules: ${(err as Error).message}`;
    }
    break;
  }
  const suppressions: Suppression[] = [];
  for (const name of IGNORE_FILES) {
    const text = await show(dir, sha, name);
    if (text !== null) suppressions.push({ kind: 'ignore', file: name, text });
  }
  if (baselinePath) {
    const text = await show(dir, sha, baselinePath);
    if (text !== null) suppressions.push({ kind: 'baseline', file: baselinePath, text });
  }
  return { config, configProblem, suppressions };
}

async function existing(dir: string, sha: string, paths: string[]): Promise<Set<string>> {
  try {
    const { stdout } = await run('git', ['-C', dir, 'ls-tree', '--name-only', '-z', sha, '--', ...paths], {
      maxBuffer: 1024 * 1024,
    });
    return new Set(stdout.split('\0').filter(Boolean));
  } catch {
    return new Set();
  }
}

async function showFile(dir: string, sha: string, path: string): Promise<string | null> {
  try {
    const { stdout } = await run('git', ['-C', dir, 'show', `${sha}:${path}`], { maxBuffer: 32 * 1024 * 1024 });
    return stdout;
  } catch {
    return null;
  }
}
