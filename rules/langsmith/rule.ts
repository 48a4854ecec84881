import type { Rule } from '../types.js';

// langsmith-api-key: https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key
export const rules: Rule[] = [
  {
    id: 'langsmith-api-key',
    description: 'LangSmith API key (`lsv2_pt_` personal or `lsv2_sk_` service key)',
    severity: 'high',
    regex: /\b(lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})(?:[^A-Za-z0-9]|$)/,
    keywords: ['lsv2_pt_', 'lsv2_sk_'],
    entropy: 3,
    tags: ['langsmith', 'ai', 'api-key'],
  },
];
