import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// Vault 1.10+ tokens carry a type prefix: hvs. (service), hvb. (batch), hvr. (recovery).
// Before 1.10 service tokens were `s.` + 24 alphanumerics, too plain to report without a
// vault-named setting or an `X-Vault-Token` header next to them.
const END = String.raw`(?:[^A-Za-z0-9_-]|$)`;

export const rules: Rule[] = [
  {
    id: 'vault-service-token',
    description: 'HashiCorp Vault service token (`hvs.…`)',
    severity: 'critical',
    regex: new RegExp(String.raw`\b(hvs\.[A-Za-z0-9_-]{90,120})${END}`),
    keywords: ['hvs.'],
    entropy: 3.5,
    tags: ['hashicorp-vault', 'secrets-manager', 'token'],
  },
  {
    id: 'vault-batch-token',
    description: 'HashiCorp Vault batch token (`hvb.…`)',
    severity: 'high',
    regex: new RegExp(String.raw`\b(hvb\.[A-Za-z0-9_-]{138,300})${END}`),
    keywords: ['hvb.'],
    entropy: 3.5,
    tags: ['hashicorp-vault', 'secrets-manager', 'token'],
  },
  {
    id: 'vault-recovery-token',
    description: 'HashiCorp Vault recovery token (`hvr.…`)',
    severity: 'critical',
    regex: new RegExp(String.raw`\b(hvr\.[A-Za-z0-9_-]{90,120})${END}`),
    keywords: ['hvr.'],
    entropy: 3.5,
    tags: ['hashicorp-vault', 'secrets-manager', 'token'],
  },
  {
    id: 'vault-legacy-token',
    description: 'HashiCorp Vault service token in the pre-1.10 `s.` format, next to a vault-named setting',
    severity: 'critical',
    regex: new RegExp(
      assignedTo('vault', String.raw`s\.[A-Za-z0-9]{24}`, String.raw`(?:[^A-Za-z0-9]|$)`).source +
        String.raw`|x-vault-token[ \t]{0,3}:[ \t]{0,3}(s\.[A-Za-z0-9]{24})(?:[^A-Za-z0-9]|$)`,
      'i',
    ),
    keywords: ['vault'],
    entropy: 3.5,
    // Letters only is a word or identifier after `s.`, not a token (gitleaks draws the same line).
    validate: (secret) => /[0-9]/.test(secret),
    tags: ['hashicorp-vault', 'secrets-manager', 'token'],
  },
];
