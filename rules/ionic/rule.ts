import type { Rule } from '../types.js';

// ionic-personal-access-token: https://ionic.io/docs/appflow/personal-access-tokens
export const rules: Rule[] = [
  {
    id: 'ionic-personal-access-token',
    description: 'Ionic Appflow personal access token (`ion_` and 42 alphanumerics)',
    severity: 'high',
    regex: /\b(ion_[A-Za-z0-9]{42})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['ion_'],
    entropy: 3,
    tags: ['ionic', 'ci', 'access-token'],
  },
];
