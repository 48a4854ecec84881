import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// hcp-client-secret: https://developer.hashicorp.com/hcp/docs/hcp/iam/service-principal
export const rules: Rule[] = [
  {
    id: 'hcp-client-secret',
    description:
      'HashiCorp Cloud Platform service-principal client secret (64 characters) assigned to HCP_CLIENT_SECRET',
    severity: 'critical',
    regex: assignedTo('hcp[_.-]?client[_.-]?secret', '[A-Za-z0-9._~-]{64}', '(?:[^A-Za-z0-9._~-]|$)'),
    keywords: ['hcp_client_secret', 'hcp-client-secret', 'hcpclientsecret'],
    entropy: 3,
    tags: ['hcp', 'cloud', 'client-secret'],
  },
];
