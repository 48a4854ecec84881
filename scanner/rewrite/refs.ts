// Refs before and after, the commit-map and ref-map files, and the one transaction that
// moves every ref (each checked against the value the rewrite started from).
import { createReadStream, createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { InputError } from '../errors.js';
import { GitError, gitText, runGit } from '../git/git-process.js';
import type { MarkTable } from './mark-table.js';

export interface RefChange {
  ref: string;
  old: string;
  new: string;
}

/** Every ref that is not symbolic, by name; `HEAD` too when it is detached. */
export async function readRefs(repo: string): Promise<Map<string, string>> {
  const out = await gitText(repo, ['for-each-ref', '--format=%(objectname)%00%(symref)%00%(refname)']);
  const refs = new Map<string, string>();
  for (const line of out.split('\n')) {
    const [oid, symref, name] = line.split('\0');
    if (oid && name && !symref) refs.set(name, oid);
  }
  const symbolic = await gitText(repo, ['symbolic-ref', '-q', 'HEAD'], { okCodes: [1, 128] });
  if (symbolic.trim() === '') {
    const head = (await gitText(repo, ['rev-parse', '-q', '--verify', 'HEAD'], { okCodes: [1] })).trim();
    if (head) refs.set('HEAD', head);
  }
  return refs;
}

export interface Maps {
  changes: RefChange[];
  /** Moves the maps from their temporary names into place (after the refs moved). */
  commit(): Promise<void>;
}

/**
 * Writes `commit-map` (old → new for every exported commit, as git-filter-repo does) and
 * `ref-map` (old, new, ref for every ref that moves) under temporary names. Only refs that
 * exist now are moved: fast-import's side may name a ref differently (a detached HEAD), never
 * one to create. A detached HEAD follows its commit through the commit map.
 */
export async function writeMaps(
  work: string,
  marksFile: string,
  originals: MarkTable,
  before: Map<string, string>,
  after: Map<string, string>,
): Promise<Maps> {
  const commitMap = join(work, 'commit-map');
  const refMap = join(work, 'ref-map');
  const out = createWriteStream(`${commitMap}.new`);
  out.write('old new\n');
  const head = before.get('HEAD');
  let newHead: string | undefined;
  const lines = createInterface({ input: createReadStream(marksFile), crlfDelay: Infinity });
  for await (const line of lines) {
    const [mark, oid] = line.split(' ');
    const old = mark ? originals.get(Number(mark.slice(1))) : null;
    if (!old || !oid) continue;
    if (old === head) newHead = oid;
    if (!out.write(`${old} ${oid}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');

  const changes: RefChange[] = [];
  for (const [ref, old] of before) {
    const now = ref === 'HEAD' ? newHead : after.get(ref);
    if (now && now !== old) changes.push({ ref, old, new: now });
  }
  const refOut = createWriteStream(`${refMap}.new`);
  refOut.end(`old new ref\n${changes.map((c) => `${c.old} ${c.new} ${c.ref}\n`).join('')}`);
  await once(refOut, 'finish');
  return {
    changes,
    async commit() {
      await rename(`${commitMap}.new`, commitMap);
      await rename(`${refMap}.new`, refMap);
    },
  };
}

/** All refs in one transaction: every one moves, or (a ref moved meanwhile) none does. */
export async function updateRefs(repo: string, changes: readonly RefChange[]): Promise<void> {
  if (changes.length === 0) return;
  const input = changes
    .map((c) => `${c.ref === 'HEAD' ? 'option no-deref\n' : ''}update ${c.ref} ${c.new} ${c.old}\n`)
    .join('');
  try {
    await runGit(repo, ['update-ref', '--stdin'], { input });
  } catch (err) {
    if (err instanceof GitError)
      throw new InputError(
        `the refs were not moved (${err.message}); the repository is unchanged: run leakhound rewrite again`,
        { cause: err },
      );
    throw err;
  }
}
