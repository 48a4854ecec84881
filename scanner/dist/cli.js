#!/usr/bin/env node


// scanner/cli.ts
import * as nodeModule from "node:module";
nodeModule.enableCompileCache?.();
var command = process.argv[2];
await (command === "diff" || command === "hook" ? import("./hook/cli-hook.js") : import("./cli-main-PBXHS4B3.js"));
