#!/usr/bin/env node

// scanner/cli.ts
import * as nodeModule from "node:module";
nodeModule.enableCompileCache?.();
await import("./cli-main-XPUHDD5E.js");
