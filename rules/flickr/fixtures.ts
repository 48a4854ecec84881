import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => rand(HEX, 32);
  return {
    'flickr-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `FLICKR_API_KEY=${a}`, secret: a },
          { text: `flickr_key: "${b}"`, secret: b },
          { text: `flickrApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `FLICKR_API_KEY=\${FLICKR_API_KEY}` },
          { text: `FLICKR_API_KEY=<your-flickr-key>` },
        ],
      };
    })(),
  };
}
