
import {
  resolveRange,
  revListInput
} from "./chunk-LSFDFXDP.js";
import {
  DEFAULT_MAX_BYTES
} from "./chunk-EWH7UTEU.js";
import {
  timedAsync
} from "./chunk-VOKC22WD.js";
import {
  CONTEXT_LINES,
  PatchReader,
  atItsLines,
  attachCommitInfo,
  commitStub,
  readObjects,
  touchesAdded
} from "./chunk-GQ2ZQSK3.js";
import {
  GitError,
  STABLE_CONFIG,
  gitText,
  plainTopLevel,
  repoRoot,
  runTask,
  spawnError,
  spawnGit,
  spawnGitReader,
  toText
} from "./chunk-6LZDPEPI.js";

// scanner/git/diff-scan.ts
var PATCH_FLAGS = [
  "-M",
  "--full-index",
  "--no-color",
  "--no-ext-diff",
  "--no-textconv",
  "--no-relative",
  "--ignore-submodules=none",
  "--src-prefix=a/",
  "--dst-prefix=b/"
];
async function scanStaged(o, staged = stagedChanges(o.repo)) {
  const changes = await staged;
  return {
    ...await timedAsync("diff: scan the staged changes", () => scanChanges(o.repo, changes, o)),
    commits: 0
  };
}
function stagedTexts(changes) {
  const texts = [];
  for (const c of changes) {
    if (!readsText(c)) continue;
    const hunks = textInPatch(c);
    if (!hunks) return null;
    for (const h of hunks) texts.push(h.text);
  }
  return texts;
}
function wokenBy(staged) {
  return staged.then(stagedTexts, () => null);
}
function readsText(c) {
  return c.oid !== null && c.mode !== "160000" && !c.binary && c.added.length > 0;
}
function textInPatch(c) {
  return c.text && !c.text.some((h) => h.text.includes("\0")) ? c.text : null;
}
var PATCH_TEXT_BUDGET = 4 * 1024 * 1024;
function* padded(hunks) {
  for (const h of hunks) yield atItsLines(h);
}
async function stagedChanges(repo, keepBytes = DEFAULT_MAX_BYTES) {
  const changes = [];
  try {
    await timedAsync(
      "diff: git diff --cached",
      () => streamPatch(
        repo,
        [...STABLE_CONFIG, "diff", "--cached", `-U${CONTEXT_LINES}`, ...PATCH_FLAGS],
        null,
        (f) => changes.push(f),
        { keepText: { maxBytes: keepBytes, totalBytes: PATCH_TEXT_BUDGET } }
      )
    );
  } catch (err) {
    if (err instanceof GitError) await repoRoot(repo);
    throw err;
  }
  return changes;
}
async function stagedRoot(repo) {
  return plainTopLevel(repo) ?? repoRoot(repo);
}
async function streamPatch(repo, args, input, onFile, options = {}) {
  let child;
  if (input === null) child = spawnGitReader(repo, args);
  else {
    const writer = spawnGit(repo, args);
    writer.stdin.on("error", () => {
    });
    writer.stdin.end(input);
    child = writer;
  }
  const err = [];
  child.stderr.on("data", (b) => err.push(b));
  const closed = new Promise((resolve, reject) => {
    child.on("error", (e) => reject(spawnError(e)));
    child.on("close", resolve);
  });
  closed.catch(() => {
  });
  const reader = new PatchReader(onFile, options);
  await new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk) => {
      try {
        reader.push(chunk);
      } catch (err2) {
        child.stdout.destroy();
        reject(err2);
      }
    });
    child.stdout.on("error", reject);
    child.stdout.on("close", resolve);
  });
  reader.end();
  const code = await closed;
  if (code !== 0) throw new GitError(args, code, Buffer.concat(err).toString("utf8"));
}
async function scanChanges(repo, changes, o) {
  const skipped = [];
  const findings = [];
  const maxBytes = o.maxBytes ?? DEFAULT_MAX_BYTES;
  const at = (c) => c.commit ? { commit: commitStub(c.commit) } : {};
  const inCommit = (c) => c.commit ? { detail: `in ${c.commit}` } : {};
  const binary = (c) => {
    skipped.push({ file: c.path, reason: "binary", ...inCommit(c) });
    findings.push(...o.detector.detectFileName({ path: c.path, ...at(c) }));
  };
  const scan = (pieces, users) => {
    if (users.length === 1) {
      const c = users[0];
      for (const piece of pieces) {
        const r = runTask(o.detector, { path: c.path, text: piece, ...at(c) });
        for (const f of r.findings) if (touchesAdded(c.added, f.startLine, f.endLine)) findings.push(f);
      }
      return;
    }
    const hits = Array.from(pieces, (p) => o.detector.detectContent(p));
    for (const c of users)
      for (const h of hits)
        for (const f of o.detector.placeHits(h, { path: c.path, ...at(c) }))
          if (touchesAdded(c.added, f.startLine, f.endLine)) findings.push(f);
  };
  const fromPatch = /* @__PURE__ */ new Map();
  const byOid = /* @__PURE__ */ new Map();
  for (const c of changes) {
    if (c.oid === null) continue;
    if (c.mode === "160000") skipped.push({ file: c.path, reason: "submodule", ...inCommit(c) });
    else if (c.binary) binary(c);
    if (!readsText(c)) continue;
    const hunks = textInPatch(c);
    if (c.text && (c.textBytes ?? 0) > maxBytes)
      skipped.push({ file: c.path, reason: "too-large", detail: `${c.textBytes} bytes changed (limit ${maxBytes})` });
    else if (hunks) {
      const key = `${c.oid}:${hunks.map((h) => `${h.line}+${h.text.length}`).join(",")}`;
      const same = fromPatch.get(key);
      if (same) same.users.push(c);
      else fromPatch.set(key, { hunks, users: [c] });
    } else byOid.set(c.oid, [...byOid.get(c.oid) ?? [], c]);
  }
  for (const { hunks, users } of fromPatch.values()) scan(padded(hunks), users);
  if (byOid.size > 0)
    for await (const obj of readObjects(repo, [...byOid.keys()], { maxBytes })) {
      const users = byOid.get(obj.oid) ?? [];
      if (obj.kind !== "object") {
        const reason = obj.kind === "missing" ? "missing-object" : "too-large";
        for (const c of users)
          skipped.push({
            file: c.path,
            reason,
            detail: obj.kind === "missing" ? `blob ${obj.oid}` : `${obj.size} bytes (limit ${maxBytes})`
          });
        continue;
      }
      const text = toText(obj.bytes);
      if (text === null)
        for (const c of users) {
          skipped.push({ file: c.path, reason: "binary" });
          findings.push(...o.detector.detectFileName({ path: c.path, ...at(c) }));
        }
      else scan(addedPieces(text, unionOfRanges(users.map((c) => c.added))), users);
    }
  if (findings.length > 0) await attachCommitInfo(repo, findings);
  return { findings, skipped };
}
function unionOfRanges(lists) {
  const pairs = [];
  for (const l of lists) for (let i = 0; i < l.length; i += 2) pairs.push([l[i], l[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [from, to] of pairs) {
    const last = out.length - 1;
    if (last > 0 && from <= out[last] + 1) out[last] = Math.max(out[last], to);
    else out.push(from, to);
  }
  return out;
}
function addedPieces(text, added) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  const n = starts.length;
  const runs = [];
  for (let i = 0; i < added.length; i += 2) {
    const from = Math.max(1, added[i] - CONTEXT_LINES);
    const to = Math.min(n, added[i + 1] + CONTEXT_LINES);
    const last = runs[runs.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else runs.push([from, to]);
  }
  const kept = runs.reduce((sum, [a, b]) => sum + b - a + 1, 0);
  if (kept * 2 >= n) return [text];
  return runs.map(([from, to]) => {
    const end = to < n ? starts[to] - 1 : text.length;
    return atItsLines({ line: from, text: text.slice(starts[from - 1], end) });
  });
}

// scanner/git/scan-range.ts
async function scanRange(o) {
  const repo = await repoRoot(o.repo);
  const selection = await resolveRange(repo, o.range);
  if (selection.empty) return { findings: [], skipped: [], commits: 0 };
  const input = revListInput(selection);
  const commits = (await gitText(repo, ["rev-list", "--reverse", "--topo-order", ...input.args], { input: input.stdin })).split("\n").filter((l) => l !== "");
  if (commits.length === 0) return { findings: [], skipped: [], commits: 0 };
  const changes = [];
  await streamPatch(
    repo,
    [
      ...STABLE_CONFIG,
      "diff-tree",
      "--stdin",
      "-r",
      "--root",
      "-c",
      "-p",
      "-M",
      "-U0",
      "--full-index",
      "--no-color",
      "--no-ext-diff",
      "--no-textconv",
      "--ignore-submodules=none",
      "--src-prefix=a/",
      "--dst-prefix=b/"
    ],
    `${commits.join("\n")}
`,
    (f) => changes.push(f)
  );
  const result = await scanChanges(repo, changes, o);
  return { ...result, commits: commits.length };
}

export {
  scanStaged,
  wokenBy,
  stagedChanges,
  stagedRoot,
  scanRange
};
