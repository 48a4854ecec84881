#!/usr/bin/env node


// scanner/cli.ts
const nodeModule = process.getBuiltinModule("node:module");

// scanner/daemon/where.ts
const { lstatSync, mkdirSync, readlinkSync, realpathSync, statSync } = process.getBuiltinModule("node:fs");
const { dirname, isAbsolute, join } = process.getBuiltinModule("node:path");
var BUILD = true ? "2e450c043f48567d" : null;
function daemonDir(env = process.env) {
  if (process.platform === "win32" || !process.getuid) return null;
  const runtime = env.XDG_RUNTIME_DIR;
  const base = runtime && isAbsolute(runtime) ? runtime : env.TMPDIR && isAbsolute(env.TMPDIR) ? env.TMPDIR : "/tmp";
  return join(base, `leakhound-${process.getuid()}`);
}
function mountNamespace() {
  try {
    return readlinkSync("/proc/self/ns/mnt");
  } catch {
    return "";
  }
}
function socketIn(dir, build) {
  let h = 2166136261;
  for (const c of `${process.version}\0${mountNamespace()}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return join(dir, `hook-${build}-${(h >>> 0).toString(36)}.sock`);
}
function unsafeDir(dir) {
  const uid = process.getuid?.();
  const st = lstatSync(dir, { throwIfNoEntry: false });
  if (!st) return "does not exist";
  if (!st.isDirectory()) return "is not a directory";
  if (st.uid !== uid) return `is owned by uid ${st.uid}, not by you`;
  if ((st.mode & 63) !== 0) return `has mode ${(st.mode & 511).toString(8)}, not 700`;
  let above;
  try {
    above = realpathSync(dirname(dir));
  } catch {
    return "is in a directory that cannot be resolved";
  }
  for (; ; ) {
    const p = statSync(above);
    if (p.uid !== uid && p.uid !== 0) return `is inside ${above}, owned by uid ${p.uid}`;
    if ((p.mode & 18) !== 0 && (p.mode & 512) === 0) return `is inside ${above}, which others can write to`;
    const parent = dirname(above);
    if (parent === above) return null;
    above = parent;
  }
}
function daemonSocket(env = process.env) {
  const dir = daemonDir(env);
  if (dir === null || BUILD === null) return null;
  try {
    const path = socketIn(dir, BUILD);
    const st = lstatSync(path, { throwIfNoEntry: false });
    if (!st?.isSocket() || st.uid !== process.getuid?.()) return null;
    return unsafeDir(dir) === null ? { path, ino: st.ino } : null;
  } catch {
    return null;
  }
}
function makeDaemonDir(dir) {
  try {
    mkdirSync(dir, { mode: 448 });
  } catch (err) {
    if (err.code !== "EEXIST")
      return `cannot be created (${err.code})`;
  }
  try {
    return unsafeDir(dir);
  } catch (err) {
    return `cannot be checked (${err.code})`;
  }
}
var DAEMON_ENV = ["PATH", "HOME", "USER", "LOGNAME", "XDG_RUNTIME_DIR", "TMPDIR", "LANG", "LC_ALL", "LC_CTYPE", "TZ"];
function launchDaemon(cli, flags = []) {
  const { spawn } = process.getBuiltinModule("node:child_process");
  const env = {};
  for (const name of DAEMON_ENV) if (process.env[name] !== void 0) env[name] = process.env[name];
  const child = spawn(process.execPath, [cli, "hook", "daemon", "run", ...flags], {
    detached: true,
    stdio: "ignore",
    cwd: "/",
    env
  });
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
var code = socket === null ? null : await (await import("./client-U2FUTI7L.js")).checkByDaemon(socket, args);
if (code !== null) process.exitCode = code;
else {
  await (command === "diff" || command === "hook" ? import("./hook/cli-hook.js") : import("./cli-main-F65OPCZB.js"));
  if (preCommit && socket === null) autoStart(process.argv[1]);
}
