#!/usr/bin/env node


// scanner/cli.ts
const nodeModule = process.getBuiltinModule("node:module");
nodeModule.enableCompileCache?.();
var command = process.argv[2];
await (command === "diff" || command === "hook" ? import("./hook/cli-hook.js") : import("./cli-main-7AERWPO3.js"));
