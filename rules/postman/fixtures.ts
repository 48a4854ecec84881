import { ALNUM, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const key = join('PMAK-', rand(HEX, 24), '-', rand(HEX, 34));
  const pmat = join('PMAT-', rand(ALNUM, 26));
  return {
    'postman-api-key': {
      truePositives: [
        { text: `POSTMAN_API_KEY=${key}`, secret: key },
        { text: `curl -H "X-Api-Key: ${key}" https://api.getpostman.com/collections`, secret: key },
        { text: `{"postman": {"apiKey": "${key}"}}`, secret: key },
      ],
      falsePositives: [
        { text: 'POSTMAN_API_KEY=PMAK-abc123' },
        { text: join('PMAK-', rand(HEX, 24), rand(HEX, 34)) },
        { text: join('POSTMAN_API_KEY=PMAK-', 'x'.repeat(24), '-', 'x'.repeat(34)) },
      ],
    },
    'postman-collection-access-token': {
      truePositives: [
        { text: `https://api.getpostman.com/collections/12345678-abcd?access_key=${pmat}`, secret: pmat },
        { text: `POSTMAN_COLLECTION_KEY="${pmat}"`, secret: pmat },
      ],
      falsePositives: [{ text: `ref = "${join('PMAT-', rand(ALNUM, 20))}"` }, { text: `ref = "Q${pmat}"` }],
    },
  };
}
