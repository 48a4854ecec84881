import type { Rule } from '../types.js';

// User, team and organization tokens of Terraform Cloud / HCP Terraform and Terraform
// Enterprise: 14 alphanumerics, `.atlasv1.`, then 60 to 70 more characters.
export const rules: Rule[] = [
  {
    id: 'terraform-cloud-token',
    description: 'Terraform Cloud / Enterprise API token (`….atlasv1.…`)',
    severity: 'critical',
    regex: /\b([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?:[^A-Za-z0-9_=-]|$)/,
    keywords: ['atlasv1'],
    entropy: 3.5,
    tags: ['terraform-cloud', 'hashicorp', 'api-key'],
  },
];
