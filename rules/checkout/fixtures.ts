import { join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const secretKey = (): string => join('sk_sbox_', rand('abcdefghijklmnopqrstuvwxyz234567', 27));
  return {
    'checkout-secret-key': (() => {
      const [a, b, c] = [secretKey(), secretKey(), secretKey()];
      return {
        truePositives: [
          { text: `CKO_SECRET_KEY=${a}`, secret: a },
          { text: `CHECKOUT_SECRET_KEY=${a}`, secret: a },
          { text: `checkout_secret_key: "${b}"`, secret: b },
          { text: `checkoutSecretKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `CHECKOUT_SECRET_KEY=\${CHECKOUT_SECRET_KEY}` },
          { text: `CHECKOUT_SECRET_KEY=<your-checkout-key>` },
        ],
      };
    })(),
  };
}
