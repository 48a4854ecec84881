import { ALNUM, HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => rand(HEX, 32);
  const gen1 = (): string => rand(ALNUM, 20);
  return {
    'finicity-app-key': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `FINICITY_APP_KEY=${a}`, secret: a },
          { text: `finicity_app_key: "${b}"`, secret: b },
          { text: `finicityAppKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `FINICITY_APP_KEY=\${FINICITY_APP_KEY}` },
          { text: `FINICITY_APP_KEY=<your-finicity-key>` },
        ],
      };
    })(),
    'finicity-partner-secret': (() => {
      const [a, b, c] = [gen1(), gen1(), gen1()];
      return {
        truePositives: [
          { text: `FINICITY_PARTNER_SECRET=${a}`, secret: a },
          { text: `finicity_secret: "${b}"`, secret: b },
          { text: `finicityPartnerSecret = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `FINICITY_PARTNER_SECRET=\${FINICITY_PARTNER_SECRET}` },
          { text: `FINICITY_PARTNER_SECRET=<your-finicity-key>` },
        ],
      };
    })(),
  };
}
