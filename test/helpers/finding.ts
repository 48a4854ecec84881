import type { Finding } from '../../scanner/finding.js';

/**
 * A finding for tests of code that consumes findings (reporters, the Action's summary): every
 * contract field set, outside git unless the test says otherwise. Secrets are synthetic.
 */
export function makeFinding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'example-rule',
    description: 'Example',
    severity: 'high',
    secret: 'synthetic-secret-0001',
    match: 'v = synthetic-secret-0001',
    file: 'src/a.txt',
    startLine: 4,
    endLine: 4,
    startColumn: 5,
    endColumn: 25,
    commit: '',
    author: '',
    email: '',
    date: '',
    message: '',
    fingerprint: 'src/a.txt:example-rule:4',
    entropy: 3,
    tags: [],
    secretHash: 'hash',
    ...over,
  };
}
