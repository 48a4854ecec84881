import { ALNUM, base64, HEX, join, rand } from '../fixture-kit.js';
import { base62, crc32 } from '../github/checksum.js';
import type { RuleFixtures } from '../types.js';

/** An npm token with a valid checksum, as the registry issues them. */
function npmToken(): string {
  const body = rand(ALNUM, 30);
  return join('npm_', body, base62(crc32(body), 6));
}

const guid = (): string => [rand(HEX, 8), rand(HEX, 4), rand(HEX, 4), rand(HEX, 4), rand(HEX, 12)].join('-');

export function fixtures(): RuleFixtures {
  const token = npmToken();
  const legacy = guid();
  const artifactory = rand(ALNUM, 64);
  const auth = base64(join('ci-publisher:', rand(ALNUM, 20)));
  const auth2 = base64(join('deploy@acme.io:', rand(ALNUM, 16)));
  return {
    'npm-access-token': {
      truePositives: [
        { text: `//registry.npmjs.org/:_authToken=${token}`, secret: token, path: '.npmrc' },
        { text: `NPM_TOKEN=${token}`, secret: token },
        { text: `- run: npm publish\n  env:\n    NODE_AUTH_TOKEN: "${token}"`, secret: token },
      ],
      falsePositives: [
        { text: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}', path: '.npmrc' },
        { text: `Granular tokens look like ${join('npm_', rand(ALNUM, 36))}; that one fails the checksum.` },
        { text: 'npm_config_cache=/tmp/.npm npm_package_version=1.4.2 npm ci' },
        { text: join('NPM_TOKEN=npm_', 'x'.repeat(36)) },
      ],
    },
    'npmrc-auth-token': {
      truePositives: [
        { text: `//registry.npmjs.org/:_authToken=${legacy}`, secret: legacy, path: '.npmrc' },
        {
          text: `@acme:registry=https://acme.jfrog.io/artifactory/api/npm/npm/\n//acme.jfrog.io/artifactory/api/npm/npm/:_authToken="${artifactory}"`,
          secret: artifactory,
          path: '.npmrc',
        },
        { text: `//npm.acme.internal/:_authToken = ${artifactory}`, secret: artifactory, path: 'frontend/.npmrc' },
      ],
      falsePositives: [
        {
          text: '//npm.pkg.github.com/:_authToken=${NPM_TOKEN}\n@example:registry="https://npm.pkg.github.com"',
          path: '.npmrc',
        },
        { text: '//npm.pkg.github.com/:_authToken=111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', path: '.npmrc' },
        { text: '//registry.npmjs.org/:_authToken=<your-auth-token>', path: '.npmrc' },
      ],
    },
    'npmrc-basic-auth': {
      truePositives: [
        { text: `registry=https://npm.acme.io/\n_auth=${auth}\nalways-auth=true`, secret: auth, path: '.npmrc' },
        { text: `//npm.acme.io/:_auth="${auth2}"`, secret: auth2, path: '.npmrc' },
      ],
      falsePositives: [
        { text: '_auth=${NPM_AUTH}', path: '.npmrc' },
        { text: '_auth = "{base64-encoded(username:password)}"', path: '.npmrc' },
      ],
    },
  };
}
