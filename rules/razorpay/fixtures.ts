import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(ALNUM, 24);
  const [a, b, c] = [make(), make(), make()];
  return {
    'razorpay-key-secret': {
      truePositives: [
        { text: `RAZORPAY_KEY_SECRET=${a}`, secret: a },
        { text: `export RAZORPAY_KEY_SECRET="${b}"`, secret: b },
        { text: `env:\n  RAZORPAY_KEY_SECRET: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `RAZORPAY_KEY_SECRET=abc12` },
        { text: `RAZORPAY_KEY_SECRET=${'$'}{RAZORPAY_KEY_SECRET}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
