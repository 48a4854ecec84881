import { ALNUM, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const cloudApiSecret = (): string => join('4b1d', rand(ALNUM, 36), 'Qz');
  return {
    'clickhouse-cloud-api-secret': (() => {
      const [a, b, c] = [cloudApiSecret(), cloudApiSecret(), cloudApiSecret()];
      return {
        truePositives: [
          { text: `CLICKHOUSE_KEY_SECRET=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${join('4b1d', rand(ALNUM, 30))}"` },
          { text: `ref = "Q${a}"` },
          { text: `sha = "${join('4b1d', rand(HEX, 38))}"` },
        ],
      };
    })(),
  };
}
