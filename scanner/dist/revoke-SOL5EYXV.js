
import {
  readCredential
} from "./chunk-2AWNQFHU.js";
import "./chunk-ML7JBL3A.js";
import {
  cliProviderContext
} from "./chunk-SHB6JCGJ.js";
import {
  realClock
} from "./chunk-SVFWS7FN.js";
import {
  Command
} from "./chunk-GMTDVJWK.js";
import {
  UsageError
} from "./chunk-XDM3T3X3.js";
import "./chunk-CBIVLD7W.js";
import "./chunk-TBR4GLH5.js";
import "./chunk-WJDBHJ4B.js";

// scanner/commands/revoke.ts
const { open } = process.getBuiltinModule("node:fs/promises");
const { createInterface } = process.getBuiltinModule("node:readline/promises");

// scanner/verify/run-containment.ts
async function runContainment(p, credential, ctx, opts) {
  const clock = opts.clock ?? realClock;
  const steps = [];
  if (p.containment.length === 0 || !p.revokes.includes(credential.ruleId)) {
    const detail = p.manualRevocationByRule?.[credential.ruleId] ?? p.manualRevocation;
    steps.push({ title: "Revoke the credential", result: { outcome: "task", detail } });
    return { outcome: "task", steps };
  }
  for (const [i, step] of p.containment.entries()) {
    let r = await step.run(credential, ctx);
    for (let attempt = 0; r.outcome === "retry" && attempt < opts.retries; attempt++) {
      await clock.sleep(opts.firstPauseMs * 2 ** attempt);
      r = await step.run(credential, ctx);
    }
    steps.push({ title: step.title, result: r });
    if (r.outcome !== "done") {
      for (const rest of p.containment.slice(i + 1)) {
        steps.push({ title: rest.title, result: { outcome: "not-run", detail: "after the step above" } });
      }
      return { outcome: r.outcome === "task" ? "task" : "unconfirmed", steps };
    }
  }
  return { outcome: "revoked", steps };
}

// scanner/commands/revoke.ts
var REVOKE_EXIT = { revoked: 0, task: 1, unconfirmed: 3 };
function revokeCommand(run) {
  return new Command("revoke").description("revoke one leaked secret at its provider (asks for confirmation unless --yes)").argument("<secret>", "the secret, or - to read it from stdin (keeps it out of shell history)").requiredOption("-r, --rule <id>", "the rule that names the credential, e.g. github-pat").option("--pair <secret>", "the second half of a two-part credential (AWS: the secret access key)").option("-y, --yes", "do not ask for confirmation").action(async (arg, flags) => {
    const { provider, credential } = await readCredential("revoke", flags, arg);
    const tail = credential.secret.slice(-4);
    if (!flags.yes && !await confirm(`Revoke the ${provider.name} credential (${credential.ruleId}) ending …${tail}? [y/N] `)) {
      process.stderr.write("leakhound: not revoked\n");
      run(REVOKE_EXIT.task);
      return;
    }
    const firstPauseMs = Number(process.env.LEAKHOUND_REVOKE_PAUSE_MS ?? 2e3);
    const r = await runContainment(provider, credential, cliProviderContext(), { retries: 4, firstPauseMs });
    const marks = { done: "✔", task: "→", retry: "…", "not-run": " " };
    for (const s of r.steps) process.stdout.write(`${marks[s.result.outcome]} ${s.title}: ${s.result.detail}
`);
    run(REVOKE_EXIT[r.outcome]);
  });
}
async function confirm(question) {
  let tty;
  try {
    tty = await open("/dev/tty", "r");
  } catch {
    throw new UsageError("revoke: no terminal to confirm on; pass --yes to revoke without asking");
  }
  const input = tty.createReadStream();
  const rl = createInterface({ input, output: process.stderr });
  try {
    return /^y(?:es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
    input.destroy();
    await tty.close().catch(() => {
    });
  }
}
export {
  REVOKE_EXIT,
  revokeCommand
};
