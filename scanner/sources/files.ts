import type { Dir } from 'node:fs';
import { lstat, opendir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { SkippedInput } from '../finding.js';
import { InputError } from '../errors.js';
import { isTrackedByGit } from './git-tracked.js';

/**
 * Dependency and cache folders, skipped by default only when git does not track them
 * (`--no-default-excludes` scans them anyway). A tracked `vendor/` is committed code (Go, PHP,
 * Ruby) and is scanned. Build output (dist/, build/) is always scanned: bundles are a common
 * place for keys.
 */
export const DEFAULT_EXCLUDES = [
  'node_modules',
  'bower_components',
  'vendor',
  '.venv',
  'venv',
  '__pycache__',
  '.tox',
  '.mypy_cache',
  '.pytest_cache',
  '.gradle',
  '.terraform',
];

export interface WalkOptions {
  /** Directory names not descended into unless git tracks files in them; each one skipped is reported. */
  excludeDirs: string[];
  /** Decides whether a folder named in `excludeDirs` holds committed files. Default: asks git. */
  isTracked?: (dir: string) => Promise<boolean>;
  /** Extra exclusions: regexes tested against the path relative to the root. */
  excludePaths: RegExp[];
  /** Files larger than this are skipped and reported. */
  maxFileSize: number;
  root: string;
}

export interface FileEntry {
  /** Absolute path to read. */
  abs: string;
  /** Relative to the scan root with `/` separators: what findings report. */
  path: string;
  size: number;
}

export interface WalkResult {
  files: FileEntry[];
  skipped: SkippedInput[];
  bytes: number;
}

/**
 * Lists what a scan of `targets` reads. `.git/` is never entered; symbolic links are not
 * followed (a link can point anywhere, including back up the tree). A target that does not
 * exist is an InputError: a typo must not look like a clean scan.
 */
export async function walk(targets: string[], options: WalkOptions): Promise<WalkResult> {
  const out: WalkResult = { files: [], skipped: [], bytes: 0 };
  const excluded = new Set(options.excludeDirs);
  const isTracked = options.isTracked ?? isTrackedByGit;
  const rel = (abs: string): string => toPosix(relative(options.root, abs) || abs);

  const visitFile = (abs: string, size: number): void => {
    const path = rel(abs);
    if (options.excludePaths.some((re) => re.test(path))) return;
    if (size > options.maxFileSize) {
      out.skipped.push({ file: path, reason: 'too-large', detail: `${size} bytes` });
      return;
    }
    out.files.push({ abs, path, size });
    out.bytes += size;
  };

  const visitDir = async (dir: string): Promise<void> => {
    let handle: Dir;
    try {
      handle = await opendir(dir);
    } catch (err) {
      out.skipped.push({
        file: rel(dir),
        reason: 'unreadable',
        detail: (err as NodeJS.ErrnoException).code ?? 'error',
      });
      return;
    }
    const subdirs: string[] = [];
    for await (const entry of handle) {
      const abs = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === '.git') continue;
        if (options.excludePaths.some((re) => re.test(`${rel(abs)}/`))) continue;
        if (excluded.has(entry.name) && !(await isTracked(abs))) {
          out.skipped.push({
            file: `${rel(abs)}/`,
            reason: 'dependency-folder',
            detail: 'not tracked by git; --no-default-excludes scans it',
          });
          continue;
        }
        subdirs.push(abs);
      } else if (entry.isFile()) {
        const st = await lstat(abs).catch(() => null);
        if (st) visitFile(abs, st.size);
        else out.skipped.push({ file: rel(abs), reason: 'unreadable' });
      }
    }
    subdirs.sort();
    for (const d of subdirs) await visitDir(d);
  };

  for (const target of targets) {
    const abs = resolve(target);
    // A target named on the command line is followed even if it is a link: the user chose it.
    const st = await stat(abs).catch(() => null);
    if (!st)
      throw new InputError(`${target}: no such file or directory; pass an existing file or directory, or - for stdin`);
    if (st.isDirectory()) await visitDir(abs);
    else if (st.isFile()) visitFile(abs, st.size);
    else out.skipped.push({ file: rel(abs), reason: 'unreadable', detail: 'not a regular file' });
  }
  return out;
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}
