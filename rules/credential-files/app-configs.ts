import type { Rule } from '../types.js';
import { isRealPassword } from '../url-credentials/userinfo.js';
import { isFileCredential, KEY_VALUE, KEY_VALUE_KEYWORDS } from './values.js';

// Application configuration files that frameworks generate with the database password and
// signing keys in them, and environment files that exist to hold secrets.

/**
 * Rails config/database.yml, mongoid.yml, secrets.yml (guides.rubyonrails.org/configuring.html);
 * Django settings (docs.djangoproject.com/en/stable/ref/settings/#secret-key); PHP apps:
 * config.php, Drupal settings.php, Joomla configuration.php, MediaWiki LocalSettings.php,
 * phpMyAdmin config.inc.php.
 */
const APP_FILES =
  /(?:^|\/)(?:config\/(?:database|mongoid|secrets)\.ya?ml|(?:database|mongoid|secrets)\.ya?ml|settings(?:_\w+)?\.py|settings\/\w+\.py|config(?:\.inc)?\.php|settings(?:\.local)?\.php|configuration\.php|LocalSettings\.php)$/i;

/** dotenv files (not the committed templates), direnv, and shell start-up files. */
const ENV_FILES =
  /(?:^|\/)(?:\.env(?:\.[\w-]+)*|\.envrc|\.bashrc|\.bash_profile|\.bash_login|\.bash_aliases|\.profile|\.zshrc|\.zshenv|\.zprofile|\.kshrc|\.config\/fish\/config\.fish)$/;

/** The wp-config.php constants that hold the database password and the cookie/nonce keys and salts. */
const WP_NAMES = 'DB_PASSWORD|(?:SECURE_)?AUTH_(?:KEY|SALT)|LOGGED_IN_(?:KEY|SALT)|NONCE_(?:KEY|SALT)';

export const rules: Rule[] = [
  {
    id: 'app-config-credentials',
    description:
      'Database password or signing key in a framework config file (Rails database.yml/secrets.yml, Django settings.py, PHP config.php)',
    severity: 'high',
    path: APP_FILES,
    regex: KEY_VALUE,
    keywords: KEY_VALUE_KEYWORDS,
    validate: isFileCredential,
    tags: ['credential-file', 'app-config'],
  },
  {
    id: 'wordpress-config-secret',
    description:
      'Database password or authentication key/salt in wp-config.php (developer.wordpress.org/apis/wp-config-php)',
    severity: 'high',
    path: /(?:^|\/)wp-config(?:[\w.-]*)?\.php$/i,
    regex: new RegExp(
      String.raw`define\([ \t]{0,4}["'](?:${WP_NAMES})["'][ \t]{0,4},[ \t]{0,16}(?:'([^'\r\n]{1,256})'|"([^"\r\n]{1,256})")`,
    ),
    keywords: ['define('],
    // WordPress ships `put your unique phrase here` and `password_here` in wp-config-sample.php.
    validate: (secret, match) =>
      !/unique phrase|password_here/i.test(secret) &&
      (match.includes('DB_PASSWORD') ? isRealPassword(secret) : secret.length >= 16),
    tags: ['credential-file', 'app-config', 'wordpress'],
  },
  {
    id: 'rails-master-key',
    description: 'Rails master key (config/master.key or credentials/<env>.key): decrypts config/credentials.yml.enc',
    severity: 'critical',
    path: /(?:^|\/)config\/(?:master|credentials\/[\w-]+)\.key$/,
    regex: /^[ \t]*([0-9a-f]{32})[ \t]*$/m,
    keywords: [],
    entropy: 3,
    tags: ['credential-file', 'app-config', 'rails'],
  },
  {
    id: 'env-file-credentials',
    description:
      'Credential-named variable set in a .env file or shell start-up file (.bashrc, .zshrc, .bash_profile, .envrc)',
    severity: 'high',
    path: ENV_FILES,
    regex: KEY_VALUE,
    keywords: KEY_VALUE_KEYWORDS,
    validate: isFileCredential,
    allowlists: [
      {
        description: 'committed templates of a .env file',
        paths: [/(?:^|\/)\.env\.(?:[\w-]+\.)*(?:example|sample|template|dist|defaults|schema|tpl)$/],
      },
    ],
    tags: ['credential-file', 'env-file'],
  },
];
