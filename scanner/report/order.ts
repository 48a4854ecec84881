import type { Finding, SkippedInput } from '../finding.js';
import { redactFinding } from './redact.js';

/**
 * What every reporter starts from: findings in a fixed order (file, line, column, rule; then
 * commit and the rest so history duplicates are stable too) and redacted as asked. Each
 * reporter calls this itself, so none can be called in a way that skips redaction.
 */
export function prepareFindings(findings: readonly Finding[], redact: boolean | number): Finding[] {
  return [...findings].sort(compareFindings).map((f) => redactFinding(f, redact));
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.file, b.file) ||
    a.startLine - b.startLine ||
    a.startColumn - b.startColumn ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.commit, b.commit) ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn ||
    cmp(a.fingerprint, b.fingerprint) ||
    cmp(a.secretHash, b.secretHash)
  );
}

export function sortSkipped(skipped: readonly SkippedInput[]): SkippedInput[] {
  return [...skipped].sort((a, b) => cmp(a.reason, b.reason) || cmp(a.file, b.file));
}

/** Code-unit order: unlike localeCompare it is the same on every machine. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
