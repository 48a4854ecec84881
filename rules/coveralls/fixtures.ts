import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const repoToken = (): string => rand(ALNUM, 36);
  return {
    'coveralls-repo-token': (() => {
      const [a, b, c] = [repoToken(), repoToken(), repoToken()];
      return {
        truePositives: [
          { text: `COVERALLS_REPO_TOKEN=${a}`, secret: a },
          { text: `coveralls_token: "${b}"`, secret: b },
          { text: `coverallsToken = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `COVERALLS_REPO_TOKEN=\${COVERALLS_REPO_TOKEN}` },
          { text: `COVERALLS_REPO_TOKEN=<your-coveralls-key>` },
        ],
      };
    })(),
  };
}
