// The git ends of the rewrite pipeline: `git fast-export` feeding the transform, and
// `git fast-import` writing into a scratch repository that borrows the real one's objects.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GitError, gitText, runGit, spawnError, spawnGit } from '../git/git-process.js';
import type { ExportTransform } from './export-transform.js';
import type { RepoInfo } from './preflight.js';

export interface Importer {
  /** Writes fast-import input, waiting while its pipe is full. */
  write(chunk: Buffer): Promise<void>;
  /** Ends the input with `done` and waits for fast-import to finish its pack. */
  finish(): Promise<void>;
  /** Kills fast-import if it is still running (no ref of the real repository is touched). */
  abort(): void;
}

export async function startImport(repo: RepoInfo, scratch: string, marks: string): Promise<Importer> {
  await runGit(repo.root, ['init', '-q', '--bare', `--object-format=${repo.objectFormat}`, scratch]);
  await mkdir(join(scratch, 'objects', 'info'), { recursive: true });
  await writeFile(join(scratch, 'objects', 'info', 'alternates'), `${repo.objectsDir}\n`);
  // --done: input that ends without `done` (a killed leakhound, a failed export) is an error.
  // unpackLimit 0: always one pack (a small import would otherwise turn into loose objects,
  // which are not moved into the repository as one file).
  const child = spawnGit(scratch, [
    '-c',
    'fastimport.unpackLimit=0',
    'fast-import',
    '--quiet',
    '--force',
    '--done',
    '--date-format=raw-permissive',
    `--export-marks=${marks}`,
  ]);
  const exited = watch(child, ['fast-import']);
  let failed: Error | null = null;
  exited.catch((e: Error) => {
    failed = e;
  });
  child.stdin.on('error', () => {});
  const write = (chunk: Buffer): Promise<void> => {
    if (failed) return Promise.reject(failed);
    if (chunk.length === 0 || child.stdin.write(chunk)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onDrain = (): void => {
        child.off('close', onClose);
        resolve();
      };
      const onClose = (): void => {
        child.stdin.off('drain', onDrain);
        exited.then(() => reject(new Error('git fast-import stopped early')), reject);
      };
      child.stdin.once('drain', onDrain);
      child.once('close', onClose);
    });
  };
  return {
    write,
    async finish() {
      await write(Buffer.from('done\n'));
      child.stdin.end();
      await exited;
    },
    abort() {
      if (child.exitCode === null) child.kill();
    },
  };
}

let signedCommitsFlag: string[] | null = null;

/** Runs fast-export over every ref through the transform; `write` null discards the output (dry run). */
export async function runExport(
  repo: string,
  transform: ExportTransform,
  write: ((chunk: Buffer) => Promise<void>) | null,
): Promise<void> {
  // Newer git keeps commit signatures unless told to strip them; older git always drops them.
  signedCommitsFlag ??= (await gitText(repo, ['fast-export', '-h'], { okCodes: [129] })).includes('--signed-commits')
    ? ['--signed-commits=strip']
    : [];
  const args = [
    'fast-export',
    '--all',
    '--no-data',
    '--show-original-ids',
    '--reencode=yes',
    '--signed-tags=strip',
    ...signedCommitsFlag,
    '--tag-of-filtered-object=rewrite',
    '--fake-missing-tagger',
  ];
  const child = spawnGit(repo, args);
  const exited = watch(child, ['fast-export']);
  exited.catch(() => {});
  child.stdin.end();
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      const out = transform.push(chunk);
      if (write) await write(out);
    }
  } finally {
    if (child.exitCode === null) child.kill();
  }
  await exited;
}

function watch(child: ChildProcessWithoutNullStreams, args: string[]): Promise<void> {
  const err: Buffer[] = [];
  child.stderr.on('data', (b: Buffer) => err.push(b));
  return new Promise((resolve, reject) => {
    child.on('error', (e) => reject(spawnError(e)));
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new GitError(args, code, Buffer.concat(err).toString('utf8'))),
    );
  });
}
