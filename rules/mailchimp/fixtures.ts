import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const key = join(rand(HEX, 32), '-us21');
  const key2 = join(rand(HEX, 32), '-us6');
  return {
    'mailchimp-api-key': {
      truePositives: [
        { text: `MAILCHIMP_API_KEY=${key}`, secret: key },
        { text: `mailchimp.setConfig({ apiKey: '${key2}', server: 'us6' });`, secret: key2 },
        { text: `newsletter:\n  mailchimp_key: "${key}"`, secret: key },
      ],
      falsePositives: [
        { text: 'MAILCHIMP_API_KEY=<api key>-us1' },
        { text: join('MAILCHIMP_API_KEY=', '0'.repeat(32), '-us1') },
        { text: '<html lang="en-us"><meta name="mailchimp" content="signup form">' },
      ],
    },
  };
}
