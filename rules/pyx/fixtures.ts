import { ALNUM, LOWER, UPPER, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiToken = (): string => join('sk-pyx-', rand(ALNUM, 64));
  const apiTokenV2 = (): string => join('tp-pyx-2', rand(UPPER + LOWER, 45));
  return {
    'pyx-api-token': (() => {
      const [a, b, c] = [apiToken(), apiToken(), apiToken()];
      return {
        truePositives: [
          { text: `UV_INDEX_PYX_PASSWORD=${a}`, secret: a },
          { text: `client.auth = httpx.BasicAuth(username="__token__", password="${b}")`, secret: b },
          { text: `token = '${c.replace('sk-', 'tp-')}'`, secret: c.replace('sk-', 'tp-') },
        ],
        falsePositives: [{ text: `ref = "${join('sk-pyx-', rand(ALNUM, 40))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
    'pyx-api-token-v2': (() => {
      const [a, b, c] = [apiTokenV2(), apiTokenV2(), apiTokenV2()];
      return {
        truePositives: [
          { text: `PYX_TOKEN=${a}`, secret: a },
          { text: `password: "${b}"`, secret: b },
        ],
        falsePositives: [
          { text: `ref = "${join('sk-pyx-2', rand(UPPER + LOWER, 30))}"` },
          { text: `ref = "${join('sk-pyx-2', rand(UPPER + LOWER, 44), '9')}"` },
        ],
      };
    })(),
  };
}
