// Configuration files of common tools with the weak passwords people put in them: a
// credential file's path and format make the value the finding, whatever its entropy. Each
// has a look-alike twin (template, placeholder, example file) that must stay quiet.
import type { OwnFile } from './blocks.js';
import type { LookAlike } from './lookalikes.js';
import { ALNUM, DIGITS, type Rng } from './rng.js';

const CRYPT = `${ALNUM}./`;

/** A password as people pick them without a generator: a word and a few digits (8 or more characters). */
function weak(r: Rng): string {
  return r.pick(['falcon', 'summer', 'meadow', 'tigers', 'orange', 'harbor']) + r.str(DIGITS, r.int(2, 4));
}

interface Format {
  name: string;
  /** The file with `value` in its credential slot; `at` is that line. */
  lines(value: string): string[];
  at: number;
  value(r: Rng): string;
  /** What sits in the slot of the look-alike, and under which name (a template may differ by path). */
  quiet: string;
  quietName?: string;
}

const FORMATS: Format[] = [
  {
    name: '.my.cnf',
    lines: (v) => ['[client]', 'user = app', `password = ${v}`],
    at: 2,
    value: weak,
    quiet: '${MYSQL_PASSWORD}',
  },
  {
    name: 'sftp-config.json',
    lines: (v) => [
      '{',
      '  "type": "sftp",',
      '  "host": "files.acme.io",',
      '  "user": "deploy",',
      `  "password": "${v}",`,
      '}',
    ],
    at: 4,
    value: weak,
    quiet: '<password>',
  },
  {
    name: 'wp-config.php',
    lines: (v) => [
      '<?php',
      "define( 'DB_NAME', 'wordpress' );",
      "define( 'DB_USER', 'wp' );",
      `define( 'DB_PASSWORD', '${v}' );`,
    ],
    at: 3,
    value: weak,
    quiet: 'password_here',
  },
  {
    name: '.env',
    lines: (v) => ['APP_ENV=production', `DB_PASSWORD=${v}`],
    at: 1,
    value: weak,
    quiet: 'changeme',
    quietName: '.env.example',
  },
  {
    name: 'config/database.yml',
    lines: (v) => ['production:', '  adapter: postgresql', '  username: app', `  password: ${v}`],
    at: 3,
    value: weak,
    quiet: "<%= ENV['DATABASE_PASSWORD'] %>",
  },
  {
    name: 'terraform.tfstate',
    lines: (v) => [
      '{',
      '  "version": 4,',
      '  "resources": [{"instances": [{"attributes": {',
      `    "password": "${v}",`,
      '    "username": "admin"',
      '  }}]}]',
      '}',
    ],
    at: 3,
    value: weak,
    quiet: 'REDACTED',
  },
  {
    name: 'etc/shadow',
    lines: (v) => [`root:${v}:19700:0:99999:7:::`, 'daemon:*:19700:0:99999:7:::'],
    at: 0,
    value: (r) => `$6$${r.str(CRYPT, 16)}$${r.str(CRYPT, 86)}`,
    quiet: '!',
  },
  {
    name: 'backups/users.sql',
    lines: (v) => [
      'LOCK TABLES `users` WRITE;',
      `INSERT INTO \`users\` VALUES (1,'admin','admin@acme.io','${v}');`,
      'UNLOCK TABLES;',
    ],
    at: 1,
    value: (r) => `$2y$10$${r.str(CRYPT, 53)}`,
    quiet: 'disabled',
  },
];

export interface ToolConfig {
  file: OwnFile;
  lookAlike: { name: string; look: LookAlike };
}

export function toolConfigFile(r: Rng): ToolConfig {
  const f = r.pick(FORMATS);
  const value = f.value(r);
  return {
    file: {
      name: f.name,
      lines: f.lines(value),
      plants: [{ at: f.at, secret: value, kind: `tool-config:${f.name}`, provider: 'credential-files' }],
    },
    lookAlike: { name: f.quietName ?? f.name, look: { kind: `tool-config:${f.name}`, lines: f.lines(f.quiet) } },
  };
}
