import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const clientSecret = (): string => rand(ALNUM, 16);
  return {
    'linkedin-client-secret': (() => {
      const [a, b, c] = [clientSecret(), clientSecret(), clientSecret()];
      return {
        truePositives: [
          { text: `LINKEDIN_CLIENT_SECRET=${a}`, secret: a },
          { text: `linkedin_secret: "${b}"`, secret: b },
          { text: `linkedInClientSecret = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `LINKEDIN_CLIENT_SECRET=\${LINKEDIN_CLIENT_SECRET}` },
          { text: `LINKEDIN_CLIENT_SECRET=<your-linkedin-key>` },
        ],
      };
    })(),
  };
}
