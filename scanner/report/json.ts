// A plain array of findings in the contract's field order (DESIGN.md, plus secretHash), so
// gitleaks-style consumers and our own --baseline read it as is. Skipped inputs are reported
// by the other formats and on stderr, never here: one extra element would break those readers.
// With --verify each finding also carries `verification: { state, reason, checkedAt }`.
import type { Finding } from '../finding.js';
import { prepareFindings } from './order.js';
import type { Reporter } from './reporter.js';

/** The contract's field names in their documented order; CSV's header row too. */
export const FINDING_FIELDS = [
  'ruleId',
  'description',
  'severity',
  'secret',
  'match',
  'file',
  'startLine',
  'endLine',
  'startColumn',
  'endColumn',
  'commit',
  'author',
  'email',
  'date',
  'message',
  'fingerprint',
  'entropy',
  'tags',
  'secretHash',
] as const satisfies readonly (keyof Finding)[];

export const json: Reporter = (input, options) => {
  const findings = prepareFindings(input.findings, options.redact).map(contractFields);
  return `${JSON.stringify(findings, null, 2)}\n`;
};

/** Exactly the contract's fields, in order, whatever else the object carries. */
export function contractFields(f: Finding): Finding {
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
    ...(f.verification ? { verification: { ...f.verification } } : {}),
  };
}
