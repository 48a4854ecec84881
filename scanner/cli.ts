#!/usr/bin/env node
import * as nodeModule from 'node:module';
import { autoStart, daemonSocket } from './daemon/where.js';

// A hook runs the CLI on every commit: V8's code cache spares recompiling the modules each time.
// It covers only modules compiled after this call, so this entry imports nothing else
// statically (where.ts is bundled into this file): everything, commander included, loads below,
// through the cache.
// Optional chaining: Node before 22.1 lacks it (pre-commit may run Debian's older nodejs).
nodeModule.enableCompileCache?.();
// The commands git hooks run (`diff --staged`, `hook run …`) start from a CLI of their own,
// which the bundle builds apart so that a hook loads a handful of files (see cli-hook.ts).
// A pre-commit check goes to the hook daemon when one runs (`hook daemon start`, see
// daemon/server.ts), and is run here when it does not answer; with LEAKHOUND_HOOK_DAEMON=auto,
// a check that found none starts one for the next commits; with =off, none is used.
const args = process.argv.slice(2);
const command = args[0];
const preCommit =
  (command === 'diff' && args.includes('--staged')) ||
  (command === 'hook' && args[1] === 'run' && args[2] === 'pre-commit');
const socket = preCommit && process.env.LEAKHOUND_HOOK_DAEMON !== 'off' ? daemonSocket() : null;
const code = socket === null ? null : await (await import('./daemon/client.js')).checkByDaemon(socket, args);
if (code !== null) process.exitCode = code;
else {
  await (command === 'diff' || command === 'hook' ? import('./cli-hook.js') : import('./cli-main.js'));
  if (preCommit && socket === null) autoStart(process.argv[1]);
}
