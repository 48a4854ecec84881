
import {
  COMMON_DEFAULTS,
  diff,
  hookContext,
  preCommitCheck,
  reportError
} from "./chunk-6AN7ZEIC.js";
import {
  mark
} from "./chunk-KALCZJXT.js";
import {
  enableRegexFallback
} from "./chunk-E2AC4WB3.js";
import "./chunk-EJDH4JIH.js";
import "./chunk-TFAF2CGQ.js";
import "./chunk-TBR4GLH5.js";
import "./chunk-WJDBHJ4B.js";

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
  await (await import("./cli-hook-program-2RPMZME7.js")).runHookProgram();
}
