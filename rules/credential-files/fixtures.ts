import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';
import { fixtures as apps } from './fixtures-apps.js';
import { fixtures as hashes } from './fixtures-hashes.js';
import { fixtures as infra } from './fixtures-infra.js';
import { fixtures as tools } from './fixtures-tools.js';

const CRYPT = `${ALNUM}./`;

export function fixtures(): RuleFixtures {
  return { ...loginFiles(), ...tools(), ...apps(), ...hashes(), ...infra() };
}

function loginFiles(): RuleFixtures {
  const apr1 = join('$apr1$', rand(CRYPT, 8), '$', rand(CRYPT, 22));
  const bcrypt = join('$2y$', '10$', rand(CRYPT, 53));
  const sha = join('{SHA}', Buffer.from(rand(ALNUM, 20)).toString('base64').slice(0, 27), '=');
  const [p1, p2, p3, p4] = [rand(ALNUM, 16), rand(ALNUM, 20), rand(ALNUM, 14), rand(ALNUM, 18)];
  return {
    'htpasswd-credentials': {
      truePositives: [
        { text: `admin:${apr1}\n`, secret: apr1, path: 'deploy/nginx/.htpasswd' },
        { text: `# staff\nalice:${bcrypt}\nbob:${apr1}\n`, secret: bcrypt, path: '.htpasswd' },
        { text: `metrics:${sha}`, secret: sha, path: 'config/htpasswd' },
      ],
      falsePositives: [
        { text: `admin:${apr1}`, path: 'docs/htpasswd-guide.md' },
        { text: `# admin:${apr1}`, path: '.htpasswd' },
        { text: 'admin:changeme', path: '.htpasswd' },
      ],
    },
    'netrc-credentials': {
      truePositives: [
        { text: `machine api.example.com\n  login deploy\n  password ${p1}\n`, secret: p1, path: '.netrc' },
        { text: `machine files.example.org login ci password ${p2}`, secret: p2, path: 'home/ci/_netrc' },
        { text: `default login build password ${p3}`, secret: p3, path: '.netrc' },
      ],
      falsePositives: [
        { text: 'machine example.com login user password password', path: '.netrc' },
        { text: 'machine host login me password $NETRC_PASSWORD', path: '.netrc' },
        { text: 'default login anonymous password me@example.com', path: '.netrc' },
      ],
    },
    'git-credentials': {
      truePositives: [
        { text: `https://deploy-bot:${p4}@git.example.com\n`, secret: p4, path: '.git-credentials' },
        {
          text: `https://alice:${p1}@bitbucket.example.org\nhttps://bob:${p2}@git.example.com\n`,
          secret: p2,
          path: 'home/ci/.git-credentials',
        },
        { text: `http://builder:${p3}@gitea.internal:3000`, secret: p3, path: '.git-credentials' },
      ],
      falsePositives: [
        { text: 'https://user:@github.com', path: '.git-credentials' },
        { text: 'https://user:${GIT_TOKEN}@github.com', path: '.git-credentials' },
        { text: 'https://github.com', path: '.git-credentials' },
      ],
    },
    'pgpass-credentials': {
      truePositives: [
        { text: `db.internal:5432:app:app_user:${p1}\n`, secret: p1, path: '.pgpass' },
        { text: `# replicas\n*:*:*:replicator:${p2}\n`, secret: p2, path: 'home/postgres/.pgpass' },
        { text: `localhost:5432:*:postgres:${p3}`, secret: p3, path: 'AppData/postgresql/pgpass.conf' },
      ],
      falsePositives: [
        { text: 'localhost:5432:*:postgres:postgres', path: '.pgpass' },
        { text: '# hostname:port:database:username:password', path: '.pgpass' },
        { text: 'localhost:5432:app:app:${PGPASSWORD}', path: '.pgpass' },
      ],
    },
  };
}
