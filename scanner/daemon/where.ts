// Where the hook daemon listens, and how it is started. A Unix socket named after the build, in
// a directory only this user can enter: the daemon receives a hook's environment (tokens
// included) and answers with its exit code, so a socket anyone else could have created must
// never be used. The checks here cost a hook two lstat calls when no daemon runs.
//
// Bundled into the entry cli.js (which asks the daemon before loading anything else) and into
// the daemon's own entry in the hook build; nothing else imports it, so it is never a chunk of
// its own to load.
import { lstatSync, mkdirSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

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

/** The socket's path in `dir`. */
export function socketIn(dir: string, build: string): string {
  return join(dir, `hook-${build}.sock`);
}

/**
 * Why `dir` must not hold the daemon's socket, or null when it may: it must be a directory (not
 * a link to one) owned by this user, that no one else can read, write or enter.
 */
export function unsafeDir(dir: string): string | null {
  const st = lstatSync(dir, { throwIfNoEntry: false });
  if (!st) return 'does not exist';
  if (!st.isDirectory()) return 'is not a directory';
  if (st.uid !== process.getuid?.()) return `is owned by uid ${st.uid}, not by you`;
  if ((st.mode & 0o077) !== 0) return `has mode ${(st.mode & 0o777).toString(8)}, not 700`;
  return null;
}

/**
 * The socket of a daemon this hook may hand its check to, or null: this build's socket, present,
 * a socket owned by this user, in a private directory.
 */
export function daemonSocket(env: NodeJS.ProcessEnv = process.env): string | null {
  const dir = BUILD === null ? null : daemonDir(env);
  if (dir === null || BUILD === null) return null;
  const socket = socketIn(dir, BUILD);
  const st = lstatSync(socket, { throwIfNoEntry: false });
  if (!st?.isSocket() || st.uid !== process.getuid?.()) return null;
  return unsafeDir(dir) === null ? socket : null;
}

/** Creates the daemon's directory (mode 700) if need be; why it cannot be used, or null. */
export function makeDaemonDir(dir: string): string | null {
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST')
      return `cannot be created (${(err as NodeJS.ErrnoException).code})`;
  }
  return unsafeDir(dir);
}

/** The command line of a daemon of the CLI script `cli`, exiting after `idle` (e.g. "30m") without work. */
export function daemonArgs(cli: string, idle: string | undefined): string[] {
  return [cli, 'hook', 'daemon', 'run', ...(idle ? ['--idle-timeout', idle] : [])];
}

/**
 * Starts a daemon in the background, detached from this process and its terminal. child_process
 * is read here, not imported: cli.js bundles this module, and most commands never load it.
 */
export function launchDaemon(cli: string, idle?: string): number | undefined {
  const { spawn } = process.getBuiltinModule('node:child_process');
  // Not the GIT_ variables of the hook that may start it (its index, its repository): each check
  // brings its own.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')));
  const child = spawn(process.execPath, daemonArgs(cli, idle), { detached: true, stdio: 'ignore', cwd: '/', env });
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
