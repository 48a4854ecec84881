import { ALNUM, BASE64URL, DIGITS, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';
import { base62, crc32 } from './checksum.js';

/** A classic-format token with a valid CRC32 checksum, as GitHub issues them. */
function token(prefix: string): string {
  const body = rand(ALNUM, 30);
  return join(prefix, '_', body, base62(crc32(body), 6));
}

/** Same shape, but the last six characters are random: the checksum fails. */
function badChecksum(prefix: string): string {
  return join(prefix, '_', rand(ALNUM, 36));
}

const b64url = (s: string): string => Buffer.from(s).toString('base64url');

function installationToken(): string {
  const header = b64url('{"alg":"RS256","typ":"JWT"}');
  const payload = b64url(
    `{"iat":1777000000,"exp":1777003600,"iss":"${rand(DIGITS, 7)}","sub":"installation|${rand(DIGITS, 8)}","jti":"${rand(HEX, 32)}"}`,
  );
  return join('ghs_', rand(DIGITS, 7), '_', header, '.', payload, '.', rand(BASE64URL, 342));
}

export function fixtures(): RuleFixtures {
  const pat = token('ghp');
  const pat2 = token('ghp');
  const fine = join('github_pat_', '11', rand(ALNUM, 20), '_', rand(ALNUM, 59));
  const oauth = token('gho');
  const u2s = token('ghu');
  const s2s = token('ghs');
  const install = installationToken();
  const refresh = token('ghr');
  const refreshLong = join('ghr_', rand(ALNUM, 76));
  const legacy = rand(HEX, 40);
  return {
    'github-pat': {
      truePositives: [
        { text: `GITHUB_TOKEN=${pat}`, secret: pat },
        { text: `export GH_TOKEN="${pat}"`, secret: pat },
        { text: `const octokit = new Octokit({ auth: '${pat}' });`, secret: pat },
        { text: `git clone https://${pat2}@github.com/acme/infra.git`, secret: pat2 },
        { text: `{\n  "github": {\n    "token": "${pat}"\n  }\n}`, secret: pat },
      ],
      falsePositives: [
        { text: 'GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}' },
        { text: join('GH_TOKEN=ghp_', 'x'.repeat(36)) },
        { text: `Classic tokens look like ${badChecksum('ghp')} but that one is made up.` },
        { text: join('gXX_', rand(ALNUM, 36), ' is not a GitHub token prefix') },
        { text: join('ghp_', rand(ALNUM, 8), ' is only the first part of the token; the rest is in the vault.') },
      ],
    },
    'github-fine-grained-pat': {
      truePositives: [
        { text: `GITHUB_PAT=${fine}`, secret: fine },
        { text: `  token: "${fine}"`, secret: fine },
        { text: `gh auth login --with-token <<< ${fine}`, secret: fine },
      ],
      falsePositives: [
        { text: 'token: github_pat_<YOUR_TOKEN>' },
        { text: join('github_pat_', rand(ALNUM, 22), '_', rand(ALNUM, 30), ' (truncated in the log)') },
        { text: join('github_pat_', 'X'.repeat(22), '_', 'X'.repeat(59)) },
      ],
    },
    'github-oauth-token': {
      truePositives: [
        { text: `oauth_token: ${oauth}`, secret: oauth },
        { text: `{"access_token":"${oauth}","token_type":"bearer","scope":"repo"}`, secret: oauth },
        { text: `curl -H "Authorization: Bearer ${oauth}" https://api.github.com/user`, secret: oauth },
      ],
      falsePositives: [
        { text: `See ${badChecksum('gho')} in the OAuth guide for the format.` },
        { text: join('access_token=gho_', '*'.repeat(36)) },
        { text: 'oauth_token: <gho_token>' },
      ],
    },
    'github-user-to-server-token': {
      truePositives: [
        { text: `USER_TOKEN=${u2s}`, secret: u2s },
        { text: `headers = {"Authorization": "token ${u2s}"}`, secret: u2s },
        { text: `- user_token: ${u2s}`, secret: u2s },
      ],
      falsePositives: [
        { text: `ghu tokens such as ${badChecksum('ghu')} expire after eight hours.` },
        { text: join('Prefix ghu_', rand(ALNUM, 4), ' (truncated) seen in the access log.') },
        { text: 'USER_TOKEN=${GHU_TOKEN}' },
      ],
    },
    'github-server-to-server-token': {
      truePositives: [
        { text: `INSTALLATION_TOKEN=${s2s}`, secret: s2s },
        { text: `echo "${s2s}" | docker login ghcr.io -u x-access-token --password-stdin`, secret: s2s },
        { text: `{"token":"${s2s}","expires_at":"2026-05-01T12:00:00Z"}`, secret: s2s },
      ],
      falsePositives: [
        { text: `the sample ${badChecksum('ghs')} in this doc is not a real token` },
        { text: join('token: ghs_', '0'.repeat(36)) },
        { text: 'GITHUB_TOKEN: ${{ steps.app-token.outputs.token }}' },
      ],
    },
    'github-app-installation-token': {
      truePositives: [
        { text: `INSTALLATION_TOKEN=${install}`, secret: install },
        { text: `{"token":"${install}","expires_at":"2026-05-01T12:00:00Z"}`, secret: install },
        {
          text: `git remote set-url origin https://x-access-token:${install}@github.com/acme/app.git`,
          secret: install,
        },
      ],
      falsePositives: [
        { text: join('ghs_12345_', 'not', '.', 'a', '.', 'jwt') },
        { text: join('format: ghs_', '<APPID>', '_', '<JWT>') },
        { text: join('ghs_1_', b64url('not json at all!'), '.eyJ', rand(BASE64URL, 40), '.', rand(BASE64URL, 40)) },
      ],
    },
    'github-refresh-token': {
      truePositives: [
        { text: `refresh_token=${refresh}`, secret: refresh },
        { text: `{"refresh_token":"${refreshLong}","refresh_token_expires_in":15811200}`, secret: refreshLong },
        { text: `GITHUB_REFRESH_TOKEN: '${refresh}'`, secret: refresh },
      ],
      falsePositives: [
        { text: `refresh tokens look like ${badChecksum('ghr')} in the docs` },
        { text: 'refresh_token=ghr_...' },
        { text: 'GITHUB_REFRESH_TOKEN: ${{ secrets.REFRESH }}' },
      ],
    },
    'github-oauth-basic-url': {
      truePositives: [
        {
          text: `"private-pkg": "git+https://${legacy}:x-oauth-basic@github.com/acme/private-pkg.git#v1.0.0"`,
          secret: legacy,
        },
        { text: `git clone https://${legacy}:x-oauth-basic@github.com/acme/infra.git`, secret: legacy },
        { text: `url = https://${legacy}:x-oauth-basic@github.com/acme/tools`, secret: legacy },
      ],
      falsePositives: [
        { text: 'git clone https://${GITHUB_TOKEN}:x-oauth-basic@github.com/acme/infra.git' },
        { text: 'git clone https://<token>:x-oauth-basic@github.com/acme/infra.git' },
        { text: join('https://', '0'.repeat(40), ':x-oauth-basic@github.com/acme/infra.git') },
      ],
    },
  };
}
