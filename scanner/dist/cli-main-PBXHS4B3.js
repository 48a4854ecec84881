
import {
  VERSION
} from "./chunk-RUVFUWJW.js";
import {
  Command,
  CommanderError
} from "./chunk-3ALUMOXC.js";
import {
  mark
} from "./chunk-UWE46DXH.js";
import {
  enableRegexFallback
} from "./chunk-EH5Z73WF.js";
import {
  EXIT,
  isUserError
} from "./chunk-NS4ILB2U.js";
import "./chunk-CCY5KY2Z.js";

// scanner/cli-report.ts
function reportError(err) {
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
  scan: async () => (await import("./scan-WIAMKS7S.js")).scanCommand,
  history: async () => (await import("./history-2O75TUHJ.js")).historyCommand,
  diff: async () => (await import("./diff-X4RVFRGM.js")).diffCommand,
  rewrite: async () => (await import("./rewrite-DRAZWKCX.js")).rewriteCommand,
  hook: async () => (await import("./hook-7GIYRLDF.js")).hookCommand,
  rules: async () => (await import("./rules-5LP3UL6L.js")).rulesCommand,
  verify: async () => (await import("./verify-Y4WW6EOY.js")).verifyCommand,
  revoke: async () => (await import("./revoke-HK4BAZ6M.js")).revokeCommand,
  providers: async () => (await import("./providers-FE4GH2U2.js")).providersCommand,
  serve: async () => (await import("./service-OYTAHJT5.js")).serveCommand,
  worker: async () => (await import("./service-OYTAHJT5.js")).workerCommand,
  completion: async (program) => (await import("./completion-6YKV3Z7J.js")).completionCommand(program)
});
