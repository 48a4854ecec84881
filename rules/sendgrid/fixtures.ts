import { BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const key = join('SG.', rand(BASE64URL, 22), '.', rand(BASE64URL, 43));
  return {
    'sendgrid-api-key': {
      truePositives: [
        { text: `SENDGRID_API_KEY=${key}`, secret: key },
        { text: `sgMail.setApiKey('${key}');`, secret: key },
        { text: `mail:\n  sendgrid:\n    api_key: "${key}"`, secret: key },
        { text: `oops ${key}\n`, secret: key },
      ],
      falsePositives: [
        { text: 'SENDGRID_API_KEY=SG.<key id>.<secret>' },
        { text: join('not', key) },
        { text: `${key.slice(0, 26)}\n` },
        { text: join('SENDGRID_API_KEY=SG.', 'x'.repeat(22), '.', 'x'.repeat(43)) },
      ],
    },
  };
}
