import { createRequire as __lhRequire } from 'node:module';
const require = __lhRequire(import.meta.url);
import {
  UsageError
} from "./chunk-NS4ILB2U.js";

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
  parseSize,
  collect,
  parseRange,
  collectRegex
};
