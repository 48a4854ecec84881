import type { Rule } from '../types.js';

// shpat_ (admin API access token), shpca_ (custom app), shppa_ (legacy private app) and shpss_
// (app shared secret). Historically 32 hex; Shopify has announced longer alphanumeric bodies.
// Shopify's changelog announced the longer formats with these sample values.
const DOCUMENTED = [
  ['shpss_', 'QlRSJy5AXX1cILNjVatTsEIhFxuPF5ex'],
  ['shpat_', 'r8TRc9ZXAvcVvcrmtr7qoVw69WeeY1ex'],
  ['shpca_', '7jqbg9cupMkZRxJKXWz3v8BvS8QBa7hMdJfAex'],
  ['shppa_', '7jqbg9cupMkZRxJKXWz3v8BvS8QBa7hMdJfAex'],
].map(([prefix, body]) => new RegExp(`^${prefix}${body}$`));
const documentedExamples = { description: 'samples from the Shopify changelog', regexes: DOCUMENTED };

export const rules: Rule[] = [
  {
    id: 'shopify-access-token',
    description: 'Shopify Admin API access token (`shpat_`, `shpca_`, `shppa_`)',
    severity: 'critical',
    regex: /\b(shp(?:at|ca|pa)_[A-Za-z0-9]{32,64})\b/,
    keywords: ['shpat_', 'shpca_', 'shppa_'],
    entropy: 3,
    allowlists: [documentedExamples],
    tags: ['shopify', 'ecommerce', 'api-key'],
  },
  {
    id: 'shopify-shared-secret',
    description: 'Shopify app shared secret (`shpss_`), signs OAuth and webhook payloads',
    severity: 'high',
    regex: /\b(shpss_[A-Za-z0-9]{32,64})\b/,
    keywords: ['shpss_'],
    entropy: 3,
    allowlists: [documentedExamples],
    tags: ['shopify', 'ecommerce', 'webhook-secret'],
  },
];
