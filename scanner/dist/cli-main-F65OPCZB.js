
import {
  VERSION,
  stderr
} from "./chunk-PZARZYLK.js";
import {
  Command,
  CommanderError
} from "./chunk-GMTDVJWK.js";
import {
  mark
} from "./chunk-VOKC22WD.js";
import {
  enableRegexFallback
} from "./chunk-RXJJMENA.js";
import {
  EXIT,
  isUserError
} from "./chunk-XDM3T3X3.js";
import "./chunk-WJDBHJ4B.js";

// scanner/cli-report.ts
function reportError(err) {
  if (isUserError(err)) {
    stderr().write(`leakhound: ${err.message}
`);
    return EXIT.error;
  }
  const e = err;
  stderr().write(`leakhound: internal error: ${e?.message ?? String(err)} (set LEAKHOUND_DEBUG=1 for details)
`);
  if (process.env.LEAKHOUND_DEBUG) stderr().write(`${e?.stack ?? ""}
`);
  return EXIT.error;
}

// scanner/cli-program.ts
async function runCli(commands) {
  mark("cli: entry modules loaded");
  enableRegexFallback();
  let exitCode = EXIT.clean;
  const setExit = (code) => {
    exitCode = code;
  };
  const program = new Command("leakhound").description("Find leaked credentials in code and git history, then close the incident.").version(`leakhound ${VERSION}`, "-V, --version", "print the version").helpCommand("help [command]", "show help for a command").exitOverride().configureOutput({ outputError: () => {
  } }).showSuggestionAfterError(true);
  const requested = process.argv[2] ?? "";
  const wanted = requested === "help" && process.argv[3] ? process.argv[3] : requested;
  const names = Object.hasOwn(commands, wanted) && wanted !== "completion" ? [wanted] : Object.keys(commands);
  for (const name of names) {
    const cmd = (await commands[name](program))(setExit);
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
}
function report(err) {
  if (err instanceof CommanderError) {
    if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.exitCode === 0)
      return EXIT.clean;
    process.stderr.write(`leakhound: ${err.message.replace(/^error: /, "").replace(/\s*\n\s*/g, " ")}
`);
    return EXIT.error;
  }
  return reportError(err);
}

// scanner/cli-main.ts
await runCli({
  scan: async () => (await import("./scan-NNUVMHRK.js")).scanCommand,
  history: async () => (await import("./history-QU6J7QLM.js")).historyCommand,
  diff: async () => (await import("./diff-WUVMUD5J.js")).diffCommand,
  rewrite: async () => (await import("./rewrite-SKHW4MAG.js")).rewriteCommand,
  hook: async () => (await import("./hook-4PQZMEMT.js")).hookCommand,
  rules: async () => (await import("./rules-FS7PW35V.js")).rulesCommand,
  verify: async () => (await import("./verify-SB6NMP6X.js")).verifyCommand,
  revoke: async () => (await import("./revoke-SOL5EYXV.js")).revokeCommand,
  providers: async () => (await import("./providers-VNVJ34T7.js")).providersCommand,
  serve: async () => (await import("./service-AZSBOI5K.js")).serveCommand,
  worker: async () => (await import("./service-AZSBOI5K.js")).workerCommand,
  completion: async (program) => (await import("./completion-ZX5M2KSO.js")).completionCommand(program)
});
