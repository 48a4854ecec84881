
import {
  allowHint,
  shellQuote
} from "./chunk-PYGNQSHO.js";
import {
  scanRange,
  scanStaged,
  stagedChanges,
  stagedRoot,
  wokenBy
} from "./chunk-ZN37QQAL.js";
import {
  dropAllowed,
  getReporter,
  prepare,
  redactOption
} from "./chunk-NP74E7BZ.js";
import {
  HOMEPAGE,
  VERSION,
  stderr
} from "./chunk-PZARZYLK.js";
import "./chunk-U7D7MJPN.js";
import "./chunk-NNZ7RSNU.js";
import {
  Argument,
  Command
} from "./chunk-GMTDVJWK.js";
import "./chunk-LSFDFXDP.js";
import "./chunk-EWH7UTEU.js";
import "./chunk-VOKC22WD.js";
import "./chunk-GQ2ZQSK3.js";
import {
  gitText,
  repoRoot,
  runGit
} from "./chunk-6LZDPEPI.js";
import "./chunk-S3VMPW6Q.js";
import "./chunk-RXJJMENA.js";
import {
  InputError,
  UsageError
} from "./chunk-XDM3T3X3.js";
import "./chunk-TFAF2CGQ.js";
import "./chunk-TBR4GLH5.js";
import "./chunk-WJDBHJ4B.js";

// scanner/commands/hook.ts
const { realpathSync } = process.getBuiltinModule("node:fs");

// scanner/hooks/pre-push.ts
var ZERO = /^0+$/;
var SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
function parsePushRefs(stdin) {
  return stdin.split("\n").map((l) => l.trim()).filter((l) => l !== "").map((line) => {
    const [localRef, localSha, remoteRef, remoteSha, extra] = line.split(" ");
    if (!localRef || !remoteRef || !localSha || !remoteSha || extra !== void 0 || !SHA.test(localSha) || !SHA.test(remoteSha)) {
      throw new UsageError(
        `pre-push: expected "<local ref> <local sha> <remote ref> <remote sha>" as git writes it, got ${JSON.stringify(line)}`
      );
    }
    return { localRef, localSha, remoteRef, remoteSha };
  });
}
async function pushScans(repo, remote, stdin, env) {
  const from = env.PRE_COMMIT_FROM_REF;
  const to = env.PRE_COMMIT_TO_REF;
  if (from && to) return [{ kind: "range", range: `${from}..${to}`, ref: env.PRE_COMMIT_REMOTE_BRANCH ?? to }];
  const refs = parsePushRefs(stdin);
  if (refs.length === 0 && env.PRE_COMMIT_REMOTE_NAME) {
    const local = env.PRE_COMMIT_LOCAL_BRANCH || "HEAD";
    const sha = (await gitText(repo, ["rev-parse", "--verify", "--end-of-options", `${local}^{commit}`])).trim();
    refs.push({
      localRef: local,
      localSha: sha,
      remoteRef: env.PRE_COMMIT_REMOTE_BRANCH ?? local,
      remoteSha: "0".repeat(40)
    });
  }
  return planPushScans(repo, env.PRE_COMMIT_REMOTE_NAME ?? remote, refs);
}
async function planPushScans(repo, remote, refs) {
  const scans = [];
  for (const r of refs) {
    if (ZERO.test(r.localSha)) continue;
    if (!ZERO.test(r.remoteSha) && await isCommit(repo, r.remoteSha)) {
      scans.push({ kind: "range", range: `${r.remoteSha}..${r.localSha}`, ref: r.remoteRef });
      continue;
    }
    const scan = await notOnRemote(repo, remote, r.localSha, r.remoteRef);
    if (scan) scans.push(scan);
  }
  return scans;
}
async function notOnRemote(repo, remote, sha, ref) {
  const remoteRefs = remote.startsWith("-") ? [] : ["--not", `--remotes=${remote}`];
  const fresh = lines(await gitText(repo, ["rev-list", "--parents", sha, ...remoteRefs]));
  if (fresh.length === 0) return null;
  const inSet = new Set(fresh.map((l) => l.split(" ")[0]));
  const boundary = new Set(fresh.flatMap((l) => l.split(" ").slice(1)).filter((p) => !inSet.has(p)));
  if (boundary.size === 0) return { kind: "history", sha, ref };
  let best = null;
  for (const parent of boundary) {
    const count = Number((await gitText(repo, ["rev-list", "--count", sha, `^${parent}`])).trim());
    if (best === null || count < best.count) best = { parent, count };
  }
  return { kind: "range", range: `${best.parent}..${sha}`, ref };
}
async function isCommit(repo, sha) {
  const { code } = await runGit(repo, ["cat-file", "-e", `${sha}^{commit}`], { okCodes: [1, 128] });
  return code === 0;
}
function lines(text) {
  return text.split("\n").filter((l) => l !== "");
}

// scanner/hooks/check.ts
function hookContext(options) {
  const flags = { ...options, format: "text", threads: 0 };
  return {
    repo: options.repo,
    flags,
    prepare: (root, wokenBy2) => prepare(flags, root, wokenBy2),
    write: (text) => stderr().write(text)
  };
}
async function preCommitCheck(c) {
  const staged = stagedChanges(c.repo);
  staged.catch(() => {
  });
  const root = await stagedRoot(c.repo);
  const prepared = await c.prepare(root, wokenBy(staged));
  const { findings } = await scanStaged({ repo: root, detector: prepared.detector }, staged);
  return conclude(c, root, prepared, findings, "commit");
}
async function prePushCheck(c, remote, stdin, env = process.env) {
  const root = await repoRoot(c.repo);
  const prepared = await c.prepare(root);
  const scans = await pushScans(root, remote, stdin, env);
  const findings = /* @__PURE__ */ new Map();
  for (const s of scans) {
    const r = s.kind === "range" ? await scanRange({ repo: root, range: s.range, detector: prepared.detector }) : await (await import("./history-scan-MEGKFHUZ.js")).scanHistory({
      repo: root,
      refs: [s.sha],
      engine: prepared.detector,
      progress: false
    });
    for (const f of r.findings) findings.set(`${f.fingerprint}\0${f.secretHash}`, f);
  }
  return conclude(c, root, prepared, [...findings.values()], "push");
}
async function conclude(c, root, prepared, found, stage) {
  const findings = await dropAllowed(found, root, c.flags.baseline, () => {
  });
  if (findings.length === 0) return 0;
  const report = getReporter("text")(
    {
      findings,
      skipped: [],
      rules: prepared.config.rules,
      tool: { name: "leakhound", version: VERSION, informationUri: HOMEPAGE }
    },
    {
      redact: redactOption({ ...c.flags, format: "text" }),
      color: c.flags.color !== false && !process.env.NO_COLOR && !!stderr().isTTY,
      root
    }
  );
  c.write(`${report}
${allowHint(findings, stage)}`);
  return 1;
}

// scanner/hooks/hook-script.ts
var HOOK_KINDS = ["pre-commit", "pre-push"];
var MARKER = "# leakhound-hook v1";
function chainedName(kind) {
  return `${kind}.leakhound-chained`;
}
function hookScript(kind, launcher2) {
  const bypass = kind === "pre-commit" ? "git commit --no-verify" : "git push --no-verify";
  const lines2 = [
    "#!/bin/sh",
    MARKER,
    `# ${kind}: installed by \`leakhound hook install\`; \`leakhound hook uninstall\` removes it and restores any hook it replaced.`,
    `# To skip the check once: ${bypass}`,
    `LEAKHOUND_NODE=${shellQuote(launcher2.node)}`,
    `LEAKHOUND_CLI=${shellQuote(launcher2.cli)}`,
    `chained="$(dirname -- "$0")/${chainedName(kind)}"`
  ];
  if (launcher2.daemon && kind === "pre-commit")
    lines2.push(': "${LEAKHOUND_HOOK_DAEMON:=auto}"', "export LEAKHOUND_HOOK_DAEMON");
  if (kind === "pre-push") {
    lines2.push(
      "refs=$(cat)",
      `feed() { [ -z "$refs" ] || printf '%s\\n' "$refs"; }`,
      'if [ -x "$chained" ]; then feed | "$chained" "$@" || exit $?; fi'
    );
  } else {
    lines2.push('if [ -x "$chained" ]; then "$chained" "$@" || exit $?; fi');
  }
  const args = kind === "pre-push" ? `hook run ${kind} "$@"` : `hook run ${kind}`;
  const feed = kind === "pre-push" ? "feed | " : "";
  lines2.push(
    'if [ -f "$LEAKHOUND_CLI" ] && [ -x "$LEAKHOUND_NODE" ]; then',
    `  ${feed}"$LEAKHOUND_NODE" "$LEAKHOUND_CLI" ${args}`,
    "elif command -v leakhound >/dev/null 2>&1; then",
    `  ${feed}leakhound ${args}`,
    "else",
    `  echo "leakhound: cannot find leakhound (was $LEAKHOUND_CLI); reinstall it, or remove this hook with leakhound hook uninstall. To skip the check once: ${bypass}" >&2`,
    "  exit 1",
    "fi",
    ""
  );
  return lines2.join("\n");
}
function isOurs(text) {
  return text.split("\n", 3).includes(MARKER);
}

// scanner/hooks/install.ts
const { chmod, lstat, mkdir, readFile, rename, unlink, writeFile } = process.getBuiltinModule("node:fs/promises");
const { join } = process.getBuiltinModule("node:path");
async function hooksDir(dir) {
  const root = await repoRoot(dir);
  return (await gitText(root, ["rev-parse", "--path-format=absolute", "--git-path", "hooks"])).trim();
}
function planInstall(kind, hook, chainedExists) {
  if (hook.kind === "ours") return { do: "write", kind, keep: false, note: `${kind}: already installed (refreshed)` };
  if (hook.kind === "none") return { do: "write", kind, keep: false, note: `${kind}: installed` };
  if (chainedExists) {
    return {
      do: "refuse",
      kind,
      note: `${kind}: not installed: there is a ${kind} hook and a ${chainedName(kind)} already; merge them by hand or remove ${chainedName(kind)}`
    };
  }
  return {
    do: "write",
    kind,
    keep: true,
    note: `${kind}: installed; the existing hook still runs first (kept as ${chainedName(kind)})`
  };
}
function planUninstall(kind, hook, chainedExists) {
  if (hook.kind !== "ours") return { do: "skip", kind, note: `${kind}: not installed by leakhound; left alone` };
  return {
    do: "remove",
    kind,
    restore: chainedExists,
    note: `${kind}: removed${chainedExists ? "; the previous hook is back in place" : ""}`
  };
}
async function installHooks(dir, kinds2, launcher2) {
  const hooks = await hooksDir(dir);
  await mkdir(hooks, { recursive: true });
  const notes = [];
  for (const kind of kinds2) {
    const step = planInstall(kind, await existing(join(hooks, kind)), await exists(join(hooks, chainedName(kind))));
    notes.push(step.note);
    if (step.do === "refuse") throw new InputError(step.note);
    const file = join(hooks, kind);
    if (step.keep) await rename(file, join(hooks, chainedName(kind)));
    const tmp = `${file}.leakhound-tmp`;
    await writeFile(tmp, hookScript(kind, launcher2), { mode: 493 });
    await chmod(tmp, 493);
    await rename(tmp, file);
  }
  return notes;
}
async function uninstallHooks(dir, kinds2) {
  const hooks = await hooksDir(dir);
  const notes = [];
  for (const kind of kinds2) {
    const step = planUninstall(kind, await existing(join(hooks, kind)), await exists(join(hooks, chainedName(kind))));
    notes.push(step.note);
    if (step.do === "skip") continue;
    await unlink(join(hooks, kind));
    if (step.restore) await rename(join(hooks, chainedName(kind)), join(hooks, kind));
  }
  return notes;
}
async function existing(file) {
  if (!await exists(file)) return { kind: "none" };
  const text = await readFile(file, "utf8").catch(() => "");
  return isOurs(text) ? { kind: "ours" } : { kind: "other" };
}
async function exists(file) {
  return lstat(file).then(
    () => true,
    () => false
  );
}

// scanner/commands/hook.ts
function hookCommand(run) {
  const hook = new Command("hook").description("install git hooks that block commits and pushes that add secrets");
  const install = new Command("install").description("install the pre-commit hook (and/or pre-push); an existing hook is kept and still runs first").option("--pre-commit", "scan the staged changes before each commit (the default)").option("--pre-push", "scan the commits being pushed before each push").option("--repo <dir>", "the repository", ".").option("--daemon", "the pre-commit hook starts a hook daemon when none runs (see hook daemon)").action(async (flags) => {
    const notes = await installHooks(flags.repo, kinds(flags, ["pre-commit"]), {
      ...launcher(),
      daemon: !!flags.daemon
    });
    process.stdout.write(notes.map((n) => `leakhound: ${n}
`).join(""));
    run(0);
  });
  const uninstall = new Command("uninstall").description("remove the hooks leakhound installed and put back the hooks they replaced").option("--pre-commit", "only the pre-commit hook").option("--pre-push", "only the pre-push hook").option("--repo <dir>", "the repository", ".").action(async (flags) => {
    const notes = await uninstallHooks(flags.repo, kinds(flags, HOOK_KINDS));
    process.stdout.write(notes.map((n) => `leakhound: ${n}
`).join(""));
    run(0);
  });
  const check = new Command("run").description(
    "the check an installed hook runs: pre-commit scans the staged changes, pre-push the commits being pushed (refs on stdin)"
  ).addArgument(new Argument("<hook>", "which check").choices(HOOK_KINDS)).argument("[remote]", "pre-push: the remote name git passes").argument("[url]", "pre-push: the remote URL git passes (unused)").option("--repo <dir>", "the repository", ".").option(
    "-c, --config <file>",
    "gitleaks-style TOML config (default: leakhound.toml or .gitleaks.toml at the repository root)"
  ).option("-b, --baseline <report.json>", "suppress findings already in this earlier JSON report").option("--redact [percent]", "hide secrets in the output, fully (the default) or this percentage of each").option("--no-redact", "show secrets in full").option("--no-color", "plain text output even on a terminal").action(async (kind, remote, _url, options) => {
    const context = hookContext(options);
    run(
      kind === "pre-commit" ? await preCommitCheck(context) : await prePushCheck(context, remote ?? "origin", await readAll(process.stdin))
    );
  });
  const daemon = daemonCommand();
  for (const sub of [install, uninstall, check, daemon])
    hook.addCommand(sub.exitOverride().configureOutput({ outputError: () => {
    } }));
  return hook;
}
function daemonCommand() {
  const server = () => import("./daemon/daemon.js");
  const daemon = new Command("daemon").description(
    "opt-in: keep a process running that pre-commit hooks hand their checks to, so a commit waits less"
  );
  const timing = (c) => c.option("--idle-timeout <duration>", "stop after this long without a check (s, m or h; at most 24h)", "60m").option(
    "--check-timeout <duration>",
    "a check still running after this long ends the daemon; its hook then checks by itself",
    "60s"
  );
  const start = timing(new Command("start")).description("start the daemon in the background (nothing happens if it already runs)").action(async (flags) => {
    const { startDaemon } = await server();
    const { status: status2, started } = await startDaemon(launcher().cli, flags);
    process.stdout.write(
      started ? `leakhound: hook daemon started (pid ${status2.pid}); pre-commit checks of this leakhound now run in it; it stops after ${flags.idleTimeout} without one
` : `leakhound: hook daemon already running (pid ${status2.pid})
`
    );
  });
  const run = timing(new Command("run")).description("run the daemon in the foreground, e.g. under systemd or launchd").action(async (flags) => {
    const { runDaemon } = await server();
    if (!await runDaemon(flags))
      process.stderr.write("leakhound: a hook daemon of this leakhound is already running\n");
  });
  const stop = new Command("stop").description("stop the daemon").action(async () => {
    const { stopDaemon } = await server();
    process.stdout.write(
      await stopDaemon() ? "leakhound: hook daemon stopped\n" : "leakhound: no hook daemon running\n"
    );
  });
  const status = new Command("status").description("whether the daemon runs, since when, and how many checks it ran").action(async () => {
    const s = await (await server()).daemonStatus();
    process.stdout.write(
      s ? `leakhound: hook daemon running: pid ${s.pid}, since ${new Date(s.since).toISOString()}, ${s.served} checks run, stops after ${s.idleMs / 1e3} s without one
` : "leakhound: no hook daemon running\n"
    );
  });
  for (const sub of [start, run, stop, status])
    daemon.addCommand(sub.exitOverride().configureOutput({ outputError: () => {
    } }));
  return daemon;
}
function kinds(flags, fallback) {
  const chosen = HOOK_KINDS.filter((k) => k === "pre-commit" ? flags.preCommit : flags.prePush);
  return chosen.length > 0 ? chosen : [...fallback];
}
function launcher() {
  const script = process.argv[1];
  if (!script)
    throw new UsageError("hook install: cannot tell where the leakhound CLI is; run it as leakhound hook install");
  return { node: process.execPath, cli: realpathSync(script) };
}
async function readAll(stream) {
  if (stream.isTTY) return "";
  const chunks = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}
export {
  hookCommand
};
