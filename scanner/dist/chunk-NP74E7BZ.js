
import {
  HOMEPAGE,
  VERSION,
  stderr,
  stdout
} from "./chunk-PZARZYLK.js";
import {
  loadBaseline,
  loadIgnoreFile
} from "./chunk-U7D7MJPN.js";
import {
  loadConfig
} from "./chunk-NNZ7RSNU.js";
import {
  timed,
  timedAsync
} from "./chunk-VOKC22WD.js";
import {
  Detector,
  sha256Hex
} from "./chunk-S3VMPW6Q.js";
import {
  InputError,
  UsageError
} from "./chunk-XDM3T3X3.js";
import {
  __commonJS,
  __toESM
} from "./chunk-WJDBHJ4B.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result2 = "", cursor = 0;
      do {
        result2 += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result2 + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// scanner/report/text.ts
var import_picocolors = __toESM(require_picocolors(), 1);

// scanner/report/redact.ts
var REDACTED = "REDACTED";
function redactPercent(redact) {
  if (typeof redact === "boolean") return redact ? 100 : 0;
  if (Number.isNaN(redact)) return 100;
  return Math.min(100, Math.max(0, redact));
}
function redactFinding(f, redact) {
  const percent = redactPercent(redact);
  if (percent === 0 || f.secret === "") return f;
  const masked = percent >= 100 ? REDACTED : maskSecret(f.secret, percent);
  const leftover = percent >= 100 ? REDACTED : "...";
  return {
    ...f,
    secret: masked,
    match: scrub(f.match, f.secret, masked, leftover),
    message: scrub(f.message, f.secret, masked, leftover)
  };
}
function maskSecret(secret, percent) {
  const chars = Array.from(secret);
  if (chars.length === 0) return secret;
  const keep = roundHalfEven(chars.length * (100 - Math.min(100, percent)) / 100);
  const prefix = chars.slice(0, keep).join("");
  const lineBreak = prefix.search(/[\r\n]/);
  return `${lineBreak === -1 ? prefix : prefix.slice(0, lineBreak)}...`;
}
function scrub(text2, secret, masked, leftover) {
  const around = text2.split(secret);
  if (!/[\r\n]/.test(secret)) return around.join(masked);
  const pieces = secret.split(/\r?\n|\r/).map((line) => line.trim()).filter((piece) => piece !== "");
  return around.map((part) => pieces.reduce((acc, piece) => acc.split(piece).join(leftover), part)).join(masked);
}
function roundHalfEven(x) {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

// scanner/report/order.ts
function prepareFindings(findings, redact) {
  return [...findings].sort(compareFindings).map((f) => redactFinding(f, redact));
}
function compareFindings(a, b) {
  return cmp(a.file, b.file) || a.startLine - b.startLine || a.startColumn - b.startColumn || cmp(a.ruleId, b.ruleId) || cmp(a.commit, b.commit) || a.endLine - b.endLine || a.endColumn - b.endColumn || cmp(a.fingerprint, b.fingerprint) || cmp(a.secretHash, b.secretHash);
}
function sortSkipped(skipped) {
  return [...skipped].sort((a, b) => cmp(a.reason, b.reason) || cmp(a.file, b.file));
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// scanner/report/skipped.ts
var LABELS = {
  binary: "binary",
  "too-large": "larger than the size limit",
  unreadable: "unreadable",
  "missing-object": "missing from the git object store",
  submodule: "a submodule",
  "dependency-folder": "untracked dependency folder"
};
function skipLabel(reason) {
  return LABELS[reason];
}
function describeSkip(s) {
  return `${s.file}: ${skipLabel(s.reason)}${s.detail ? ` (${s.detail})` : ""}`;
}
function countByReason(skipped) {
  const counts = /* @__PURE__ */ new Map();
  for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  return [...counts];
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

// scanner/report/text.ts
var text = (input, options) => {
  const c = import_picocolors.default.createColors(options.color);
  const findings = prepareFindings(input.findings, options.redact);
  const out = [];
  let file;
  for (const f of findings) {
    if (f.file !== file) {
      if (file !== void 0) out.push("");
      file = f.file;
      out.push(c.bold(c.underline(printable(f.file))));
    }
    out.push(...finding(f, c));
  }
  if (findings.length > 0) out.push("");
  out.push(summary(findings, input.scanned, c));
  out.push(...skippedNote(sortSkipped(input.skipped), c));
  return `${out.join("\n")}
`;
};
function finding(f, c) {
  const field = (label, value2) => `    ${c.dim(label.padEnd(13))}${value2}`;
  const lines = [
    `  ${severityLabel(f.severity, c)} ${c.bold(printable(f.ruleId))}  ${printable(f.description)}`,
    field("location", `${printable(f.file)}:${f.startLine}:${f.startColumn}`),
    field("secret", printable(f.secret))
  ];
  if (f.commit) lines.push(field("commit", printable(f.commit)));
  if (f.author || f.email) {
    const who = [f.author, f.email && `<${f.email}>`].filter(Boolean).join(" ");
    lines.push(field("author", printable(who)));
  }
  if (f.date) lines.push(field("date", printable(f.date)));
  if (f.verification) lines.push(field("verified", verificationLabel(f.verification, c)));
  lines.push(field("fingerprint", printable(f.fingerprint)));
  return lines;
}
var VERIFICATION_MARK = {
  live: (c) => c.red("✔ live"),
  invalid: (c) => c.green("✖ invalid"),
  unknown: (c) => c.yellow("? unknown")
};
function verificationLabel(v, c) {
  return `${VERIFICATION_MARK[v.state](c)}: ${printable(v.reason)} ${c.dim(`(${v.checkedAt})`)}`;
}
var SEVERITY_COLOR = {
  critical: (c) => (s) => c.bold(c.red(s)),
  high: (c) => c.red,
  medium: (c) => c.yellow,
  low: (c) => c.cyan,
  info: (c) => c.dim
};
function severityLabel(severity, c) {
  return SEVERITY_COLOR[severity](c)(severity.toUpperCase().padEnd(8));
}
function summary(findings, scanned, c) {
  const files = new Set(findings.map((f) => f.file)).size;
  const head = findings.length === 0 ? c.green("No findings") : c.red(`${plural(findings.length, "finding")} in ${plural(files, "file")}`);
  if (!scanned) return head;
  const stats = `${plural(scanned.files, "file")}, ${formatBytes(scanned.bytes)} scanned in ${formatMs(scanned.ms)}`;
  return `${head} (${stats})`;
}
function skippedNote(skipped, c) {
  if (skipped.length === 0) return [];
  const counts = countByReason(skipped).map(([reason, n]) => `${n} ${skipLabel(reason)}`).join(", ");
  const width = Math.max(...skipped.map((s) => skipLabel(s.reason).length)) + 2;
  return [
    c.yellow(`${skippedCount(skipped)} skipped: ${counts}`),
    ...skipped.map(
      (s) => `  ${c.dim(skipLabel(s.reason).padEnd(width))}${printable(s.file)}${s.detail ? ` (${printable(s.detail)})` : ""}`
    )
  ];
}
function skippedCount(skipped) {
  const folders = skipped.filter((s) => s.reason === "dependency-folder").length;
  const files = skipped.length - folders;
  if (folders === 0) return plural(files, "file");
  if (files === 0) return plural(folders, "folder");
  return `${plural(files, "file")} and ${plural(folders, "folder")}`;
}
function formatBytes(bytes) {
  if (bytes < 1e3) return `${bytes} B`;
  const units = ["kB", "MB", "GB", "TB"];
  let i = 0;
  let value2 = bytes / 1e3;
  while (Number(value2.toFixed(1)) >= 1e3 && i < units.length - 1) {
    value2 /= 1e3;
    i++;
  }
  return `${value2.toFixed(1)} ${units[i]}`;
}
function formatMs(ms) {
  return ms < 1e3 ? `${Math.round(ms)} ms` : `${(ms / 1e3).toFixed(1)} s`;
}
function printable(s) {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => {
    if (ch === "\n") return "\\n";
    if (ch === "\r") return "\\r";
    if (ch === "	") return "\\t";
    return `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`;
  });
}

// scanner/suppress.ts
async function dropAllowed(findings, root, baseline, warn2) {
  const ignore = await loadIgnoreFile(root);
  for (const w of ignore.warnings) warn2(w);
  const base = baseline ? await loadBaseline(baseline) : null;
  return findings.filter((f) => !ignore.isIgnored(f) && !base?.has(f));
}

// scanner/output.ts
const { renameSync, unlinkSync, writeFileSync } = process.getBuiltinModule("node:fs");
const { basename, dirname, join } = process.getBuiltinModule("node:path");
async function writeReport(text2, file) {
  if (!file || file === "-") {
    await new Promise((resolve, reject) => stdout().write(text2, (err) => err ? reject(err) : resolve()));
    return;
  }
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text2, { mode: 384 });
    renameSync(tmp, file);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
    }
    const code = err.code ?? "error";
    throw new InputError(
      `--output ${file}: cannot write the report (${code}); check that the directory exists and is writable`
    );
  }
}

// scanner/report/json.ts
var FINDING_FIELDS = [
  "ruleId",
  "description",
  "severity",
  "secret",
  "match",
  "file",
  "startLine",
  "endLine",
  "startColumn",
  "endColumn",
  "commit",
  "author",
  "email",
  "date",
  "message",
  "fingerprint",
  "entropy",
  "tags",
  "secretHash"
];
var json = (input, options) => {
  const findings = prepareFindings(input.findings, options.redact).map(contractFields);
  return `${JSON.stringify(findings, null, 2)}
`;
};
function contractFields(f) {
  return {
    ruleId: f.ruleId,
    description: f.description,
    severity: f.severity,
    secret: f.secret,
    match: f.match,
    file: f.file,
    startLine: f.startLine,
    endLine: f.endLine,
    startColumn: f.startColumn,
    endColumn: f.endColumn,
    commit: f.commit,
    author: f.author,
    email: f.email,
    date: f.date,
    message: f.message,
    fingerprint: f.fingerprint,
    entropy: f.entropy,
    tags: [...f.tags],
    secretHash: f.secretHash,
    ...f.verification ? { verification: { ...f.verification } } : {}
  };
}

// scanner/report/csv.ts
var CRLF = "\r\n";
var csv = (input, options) => {
  const rows = prepareFindings(input.findings, options.redact).map(
    (f) => FINDING_FIELDS.map((field) => value(f, field))
  );
  return [[...FINDING_FIELDS], ...rows].map((row) => row.map(cell).join(",") + CRLF).join("");
};
function value(f, field) {
  const v = f[field];
  return Array.isArray(v) ? v.join(" ") : String(v);
}
var FORMULA_START = /^[=+\-@\t\r]/;
function cell(raw) {
  const safe = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// scanner/report/junit.ts
var SUITE = "leakhound";
var junit = (input, options) => {
  const findings = prepareFindings(input.findings, options.redact);
  const skipped = sortSkipped(input.skipped);
  const cases = [
    ...findings.map(failedCase),
    ...skipped.map(skippedCase),
    ...findings.length === 0 ? [passingCase()] : []
  ];
  const time = ((input.scanned?.ms ?? 0) / 1e3).toFixed(3);
  const counts = attrs({
    tests: cases.length,
    failures: findings.length,
    errors: 0,
    skipped: skipped.length,
    time
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attrs({ name: SUITE })} ${counts}>`,
    `  <testsuite ${attrs({ name: SUITE })} ${counts}>`,
    ...cases.map((c) => `    ${c}`),
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
};
function failedCase(f) {
  const where = `${f.file}:${f.startLine}:${f.startColumn}`;
  const details = [
    `rule: ${f.ruleId}`,
    `description: ${f.description}`,
    `severity: ${f.severity}`,
    `location: ${where}`,
    `secret: ${f.secret}`,
    `match: ${f.match}`,
    ...f.commit ? [`commit: ${f.commit}`, `author: ${f.author}`, `date: ${f.date}`] : [],
    `fingerprint: ${f.fingerprint}`
  ].join("\n");
  const head = attrs({
    // Readers that split classname on dots show `leakhound` › `<rule id>`.
    classname: `${SUITE}.${f.ruleId}`,
    name: `${f.ruleId} at ${where}`,
    file: f.file,
    line: f.startLine,
    time: "0"
  });
  const failure = attrs({ message: `${f.description} in ${where}`, type: f.ruleId });
  return `<testcase ${head}>
      <failure ${failure}>${escapeText(details)}</failure>
    </testcase>`;
}
function skippedCase(s) {
  const head = attrs({ classname: `${SUITE}.skipped`, name: `skipped ${s.file}`, file: s.file, time: "0" });
  const message = `${skipLabel(s.reason)}${s.detail ? ` (${s.detail})` : ""}`;
  return `<testcase ${head}>
      <skipped ${attrs({ message })}/>
    </testcase>`;
}
function passingCase() {
  return `<testcase ${attrs({ classname: SUITE, name: "no secrets found", time: "0" })}/>`;
}
function attrs(values) {
  return Object.entries(values).map(([k, v]) => `${k}="${escapeAttr(String(v))}"`).join(" ");
}
var INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
function escapeText(s) {
  return s.replace(INVALID_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}
function escapeAttr(s) {
  return escapeText(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

// scanner/report/sarif.ts
const { pathToFileURL } = process.getBuiltinModule("node:url");
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "leakhound/v1";
var HELP = "Treat a committed credential as compromised: revoke or rotate it at its provider, remove it from the code, and remove it from history (leakhound rewrite). If it is not a secret, add the fingerprint to .gitleaksignore or mark the line with a leakhound:allow comment.";
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  // No score: GitHub then shows the rule's level ("note") instead of a security severity.
  info: void 0
};
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note"
};
var sarif = (input, options) => {
  const findings = prepareFindings(input.findings, options.redact);
  const rules = descriptors(input, findings);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const run = {
    tool: {
      driver: {
        name: input.tool.name,
        semanticVersion: input.tool.version,
        informationUri: input.tool.informationUri,
        rules
      }
    },
    invocations: [
      {
        executionSuccessful: true,
        toolExecutionNotifications: sortSkipped(input.skipped).map(notification)
      }
    ],
    ...options.root ? { originalUriBaseIds: { [SRCROOT]: { uri: rootUri(options.root) } } } : {},
    columnKind: "utf16CodeUnits",
    results: findings.map((f) => result(f, index.get(f.ruleId)))
  };
  const log = { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
  return `${JSON.stringify(log, null, 2)}
`;
};
function descriptors(input, findings) {
  const byId = /* @__PURE__ */ new Map();
  const add = (r) => byId.has(r.id) || byId.set(r.id, r);
  for (const r of input.rules) add({ id: r.id, description: r.description, severity: r.severity, tags: r.tags ?? [] });
  for (const f of findings) add({ id: f.ruleId, description: f.description, severity: f.severity, tags: f.tags });
  return [...byId.values()].sort((a, b) => cmp(a.id, b.id)).map((r) => {
    const score = SECURITY_SEVERITY[r.severity];
    return {
      id: r.id,
      name: pascalCase(r.id),
      shortDescription: { text: r.description },
      fullDescription: { text: `${r.description} (${r.id}, severity ${r.severity}).` },
      help: { text: HELP },
      defaultConfiguration: { level: LEVEL[r.severity] },
      properties: {
        // GitHub applies security-severity only to rules tagged `security`.
        tags: [.../* @__PURE__ */ new Set(["security", "secret", ...r.tags])],
        ...score ? { "security-severity": score } : {}
      }
    };
  });
}
function result(f, ruleIndex) {
  const properties = {
    ...f.commit ? { commit: f.commit, author: f.author, date: f.date } : {},
    ...f.verification ? { verification: { ...f.verification } } : {}
  };
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    // Never the secret, redacted or not: GitHub shows messages to everyone with read access.
    message: {
      text: `${f.description} (${f.ruleId}) in ${f.file} at line ${f.startLine}${f.commit ? `, introduced in commit ${f.commit}` : ""}.`
    },
    locations: [{ physicalLocation: { artifactLocation: artifact(f.file), region: region(f) } }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f) },
    ...Object.keys(properties).length > 0 ? { properties } : {}
  };
}
function region(f) {
  if (f.secret === "") return { startLine: f.startLine };
  return { startLine: f.startLine, startColumn: f.startColumn, endLine: f.endLine, endColumn: f.endColumn + 1 };
}
function fingerprint(f) {
  return sha256Hex(`${f.ruleId}:${f.file}:${f.secretHash}`);
}
function notification(s) {
  return {
    level: "note",
    message: { text: `Skipped ${describeSkip(s)}` },
    locations: [{ physicalLocation: { artifactLocation: artifact(s.file) } }],
    properties: { reason: s.reason }
  };
}
function artifact(file) {
  return { uri: fileUri(file), uriBaseId: SRCROOT };
}
function fileUri(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}
function rootUri(root) {
  const href = pathToFileURL(root).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}

// scanner/report/reporter.ts
function getReporter(format) {
  switch (format) {
    case "text":
      return text;
    case "json":
      return json;
    case "sarif":
      return sarif;
    case "csv":
      return csv;
    case "junit":
      return junit;
  }
}

// scanner/commands/common.ts
var REDACTED_BY_DEFAULT = /* @__PURE__ */ new Set(["text", "sarif", "junit"]);
function redactOption(flags) {
  const r = flags.redact;
  if (r === void 0) return REDACTED_BY_DEFAULT.has(flags.format);
  if (typeof r === "boolean") return r;
  const n = Number(r);
  if (!Number.isInteger(n) || n < 0 || n > 100) {
    throw new UsageError(
      `--redact ${r}: expected a percentage from 0 to 100, e.g. --redact 75, or --redact alone for full`
    );
  }
  return n === 100 ? true : n === 0 ? false : n;
}
async function prepare(flags, root, wokenBy) {
  if (flags.onlyLive && flags.verify === false) {
    throw new UsageError("--only-live needs verification: drop --no-verify (or drop --only-live)");
  }
  const loaded = await timedAsync("config: load", () => loadConfig({ configPath: flags.config, root, wokenBy }));
  for (const w of loaded.config.warnings) warn(w);
  const detector = timed(
    "config: build the detector",
    () => new Detector({ rules: loaded.config.rules, allowlists: loaded.config.allowlists })
  );
  return {
    config: loaded.config,
    detector,
    spec: { configText: loaded.text, configFile: loaded.file, extended: loaded.extended }
  };
}
async function finish(flags, prepared, root, outcome) {
  const redact = redactOption(flags);
  let findings = await dropAllowed(outcome.findings, root, flags.baseline, warn);
  if (flags.verify === true || flags.onlyLive) {
    const { verifyFindings } = await import("./verify-findings-KLMCMYI3.js");
    const { cliProviderContext } = await import("./context-FO5ZSEHU.js");
    findings = await verifyFindings(findings, cliProviderContext());
    if (flags.onlyLive) findings = findings.filter((f) => f.verification?.state === "live");
  }
  const reporter = getReporter(flags.format);
  const text2 = reporter(
    {
      findings,
      skipped: outcome.skipped,
      rules: prepared.config.rules,
      tool: { name: "leakhound", version: VERSION, informationUri: HOMEPAGE },
      ...outcome.stats ? { scanned: outcome.stats } : {}
    },
    { redact, color: flags.color !== false && !flags.output && !process.env.NO_COLOR && !!stdout().isTTY, root }
  );
  await writeReport(text2, flags.output);
  return { code: findings.length > 0 ? 1 : 0, reported: findings };
}
function warn(line) {
  stderr().write(`leakhound: warning: ${line}
`);
}

export {
  plural,
  printable,
  dropAllowed,
  getReporter,
  redactOption,
  prepare,
  finish
};
