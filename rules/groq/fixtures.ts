import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const key = join('gsk_', rand(ALNUM, 52));
  const key2 = join('gsk_', rand(ALNUM, 52));
  return {
    'groq-api-key': {
      truePositives: [
        { text: `GROQ_API_KEY=${key}`, secret: key },
        { text: `client = Groq(api_key="${key2}")`, secret: key2 },
        { text: `llm:\n  provider: groq\n  key: '${key}'\n`, secret: key },
      ],
      falsePositives: [
        { text: 'GROQ_API_KEY=gsk_abc123' },
        { text: join('word', 'gsk_', rand(ALNUM, 52)) },
        { text: join('gsk_', rand(ALNUM, 56)) },
        { text: join('gsk_', rand(ALNUM, 49), '-', rand(ALNUM, 2)) },
        { text: 'export const EXAMPLE_URL = "https://api.groq.com";' },
      ],
    },
  };
}
