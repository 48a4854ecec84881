#!/usr/bin/env node


// scanner/cli.ts
const nodeModule = process.getBuiltinModule("node:module");

// scanner/daemon/where.ts
const { lstatSync, mkdirSync } = process.getBuiltinModule("node:fs");
const { isAbsolute, join } = process.getBuiltinModule("node:path");
var BUILD = true ? "728819ea9836b571" : null;
function daemonDir(env = process.env) {
  if (process.platform === "win32" || !process.getuid) return null;
  const runtime = env.XDG_RUNTIME_DIR;
  const base = runtime && isAbsolute(runtime) ? runtime : env.TMPDIR && isAbsolute(env.TMPDIR) ? env.TMPDIR : "/tmp";
  return join(base, `leakhound-${process.getuid()}`);
}
function socketIn(dir, build) {
  return join(dir, `hook-${build}.sock`);
}
function unsafeDir(dir) {
  const st = lstatSync(dir, { throwIfNoEntry: false });
  if (!st) return "does not exist";
  if (!st.isDirectory()) return "is not a directory";
  if (st.uid !== process.getuid?.()) return `is owned by uid ${st.uid}, not by you`;
  if ((st.mode & 63) !== 0) return `has mode ${(st.mode & 511).toString(8)}, not 700`;
  return null;
}
function daemonSocket(env = process.env) {
  const dir = BUILD === null ? null : daemonDir(env);
  if (dir === null || BUILD === null) return null;
  const socket2 = socketIn(dir, BUILD);
  const st = lstatSync(socket2, { throwIfNoEntry: false });
  if (!st?.isSocket() || st.uid !== process.getuid?.()) return null;
  return unsafeDir(dir) === null ? socket2 : null;
}
function makeDaemonDir(dir) {
  try {
    mkdirSync(dir, { mode: 448 });
  } catch (err) {
    if (err.code !== "EEXIST")
      return `cannot be created (${err.code})`;
  }
  return unsafeDir(dir);
}
function daemonArgs(cli, idle) {
  return [cli, "hook", "daemon", "run", ...idle ? ["--idle-timeout", idle] : []];
}
function launchDaemon(cli, idle) {
  const { spawn } = process.getBuiltinModule("node:child_process");
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("GIT_")));
  const child = spawn(process.execPath, daemonArgs(cli, idle), { detached: true, stdio: "ignore", cwd: "/", env });
  child.on("error", () => {
  });
  child.unref();
  return child.pid;
}
function autoStart(cli, env = process.env) {
  const dir = BUILD === null || env.LEAKHOUND_HOOK_DAEMON !== "auto" ? null : daemonDir(env);
  if (!cli || dir === null || makeDaemonDir(dir) !== null) return;
  launchDaemon(cli);
}

// scanner/cli.ts
nodeModule.enableCompileCache?.();
var args = process.argv.slice(2);
var command = args[0];
var preCommit = command === "diff" && args.includes("--staged") || command === "hook" && args[1] === "run" && args[2] === "pre-commit";
var socket = preCommit && process.env.LEAKHOUND_HOOK_DAEMON !== "off" ? daemonSocket() : null;
var code = socket === null ? null : await (await import("./client-OTFZ7BLH.js")).checkByDaemon(socket, args);
if (code !== null) process.exitCode = code;
else {
  await (command === "diff" || command === "hook" ? import("./hook/cli-hook.js") : import("./cli-main-Y5WFENFI.js"));
  if (preCommit && socket === null) autoStart(process.argv[1]);
}
