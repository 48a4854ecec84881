#!/usr/bin/env node
import * as nodeModule from 'node:module';

// A hook runs the CLI on every commit: V8's code cache spares recompiling the modules each time.
// It covers only modules compiled after this call, so this entry imports nothing else
// statically: everything, commander included, loads below, through the cache.
// Optional chaining: Node before 22.1 lacks it (pre-commit may run Debian's older nodejs).
nodeModule.enableCompileCache?.();
await import('./cli-main.js');
