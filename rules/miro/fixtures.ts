import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => join('eyJtaXJv', rand(ALNUM, 24), '_', rand(ALNUM, 27));
  const gen1 = (): string => rand(ALNUM, 32);
  return {
    'miro-access-token': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `MIRO_ACCESS_TOKEN=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${join('eyJtaXJv', rand(ALNUM, 5), '_', rand(ALNUM, 27))}"` },
          { text: `ref = "Q${a}"` },
        ],
      };
    })(),
    'miro-client-secret': (() => {
      const [a, b, c] = [gen1(), gen1(), gen1()];
      return {
        truePositives: [
          { text: `MIRO_CLIENT_SECRET=${a}`, secret: a },
          { text: `miro_secret: "${b}"`, secret: b },
          { text: `miroClientSecret = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `MIRO_CLIENT_SECRET=\${MIRO_CLIENT_SECRET}` },
          { text: `MIRO_CLIENT_SECRET=<your-miro-key>` },
        ],
      };
    })(),
  };
}
