import { ALNUM, base64, BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

const config = (auth: string): string =>
  `{\n  "auths": {\n    "https://index.docker.io/v1/": {\n      "auth": "${auth}"\n    }\n  }\n}\n`;

export function fixtures(): RuleFixtures {
  const pat = join('dckr_pat_', rand(BASE64URL, 27));
  const oat = join('dckr_oat_', rand(BASE64URL, 32));
  const auth = base64(join('acme-ci:', rand(ALNUM, 24)));
  const auth2 = base64(join('robot$acme+deployer:', rand(ALNUM, 32)));
  const dockerconfigjson = base64(`{"auths":{"ghcr.io":{"auth":"${auth2}"}}}`);
  return {
    'docker-hub-token': {
      truePositives: [
        { text: `DOCKERHUB_TOKEN=${pat}`, secret: pat },
        { text: `echo "${pat}" | docker login -u acme --password-stdin`, secret: pat },
        { text: `registry:\n  password: ${oat}`, secret: oat },
      ],
      falsePositives: [
        { text: 'DOCKER_TOKEN=dckr_pat_tooshort\ndckr_pat_\n' },
        { text: join('DOCKER_TOKEN=dckr_pat_', 'Example1234567890AbCdEfGhjK') },
        { text: '      password: ${{ secrets.DOCKERHUB_TOKEN }}' },
      ],
    },
    'docker-config-auth': {
      truePositives: [
        { text: config(auth), secret: auth, path: '.docker/config.json' },
        {
          text: `{"auths":{"registry.acme.io":{"auth":"${auth2}","email":"ci@acme.io"}}}`,
          secret: auth2,
          path: 'auth.json',
        },
        {
          text: `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${dockerconfigjson}\n`,
          secret: auth2,
          path: 'k8s/pull-secret.yaml',
        },
      ],
      falsePositives: [
        { text: config('c3R...zE2'), path: '.docker/config.json' },
        {
          text: '{\n  "auths": {\n    "https://index.docker.io/v1/": {}\n  },\n  "credsStore": "desktop"\n}\n',
          path: '.docker/config.json',
        },
        { text: config(''), path: '.docker/config.json' },
      ],
    },
  };
}
