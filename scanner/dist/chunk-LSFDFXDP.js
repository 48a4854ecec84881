
import {
  gitText,
  runGit
} from "./chunk-6LZDPEPI.js";
import {
  InputError,
  UsageError
} from "./chunk-XDM3T3X3.js";

// scanner/git/revisions.ts
var ZERO = /^0+$/;
async function selectRevisions(repo, o) {
  if (o.range !== void 0 && (o.since !== void 0 || o.refs?.length)) {
    throw new UsageError("--range cannot be combined with --since or explicit refs; e.g. --range origin/main..HEAD");
  }
  if (o.range !== void 0) return resolveRange(repo, o.range);
  for (const r of o.refs ?? []) checkRev(r);
  const include = o.refs?.length ? [...o.refs] : o.pullRefs === false ? ["--exclude=refs/pull/*", "--all"] : ["--all"];
  const exclude = [];
  if (o.since !== void 0) {
    checkRev(o.since);
    if (!await exists(repo, o.since))
      throw new InputError(`--since ${o.since}: no such revision in the repository; e.g. --since v1.2.0`);
    exclude.push(o.since);
  }
  return { include, exclude, empty: false };
}
async function resolveRange(repo, range) {
  const m = /^([^.]*)\.\.([^.].*)$/.exec(range);
  if (!m || m[1] === void 0 || m[2] === void 0 || m[2].includes("..")) {
    throw new UsageError(`--range ${range}: expected A..B, e.g. --range origin/main..HEAD or --range 0000000..abc1234`);
  }
  const a = m[1] || "HEAD";
  const b = m[2];
  checkRev(a);
  checkRev(b);
  const bOid = await commitOf(repo, b);
  if (bOid === null) throw new InputError(`--range ${range}: ${b} is not a commit in this repository; fetch it first`);
  const aOid = ZERO.test(a) ? null : await commitOf(repo, a);
  if (aOid === bOid) return { include: [bOid], exclude: [], empty: true };
  if (aOid !== null) return { include: [bOid], exclude: [aOid], empty: false };
  return { include: [bOid], exclude: await refsNotContaining(repo, bOid), empty: false };
}
async function refsNotContaining(repo, oid) {
  const out = await gitText(repo, ["for-each-ref", `--no-contains=${oid}`, "--format=%(objectname)"]);
  return [...new Set(out.split("\n").filter((l) => l !== ""))];
}
async function commitOf(repo, rev) {
  const { stdout, code } = await runGit(repo, ["rev-parse", "--verify", "-q", "--end-of-options", `${rev}^{commit}`], {
    okCodes: [1, 128]
  });
  return code === 0 ? stdout.toString("latin1").trim() : null;
}
async function exists(repo, rev) {
  return await commitOf(repo, rev) !== null;
}
function checkRev(rev) {
  if (rev.startsWith("-") || rev.includes("\n") || rev.includes("\0")) {
    throw new UsageError(
      `${JSON.stringify(rev)} is not a revision; expected a ref or commit such as main, v1.2.0 or abc1234`
    );
  }
}
function revListInput(s) {
  const args = s.include.filter((r) => r.startsWith("--"));
  const revs = [...s.include.filter((r) => !r.startsWith("--")), ...s.exclude.map((r) => `^${r}`)];
  return { args: [...args, "--stdin"], stdin: revs.map((r) => `${r}
`).join("") };
}

export {
  selectRevisions,
  resolveRange,
  revListInput
};
