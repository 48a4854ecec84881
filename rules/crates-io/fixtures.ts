import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('cio', rand(ALNUM, 32));
  const [a, b, c] = [make(), make(), make()];
  const short = join('cio', rand(ALNUM, 29));
  return {
    'crates-io-api-token': {
      truePositives: [
        { text: `CARGO_REGISTRY_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
