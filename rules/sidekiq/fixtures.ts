import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const [a, b] = [join(rand(HEX, 8), ':', rand(HEX, 8)), join(rand(HEX, 8), ':', rand(HEX, 8))];
  return {
    'sidekiq-enterprise-credentials': {
      truePositives: [
        { text: `BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${a}`, secret: a },
        { text: `source "https://${b}@enterprise.contribsys.com/"`, secret: b, path: 'Gemfile' },
      ],
      falsePositives: [
        { text: 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM=cafebabe:deadbeef' },
        { text: 'source "https://enterprise.contribsys.com/"' },
      ],
    },
  };
}
