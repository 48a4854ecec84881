import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('packagist_out_', rand(HEX, 68));
  const [a, b, c] = [make(), make(), make()];
  const acs = join('packagist_acs_', rand(HEX, 80));
  const short = join('packagist_out_', rand(HEX, 65));
  return {
    'private-packagist-token': {
      truePositives: [
        { text: `COMPOSER_AUTH_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
    'private-packagist-api-secret': {
      truePositives: [
        { text: `PACKAGIST_API_SECRET=${acs}`, secret: acs },
        { text: `$client->authenticate('${join('packagist_ack_', rand(HEX, 30))}', '${acs}');`, secret: acs },
      ],
      falsePositives: [
        { text: `ref = "${join('packagist_ack_', rand(HEX, 30))}"` },
        { text: `ref = "${join('packagist_acs_', rand(HEX, 40))}"` },
      ],
    },
  };
}
