#!/usr/bin/env node
import * as nodeModule from 'node:module';

// A hook runs the CLI on every commit: V8's code cache spares recompiling the modules each time.
// It covers only modules compiled after this call, so this entry imports nothing else
// statically: everything, commander included, loads below, through the cache.
// Optional chaining: Node before 22.1 lacks it (pre-commit may run Debian's older nodejs).
nodeModule.enableCompileCache?.();
// The commands git hooks run (`diff --staged`, `hook run …`) start from a CLI of their own,
// which the bundle builds apart so that a hook loads a handful of files (see cli-hook.ts).
const command = process.argv[2];
await (command === 'diff' || command === 'hook' ? import('./cli-hook.js') : import('./cli-main.js'));
