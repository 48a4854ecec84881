import { ALNUM, DIGITS, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('AAAAAAAAAAAAAAAAAAAAA', 'A', rand(ALNUM, 90));
  const [a, b, c] = [make(), make(), make()];
  const short = join('AAAAAAAAAAAAAAAAAAAAA', 'A', rand(ALNUM, 40));
  const access = (): string => join(rand('123456789', 1), rand(DIGITS, 17), '-', rand(ALNUM, 31));
  const [t1, t2, t3] = [access(), access(), access()];
  const [s1, s2, s3] = [rand(ALNUM, 45), rand(ALNUM, 45), rand(ALNUM, 45)];
  const [c1, c2, c3] = [rand(ALNUM, 50), rand(ALNUM, 50), rand(ALNUM, 50)];
  return {
    'twitter-bearer-token': {
      truePositives: [
        { text: `TWITTER_BEARER_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
    'twitter-access-token': {
      truePositives: [
        { text: `TWITTER_ACCESS_TOKEN=${t1}`, secret: t1 },
        { text: `twitter_access_token: "${t2}"`, secret: t2 },
        { text: `twitterAccessToken = '${t3}'`, secret: t3 },
      ],
      falsePositives: [
        { text: `order_ref = "${t1}"` },
        { text: `TWITTER_ACCESS_TOKEN=\${TWITTER_ACCESS_TOKEN}` },
        { text: `TWITTER_ACCESS_TOKEN=<your-access-token>` },
      ],
    },
    'twitter-access-token-secret': {
      truePositives: [
        { text: `TWITTER_ACCESS_TOKEN_SECRET=${s1}`, secret: s1 },
        { text: `twitter_access_secret: "${s2}"`, secret: s2 },
        { text: `twitterAccessTokenSecret = '${s3}'`, secret: s3 },
      ],
      falsePositives: [{ text: `ref = "${s1}"` }, { text: `TWITTER_ACCESS_TOKEN_SECRET=<your-secret>` }],
    },
    'twitter-consumer-secret': {
      truePositives: [
        { text: `TWITTER_CONSUMER_SECRET=${c1}`, secret: c1 },
        { text: `twitter_api_secret: "${c2}"`, secret: c2 },
        { text: `twitterApiKeySecret = '${c3}'`, secret: c3 },
      ],
      falsePositives: [{ text: `ref = "${c1}"` }, { text: `TWITTER_CONSUMER_SECRET=\${SECRET}` }],
    },
  };
}
