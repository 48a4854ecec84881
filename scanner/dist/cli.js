#!/usr/bin/env node
import { createRequire as __lhRequire } from 'node:module';
const require = __lhRequire(import.meta.url);

// scanner/cli.ts
import * as nodeModule from "node:module";
nodeModule.enableCompileCache?.();
await import("./cli-main-RQQIACMV.js");
