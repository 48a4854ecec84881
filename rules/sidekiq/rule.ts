import type { Rule } from '../types.js';

// sidekiq-enterprise-credentials: https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Pro-and-Enterprise-gems
export const rules: Rule[] = [
  {
    id: 'sidekiq-enterprise-credentials',
    description:
      'Sidekiq Pro/Enterprise gem server credentials (`BUNDLE_ENTERPRISE__CONTRIBSYS__COM`, or in a contribsys.com URL)',
    severity: 'medium',
    regex:
      /(?:BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM["\']?[ \t]{0,4}[=:][ \t]{0,4}["\']?|https?:\/\/)([a-f0-9]{8}:[a-f0-9]{8})(?:@(?:gems|enterprise)\.contribsys\.com)?\b/i,
    keywords: ['contribsys__com', 'contribsys.com'],
    entropy: 2.5,
    // The placeholder in Sidekiq's own documentation.
    allowlists: [{ regexes: [/^cafebabe:deadbeef$/] }],
    tags: ['sidekiq', 'package-registry', 'license'],
  },
];
