import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('aio_', rand(ALNUM, 28));
  const [a, b, c] = [make(), make(), make()];
  const short = join('aio_', rand(ALNUM, 25));
  return {
    'adafruit-io-key': {
      truePositives: [
        { text: `ADAFRUIT_IO_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
