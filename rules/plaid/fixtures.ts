import { DIGITS, HEX, join, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string =>
    join(
      'access-production-',
      rand(HEX, 8),
      '-',
      rand(HEX, 4),
      '-',
      rand(HEX, 4),
      '-',
      rand(HEX, 4),
      '-',
      rand(HEX, 12),
    );
  const [a, b, c] = [make(), make(), make()];
  const short = join(
    'access-production-',
    rand(HEX, 8),
    '-',
    rand(HEX, 4),
    '-',
    rand(HEX, 4),
    '-',
    rand(HEX, 4),
    '-',
    rand(HEX, 9),
  );
  return {
    'plaid-access-token': {
      truePositives: [
        { text: `PLAID_ACCESS_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
    'plaid-secret-key': (() => {
      const make = (): string => rand(LOWER + DIGITS, 30);
      const [a, b, c] = [make(), make(), make()];
      return {
        truePositives: [
          { text: `PLAID_SECRET=${a}`, secret: a },
          { text: `plaid_sandbox_secret: "${b}"`, secret: b },
          { text: `plaidSecret = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `PLAID_SECRET=\${PLAID_SECRET}` },
          { text: `PLAID_SECRET=<your-secret-here>` },
        ],
      };
    })(),
  };
}
