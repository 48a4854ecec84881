import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('ddp_', rand(ALNUM, 36));
  const [a, b, c] = [make(), make(), make()];
  const short = join('ddp_', rand(ALNUM, 33));
  return {
    'deno-deploy-token': {
      truePositives: [
        { text: `DENO_DEPLOY_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
