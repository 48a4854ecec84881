import type { Rule } from '../types.js';

/** Legacy API keys are the base64 of `{"k":"…","n":"…","id":…}`. */
function isLegacyKeyPayload(secret: string): boolean {
  const json = Buffer.from(secret, 'base64').toString('utf8');
  return /^\{"k":"[^"]+","n":"[^"]*","id":\d+\}$/.test(json);
}

export const rules: Rule[] = [
  {
    id: 'grafana-cloud-token',
    description: 'Grafana Cloud access policy / API token (`glc_…`)',
    severity: 'high',
    regex: /\b(glc_[A-Za-z0-9+/]{32,400}={0,2})(?:[^A-Za-z0-9+/=]|$)/,
    keywords: ['glc_'],
    entropy: 3,
    tags: ['grafana', 'monitoring', 'api-key'],
  },
  {
    id: 'grafana-service-account-token',
    description: 'Grafana service account token (`glsa_…`)',
    severity: 'high',
    regex: /\b(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})\b/,
    keywords: ['glsa_'],
    entropy: 3,
    tags: ['grafana', 'monitoring', 'api-key'],
  },
  {
    id: 'grafana-api-key',
    description: 'Grafana API key in the legacy format (`eyJrIjoi…`)',
    severity: 'high',
    regex: /\b(eyJrIjoi[A-Za-z0-9]{50,400}={0,2})(?:[^A-Za-z0-9+/=]|$)/,
    keywords: ['eyjrijoi'],
    entropy: 3,
    validate: isLegacyKeyPayload,
    tags: ['grafana', 'monitoring', 'api-key'],
  },
];
