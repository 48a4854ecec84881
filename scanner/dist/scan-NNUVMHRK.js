
import {
  DEFAULT_EXCLUDES,
  scanFiles
} from "./chunk-YJK7U22P.js";
import "./chunk-NA6TV6IG.js";
import {
  collectRegex,
  parseSize,
  withCommonFlags
} from "./chunk-4QZWW2IB.js";
import {
  finish,
  prepare,
  printable
} from "./chunk-NP74E7BZ.js";
import "./chunk-PZARZYLK.js";
import "./chunk-U7D7MJPN.js";
import "./chunk-NNZ7RSNU.js";
import {
  Command
} from "./chunk-GMTDVJWK.js";
import {
  DEFAULT_MAX_MB,
  maxBytes
} from "./chunk-EWH7UTEU.js";
import "./chunk-VOKC22WD.js";
import "./chunk-6LZDPEPI.js";
import "./chunk-S3VMPW6Q.js";
import "./chunk-RXJJMENA.js";
import {
  UsageError
} from "./chunk-XDM3T3X3.js";
import "./chunk-TFAF2CGQ.js";
import "./chunk-TBR4GLH5.js";
import "./chunk-WJDBHJ4B.js";

// scanner/commands/scan.ts
const { stat } = process.getBuiltinModule("node:fs/promises");
const { resolve } = process.getBuiltinModule("node:path");

// scanner/sources/stdin.ts
const { TextDecoder } = process.getBuiltinModule("node:util");

// scanner/sources/stream-fragments.ts
var STREAM_LIMITS = {
  fragmentChars: 4 * 1024 * 1024,
  overlapLines: 64,
  overlapChars: 64 * 1024
};
var StreamFragments = class {
  constructor(limits = STREAM_LIMITS) {
    this.limits = limits;
  }
  limits;
  buffer = "";
  /** Position of `buffer`'s start in the stream. */
  line = 1;
  column = 0;
  /** Characters at the start of `buffer` that the previous fragment already held. */
  overlap = 0;
  /** Adds decoded text; returns the fragments that are complete. */
  push(text) {
    this.buffer += text;
    const out = [];
    while (this.buffer.length >= this.limits.fragmentChars) out.push(this.cut());
    return out;
  }
  /** What is left at the end of the stream; null when it holds nothing not yet scanned. */
  end() {
    const rest = this.buffer;
    this.buffer = "";
    if (rest.length <= this.overlap) return null;
    return { text: rest, firstLine: this.line, firstColumnOffset: this.column };
  }
  cut() {
    const max = this.limits.fragmentChars;
    const nl = this.buffer.lastIndexOf("\n", max - 1);
    const atLineBreak = nl >= this.overlap;
    const end = atLineBreak ? nl + 1 : max;
    const text = this.buffer.slice(0, end);
    const fragment = { text, firstLine: this.line, firstColumnOffset: this.column };
    let keepFrom = end;
    if (atLineBreak) {
      for (let kept = 0; kept < this.limits.overlapLines; kept++) {
        const from = text.lastIndexOf("\n", keepFrom - 2) + 1;
        if (from <= 0 || end - from > this.limits.overlapChars) break;
        keepFrom = from;
      }
    } else keepFrom = Math.max(1, end - this.limits.overlapChars);
    this.advance(text, keepFrom);
    this.buffer = this.buffer.slice(keepFrom);
    this.overlap = end - keepFrom;
    return fragment;
  }
  /** Moves the stream position past `text.slice(0, upTo)`. */
  advance(text, upTo) {
    const lastNl = text.lastIndexOf("\n", upTo - 1);
    if (lastNl === -1) {
      this.column += upTo;
      return;
    }
    for (let i = text.indexOf("\n"); i !== -1 && i <= lastNl; i = text.indexOf("\n", i + 1)) this.line++;
    this.column = upTo - lastNl - 1;
  }
};

// scanner/sources/stdin.ts
var SNIFF = 8e3;
var PATH = "-";
async function scanStream(detector, stream = process.stdin, limits = STREAM_LIMITS) {
  const fragments = new StreamFragments(limits);
  const findings = [];
  let previous = /* @__PURE__ */ new Set();
  const scan2 = (fragment) => {
    const keys = /* @__PURE__ */ new Set();
    for (const f of detector.detect({ text: fragment.text, path: PATH })) {
      const placed = place(f, fragment);
      const key = `${placed.ruleId}\0${placed.startLine}\0${placed.startColumn}\0${placed.secret}`;
      keys.add(key);
      if (!previous.has(key)) findings.push(placed);
    }
    previous = keys;
  };
  let decoder = null;
  let head = [];
  let headBytes = 0;
  let binary = false;
  let bytes = 0;
  const feed = (chunk) => {
    for (const f of fragments.push(decoder.decode(chunk, { stream: true }))) scan2(f);
  };
  const start = () => {
    const first = Buffer.concat(head);
    head = [];
    binary = first.subarray(0, SNIFF).includes(0) && !hasUtf16Bom(first);
    decoder = new TextDecoder(encodingOf(first), { fatal: false });
    if (!binary) feed(first);
  };
  for await (const data of stream) {
    const chunk = typeof data === "string" ? Buffer.from(data) : data;
    bytes += chunk.length;
    if (decoder === null) {
      head.push(chunk);
      headBytes += chunk.length;
      if (headBytes >= SNIFF) start();
    } else if (!binary) feed(chunk);
  }
  if (decoder === null) start();
  if (binary) return { findings: [], skipped: [{ file: PATH, reason: "binary" }], bytes };
  for (const f of fragments.push(decoder.decode())) scan2(f);
  const last = fragments.end();
  if (last) scan2(last);
  return { findings, skipped: [], bytes };
}
function hasUtf16Bom(b) {
  return b.length >= 2 && (b[0] === 255 && b[1] === 254 || b[0] === 254 && b[1] === 255);
}
function encodingOf(b) {
  if (b.length >= 2 && b[0] === 255 && b[1] === 254) return "utf-16le";
  if (b.length >= 2 && b[0] === 254 && b[1] === 255) return "utf-16be";
  return "utf-8";
}
function place(f, at) {
  const shift = at.firstLine - 1;
  const startLine = f.startLine + shift;
  return {
    ...f,
    startLine,
    endLine: f.endLine + shift,
    startColumn: f.startLine === 1 ? f.startColumn + at.firstColumnOffset : f.startColumn,
    endColumn: f.endLine === 1 ? f.endColumn + at.firstColumnOffset : f.endColumn,
    fingerprint: `${PATH}:${f.ruleId}:${startLine}`
  };
}

// scanner/commands/scan.ts
function scanCommand(run) {
  const cmd = new Command("scan").description("scan files and directories (or stdin with -) for leaked credentials").argument("<paths...>", "files or directories to scan, or - for stdin").option(
    "--max-file-size <MB>",
    `skip files larger than this many megabytes (default ${DEFAULT_MAX_MB}, or maxFileSize in the config)`,
    parseSize
  ).option(
    "--exclude <regex>",
    "skip paths (relative to the scan root) matching this regex; repeatable",
    collectRegex,
    []
  ).option(
    "--no-default-excludes",
    `also scan ${DEFAULT_EXCLUDES.slice(0, 3).join(", ")} and other dependency folders that git does not track`
  ).option("--no-progress", "never show the progress line");
  withCommonFlags(cmd);
  return cmd.action(async (paths, flags) => run(await scan(paths, flags)));
}
async function scan(paths, flags) {
  const stdin = paths.includes("-");
  if (stdin && paths.length > 1) throw new UsageError("scan: - (stdin) cannot be mixed with paths; run two scans");
  const root = stdin ? process.cwd() : await scanRoot(paths);
  const prepared = await prepare(flags, root);
  const maxFileSize = maxBytes(flags.maxFileSize, prepared.config);
  if (stdin) {
    const started = performance.now();
    const r = await scanStream(prepared.detector);
    return (await finish(flags, prepared, root, {
      findings: r.findings,
      skipped: r.skipped,
      stats: { files: r.skipped.length > 0 ? 0 : 1, bytes: r.bytes, ms: Math.round(performance.now() - started) }
    })).code;
  }
  const result = await scanFiles(paths, {
    threads: flags.threads,
    detector: prepared.detector,
    spec: prepared.spec,
    progress: flags.progress && !!process.stderr.isTTY,
    walk: {
      root,
      maxFileSize,
      excludeDirs: flags.defaultExcludes ? DEFAULT_EXCLUDES : [],
      excludePaths: flags.exclude
    }
  });
  noteSkippedFolders(result.skipped, flags.format);
  return (await finish(flags, prepared, root, result)).code;
}
function noteSkippedFolders(skipped, format) {
  if (format !== "json" && format !== "csv") return;
  const folders = skipped.filter((s) => s.reason === "dependency-folder").map((s) => printable(s.file)).sort();
  if (folders.length === 0) return;
  const shown = folders.length > 5 ? [...folders.slice(0, 5), `and ${folders.length - 5} more`] : folders;
  process.stderr.write(
    `leakhound: note: skipped untracked dependency folders ${shown.join(", ")}; --no-default-excludes scans them
`
  );
}
async function scanRoot(paths) {
  if (paths.length === 1) {
    const st = await stat(paths[0]).catch(() => null);
    if (st?.isDirectory()) return resolve(paths[0]);
  }
  return process.cwd();
}
export {
  scanCommand
};
