import { ALNUM, DIGITS, HEX, join, rand, UPPER } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

const ID = UPPER + DIGITS;
const LOWER_HEX_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function fixtures(): RuleFixtures {
  const team = rand(DIGITS, 12);
  const bot = join('xoxb-', team, '-', rand(DIGITS, 13), '-', rand(ALNUM, 24));
  const legacyBot = join('xoxb-', rand(DIGITS, 11), '-', rand(ALNUM, 24));
  const user = join('xoxp-', team, '-', rand(DIGITS, 12), '-', rand(DIGITS, 13), '-', rand(HEX, 32));
  const app = join('xapp-1-A', rand(ID, 10), '-', rand(DIGITS, 13), '-', rand(HEX, 64));
  const config = join('xoxe.xoxp-1-', rand(ALNUM, 163));
  const refresh = join('xoxe-1-', rand(ALNUM, 146));
  const workspace = join('xoxa-2-', rand(DIGITS, 9), '-', rand(DIGITS, 11), '-', rand(DIGITS, 13), '-', rand(HEX, 64));
  const legacy = join('xoxs-', rand(DIGITS, 10), '-', rand(DIGITS, 10), '-', rand(DIGITS, 10), '-', rand(HEX, 10));
  const hook = join('https://hooks.slack.com/services/T', rand(ID, 8), '/B', rand(ID, 10), '/', rand(ALNUM, 24));
  const bare = join('hooks.slack.com/services/T', rand(ID, 10), '/B', rand(ID, 11), '/', rand(ALNUM, 24));
  const workflow = join(
    'https://hooks.slack.com/workflows/T',
    rand(ID, 10),
    '/A',
    rand(ID, 10),
    '/',
    rand(DIGITS, 18),
    '/',
    rand(ALNUM, 24),
  );
  const trigger = join(
    'https://hooks.slack.com/triggers/T',
    rand(ID, 10),
    '/',
    rand(DIGITS, 13),
    '/',
    rand(LOWER_HEX_ALNUM, 32),
  );
  return {
    'slack-bot-token': {
      truePositives: [
        { text: `SLACK_BOT_TOKEN=${bot}`, secret: bot },
        { text: `"bot_token": "${legacyBot}"`, secret: legacyBot },
        { text: `app = App(token="${bot}", signing_secret=os.environ["SLACK_SIGNING_SECRET"])`, secret: bot },
      ],
      falsePositives: [
        { text: 'SLACK_BOT_TOKEN=xoxb-xxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx' },
        { text: 'SLACK_BOT_TOKEN=xoxb-your-token-here' },
        { text: join('token=xoxb-', rand(DIGITS, 11), '-', rand(DIGITS, 13)) },
        { text: 'SLACK_BOT_TOKEN: ${{ secrets.SLACK_BOT_TOKEN }}' },
      ],
    },
    'slack-user-token': {
      truePositives: [
        { text: `SLACK_USER_TOKEN=${user}`, secret: user },
        { text: `user-token="${user}"`, secret: user },
        { text: `curl -H 'Authorization: Bearer ${user}' https://slack.com/api/auth.test`, secret: user },
      ],
      falsePositives: [
        { text: join('"token": "xoxp-', '1234-1234-1234-', rand(HEX, 32), '"') },
        { text: join('xoxp-', rand(DIGITS, 12), '-', rand(DIGITS, 12), '-', rand(DIGITS, 12), '-', '#'.repeat(20)) },
        { text: join('xoxp-', 'XXXXXXXXXX-XXXXXXXXXX-XXXXXXXXXXX-', 'X'.repeat(32)) },
      ],
    },
    'slack-app-token': {
      truePositives: [
        { text: `SLACK_APP_TOKEN=${app}`, secret: app },
        { text: `socket_mode:\n  app_token: "${app}"`, secret: app },
        { text: `new SocketModeClient({ appToken: '${app}' })`, secret: app },
      ],
      falsePositives: [
        { text: 'SLACK_APP_TOKEN=xapp-1-<your app token>' },
        { text: join('xapp-1-A', rand(ID, 10), '-', rand(DIGITS, 13)) },
      ],
    },
    'slack-config-access-token': {
      truePositives: [
        { text: `SLACK_CONFIG_TOKEN=${config}`, secret: config },
        { text: `"access_token": "${config}"`, secret: config },
      ],
      falsePositives: [
        { text: 'SLACK_CONFIG_TOKEN=xoxe.xoxp-1-SlackAppConfigurationAccessTokenHere' },
        { text: 'xoxe.xoxp-1-initial' },
      ],
    },
    'slack-config-refresh-token': {
      truePositives: [
        { text: `SLACK_CONFIG_REFRESH_TOKEN=${refresh}`, secret: refresh },
        { text: `"refresh_token": "${refresh}"`, secret: refresh },
      ],
      falsePositives: [{ text: 'refresh_token: xoxe-1-xxx' }, { text: 'XOxE-RROAmw, Home and Garden, 5:24, 20120323' }],
    },
    'slack-legacy-token': {
      truePositives: [
        { text: `"access_token": "${workspace}"`, secret: workspace },
        { text: `SLACK_LEGACY_TOKEN=${legacy}`, secret: legacy },
        { text: `token: ${legacy}`, secret: legacy },
      ],
      falsePositives: [
        { text: 'https://indieweb.org/images/3/35/2018-250-xoxo-indieweb-1.jpg' },
        { text: 'https://github.com/xoxa-nyc/xoxa-nyc.github.io/blob/master/README.md' },
        { text: join('token=xoxa-', rand(DIGITS, 11), '-', rand(DIGITS, 13)) },
      ],
    },
    'slack-webhook-url': {
      truePositives: [
        { text: `SLACK_WEBHOOK_URL=${hook}`, secret: hook },
        { text: `requests.post("${hook}", json={"text": "deploy finished"})`, secret: hook },
        { text: `webhook: ${bare}`, secret: bare },
      ],
      falsePositives: [
        { text: 'https://hooks.slack.com/services/TXXXXX/BXXXXX/XXXXXXXXXX' },
        { text: 'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX' },
        { text: join('https://hooks.slack.com/services/T', rand(ID, 8), '/B', rand(ID, 10), '/', 'ab'.repeat(12)) },
        { text: 'See https://api.slack.com/messaging/webhooks for setup.' },
      ],
    },
    'slack-workflow-webhook-url': {
      truePositives: [
        { text: `SLACK_WORKFLOW_URL=${workflow}`, secret: workflow },
        { text: `curl -X POST -H 'Content-type: application/json' --data '{"text":"hi"}' ${trigger}`, secret: trigger },
      ],
      falsePositives: [
        { text: 'https://hooks.slack.com/workflows/T00000000/A00000000/000000000000000000/XXXXXXXXXXXXXXXXXXXXXXXX' },
        { text: 'https://hooks.slack.com/triggers/<team>/<trigger>/<token>' },
      ],
    },
  };
}
