// Where the hook daemon listens, and how it is started. A Unix socket in a directory only this
// user can reach: the daemon receives a hook's environment (tokens included) and answers with its
// exit code, so a socket anyone else could have created, or could swap, must never be used. The
// socket's name also says which build, Node and mount namespace the daemon runs with: a daemon
// in another container or toolbox sharing /tmp sees other files under the same paths, and must
// never be asked. When no daemon runs, all this costs a hook one readlink and one lstat.
//
// Bundled into the entry cli.js (which asks the daemon before loading anything else) and into
// the daemon's own build; nothing else imports it, so it is never a chunk of its own to load.
import { lstatSync, mkdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';

declare const __LEAKHOUND_BUILD__: string;

/**
 * The bundle's build, a hash of all its files (scripts/build-cli.mjs): a daemon serves only hooks
 * of the very build it runs. Null when running from the TypeScript sources: no daemon then.
 */
export const BUILD: string | null = typeof __LEAKHOUND_BUILD__ === 'string' ? __LEAKHOUND_BUILD__ : null;

/** The daemon's directory: `$XDG_RUNTIME_DIR/leakhound-UID`, else under `$TMPDIR` or /tmp. Null on Windows. */
export function daemonDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (process.platform === 'win32' || !process.getuid) return null;
  const runtime = env.XDG_RUNTIME_DIR;
  const base = runtime && isAbsolute(runtime) ? runtime : env.TMPDIR && isAbsolute(env.TMPDIR) ? env.TMPDIR : '/tmp';
  return join(base, `leakhound-${process.getuid()}`);
}

/** This process's mount namespace (Linux), or '' where there is no /proc to tell. */
function mountNamespace(): string {
  try {
    return readlinkSync('/proc/self/ns/mnt');
  } catch {
    return '';
  }
}

/**
 * The socket's path in `dir` for this build, Node version and mount namespace. The last two are
 * hashed (FNV-1a) to keep the path short: a Unix socket's path has ~104 bytes on macOS.
 */
export function socketIn(dir: string, build: string): string {
  let h = 0x811c9dc5;
  for (const c of `${process.version}\0${mountNamespace()}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return join(dir, `hook-${build}-${(h >>> 0).toString(36)}.sock`);
}

/**
 * Why `dir` must not hold the daemon's socket, or null when it may. It must be a directory (not
 * a link to one) owned by this user, that no one else can read, write or enter; and no one else
 * may be able to rename it away and put another in its place, so every directory above it (once
 * links are resolved) must belong to this user or root and be writable by no one else, unless
 * it is sticky (/tmp), where no one may rename what is not theirs.
 */
export function unsafeDir(dir: string): string | null {
  const uid = process.getuid?.();
  const st = lstatSync(dir, { throwIfNoEntry: false });
  if (!st) return 'does not exist';
  if (!st.isDirectory()) return 'is not a directory';
  if (st.uid !== uid) return `is owned by uid ${st.uid}, not by you`;
  if ((st.mode & 0o077) !== 0) return `has mode ${(st.mode & 0o777).toString(8)}, not 700`;
  let above: string;
  try {
    above = realpathSync(dirname(dir));
  } catch {
    return 'is in a directory that cannot be resolved';
  }
  for (;;) {
    const p = statSync(above);
    if (p.uid !== uid && p.uid !== 0) return `is inside ${above}, owned by uid ${p.uid}`;
    if ((p.mode & 0o022) !== 0 && (p.mode & 0o1000) === 0) return `is inside ${above}, which others can write to`;
    const parent = dirname(above);
    if (parent === above) return null;
    above = parent;
  }
}

/**
 * The daemon socket this hook may hand its check to (and its inode), or null: this build's
 * socket for this Node and namespace, present, a socket owned by this user, in a safe directory.
 */
export function daemonSocket(env: NodeJS.ProcessEnv = process.env): { path: string; ino: number } | null {
  const dir = daemonDir(env);
  if (dir === null || BUILD === null) return null;
  try {
    const path = socketIn(dir, BUILD);
    const st = lstatSync(path, { throwIfNoEntry: false });
    if (!st?.isSocket() || st.uid !== process.getuid?.()) return null;
    return unsafeDir(dir) === null ? { path, ino: st.ino } : null;
  } catch {
    // Not a directory, not ours to enter (`su` keeps another user's XDG_RUNTIME_DIR): no daemon.
    return null;
  }
}

/** Creates the daemon's directory (mode 700) if need be; why it cannot be used, or null. */
export function makeDaemonDir(dir: string): string | null {
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST')
      return `cannot be created (${(err as NodeJS.ErrnoException).code})`;
  }
  try {
    return unsafeDir(dir);
  } catch (err) {
    return `cannot be checked (${(err as NodeJS.ErrnoException).code})`;
  }
}

/**
 * The environment a daemon starts with. Each check brings the hook's own, so the daemon keeps
 * only what finding its directory and running Node need: not the tokens of the shell or hook
 * that started it, nor NODE_OPTIONS.
 */
const DAEMON_ENV = ['PATH', 'HOME', 'USER', 'LOGNAME', 'XDG_RUNTIME_DIR', 'TMPDIR', 'LANG', 'LC_ALL', 'LC_CTYPE', 'TZ'];

/**
 * Starts a daemon in the background, detached from this process and its terminal. child_process
 * is read here, not imported: cli.js bundles this module, and most commands never load it.
 */
export function launchDaemon(cli: string, flags: string[] = []): number | undefined {
  const { spawn } = process.getBuiltinModule('node:child_process');
  const env: Record<string, string> = {};
  for (const name of DAEMON_ENV) if (process.env[name] !== undefined) env[name] = process.env[name]!;
  const child = spawn(process.execPath, [cli, 'hook', 'daemon', 'run', ...flags], {
    detached: true,
    stdio: 'ignore',
    cwd: '/',
    env,
  });
  child.on('error', () => {});
  child.unref();
  return child.pid;
}

/**
 * `LEAKHOUND_HOOK_DAEMON=auto`: after a pre-commit check that found no daemon, start one for the
 * next commits, unless its directory is unsafe (then every hook would start one in vain).
 */
export function autoStart(cli: string | undefined, env: NodeJS.ProcessEnv = process.env): void {
  const dir = BUILD === null || env.LEAKHOUND_HOOK_DAEMON !== 'auto' ? null : daemonDir(env);
  if (!cli || dir === null || makeDaemonDir(dir) !== null) return;
  launchDaemon(cli);
}
