import { BASE64URL, DIGITS, HEX, join, rand, UPPER } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const user = join('NRAK-', rand(UPPER + DIGITS, 27));
  const browser = join('NRJS-', rand(HEX, 19));
  const insert = join('NRII-', rand(BASE64URL, 32));
  const license = join(rand(HEX, 36), 'NRAL');
  return {
    'new-relic-user-api-key': {
      truePositives: [
        { text: `NEW_RELIC_API_KEY=${user}`, secret: user },
        { text: `curl -H "API-Key: ${user}" https://api.newrelic.com/graphql`, secret: user },
        { text: `newrelic:\n  user_key: '${user}'\n`, secret: user },
      ],
      falsePositives: [
        { text: 'NEW_RELIC_API_KEY=NRAK-ABC' },
        { text: join('NRAK-', rand(UPPER + DIGITS, 27).toLowerCase()) },
        { text: join('NEW_RELIC_API_KEY=NRAK-', 'X'.repeat(27)) },
      ],
    },
    'new-relic-browser-api-key': {
      truePositives: [
        { text: `NEW_RELIC_BROWSER_KEY=${browser}`, secret: browser },
        { text: `window.NREUM.loader_config = { licenseKey: "${browser}" };`, secret: browser },
        { text: `browser_key: ${browser}`, secret: browser },
      ],
      falsePositives: [
        { text: join('NRJS-', rand(HEX, 10)) },
        { text: join('NRJS-', '0'.repeat(19)) },
        { text: join('NRJS', rand(HEX, 19)) },
      ],
    },
    'new-relic-insert-key': {
      truePositives: [
        { text: `NEW_RELIC_INSERT_KEY=${insert}`, secret: insert },
        {
          text: `curl -H "X-Insert-Key: ${insert}" https://insights-collector.newrelic.com/v1/accounts/1/events`,
          secret: insert,
        },
        { text: `insert_key = "${insert}"`, secret: insert },
      ],
      falsePositives: [
        { text: join('NRII-', rand(BASE64URL, 12)) },
        { text: join('NEW_RELIC_INSERT_KEY=NRII-', 'x'.repeat(32)) },
        { text: join('NRII', rand(BASE64URL, 32)) },
      ],
    },
    'new-relic-license-key': {
      truePositives: [
        { text: `NEW_RELIC_LICENSE_KEY=${license}`, secret: license },
        { text: `newrelic.yml:\n  license_key: '${license}'`, secret: license },
        { text: `license_key = "${license}"`, secret: license },
      ],
      falsePositives: [
        { text: join(rand(HEX, 20), 'NRAL') },
        { text: join('NEW_RELIC_LICENSE_KEY=', '0'.repeat(36), 'NRAL') },
        { text: 'NEW_RELIC_LICENSE_KEY=<your-license-key>' },
      ],
    },
  };
}
