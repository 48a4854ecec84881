import { ALNUM, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

const weak = (): string => join('Summer', rand('0123456789', 4));
/** Too short for the generic rules: only a credential file's path makes it a finding. */
const short = (): string => join('Su', rand('0123456789', 3));
const phrase = (): string => rand(`${ALNUM}!@#^&*()-_[]~+=,.;:/?|`, 64);

export function fixtures(): RuleFixtures {
  const [w1, w2, w3, w4] = [weak(), weak(), weak(), weak()];
  const [p1, p2] = [rand(ALNUM, 20), rand(ALNUM, 24)];
  const django = join('django-insecure-', rand(`${ALNUM}!@#%^&*(-_=+)`, 50));
  const railsBase = rand(HEX, 128);
  const authKey = phrase();
  const masterKey = rand(HEX, 32);
  return {
    'app-config-credentials': {
      truePositives: [
        {
          text: `production:\n  adapter: postgresql\n  database: app\n  username: app\n  password: ${w1}\n`,
          secret: w1,
          path: 'config/database.yml',
        },
        { text: `production:\n  secret_key_base: ${railsBase}\n`, secret: railsBase, path: 'config/secrets.yml' },
        { text: `SECRET_KEY = '${django}'\nDEBUG = False\n`, secret: django, path: 'mysite/settings.py' },
        {
          text: `DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'PASSWORD': '${w2}',\n    }\n}\n`,
          secret: w2,
          path: 'mysite/settings/production.py',
        },
        { text: `<?php\n$db_host = 'localhost';\n$db_pass = '${w3}';\n`, secret: w3, path: 'include/config.php' },
        {
          text: `$databases['default']['default'] = [\n  'username' => 'drupal',\n  'password' => '${p1}',\n];\n`,
          secret: p1,
          path: 'sites/default/settings.php',
        },
        { text: `class JConfig {\n\tpublic $password = '${w4}';\n}\n`, secret: w4, path: 'configuration.php' },
      ],
      falsePositives: [
        { text: "production:\n  password: <%= ENV['DATABASE_PASSWORD'] %>\n", path: 'config/database.yml' },
        { text: "SECRET_KEY = os.environ['DJANGO_SECRET_KEY']\n", path: 'settings.py' },
        {
          text: "AUTH_PASSWORD_VALIDATORS = [\n    {'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator'},\n]\n",
          path: 'settings.py',
        },
        { text: `$db_pass = '${short()}';\n`, path: 'tests/fixtures/readme.txt' },
        { text: "'password' => env('DB_PASSWORD', ''),\n", path: 'config.php' },
      ],
    },
    'wordpress-config-secret': {
      truePositives: [
        { text: `define( 'DB_NAME', 'wp' );\ndefine( 'DB_PASSWORD', '${w1}' );\n`, secret: w1, path: 'wp-config.php' },
        { text: `define('AUTH_KEY',         '${authKey}');\n`, secret: authKey, path: 'public/wp-config.php' },
        { text: `define("NONCE_SALT", "${p2}");`, secret: p2, path: 'wp-config-production.php' },
      ],
      falsePositives: [
        { text: "define( 'AUTH_KEY',         'put your unique phrase here' );", path: 'wp-config.php' },
        { text: "define( 'DB_PASSWORD', 'password_here' );", path: 'wp-config-sample.php' },
        { text: `define( 'DB_PASSWORD', '${short()}' );`, path: 'docs/install.md' },
      ],
    },
    'rails-master-key': {
      truePositives: [
        { text: `${masterKey}\n`, secret: masterKey, path: 'config/master.key' },
        { text: masterKey, secret: masterKey, path: 'config/credentials/production.key' },
      ],
      falsePositives: [
        { text: `${masterKey}\n`, path: 'config/checksums.txt' },
        { text: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n', path: 'config/master.key' },
      ],
    },
    'env-file-credentials': {
      truePositives: [
        { text: `APP_ENV=production\nDB_PASSWORD=${w1}\n`, secret: w1, path: '.env' },
        { text: `export GITHUB_TOKEN="${p1}"\n`, secret: p1, path: 'home/dev/.bashrc' },
        { text: `export SMTP_PASS='${w2}'  # mail relay\n`, secret: w2, path: '.zshrc' },
        { text: `REDIS_PASSWORD = ${w3}\n`, secret: w3, path: 'deploy/.env.production' },
        { text: `set -gx NPM_TOKEN ${p2}\n`, secret: p2, path: '.config/fish/config.fish' },
      ],
      falsePositives: [
        { text: `DB_PASSWORD=${short()}\n`, path: '.env.example' },
        { text: 'DB_PASSWORD=\nAPI_KEY=changeme\nSECRET=${VAULT_SECRET}\n', path: '.env' },
        { text: 'export PASSWORD_STORE_DIR="$HOME/.password-store"\nexport GPG_TTY=$(tty)\n', path: '.bashrc' },
        { text: `export TOKEN_URL=https://auth.acme.io/token\n`, path: '.zshrc' },
      ],
    },
  };
}
