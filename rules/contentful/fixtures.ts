import { BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('CFPAT-', rand(BASE64URL, 43));
  const [a, b, c] = [make(), make(), make()];
  const short = join('CFPAT-', rand(BASE64URL, 40));
  return {
    'contentful-personal-access-token': {
      truePositives: [
        { text: `CONTENTFUL_MANAGEMENT_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
    'contentful-delivery-api-token': (() => {
      const make = (): string => rand(BASE64URL, 43);
      const [a, b, c] = [make(), make(), make()];
      return {
        truePositives: [
          { text: `CONTENTFUL_DELIVERY_TOKEN=${a}`, secret: a },
          { text: `contentful_preview_access_token: "${b}"`, secret: b },
          { text: `contentfulAccessToken = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `CONTENTFUL_DELIVERY_TOKEN=\${CONTENTFUL_DELIVERY_TOKEN}` },
          { text: `CONTENTFUL_DELIVERY_TOKEN=<your-secret-here>` },
        ],
      };
    })(),
  };
}
