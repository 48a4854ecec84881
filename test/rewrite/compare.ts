// Checks that a rewrite changed nothing but the secrets: for every commit in the commit map,
// the same paths and modes, and every file, header and message equal to the original with
// each secret replaced.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Env = NodeJS.ProcessEnv;

export function commitMap(gitDir: string): [string, string][] {
  return readFileSync(join(gitDir, 'leakhound-rewrite', 'commit-map'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(' ') as [string, string]);
}

function objects(dir: string, env: Env, specs: string[]): Buffer[] {
  const out = execFileSync('git', ['cat-file', '--batch'], {
    cwd: dir,
    env,
    input: `${specs.join('\n')}\n`,
    maxBuffer: 256 << 20,
  });
  const result: Buffer[] = [];
  let pos = 0;
  while (pos < out.length) {
    const nl = out.indexOf(0x0a, pos);
    const size = Number(out.toString('latin1', pos, nl).split(' ')[2]);
    result.push(out.subarray(nl + 1, nl + 1 + size));
    pos = nl + 1 + size + 1;
  }
  return result;
}

function tree(dir: string, env: Env, commit: string): string[] {
  return execFileSync('git', ['ls-tree', '-r', '-z', '--format=%(objectmode) %(objecttype) %(path)', commit], {
    cwd: dir,
    env,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
}

export function replaceAll(bytes: Buffer, secrets: readonly string[], replacement: string): Buffer {
  let text = bytes.toString('latin1');
  for (const s of secrets) text = text.split(s).join(replacement);
  return Buffer.from(text, 'latin1');
}

/** Returns a list of differences (empty when the rewrite is exact). */
export function differences(
  originDir: string,
  rewrittenDir: string,
  gitDir: string,
  env: Env,
  secrets: readonly string[],
  replacement = '***REMOVED***',
): string[] {
  const problems: string[] = [];
  for (const [old, now] of commitMap(gitDir)) {
    const before = tree(originDir, env, old);
    const after = tree(rewrittenDir, env, now);
    if (before.join('\n') !== after.join('\n')) problems.push(`${old}: paths or modes differ`);
    const [oldCommit] = objects(originDir, env, [old]);
    const [newCommit] = objects(rewrittenDir, env, [now]);
    const strip = (b: Buffer): string =>
      b
        .toString('latin1')
        .split('\n')
        .filter((l) => !/^(tree|parent) /.test(l))
        .join('\n');
    if (strip(replaceAll(oldCommit!, secrets, replacement)) !== strip(newCommit!))
      problems.push(`${old}: header or message differs`);
    const files = before
      .filter((l) => l.split(' ')[1] === 'blob')
      .map((l) => l.slice(l.indexOf(' ', l.indexOf(' ') + 1) + 1));
    const a = objects(
      originDir,
      env,
      files.map((f) => `${old}:${f}`),
    );
    const b = objects(
      rewrittenDir,
      env,
      files.map((f) => `${now}:${f}`),
    );
    files.forEach((f, i) => {
      if (!replaceAll(a[i]!, secrets, replacement).equals(b[i]!)) problems.push(`${old}:${f} differs`);
    });
  }
  return problems;
}
