import { BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('sk.eyJ1Ijoi', rand(BASE64URL, 60), '.', rand(BASE64URL, 22));
  const [a, b, c] = [make(), make(), make()];
  const short = join('sk.eyJ1Ijoi', rand(BASE64URL, 60), '.', rand(BASE64URL, 19));
  return {
    'mapbox-secret-token': {
      truePositives: [
        { text: `MAPBOX_SECRET_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
