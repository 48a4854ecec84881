import type { CheckedVerification } from '../rules/provider.js';
import type { Severity } from '../rules/types.js';

/** Where a fragment came from in git; empty outside git. */
export interface CommitInfo {
  commit: string;
  author: string;
  email: string;
  /** ISO 8601. */
  date: string;
  message: string;
}

/** A piece of text to scan: a file, a blob, stdin. */
export interface Fragment {
  text: string;
  /** Relative to the scan root, `/` separators. `-` for stdin. */
  path: string;
  commit?: CommitInfo;
}

/** The finding contract (DESIGN.md). Reporters, baselines and the responder rely on it. */
export interface Finding {
  ruleId: string;
  description: string;
  severity: Severity;
  secret: string;
  match: string;
  file: string;
  startLine: number;
  endLine: number;
  /** 1-based column of the secret's first character. */
  startColumn: number;
  /** 1-based column of the secret's last character (inclusive). */
  endColumn: number;
  commit: string;
  author: string;
  email: string;
  date: string;
  message: string;
  /** `commit:file:ruleId:startLine`, or `file:ruleId:startLine` outside git. */
  fingerprint: string;
  entropy: number;
  tags: string[];
  /**
   * sha256 of `ruleId:file:secret`, hex. Lets a baseline recognise a finding after it moved
   * to another line, even when the baseline report itself was written redacted.
   */
  secretHash: string;
  /**
   * Hosts named in URLs near the secret, for rules that ask for them (`nearbyHosts`): where a
   * self-managed instance may live. Not in reports; never trusted without configuration.
   */
  hosts?: string[];
  /** Only with --verify: whether the provider accepts the secret, why, and when it was asked. */
  verification?: Pick<CheckedVerification, 'state' | 'reason' | 'checkedAt'>;
}

/** Something the scan passed over, reported so that nobody mistakes "skipped" for "clean". */
export interface SkippedInput {
  file: string;
  reason: 'binary' | 'too-large' | 'unreadable' | 'missing-object' | 'submodule' | 'dependency-folder';
  detail?: string;
}
