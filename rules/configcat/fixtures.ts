import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const sdkKey = (): string => join('configcat-sdk-1/', rand(ALNUM, 22), '/', rand(ALNUM, 22));
  return {
    'configcat-sdk-key': (() => {
      const [a, b, c] = [sdkKey(), sdkKey(), sdkKey()];
      return {
        truePositives: [
          { text: `CONFIGCAT_SDK_KEY=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${join('configcat-sdk-1/', rand(ALNUM, 22), '/', rand(ALNUM, 10))}"` },
          { text: `ref = "Q${a}"` },
        ],
      };
    })(),
  };
}
