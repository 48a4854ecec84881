import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const [p1, p2, p3] = [join(rand(ALNUM, 14), '9z'), join(rand(ALNUM, 14), '8y'), join('Tr0ub4dor', '-', 'deploy')];
  const bearer = join(rand(ALNUM, 40), '5w');
  return {
    'curl-basic-auth': {
      truePositives: [
        { text: `curl -u admin:${p1} https://jenkins.acme.io/api/json`, secret: p1 },
        { text: `curl -sS --user "deploy:${p2}" -X POST https://nexus.acme.io/service/rest/v1/components`, secret: p2 },
        { text: `  run: curl -fsSL --user='ci:${p3}' https://artifacts.acme.io/upload`, secret: p3 },
      ],
      falsePositives: [
        { text: 'curl -u "$NEXUS_USER:$NEXUS_PASSWORD" https://nexus.acme.io/' },
        { text: 'curl -u admin:admin http://localhost:8080/api' },
        { text: 'curl -u user:password https://api.example.com/' },
        { text: 'Credentials on a `curl -u user:password` line are found.' },
        { text: `docker login -u deploy -p ${p1} registry.acme.io` },
      ],
    },
    'curl-bearer-token': {
      truePositives: [
        {
          text: `curl -H "Authorization: Bearer ${bearer}" https://api.acme.io/v1/jobs`,
          secret: bearer,
        },
      ],
      falsePositives: [
        { text: 'curl -H "Authorization: Bearer $API_TOKEN" https://api.acme.io/v1/jobs' },
        { text: 'curl -H "Authorization: Bearer ${{ secrets.TOKEN }}" https://api.acme.io/' },
        { text: 'curl -H "Authorization: Bearer <token>" https://api.acme.io/' },
      ],
    },
  };
}
