
import {
  COMMON_DEFAULTS,
  FORMATS,
  diff,
  hookContext,
  preCommitCheck,
  reportError
} from "./chunk-V4B4OOKW.js";
import {
  mark
} from "./chunk-IP4NCO3F.js";
import {
  enableRegexFallback
} from "./chunk-5C2B67JH.js";
import "./chunk-XDM3T3X3.js";
import "./chunk-TFAF2CGQ.js";
import "./chunk-TBR4GLH5.js";
import "./chunk-WJDBHJ4B.js";

// scanner/hook-invocation.ts
function hookInvocation(args) {
  if (args[0] === "diff") {
    const got = options(args.slice(1), DIFF_OPTIONS);
    if (got?.staged !== true) return null;
    const format = got.format ?? COMMON_DEFAULTS.format;
    if (!FORMATS.includes(format)) return null;
    const flags = {
      staged: true,
      repo: typeof got.repo === "string" ? got.repo : ".",
      ...COMMON_DEFAULTS,
      format,
      color: got.color !== false
    };
    if (typeof got.output === "string") flags.output = got.output;
    return { command: "diff", flags };
  }
  if (args[0] === "hook" && args[1] === "run" && args[2] === "pre-commit") {
    const got = options(args.slice(3), HOOK_RUN_OPTIONS);
    if (!got) return null;
    return {
      command: "pre-commit",
      flags: { repo: typeof got.repo === "string" ? got.repo : ".", color: COMMON_DEFAULTS.color }
    };
  }
  return null;
}
var REPO = { key: "repo", value: true };
var DIFF_OPTIONS = {
  "--staged": { key: "staged", value: false },
  "--repo": REPO,
  "--format": { key: "format", value: true },
  "-f": { key: "format", value: true },
  "--output": { key: "output", value: true },
  "-o": { key: "output", value: true },
  "--no-color": { key: "color", value: false }
};
var HOOK_RUN_OPTIONS = { "--repo": REPO };
function options(args, known) {
  const got = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const option = Object.hasOwn(known, name) ? known[name] : void 0;
    if (!option || Object.hasOwn(got, option.key)) return null;
    if (!option.value) {
      if (eq !== -1) return null;
      got[option.key] = !name.startsWith("--no-");
      continue;
    }
    const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (!value || value.startsWith("-")) return null;
    got[option.key] = value;
  }
  return got;
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
  await (await import("./cli-hook-program-MIYWLQUS.js")).runHookProgram();
}
