import { ALNUM, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const dataCenterToken = (): string => join('BBDC-', rand(ALNUM, 44));
  const atbb = join('ATBB', rand(ALNUM, 32));
  const atbb2 = join('ATBB', rand(ALNUM, 32), rand('0123456789ABCDEF', 8));
  const atctt = join('ATCTT3', rand(ALNUM, 180), '=', rand(HEX, 8));
  return {
    'bitbucket-data-center-token': (() => {
      const [a, b, c] = [dataCenterToken(), dataCenterToken(), dataCenterToken()];
      return {
        truePositives: [
          { text: `BITBUCKET_TOKEN=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('BBDC-', rand(ALNUM, 20))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
    'bitbucket-app-password': {
      truePositives: [
        { text: `git ls-remote https://deploy:${atbb}@bitbucket.org/acme/app.git`, secret: atbb },
        { text: `BITBUCKET_APP_PASSWORD=${atbb2}`, secret: atbb2 },
      ],
      falsePositives: [{ text: `ref = "${join('ATBB', rand(ALNUM, 20))}"` }, { text: `ref = "Q${atbb}"` }],
    },
    'bitbucket-access-token': {
      truePositives: [{ text: `BITBUCKET_ACCESS_TOKEN=${atctt}`, secret: atctt }],
      falsePositives: [{ text: `ref = "${join('ATCTT3', rand(ALNUM, 60))}"` }],
    },
    'bitbucket-oauth-consumer-secret': (() => {
      const make = (): string => rand(ALNUM, 32);
      const [a, b, c] = [make(), make(), make()];
      return {
        truePositives: [
          { text: `BITBUCKET_CLIENT_SECRET=${a}`, secret: a },
          { text: `bitbucket_oauth_secret: "${b}"`, secret: b },
          { text: `bitbucketConsumerSecret = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `BITBUCKET_CLIENT_SECRET=\${BITBUCKET_CLIENT_SECRET}` },
          { text: `BITBUCKET_CLIENT_SECRET=<your-secret-here>` },
        ],
      };
    })(),
  };
}
