import { createRequire as __lhRequire } from 'node:module';
const require = __lhRequire(import.meta.url);
import {
  VERSION
} from "./chunk-RUVFUWJW.js";
import {
  mark
} from "./chunk-UWE46DXH.js";
import {
  Command,
  CommanderError
} from "./chunk-3ALUMOXC.js";
import {
  EXIT,
  isUserError
} from "./chunk-NS4ILB2U.js";
import {
  enableRegexFallback
} from "./chunk-EH5Z73WF.js";
import "./chunk-CCY5KY2Z.js";

// scanner/cli-main.ts
mark("cli: entry modules loaded");
enableRegexFallback();
var exitCode = EXIT.clean;
var setExit = (code) => {
  exitCode = code;
};
var program = new Command("leakhound").description("Find leaked credentials in code and git history, then close the incident.").version(`leakhound ${VERSION}`, "-V, --version", "print the version").helpCommand("help [command]", "show help for a command").exitOverride().configureOutput({ outputError: () => {
} }).showSuggestionAfterError(true);
var COMMANDS = {
  scan: async () => (await import("./scan-YBQZGJ3L.js")).scanCommand,
  history: async () => (await import("./history-SUDRNJZN.js")).historyCommand,
  diff: async () => (await import("./diff-GIOVC5Q3.js")).diffCommand,
  rewrite: async () => (await import("./rewrite-76QKAFQ7.js")).rewriteCommand,
  hook: async () => (await import("./hook-CZ6RU4JX.js")).hookCommand,
  rules: async () => (await import("./rules-XHJL6Y4W.js")).rulesCommand,
  verify: async () => (await import("./verify-RP5JEEDI.js")).verifyCommand,
  revoke: async () => (await import("./revoke-OAMURZ4I.js")).revokeCommand,
  providers: async () => (await import("./providers-E3Q3TENF.js")).providersCommand,
  serve: async () => (await import("./service-UTATPEX5.js")).serveCommand,
  worker: async () => (await import("./service-UTATPEX5.js")).workerCommand,
  completion: async () => (await import("./completion-6YKV3Z7J.js")).completionCommand(program)
};
var requested = process.argv[2] ?? "";
var wanted = requested === "help" && process.argv[3] ? process.argv[3] : requested;
var names = Object.hasOwn(COMMANDS, wanted) && wanted !== "completion" ? [wanted] : Object.keys(COMMANDS);
for (const name of names) {
  const cmd = (await COMMANDS[name]())(setExit);
  cmd.exitOverride().configureOutput({ outputError: () => {
  } });
  program.addCommand(cmd);
}
mark("cli: command modules loaded");
try {
  if (process.argv.length <= 2) program.outputHelp();
  else await program.parseAsync(process.argv);
  process.exitCode = exitCode;
} catch (err) {
  process.exitCode = report(err);
}
function report(err) {
  if (err instanceof CommanderError) {
    if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.exitCode === 0)
      return EXIT.clean;
    process.stderr.write(`leakhound: ${err.message.replace(/^error: /, "").replace(/\s*\n\s*/g, " ")}
`);
    return EXIT.error;
  }
  if (isUserError(err)) {
    process.stderr.write(`leakhound: ${err.message}
`);
    return EXIT.error;
  }
  const e = err;
  process.stderr.write(`leakhound: internal error: ${e?.message ?? String(err)} (set LEAKHOUND_DEBUG=1 for details)
`);
  if (process.env.LEAKHOUND_DEBUG) process.stderr.write(`${e?.stack ?? ""}
`);
  return EXIT.error;
}
