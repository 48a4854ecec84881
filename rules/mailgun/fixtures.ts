import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const legacy = join('key-', rand(HEX, 32));
  const current = join(rand(HEX, 32), '-', rand(HEX, 8), '-', rand(HEX, 8));
  return {
    'mailgun-api-key': {
      truePositives: [
        { text: `MAILGUN_API_KEY=${legacy}`, secret: legacy },
        {
          text: `requests.post("https://api.mailgun.net/v3/mg.acme.io/messages", auth=("api", "${legacy}"))`,
          secret: legacy,
        },
        { text: `mailgun:\n  domain: mg.acme.io\n  secret: ${legacy}`, secret: legacy },
      ],
      falsePositives: [
        { text: `const cacheKey = '${join('key-', rand(HEX, 32))}'; // md5 of the request` },
        { text: join('MAILGUN_API_KEY=key-', 'x'.repeat(32)) },
        { text: 'MAILGUN_API_KEY=key-<your key>' },
      ],
    },
    'mailgun-private-api-key': {
      truePositives: [
        { text: `MAILGUN_API_KEY=${current}`, secret: current },
        { text: `MAILGUN_WEBHOOK_SIGNING_KEY="${current}"`, secret: current },
        { text: `const mg = mailgun.client({ username: 'api', key: '${current}' });`, secret: current },
      ],
      falsePositives: [
        {
          text: `mailgun message-id: <${[rand(HEX, 8), rand(HEX, 4), rand(HEX, 4), rand(HEX, 4), rand(HEX, 12)].join('-')}@mg.acme.io>`,
        },
        { text: join('MAILGUN_API_KEY=', '0'.repeat(32), '-', '0'.repeat(8), '-', '0'.repeat(8)) },
      ],
    },
  };
}
