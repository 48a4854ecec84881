// `leakhound hook install` / `uninstall`: writes our hooks into the directory git runs hooks
// from (core.hooksPath when set), keeping a hook that was already there. Planned purely from
// what is on disk, then applied, so that running it twice changes nothing the second time.
import { chmod, lstat, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { gitText, repoRoot } from '../git/git-process.js';
import { chainedName, hookScript, isOurs, type HookKind, type Launcher } from './hook-script.js';

export type Existing = { kind: 'none' } | { kind: 'ours' } | { kind: 'other' };

export type InstallStep =
  | { do: 'write'; kind: HookKind; keep: boolean; note: string }
  | { do: 'refuse'; kind: HookKind; note: string };

export type UninstallStep =
  | { do: 'remove'; kind: HookKind; restore: boolean; note: string }
  | { do: 'skip'; kind: HookKind; note: string };

/** The hooks directory git uses for this repository: core.hooksPath, else `.git/hooks`. */
export async function hooksDir(dir: string): Promise<string> {
  const root = await repoRoot(dir);
  return (await gitText(root, ['rev-parse', '--path-format=absolute', '--git-path', 'hooks'])).trim();
}

export function planInstall(kind: HookKind, hook: Existing, chainedExists: boolean): InstallStep {
  if (hook.kind === 'ours') return { do: 'write', kind, keep: false, note: `${kind}: already installed (refreshed)` };
  if (hook.kind === 'none') return { do: 'write', kind, keep: false, note: `${kind}: installed` };
  if (chainedExists) {
    return {
      do: 'refuse',
      kind,
      note: `${kind}: not installed: there is a ${kind} hook and a ${chainedName(kind)} already; merge them by hand or remove ${chainedName(kind)}`,
    };
  }
  return {
    do: 'write',
    kind,
    keep: true,
    note: `${kind}: installed; the existing hook still runs first (kept as ${chainedName(kind)})`,
  };
}

export function planUninstall(kind: HookKind, hook: Existing, chainedExists: boolean): UninstallStep {
  if (hook.kind !== 'ours') return { do: 'skip', kind, note: `${kind}: not installed by leakhound; left alone` };
  return {
    do: 'remove',
    kind,
    restore: chainedExists,
    note: `${kind}: removed${chainedExists ? '; the previous hook is back in place' : ''}`,
  };
}

export async function installHooks(dir: string, kinds: readonly HookKind[], launcher: Launcher): Promise<string[]> {
  const hooks = await hooksDir(dir);
  await mkdir(hooks, { recursive: true });
  const notes: string[] = [];
  for (const kind of kinds) {
    const step = planInstall(kind, await existing(join(hooks, kind)), await exists(join(hooks, chainedName(kind))));
    notes.push(step.note);
    if (step.do === 'refuse') throw new InputError(step.note);
    const file = join(hooks, kind);
    if (step.keep) await rename(file, join(hooks, chainedName(kind)));
    // Write beside, then rename: git never runs a half-written hook.
    const tmp = `${file}.leakhound-tmp`;
    await writeFile(tmp, hookScript(kind, launcher), { mode: 0o755 });
    await chmod(tmp, 0o755);
    await rename(tmp, file);
  }
  return notes;
}

export async function uninstallHooks(dir: string, kinds: readonly HookKind[]): Promise<string[]> {
  const hooks = await hooksDir(dir);
  const notes: string[] = [];
  for (const kind of kinds) {
    const step = planUninstall(kind, await existing(join(hooks, kind)), await exists(join(hooks, chainedName(kind))));
    notes.push(step.note);
    if (step.do === 'skip') continue;
    await unlink(join(hooks, kind));
    if (step.restore) await rename(join(hooks, chainedName(kind)), join(hooks, kind));
  }
  return notes;
}

async function existing(file: string): Promise<Existing> {
  if (!(await exists(file))) return { kind: 'none' };
  const text = await readFile(file, 'utf8').catch(() => '');
  return isOurs(text) ? { kind: 'ours' } : { kind: 'other' };
}

/** lstat: a dangling symlink is still a hook someone put there. */
async function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    () => false,
  );
}
