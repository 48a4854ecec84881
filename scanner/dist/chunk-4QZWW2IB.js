
import {
  Option
} from "./chunk-GMTDVJWK.js";
import {
  UsageError
} from "./chunk-XDM3T3X3.js";

// scanner/commands/flag-defaults.ts
var FORMATS = ["text", "json", "sarif", "csv", "junit"];
var COMMON_DEFAULTS = { format: "text", threads: 0, color: true };

// scanner/commands/common-flags.ts
function withCommonFlags(cmd) {
  return cmd.option(
    "-c, --config <file>",
    "gitleaks-style TOML config (default: leakhound.toml or .gitleaks.toml at the scan root)"
  ).option("-b, --baseline <report.json>", "suppress findings already in this earlier JSON report").addOption(new Option("-f, --format <format>", "report format").choices(FORMATS).default(COMMON_DEFAULTS.format)).option("-o, --output <file>", "write the report to a file instead of stdout").option("--redact [percent]", "hide secrets in the report (optionally only this percentage of each)").option("--no-redact", "show secrets in full, even in text, SARIF and JUnit reports").option("-t, --threads <n>", "detection threads (0 = one per core)", parseThreads, COMMON_DEFAULTS.threads).option("--no-color", "plain text output even on a terminal").option("--verify", "ask each secret's provider whether it works (sends the secret to that provider only)").option("--no-verify", "never contact providers (the default)").option("--only-live", "report only findings whose secret verifies live (implies --verify)");
}
function parseThreads(value) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 256) {
    throw new UsageError(`--threads ${value}: expected a whole number from 0 (one per core) to 256, e.g. --threads 4`);
  }
  return n;
}

// scanner/commands/parse-flags.ts
function parseSize(value) {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`--max-file-size ${value}: expected a positive number of megabytes, e.g. 25`);
  return n;
}
function collect(value, previous) {
  return [...previous, value];
}
function parseRange(value) {
  if (!/^[^.\s]+\.\.[^.\s]+$/.test(value)) {
    throw new UsageError(`--range ${value}: expected two revisions joined by two dots, e.g. --range origin/main..HEAD`);
  }
  return value;
}
function collectRegex(value, previous) {
  try {
    return [...previous, new RegExp(value)];
  } catch (err) {
    throw new UsageError(`--exclude ${value}: not a valid regular expression (${err.message})`);
  }
}

export {
  withCommonFlags,
  parseSize,
  collect,
  parseRange,
  collectRegex
};
