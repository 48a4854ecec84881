import { ALNUM, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const accessToken = (): string => join('EAAG', rand(ALNUM, 180));
  const appSecret = (): string => rand(HEX, 32);
  return {
    'facebook-access-token': (() => {
      const [a, b, c] = [accessToken(), accessToken(), accessToken()];
      return {
        truePositives: [
          { text: `FACEBOOK_ACCESS_TOKEN=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('EAAG', rand(ALNUM, 60))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
    'facebook-app-secret': (() => {
      const [a, b, c] = [appSecret(), appSecret(), appSecret()];
      return {
        truePositives: [
          { text: `FACEBOOK_APP_SECRET=${a}`, secret: a },
          { text: `fb_app_secret: "${b}"`, secret: b },
          { text: `facebookSecret = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `FACEBOOK_APP_SECRET=\${FACEBOOK_APP_SECRET}` },
          { text: `FACEBOOK_APP_SECRET=<your-facebook-key>` },
        ],
      };
    })(),
  };
}
