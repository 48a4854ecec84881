import { ALNUM, base64, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => join('sk_live_', rand(ALNUM, 42));
  return {
    'clerk-secret-key': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `CLERK_SECRET_KEY=${a}`, secret: a },
          { text: `clerk_secret_key: "${b}"`, secret: b },
          { text: `clerkSecretKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `CLERK_SECRET_KEY=\${CLERK_SECRET_KEY}` },
          { text: `CLERK_SECRET_KEY=<your-clerk-key>` },
          { text: `CLERK_PUBLISHABLE_KEY=${join('pk_live_', base64('clerk.example.com$'))}` },
        ],
      };
    })(),
  };
}
