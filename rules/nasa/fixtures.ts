import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => rand(ALNUM, 40);
  return {
    'nasa-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `get('https://api.nasa.gov/planetary/apod?date=2024-01-01&api_key=${a}')`, secret: a },
          { text: `curl "https://api.nasa.gov/neo/rest/v1/feed?api_key=${b}"`, secret: b },
        ],
        falsePositives: [
          { text: `https://api.nasa.gov/planetary/apod?api_key=DEMO_KEY` },
          { text: `https://images.nasa.gov/search?q=${a}` },
        ],
      };
    })(),
  };
}
