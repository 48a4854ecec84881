#!/usr/bin/env node
import { createRequire as __lhRequire } from 'node:module';
const require = __lhRequire(import.meta.url);

// scanner/cli.ts
import * as nodeModule from "node:module";
nodeModule.enableCompileCache?.();
var command = process.argv[2];
await (command === "diff" || command === "hook" ? import("./hook/cli-hook.js") : import("./cli-main-FMUEDILC.js"));
