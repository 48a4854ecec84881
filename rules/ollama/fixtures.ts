import { ALNUM, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join(rand(HEX, 32), '.', rand(ALNUM, 24));
  return {
    'ollama-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `OLLAMA_API_KEY=${a}`, secret: a },
          { text: `ollama_key: "${b}"`, secret: b },
          { text: `ollamaApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `OLLAMA_API_KEY=\${OLLAMA_API_KEY}` },
          { text: `OLLAMA_API_KEY=<your-ollama-key>` },
        ],
      };
    })(),
  };
}
