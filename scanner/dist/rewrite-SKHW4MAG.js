
import {
  CHECKOUT_PENDING,
  DEFAULT_REPLACEMENT,
  applyRewrite,
  checkReplacement,
  finishCheckout,
  inspectRepo,
  planRewrite,
  pushCommands,
  refuseUnsafe,
  scanMessages,
  summarize,
  workDir
} from "./chunk-SCHEWI5I.js";
import {
  historyPool,
  poolThreads
} from "./chunk-NCDS4P4K.js";
import "./chunk-YJK7U22P.js";
import {
  scanHistory
} from "./chunk-EEQ7OQAG.js";
import "./chunk-NA6TV6IG.js";
import {
  collect,
  parseSize
} from "./chunk-4QZWW2IB.js";
import {
  dropAllowed,
  prepare
} from "./chunk-NP74E7BZ.js";
import "./chunk-PZARZYLK.js";
import {
  normalizePath
} from "./chunk-U7D7MJPN.js";
import "./chunk-NNZ7RSNU.js";
import {
  Command
} from "./chunk-GMTDVJWK.js";
import "./chunk-LSFDFXDP.js";
import {
  maxBytes
} from "./chunk-EWH7UTEU.js";
import "./chunk-VOKC22WD.js";
import "./chunk-HOVNFE2D.js";
import "./chunk-GQ2ZQSK3.js";
import {
  gitText,
  runGit
} from "./chunk-6LZDPEPI.js";
import "./chunk-S3VMPW6Q.js";
import "./chunk-RXJJMENA.js";
import {
  InputError
} from "./chunk-XDM3T3X3.js";
import "./chunk-TFAF2CGQ.js";
import "./chunk-TBR4GLH5.js";
import "./chunk-WJDBHJ4B.js";

// scanner/commands/rewrite.ts
const { existsSync } = process.getBuiltinModule("node:fs");
const { writeFile } = process.getBuiltinModule("node:fs/promises");
const { join } = process.getBuiltinModule("node:path");

// scanner/rewrite/findings-file.ts
const { readFile } = process.getBuiltinModule("node:fs/promises");
var EXPECTED = "expected a JSON report written by leakhound history --format json --no-redact or gitleaks git --report-format json";
async function loadFindingsFile(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    const code = err.code;
    throw new InputError(
      `findings ${file} ${code === "ENOENT" ? "not found" : `cannot be read (${code ?? "unknown error"})`}; ${EXPECTED}`,
      { cause: err }
    );
  }
  return parseFindings(text, file);
}
function parseFindings(text, file) {
  let data;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new InputError(`findings ${file} is not valid JSON; ${EXPECTED}`);
  }
  if (!Array.isArray(data)) throw new InputError(`findings ${file} is not an array of findings; ${EXPECTED}`);
  return data.map((entry, i) => toFinding(entry, `findings ${file}: finding #${i + 1}`));
}
function toFinding(entry, where) {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry))
    throw new InputError(`${where} is not an object; ${EXPECTED}`);
  const e = entry;
  const pick = (a, b) => e[a] ?? e[b];
  const ruleId = str(pick("ruleId", "RuleID"));
  const secret = str(pick("secret", "Secret"));
  const rawFile = str(pick("file", "File"));
  if (!ruleId) throw new InputError(`${where} has no ruleId (or RuleID); ${EXPECTED}`);
  if (rawFile === void 0) throw new InputError(`${where} has no file (or File); ${EXPECTED}`);
  if (!secret) throw new InputError(`${where} has no secret (or Secret); ${EXPECTED}`);
  if (secret === "REDACTED" || /^\*+$/.test(secret) || secret.endsWith("..."))
    throw new InputError(
      `${where} has a redacted secret, which cannot be found in the history; write the report with --no-redact (leakhound) or without --redact (gitleaks)`
    );
  const line = num(pick("startLine", "StartLine"));
  const endLine = num(pick("endLine", "EndLine"));
  const tags = pick("tags", "Tags");
  return {
    ruleId,
    description: str(pick("description", "Description")) ?? "",
    severity: "high",
    secret,
    match: str(pick("match", "Match")) ?? "",
    file: normalizePath(rawFile),
    startLine: line,
    endLine: endLine || line,
    startColumn: num(pick("startColumn", "StartColumn")),
    endColumn: num(pick("endColumn", "EndColumn")),
    commit: (str(pick("commit", "Commit")) ?? "").toLowerCase(),
    author: "",
    email: "",
    date: "",
    message: "",
    fingerprint: str(pick("fingerprint", "Fingerprint")) ?? "",
    entropy: 0,
    tags: Array.isArray(tags) ? tags.filter((t) => typeof t === "string") : [],
    secretHash: str(e.secretHash) ?? ""
  };
}
function str(v) {
  return typeof v === "string" ? v : void 0;
}
function num(v) {
  return typeof v === "number" && Number.isFinite(v) ? v : 0;
}

// scanner/rewrite/locate.ts
async function locateFindings(repo, plan, source) {
  const wanted = plan.locations.filter((l) => !/[\r\n]/.test(l.file));
  const blobs = /* @__PURE__ */ new Set();
  if (wanted.length === 0) return blobs;
  const input = wanted.map((l) => l.file ? `${l.commit}:${l.file}` : l.commit).join("\n");
  const { stdout } = await runGit(repo, ["cat-file", "--batch-check=%(objectname) %(objecttype)"], {
    input: `${input}
`
  });
  const lines = stdout.toString("utf8").split("\n");
  let missing = 0;
  let example = null;
  wanted.forEach((l, i) => {
    const [oid = "", type = ""] = (lines[i] ?? "").split(" ");
    if (type === "blob") blobs.add(oid);
    else if (l.file !== "" || !["commit", "tag"].includes(type)) {
      missing++;
      example ??= l;
    }
  });
  if (example !== null) {
    const e = example;
    throw new InputError(
      `${source} does not match this repository: ${missing} of ${wanted.length} findings name a commit or file it does not have (e.g. ${e.commit.slice(0, 12)}${e.file ? ` ${e.file}` : ""}); use a report written for this repository, or leave out --findings to scan it`
    );
  }
  return blobs;
}

// scanner/commands/rewrite.ts
function rewriteCommand(run) {
  return new Command("rewrite").description("remove found secrets from every commit, tag and message in git history, replacing them in place").option("--repo <dir>", "repository to rewrite (a fresh clone or a --mirror clone)", ".").option(
    "--findings <report.json>",
    "remove the secrets in this JSON report (leakhound or gitleaks) instead of scanning"
  ).option("--rule <id>", "remove only secrets found by this rule; repeatable", collect, []).option("-b, --baseline <report.json>", "keep secrets already in this earlier JSON report").option(
    "-c, --config <file>",
    "gitleaks-style TOML config for the scan (default: leakhound.toml or .gitleaks.toml)"
  ).option("--replacement <text>", "what replaces each secret; {rule} becomes the rule id", DEFAULT_REPLACEMENT).option("--dry-run", "print what would change and change nothing", false).option("--force", "rewrite even when this is not a fresh clone (stashes, unpushed commits, no remote)", false).option("--max-file-size <MB>", "skip larger blobs in the scan (default 25)", parseSize).option("--no-progress", "never show the progress line").action(async (flags) => run(await rewrite(flags)));
}
async function rewrite(flags) {
  checkReplacement(flags.replacement);
  const repo = await inspectRepo(flags.repo);
  await resumeCheckout(repo);
  await refuseUnsafe(repo, { force: flags.force, dryRun: flags.dryRun });
  const progress = flags.progress && !!process.stderr.isTTY;
  const findings = flags.findings ? await loadFindingsFile(flags.findings) : await scan(flags, repo, progress);
  const kept = await dropAllowed(findings, repo.root, flags.baseline, warn);
  const plan = planRewrite(kept, { rules: flags.rule, replacement: flags.replacement });
  const findingBlobs = flags.findings ? await locateFindings(repo.root, plan, `findings ${flags.findings}`) : /* @__PURE__ */ new Set();
  if (plan.secrets.length === 0) {
    const encoded = plan.encoded.length > 0 ? `; ${plan.encoded.length} finding(s) decoded from base64/hex/percent text must be edited out by hand` : "";
    process.stdout.write(
      `leakhound rewrite: nothing to remove from ${repo.root}: no findings${narrowed(flags)}${encoded}
`
    );
    return 0;
  }
  const result = await applyRewrite({ repo, plan, findingBlobs, dryRun: flags.dryRun, progress });
  const remote = (await gitText(repo.root, ["remote"])).trim().split("\n")[0] || "origin";
  if (result.mapsDir && result.refs.length > 0) {
    const script = pushCommands(result.refs, remote).join("\n");
    await writeFile(join(result.mapsDir, "push-commands"), `#!/bin/sh
set -e
${script}
`, { mode: 493 });
  }
  process.stdout.write(summarize({ root: repo.root, plan, result, dryRun: flags.dryRun, remote }));
  return 0;
}
async function scan(flags, repo, progress) {
  const prepared = await prepare({ format: "json", threads: 0, ...pickConfig(flags) }, repo.root);
  const threads = poolThreads(0);
  const limit = maxBytes(flags.maxFileSize, prepared.config);
  const pool = historyPool(threads, prepared.spec, limit);
  try {
    const result = await scanHistory({
      repo: repo.root,
      engine: pool ?? prepared.detector,
      maxBytes: limit,
      progress
    });
    return [...result.findings, ...await scanMessages(repo.root, prepared.detector)];
  } finally {
    await pool?.close();
  }
}
async function resumeCheckout(repo) {
  if (repo.bare || !existsSync(join(workDir(repo), CHECKOUT_PENDING))) return;
  await finishCheckout(repo);
  warn("an earlier rewrite moved the refs but was stopped before updating the working tree; it is updated now");
}
function pickConfig(flags) {
  return flags.config !== void 0 ? { config: flags.config } : {};
}
function narrowed(flags) {
  const how = [flags.rule.length > 0 ? "--rule" : "", flags.baseline ? "--baseline" : ""].filter(Boolean);
  return how.length > 0 ? ` left after ${how.join(" and ")} and ignore files` : "";
}
function warn(line) {
  process.stderr.write(`leakhound: warning: ${line}
`);
}
export {
  rewriteCommand
};
