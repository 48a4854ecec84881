import { BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const out: RuleFixtures = {};
  {
    const make = (): string => join('ya29.', rand(BASE64URL, 150));
    const [a, b, c] = [make(), make(), make()];
    const short = join('ya29.', rand(BASE64URL, 20));
    out['google-oauth-access-token'] = {
      truePositives: [
        { text: `GOOGLE_ACCESS_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    };
  }
  {
    const make = (): string => join('1//0', rand(BASE64URL, 100));
    const [a, b, c] = [make(), make(), make()];
    const short = join('1//0', rand(BASE64URL, 20));
    out['google-oauth-refresh-token'] = {
      truePositives: [
        { text: `GOOGLE_REFRESH_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    };
  }
  return out;
}
