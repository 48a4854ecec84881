import { ALNUM, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('pat', rand(ALNUM, 14), '.', rand(HEX, 64));
  const [a, b, c] = [make(), make(), make()];
  const short = join('pat', rand(ALNUM, 14), '.', rand(HEX, 61));
  return {
    'airtable-personal-access-token': {
      truePositives: [
        { text: `AIRTABLE_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
    'airtable-legacy-api-key': (() => {
      const make = (): string => join('key', rand(ALNUM, 14));
      const [a, b, c] = [make(), make(), make()];
      return {
        truePositives: [
          { text: `AIRTABLE_API_KEY=${a}`, secret: a },
          { text: `airtable_key: "${b}"`, secret: b },
          { text: `airtableApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `AIRTABLE_API_KEY=\${AIRTABLE_API_KEY}` },
          { text: `AIRTABLE_API_KEY=<your-secret-here>` },
        ],
      };
    })(),
  };
}
