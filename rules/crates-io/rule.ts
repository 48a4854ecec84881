import type { Rule } from '../types.js';

// crates-io-api-token: https://doc.rust-lang.org/cargo/reference/publishing.html#before-your-first-publish
//   Format as in gitleaks and Kingfisher: cio + 32 [A-Za-z0-9].
export const rules: Rule[] = [
  {
    id: 'crates-io-api-token',
    description: 'crates.io API token (`cio` and 32 alphanumerics): publishes and yanks crates',
    severity: 'critical',
    regex: /\b(cio[A-Za-z0-9]{32})(?:[^A-Za-z0-9]|$)/,
    keywords: ['cio'],
    entropy: 3,
    tags: ['crates-io', 'package-registry', 'api-key'],
  },
];
