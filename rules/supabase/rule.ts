import type { Rule } from '../types.js';

// supabase-personal-access-token: https://supabase.com/docs/reference/api/introduction#authentication
// supabase-secret-key: https://supabase.com/docs/guides/api/api-keys
export const rules: Rule[] = [
  {
    id: 'supabase-personal-access-token',
    description: 'Supabase personal access token (`sbp_` and 40 hex): manages every project of the account',
    severity: 'critical',
    regex: /\b(sbp_[a-f0-9]{40})(?:[^A-Za-z0-9]|$)/,
    keywords: ['sbp_'],
    entropy: 3,
    tags: ['supabase', 'database', 'api-key'],
  },
  {
    id: 'supabase-secret-key',
    description: 'Supabase secret API key (`sb_secret_`): bypasses row-level security',
    severity: 'critical',
    regex: /\b(sb_secret_[A-Za-z0-9_-]{31})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['sb_secret_'],
    entropy: 3,
    tags: ['supabase', 'database', 'api-key'],
  },
];
