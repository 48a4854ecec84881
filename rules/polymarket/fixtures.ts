import { BASE64URL, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => join('0x', rand(HEX, 64));
  const gen1 = (): string => join(rand(BASE64URL, 43), '=');
  const gen2 = (): string => rand(HEX, 64);
  return {
    'polymarket-private-key': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `POLYMARKET_PRIVATE_KEY=${a}`, secret: a },
          { text: `poly_private_key: "${b}"`, secret: b },
          { text: `polymarketPrivateKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `POLYMARKET_PRIVATE_KEY=\${POLYMARKET_PRIVATE_KEY}` },
          { text: `POLYMARKET_PRIVATE_KEY=<your-polymarket-key>` },
        ],
      };
    })(),
    'polymarket-api-secret': (() => {
      const [a, b, c] = [gen1(), gen1(), gen1()];
      return {
        truePositives: [
          { text: `POLYMARKET_API_SECRET=${a}`, secret: a },
          { text: `poly_secret: "${b}"`, secret: b },
          { text: `polymarketSecret = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `POLYMARKET_API_SECRET=\${POLYMARKET_API_SECRET}` },
          { text: `POLYMARKET_API_SECRET=<your-polymarket-key>` },
        ],
      };
    })(),
    'polymarket-api-passphrase': (() => {
      const [a, b, c] = [gen2(), gen2(), gen2()];
      return {
        truePositives: [
          { text: `POLYMARKET_API_PASSPHRASE=${a}`, secret: a },
          { text: `poly_passphrase: "${b}"`, secret: b },
          { text: `polymarketPassphrase = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `POLYMARKET_API_PASSPHRASE=\${POLYMARKET_API_PASSPHRASE}` },
          { text: `POLYMARKET_API_PASSPHRASE=<your-polymarket-key>` },
        ],
      };
    })(),
  };
}
