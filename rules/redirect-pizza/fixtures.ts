import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => join('rpa_', rand(ALNUM, 30));
  return {
    'redirect-pizza-api-token': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `REDIRECT_PIZZA_API_TOKEN=${a}`, secret: a },
          { text: `redirect_pizza_token: "${b}"`, secret: b },
          { text: `redirectPizzaApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `REDIRECT_PIZZA_API_TOKEN=\${REDIRECT_PIZZA_API_TOKEN}` },
          { text: `REDIRECT_PIZZA_API_TOKEN=<your-redirect-pizza-key>` },
        ],
      };
    })(),
  };
}
