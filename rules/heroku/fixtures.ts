import { BASE64URL, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

function uuid(): string {
  return [8, 4, 4, 4, 12].map((n) => rand(HEX, n)).join('-');
}

export function fixtures(): RuleFixtures {
  const key = join('HRKU-AA', rand(BASE64URL, 58));
  const legacy = uuid();
  return {
    'heroku-api-key': {
      truePositives: [
        { text: `HEROKU_API_KEY=${key}`, secret: key },
        { text: `heroku:\n  api_key: "${key}"\n`, secret: key },
        { text: `curl -n https://api.heroku.com/apps -H "Authorization: Bearer ${key}"`, secret: key },
      ],
      falsePositives: [
        { text: 'HEROKU_API_KEY=HRKU-AA' },
        { text: join('HRKU-', rand(BASE64URL, 20)) },
        { text: join('HEROKU_API_KEY=HRKU-AA', 'x'.repeat(58)) },
      ],
    },
    'heroku-legacy-api-key': {
      truePositives: [
        { text: `HEROKU_API_KEY=${legacy}`, secret: legacy },
        { text: `heroku_auth_token: "${legacy}"`, secret: legacy },
        { text: `const herokuApiKey = '${legacy}';`, secret: legacy },
      ],
      falsePositives: [
        { text: `HEROKU_APP_ID=${uuid()}` },
        { text: `api_key = "${uuid()}"` },
        { text: 'HEROKU_API_KEY=00000000-0000-0000-0000-000000000000' },
      ],
    },
  };
}
