import type { Rule } from '../types.js';

// contentful-personal-access-token: https://www.contentful.com/developers/docs/references/authentication/#the-content-management-api
export const rules: Rule[] = [
  {
    id: 'contentful-personal-access-token',
    description: 'Contentful content management personal access token (`CFPAT-` and 43 characters)',
    severity: 'high',
    regex: /\b(CFPAT-[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['cfpat-'],
    entropy: 3,
    tags: ['contentful', 'cms', 'api-key'],
  },
];
