import {
  VERSION
} from "./chunk-SFKXYP7S.js";
import {
  mark
} from "./chunk-5WLX44ZZ.js";
import {
  enableRegexFallback
} from "./chunk-ZYF5IGMZ.js";
import {
  EXIT,
  isUserError
} from "./chunk-WKZTSYGD.js";

// scanner/cli-main.ts
import { Command, CommanderError } from "commander";
mark("cli: entry modules loaded");
enableRegexFallback();
var exitCode = EXIT.clean;
var setExit = (code) => {
  exitCode = code;
};
var program = new Command("leakhound").description("Find leaked credentials in code and git history, then close the incident.").version(`leakhound ${VERSION}`, "-V, --version", "print the version").helpCommand("help [command]", "show help for a command").exitOverride().configureOutput({ outputError: () => {
} }).showSuggestionAfterError(true);
var COMMANDS = {
  scan: async () => (await import("./scan-G4E4SOYS.js")).scanCommand,
  history: async () => (await import("./history-52SPIOQO.js")).historyCommand,
  diff: async () => (await import("./diff-BJQKAVNB.js")).diffCommand,
  rewrite: async () => (await import("./rewrite-4LYT3HPK.js")).rewriteCommand,
  hook: async () => (await import("./hook-WRAU2QEP.js")).hookCommand,
  rules: async () => (await import("./rules-WC3ZQP77.js")).rulesCommand,
  verify: async () => (await import("./verify-PPTLUBRT.js")).verifyCommand,
  revoke: async () => (await import("./revoke-GEB7BI3Y.js")).revokeCommand,
  providers: async () => (await import("./providers-U6WVUKC2.js")).providersCommand,
  serve: async () => (await import("./service-ZTQKEBXJ.js")).serveCommand,
  worker: async () => (await import("./service-ZTQKEBXJ.js")).workerCommand,
  completion: async () => (await import("./completion-QLUYSV6H.js")).completionCommand(program)
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
