import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('squ_', rand(HEX, 40));
  const [a, b, c] = [make(), make(), make()];
  const short = join('squ_', rand(HEX, 37));
  return {
    'sonarqube-token': {
      truePositives: [
        { text: `SONAR_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
