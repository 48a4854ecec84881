
import {
  commitStub,
  lineKeys,
  newLineFragments
} from "./chunk-GQ2ZQSK3.js";
import {
  isBinary
} from "./chunk-6LZDPEPI.js";

// scanner/git/blob-tasks.ts
function planBlob(blob, bytes, seen, commits, recent, replaced = true) {
  const utf16 = bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255);
  if (!utf16 && isBinary(bytes)) return null;
  const hasBase = seen.some((a) => a.base >= 0 && recent.get(a.base) !== void 0);
  const lines = utf16 || !(hasBase || replaced) ? null : lineKeys(bytes, true);
  const out = [];
  let wholeLeft = 0;
  const parts = seen.map((a) => {
    const base = lines && a.base >= 0 ? recent.get(a.base) : void 0;
    const fragments = base && lines ? newLineFragments(bytes, lines, base) : null;
    if (fragments === null) wholeLeft++;
    return fragments;
  });
  seen.forEach((a, i) => {
    const commit = commitStub(commits[a.commit]);
    const fragments = parts[i];
    if (fragments) {
      for (const text of fragments) out.push({ order: a.commit, task: { path: a.path, commit, text } });
      return;
    }
    const own = --wholeLeft === 0 ? bytes : Buffer.from(bytes);
    out.push({ order: a.commit, task: { path: a.path, commit, bytes: own } });
  });
  if (lines && replaced) recent.set(blob, lines.keys);
  return out;
}

// scanner/git/blob-work.ts
function blobWork(obj, blob, commits, recent) {
  const { seen } = blob;
  if (obj.kind !== "object") {
    const reason = obj.kind === "missing" ? "missing-object" : "too-large";
    return { tasks: [], skips: seen.map((a) => ({ file: a.path, reason, detail: `blob ${obj.oid}` })) };
  }
  const planned = planBlob(blob.b, obj.bytes, seen, commits, recent, blob.replaced);
  if (planned !== null) return { tasks: planned, skips: [] };
  return {
    tasks: seen.map((a) => ({
      order: a.commit,
      task: { path: a.path, commit: commitStub(commits[a.commit]), nameOnly: true }
    })),
    skips: seen.map((a) => ({ file: a.path, reason: "binary", detail: `blob ${obj.oid} in ${commits[a.commit]}` }))
  };
}

export {
  blobWork
};
