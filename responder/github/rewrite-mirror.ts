// The eradication step's working copy: a `--mirror` clone of the repository in the worker's
// git cache (0700, like the push cache), one per incident, so that a prepared rewrite waits
// there, untouched by later pushes, until a responder presses "Push rewritten history".
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { git } from './fetch-push.js';

export function mirrorDir(workDir: string, incidentId: string): string {
  return join(workDir, 'rewrites', `${incidentId}.git`);
}

/** A fresh mirror clone (a stale one from an earlier press is replaced: the remote may have moved). */
export async function cloneMirror(workDir: string, incidentId: string, url: string, token?: string): Promise<string> {
  const dir = mirrorDir(workDir, incidentId);
  await mkdir(join(workDir, 'rewrites'), { recursive: true, mode: 0o700 });
  await rm(dir, { recursive: true, force: true });
  await git(workDir, ['clone', '--mirror', '--quiet', '--', url, dir], token);
  return dir;
}

export interface PushOutcome {
  ref: string;
  ok: boolean;
  /** git's last line of error output when refused (never holds a secret: refs and hook text). */
  why?: string;
}

/** Pushes one rewritten ref, leased on the value the rewrite replaced. */
export async function pushLeased(
  dir: string,
  url: string,
  ref: string,
  old: string,
  token?: string,
): Promise<PushOutcome> {
  try {
    await git(dir, ['push', '--quiet', `--force-with-lease=${ref}:${old}`, '--', url, `${ref}:${ref}`], token);
    return { ref, ok: true };
  } catch (err) {
    return { ref, ok: false, why: (err as Error).message };
  }
}

/** Once pushed, the old objects are dropped from the mirror too; commit-map and ref-map stay. */
export async function pruneMirror(dir: string): Promise<void> {
  await git(dir, ['reflog', 'expire', '--expire=now', '--all']);
  await git(dir, ['gc', '--prune=now', '--quiet']);
}

export async function dropMirror(workDir: string, incidentId: string): Promise<void> {
  await rm(mirrorDir(workDir, incidentId), { recursive: true, force: true });
}
