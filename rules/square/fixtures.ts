import { BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const access = join('EAAA', rand(BASE64URL, 60));
  const legacy = join('sq0atp-', rand(BASE64URL, 22));
  const secret = join('sq0csp-', rand(BASE64URL, 43));
  return {
    'square-access-token': {
      truePositives: [
        { text: `SQUARE_ACCESS_TOKEN=${access}`, secret: access },
        { text: `client = Client(access_token="${legacy}", environment="production")`, secret: legacy },
        { text: `square:\n  accessToken: '${access}'\n`, secret: access },
      ],
      falsePositives: [
        { text: join('SQUARE_ACCESS_TOKEN=EAAA', 'xxxxxxxxxxxx') },
        { text: join('SQUARE_APPLICATION_ID=sq0idp-', rand(BASE64URL, 22)) },
        { text: join('EAAA', 'x'.repeat(60)) },
      ],
    },
    'square-oauth-secret': {
      truePositives: [
        { text: `SQUARE_APP_SECRET=${secret}`, secret },
        { text: `"application_secret": "${secret}",`, secret },
        { text: `square_oauth_secret = '${secret}'`, secret },
      ],
      falsePositives: [
        { text: join('SQUARE_APP_SECRET=sq0csp-', 'abc') },
        { text: join('sq0csp-', 'x'.repeat(43)) },
        { text: join('sq0csp', rand(BASE64URL, 43)) },
      ],
    },
  };
}
