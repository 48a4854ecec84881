import { ALNUM, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string =>
    join('dvc_server_', rand(HEX, 8), '_', rand(HEX, 4), '_', rand(HEX, 4), '_', rand(HEX, 12), '_', rand(ALNUM, 7));
  return {
    'devcycle-server-sdk-key': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `DEVCYCLE_SERVER_SDK_KEY=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('dvc_server_', rand(HEX, 8))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
