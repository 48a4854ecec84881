import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => join('sk_', rand(`${ALNUM}!#$%&()*+,-./:;<=>?@[]^_{|}~`, 29));
  return {
    'freemius-secret-key': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `'secret_key' => '${a}',`, secret: a },
          { text: `    "secret_key"  =>  "${b}",`, secret: b },
          { text: `fs_dynamic_init( array( 'id' => '1234', 'secret_key' => '${c}' ) );`, secret: c },
        ],
        falsePositives: [
          { text: `'secret_key' => 'sk_<your secret key>',` },
          { text: `'secret_key' => '${join('sk_', rand(ALNUM, 12))}',` },
        ],
      };
    })(),
  };
}
