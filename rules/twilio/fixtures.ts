import { ALNUM, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const sid = join('AC', rand(HEX, 32));
  const keySid = join('SK', rand(HEX, 32));
  const keySecret = rand(ALNUM, 32);
  const token = rand(HEX, 32);
  return {
    'twilio-api-key': {
      truePositives: [
        { text: `TWILIO_ACCOUNT_SID=${sid}\nTWILIO_API_KEY=${keySid}`, secret: keySid },
        {
          text: `from twilio.rest import Client\nclient = Client("${keySid}", os.environ["TWILIO_API_SECRET"], "${sid}")`,
          secret: keySid,
        },
      ],
      falsePositives: [
        { text: `{"sku": "${join('SK', rand(HEX, 32))}", "price": 1999}` },
        { text: join('TWILIO_API_KEY=SK', 'x'.repeat(32)) },
        { text: 'TWILIO_API_KEY=SK<api key sid>' },
      ],
    },
    'twilio-auth-token': {
      truePositives: [
        { text: `TWILIO_ACCOUNT_SID=${sid}\nTWILIO_AUTH_TOKEN=${token}`, secret: token },
        {
          text: `curl -X POST https://${sid}:${token}@api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json`,
          secret: token,
        },
        { text: `twilio:\n  account_sid: ${sid}\n  auth_token: "${token}"`, secret: token },
        { text: `TWILIO_API_KEY=${keySid}\nTWILIO_API_SECRET=${keySecret}`, secret: keySecret },
      ],
      falsePositives: [
        { text: 'TWILIO_AUTH_TOKEN=your_auth_token' },
        { text: `TWILIO_ACCOUNT_SID=${sid}\nTWILIO_AUTH_TOKEN=\${TWILIO_AUTH_TOKEN}` },
        { text: join('twilio:\n  auth_token: "', '0'.repeat(32), '"') },
      ],
    },
  };
}
