import { ALNUM, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const key = join('lin_api_', rand(ALNUM, 40));
  const oauth = join('lin_oauth_', rand(HEX, 64));
  return {
    'linear-api-key': {
      truePositives: [
        { text: `LINEAR_API_KEY=${key}`, secret: key },
        { text: `const linear = new LinearClient({ apiKey: "${key}" });`, secret: key },
        { text: `curl -H "Authorization: ${key}" https://api.linear.app/graphql`, secret: key },
        { text: `linear_token: ${oauth}`, secret: oauth },
      ],
      falsePositives: [
        { text: 'LINEAR_API_KEY=lin_api_abc' },
        { text: join('LINEAR_API_KEY=lin_api_', 'x'.repeat(40)) },
        { text: join('lin_api_', rand(ALNUM, 30), 'EXAMPLE') },
      ],
    },
    'linear-client-secret': (() => {
      const make = (): string => rand(HEX, 32);
      const [a, b, c] = [make(), make(), make()];
      return {
        truePositives: [
          { text: `LINEAR_CLIENT_SECRET=${a}`, secret: a },
          { text: `linear_oauth_client_secret: "${b}"`, secret: b },
          { text: `linearClientSecret = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `LINEAR_CLIENT_SECRET=\${LINEAR_CLIENT_SECRET}` },
          { text: `LINEAR_CLIENT_SECRET=<your-secret-here>` },
        ],
      };
    })(),
  };
}
