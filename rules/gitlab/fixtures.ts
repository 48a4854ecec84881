import { ALNUM, BASE64URL, DIGITS, HEX, join, rand } from '../fixture-kit.js';
import type { RuleCase, RuleFixtures } from '../types.js';

const LOWER36 = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Three realistic places a GitLab token is pasted. */
function contexts(variable: string, secret: string): RuleCase[] {
  return [
    { text: `${variable}=${secret}`, secret },
    { text: `variables:\n  ${variable}: "${secret}"`, secret },
    { text: `curl --header "PRIVATE-TOKEN: ${secret}" https://gitlab.example.org/api/v4/projects`, secret },
  ];
}

export function fixtures(): RuleFixtures {
  const pat = join('glpat-', rand(BASE64URL, 20));
  const routable = join('glpat-', rand(BASE64URL, 31), '.01', rand(LOWER36, 7));
  const runner = join('glrt-', rand(BASE64URL, 20));
  const feed = join('glft-', rand(BASE64URL, 20));
  const runnerRoutable = join('glrt-t1_', rand(BASE64URL, 27), '.01', rand(LOWER36, 7));
  return {
    'gitlab-pat': {
      truePositives: [
        ...contexts('GITLAB_TOKEN', pat),
        { text: `git push https://oauth2:${routable}@gitlab.com/acme/app.git`, secret: routable },
        { text: `Use ${pat}.`, secret: pat },
      ],
      falsePositives: [
        { text: 'glpat-abc' },
        { text: join('GITLAB_TOKEN=glpat-', 'XXXXXXXXXXX-XXXXXXXX') },
        { text: 'GITLAB_TOKEN: $CI_JOB_TOKEN' },
        { text: join('glpat-', 'x'.repeat(8), '-', 'x'.repeat(18), '.', 'x'.repeat(9)) },
      ],
    },
    'gitlab-deploy-token': {
      truePositives: contexts('DEPLOY_TOKEN', join('gldt-', rand(BASE64URL, 20))),
      falsePositives: [{ text: 'DEPLOY_TOKEN=gldt-<token>' }, { text: join('gldt-', rand(ALNUM, 12)) }],
    },
    'gitlab-runner-token': {
      truePositives: [
        ...contexts('RUNNER_TOKEN', runner),
        { text: `[[runners]]\n  token = "${runnerRoutable}"`, secret: runnerRoutable },
      ],
      falsePositives: [
        { text: 'token = "glrt-REDACTED"' },
        { text: join('glrt-t1_', 'x'.repeat(27), '.', 'x'.repeat(9)) },
      ],
    },
    'gitlab-runner-registration-token': {
      truePositives: contexts('REGISTRATION_TOKEN', join('GR1348941', rand(BASE64URL, 20))),
      falsePositives: [
        { text: join('REGISTRATION_TOKEN=GR1348941', 'XXXXXXXXXXXXXXXXXXXX') },
        { text: join('GR1348941', '12312312312312312312') },
      ],
    },
    'gitlab-pipeline-trigger-token': {
      truePositives: contexts('TRIGGER_TOKEN', join('glptt-', rand(HEX, 40))),
      falsePositives: [
        { text: join('curl -X POST -F token=glptt-', 'x'.repeat(40), ' -F ref=main') },
        { text: join('glptt-', rand(HEX, 20)) },
      ],
    },
    'gitlab-ci-job-token': {
      truePositives: contexts('JOB_TOKEN', join('glcbt-', rand(ALNUM, 2), '_', rand(BASE64URL, 20))),
      falsePositives: [
        { text: 'JOB_TOKEN=glcbt-${CI_JOB_ID}' },
        { text: join('glcbt-', rand(ALNUM, 2), '_', rand(ALNUM, 9)) },
      ],
    },
    'gitlab-oauth-app-secret': {
      truePositives: contexts('OAUTH_APP_SECRET', join('gloas-', rand(BASE64URL, 64))),
      falsePositives: [{ text: join('OAUTH_APP_SECRET=gloas-', '0'.repeat(64)) }, { text: 'secret: gloas-<secret>' }],
    },
    'gitlab-scim-token': {
      truePositives: contexts('SCIM_TOKEN', join('glsoat-', rand(BASE64URL, 20))),
      falsePositives: [
        { text: join('SCIM_TOKEN=glsoat-', '*'.repeat(20)) },
        { text: join('glsoat-', rand(ALNUM, 10)) },
      ],
    },
    'gitlab-feed-token': {
      truePositives: [
        { text: `https://gitlab.com/dashboard/issues.atom?feed_token=${feed}&state=opened`, secret: feed },
        ...contexts('FEED_TOKEN', feed),
      ],
      falsePositives: [{ text: 'feed_token=glft-xxxxxxxxxxxxxxxxxxxx' }, { text: join('glft-', rand(ALNUM, 8)) }],
    },
    'gitlab-incoming-mail-token': {
      truePositives: contexts('INCOMING_EMAIL_TOKEN', join('glimt-', rand(BASE64URL, 25))),
      falsePositives: [{ text: join('glimt-', rand(ALNUM, 12)) }, { text: 'INCOMING_EMAIL_TOKEN=glimt-<token>' }],
    },
    'gitlab-agent-token': {
      truePositives: contexts('AGENT_TOKEN', join('glagent-', rand(BASE64URL, 50))),
      falsePositives: [{ text: join('glagent-', rand(ALNUM, 20)) }, { text: 'config.token: glagent-${AGENT_TOKEN}' }],
    },
    'gitlab-feature-flag-client-token': {
      truePositives: contexts('UNLEASH_INSTANCE_ID', join('glffct-', rand(BASE64URL, 20))),
      falsePositives: [
        { text: join('glffct-', rand(DIGITS, 6)) },
        { text: 'UNLEASH_INSTANCE_ID=glffct-<instance id>' },
      ],
    },
    'gitlab-session-cookie': (() => {
      const [a, b, c] = [rand(HEX, 32), rand(HEX, 32), rand(HEX, 32)];
      return {
        truePositives: [
          { text: `Cookie: known_sign_in=x; _gitlab_session=${a}`, secret: a },
          { text: `curl -b "_gitlab_session=${b}" https://gitlab.example.com/api/v4/user`, secret: b },
          { text: `Set-Cookie: _gitlab_session=${c}; path=/; HttpOnly`, secret: c },
        ],
        falsePositives: [
          { text: `_gitlab_session=${rand(HEX, 20)}` },
          { text: `_gitlab_session=${'0'.repeat(32)}` },
          { text: `cookie name: _gitlab_session` },
        ],
      };
    })(),
  };
}
