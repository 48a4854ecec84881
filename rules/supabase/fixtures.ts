import { BASE64URL, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const out: RuleFixtures = {};
  {
    const make = (): string => join('sbp_', rand(HEX, 40));
    const [a, b, c] = [make(), make(), make()];
    const short = join('sbp_', rand(HEX, 37));
    out['supabase-personal-access-token'] = {
      truePositives: [
        { text: `SUPABASE_ACCESS_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    };
  }
  {
    const make = (): string => join('sb_secret_', rand(BASE64URL, 31));
    const [a, b, c] = [make(), make(), make()];
    const short = join('sb_secret_', rand(BASE64URL, 28));
    out['supabase-secret-key'] = {
      truePositives: [
        { text: `SUPABASE_SECRET_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    };
  }
  return out;
}
