
import {
  InputError
} from "./chunk-XDM3T3X3.js";

// scanner/git/git-process.ts
const { spawn } = process.getBuiltinModule("node:child_process");
const { readFileSync, realpathSync, statSync } = process.getBuiltinModule("node:fs");
const { join } = process.getBuiltinModule("node:path");
function scanEnv() {
  return {
    ...process.env,
    GIT_NO_LAZY_FETCH: "1",
    GIT_OPTIONAL_LOCKS: "0",
    GIT_TERMINAL_PROMPT: "0",
    GIT_NO_REPLACE_OBJECTS: "1"
  };
}
var STABLE_CONFIG = [
  "-c",
  "core.quotePath=false",
  "-c",
  "log.showSignature=false",
  "-c",
  "diff.noprefix=false",
  // A blank context line keeps its leading space, so it is not taken for the end of a hunk.
  "-c",
  "diff.suppressBlankEmpty=false"
];
var GitError = class extends Error {
  constructor(args, code, stderr) {
    super(
      `git ${args.filter((a) => a !== "-c" && !a.includes("=")).slice(0, 3).join(" ")} failed: ${firstLine(stderr) || `exit ${code}`}`
    );
    this.args = args;
    this.code = code;
    this.stderr = stderr;
  }
  args;
  code;
  stderr;
  name = "GitError";
};
function spawnGit(repo, args) {
  return spawn("git", args, { cwd: repo, env: scanEnv(), stdio: ["pipe", "pipe", "pipe"] });
}
function spawnGitReader(repo, args) {
  return spawn("git", args, { cwd: repo, env: scanEnv(), stdio: ["ignore", "pipe", "pipe"] });
}
function runGit(repo, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawnGit(repo, args);
    const out = [];
    const err = [];
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => err.push(b));
    child.on("error", (e) => reject(spawnError(e)));
    child.on("close", (code) => {
      const ok = code === 0 || code !== null && (options.okCodes ?? []).includes(code);
      if (ok) resolve({ stdout: Buffer.concat(out), code: code ?? 0 });
      else reject(new GitError(args, code, Buffer.concat(err).toString("utf8")));
    });
    child.stdin.on("error", () => {
    });
    child.stdin.end(options.input ?? "");
  });
}
async function gitText(repo, args, options) {
  return (await runGit(repo, args, options)).stdout.toString("utf8");
}
function plainTopLevel(dir) {
  if (process.env.GIT_DIR || process.env.GIT_WORK_TREE) return null;
  const dotGit = join(dir, ".git");
  try {
    const st = statSync(dotGit);
    const uid = process.getuid?.();
    if (uid === void 0 || st.uid !== uid || statSync(dir).uid !== uid) return null;
    if (st.isFile()) {
      if (!readFileSync(dotGit, "latin1").startsWith("gitdir: ")) return null;
    } else {
      if (!statSync(join(dotGit, "HEAD")).isFile() || !statSync(join(dotGit, "config")).isFile()) return null;
      const config = readFileSync(join(dotGit, "config"), "latin1");
      if (/^\s*(?:worktree\s*=|bare\s*=\s*(?:true|yes|on|1)\s*$|\[include)/im.test(config)) return null;
    }
    return realpathSync(dir);
  } catch {
    return null;
  }
}
async function repoRoot(dir) {
  try {
    const top = (await gitText(dir, ["rev-parse", "--show-toplevel"])).trim();
    if (top) return top;
    return (await gitText(dir, ["rev-parse", "--absolute-git-dir"])).trim();
  } catch (err) {
    if (err instanceof GitError) {
      if (/bare repository|work tree/.test(err.stderr))
        return (await gitText(dir, ["rev-parse", "--absolute-git-dir"])).trim();
      throw new InputError(
        `${dir} is not a git repository (${firstLine(err.stderr)}); pass --repo with a clone, e.g. --repo ./my-service`
      );
    }
    if (err.code === "ENOENT")
      throw new InputError(`cannot run ${dir}: the directory does not exist or git is not installed`);
    throw err;
  }
}
function spawnError(e) {
  if (e.code === "ENOENT")
    return new InputError(
      "git is not installed or not on PATH; leakhound needs git 2.30 or later for history and diff scans"
    );
  return e;
}
function firstLine(s) {
  return s.split("\n").find((l) => l.trim() !== "")?.trim() ?? "";
}
function writeIds(stdin, oids, from = 0) {
  stdin.on("error", () => {
  });
  let i = from;
  const write = () => {
    while (i < oids.length) {
      const end = Math.min(i + 512, oids.length);
      const ok = stdin.write(`${oids.slice(i, end).join("\n")}
`);
      i = end;
      if (!ok) {
        stdin.once("drain", write);
        return;
      }
    }
    stdin.end();
  };
  write();
}

// scanner/pool/run-task.ts
const { readFileSync: readFileSync2 } = process.getBuiltinModule("node:fs");

// scanner/detect/content.ts
var utf8 = new TextDecoder("utf-8", { fatal: false });
var utf16le = new TextDecoder("utf-16le", { fatal: false });
var utf16be = new TextDecoder("utf-16be", { fatal: false });
function toText(bytes) {
  if (bytes.length >= 2) {
    if (bytes[0] === 255 && bytes[1] === 254) return utf16le.decode(bytes);
    if (bytes[0] === 254 && bytes[1] === 255) return utf16be.decode(bytes);
  }
  return isBinary(bytes) ? null : utf8.decode(bytes);
}
function isBinary(bytes) {
  return bytes.subarray(0, 8e3).indexOf(0) !== -1;
}

// scanner/pool/run-task.ts
function runTask(detector, task) {
  if (task.nameOnly) return { findings: detector.detectFileName(task), bytes: 0 };
  let text;
  let size;
  if (task.text !== void 0) {
    text = task.text;
    size = Buffer.byteLength(text);
  } else {
    let bytes;
    if (task.bytes) bytes = task.bytes;
    else {
      try {
        bytes = readFileSync2(task.file);
      } catch (err) {
        const code = err.code ?? "error";
        return { findings: [], skipped: { file: task.path, reason: "unreadable", detail: code }, bytes: 0 };
      }
    }
    size = bytes.length;
    text = toText(bytes);
  }
  if (text === null)
    return { findings: detector.detectFileName(task), skipped: { file: task.path, reason: "binary" }, bytes: 0 };
  const findings = detector.detect({ text, path: task.path, ...task.commit ? { commit: task.commit } : {} });
  return { findings, bytes: size };
}

export {
  STABLE_CONFIG,
  GitError,
  spawnGit,
  spawnGitReader,
  runGit,
  gitText,
  plainTopLevel,
  repoRoot,
  spawnError,
  writeIds,
  toText,
  isBinary,
  runTask
};
