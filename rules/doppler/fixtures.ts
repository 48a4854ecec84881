import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const pt = join('dp.pt.', rand(ALNUM, 43));
  const st = join('dp.st.', 'prd.', rand(ALNUM, 40));
  const sa = join('dp.sa.', rand(ALNUM, 44));
  const short = join('dp.pt.', rand(ALNUM, 30));
  return {
    'doppler-token': {
      truePositives: [
        { text: `DOPPLER_TOKEN=${pt}`, secret: pt },
        { text: `doppler run --token ${st} -- npm start`, secret: st },
        { text: `token: '${sa}'`, secret: sa },
      ],
      falsePositives: [
        { text: `ref = "${short}"` },
        { text: `ref = "${join('dp.xx.', rand(ALNUM, 43))}"` },
        { text: `ref = "Q${pt}"` },
      ],
    },
  };
}
