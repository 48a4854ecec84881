import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string =>
    join('pat-na1-', rand(HEX, 8), '-', rand(HEX, 4), '-', rand(HEX, 4), '-', rand(HEX, 4), '-', rand(HEX, 12));
  const [a, b, c] = [make(), make(), make()];
  const short = join(
    'pat-na1-',
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
    'hubspot-private-app-token': {
      truePositives: [
        { text: `HUBSPOT_ACCESS_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
    'hubspot-legacy-api-key': (() => {
      const make = (): string =>
        join(rand(HEX, 8), '-', rand(HEX, 4), '-', rand(HEX, 4), '-', rand(HEX, 4), '-', rand(HEX, 12));
      const [a, b, c] = [make(), make(), make()];
      return {
        truePositives: [
          { text: `HUBSPOT_API_KEY=${a}`, secret: a },
          { text: `hapikey: "${b}"`, secret: b },
          { text: `hubspotApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `HUBSPOT_API_KEY=\${HUBSPOT_API_KEY}` },
          { text: `HUBSPOT_API_KEY=<your-secret-here>` },
        ],
      };
    })(),
  };
}
