
import {
  COMMON_DEFAULTS,
  diff,
  hookContext,
  preCommitCheck,
  reportError
} from "./chunk-BSEQ6JUX.js";
import {
  mark
} from "./chunk-LFSDSLYR.js";
import {
  enableRegexFallback
} from "./chunk-QLIP5UBM.js";
import "./chunk-NS4ILB2U.js";
import "./chunk-HMAL4YWE.js";
import "./chunk-5XKUI25R.js";
import "./chunk-CCY5KY2Z.js";

// scanner/hook-invocation.ts
function hookInvocation(args) {
  if (args[0] === "diff") {
    const rest = repoFlag(args.slice(1));
    if (!rest || rest.others.length !== 1 || rest.others[0] !== "--staged") return null;
    return { command: "diff", flags: { staged: true, repo: rest.repo, ...COMMON_DEFAULTS } };
  }
  if (args[0] === "hook" && args[1] === "run" && args[2] === "pre-commit") {
    const rest = repoFlag(args.slice(3));
    if (!rest || rest.others.length !== 0) return null;
    return { command: "pre-commit", flags: { repo: rest.repo, color: COMMON_DEFAULTS.color } };
  }
  return null;
}
function repoFlag(args) {
  let repo;
  const others = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    let value;
    if (arg === "--repo") value = args[++i];
    else if (arg.startsWith("--repo=")) value = arg.slice("--repo=".length);
    else {
      others.push(arg);
      continue;
    }
    if (repo !== void 0 || !value || value.startsWith("-")) return null;
    repo = value;
  }
  return { repo: repo ?? ".", others };
}
function runHookInvocation(hook2) {
  return hook2.command === "diff" ? diff(hook2.flags) : preCommitCheck(hookContext(hook2.flags));
}

// scanner/cli-hook.ts
var hook = hookInvocation(process.argv.slice(2));
if (hook) {
  mark("cli: entry modules loaded");
  enableRegexFallback();
  try {
    process.exitCode = await runHookInvocation(hook);
  } catch (err) {
    process.exitCode = reportError(err);
  }
} else {
  await (await import("./cli-hook-program-AB5E6LZS.js")).runHookProgram();
}
