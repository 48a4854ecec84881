// Checks that a findings report belongs to this repository (every finding's commit and file
// exist in it) and finds the blobs the findings were made in: a binary blob is rewritten only
// when it is one of them.
import { InputError } from '../errors.js';
import { runGit } from '../git/git-process.js';
import type { RewritePlan } from './plan.js';

export async function locateFindings(repo: string, plan: RewritePlan, source: string): Promise<Set<string>> {
  const wanted = plan.locations.filter((l) => !/[\r\n]/.test(l.file));
  const blobs = new Set<string>();
  if (wanted.length === 0) return blobs;
  const input = wanted.map((l) => (l.file ? `${l.commit}:${l.file}` : l.commit)).join('\n');
  const { stdout } = await runGit(repo, ['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
    input: `${input}\n`,
  });
  const lines = stdout.toString('utf8').split('\n');
  let missing = 0;
  let example: { commit: string; file: string } | null = null;
  wanted.forEach((l, i) => {
    const [oid = '', type = ''] = (lines[i] ?? '').split(' ');
    if (type === 'blob') blobs.add(oid);
    else if (l.file !== '' || !['commit', 'tag'].includes(type)) {
      missing++;
      example ??= l;
    }
  });
  if (example !== null) {
    const e = example as { commit: string; file: string };
    throw new InputError(
      `${source} does not match this repository: ${missing} of ${wanted.length} findings name a commit or file it does not have (e.g. ${e.commit.slice(0, 12)}${e.file ? ` ${e.file}` : ''}); use a report written for this repository, or leave out --findings to scan it`,
    );
  }
  return blobs;
}
