import { BASE64, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const out: RuleFixtures = {};
  {
    const [a, b] = [join('AQAAABAAAA', rand(BASE64, 54), '='), join('AQAAABAAAA', rand(BASE64, 86), '==')];
    out['jenkins-encrypted-secret'] = {
      truePositives: [
        { text: `<password>{${a}}</password>`, secret: a, path: 'credentials.xml' },
        { text: `<secret>{${b}}</secret>`, secret: b },
      ],
      falsePositives: [
        { text: '<password>{AQAAABAAAA}</password>' },
        { text: `<password>{AQAAABAAAA${rand(BASE64, 10)}}</password>` },
      ],
    };
  }
  {
    const [a, b] = [join('11', rand(HEX, 32)), join('11', rand(HEX, 32))];
    out['jenkins-api-token'] = {
      truePositives: [
        { text: `JENKINS_API_TOKEN=${a}`, secret: a },
        { text: `curl -u admin:${b} https://jenkins.acme.io/job/build/buildWithParameters`, secret: b },
      ],
      falsePositives: [
        { text: `etag = "${a}"` },
        { text: `JENKINS_URL=https://jenkins.acme.io\nBUILD_ID=${join('11', rand(HEX, 20))}` },
      ],
    };
  }
  return out;
}
