import { assignedTo } from '../generic/assignment.js';
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
  // contentful-delivery-api-token: https://www.contentful.com/developers/docs/references/authentication/
  {
    id: 'contentful-delivery-api-token',
    description: 'Contentful Content Delivery or Preview API token (43 characters) assigned to a Contentful setting',
    severity: 'high',
    regex: assignedTo(
      String.raw`contentful[\w.-]{0,20}?(?:delivery|preview|access)[_.-]?(?:api[_.-]?)?(?:token|key)`,
      '[A-Za-z0-9_-]{43}',
      '(?:[^A-Za-z0-9_-]|$)',
    ),
    keywords: ['contentful'],
    entropy: 3,
    tags: ['contentful', 'cms', 'api-key'],
  },
];
