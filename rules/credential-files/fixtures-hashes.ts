import { ALNUM, BASE64, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

const CRYPT = `${ALNUM}./`;

export function fixtures(): RuleFixtures {
  const sha512 = join('$6$', rand(CRYPT, 16), '$', rand(CRYPT, 86));
  const yescrypt = join('$y$', 'j9T$', rand(CRYPT, 22), '$', rand(CRYPT, 43));
  const md5 = join('$1$', rand(CRYPT, 8), '$', rand(CRYPT, 22));
  const bcrypt = join('$2y$', '10$', rand(CRYPT, 53));
  const django = join('pbkdf2_sha256', '$600000$', rand(ALNUM, 22), '$', rand(BASE64, 43), '=');
  const argon = join('$argon2id', '$v=19$m=65536,t=3,p=4$', rand(BASE64, 22), '$', rand(BASE64, 43));
  const phpass = join('$P$', 'B', rand(CRYPT, 30));
  const [p1, p2, p3] = [rand(ALNUM, 16), join('Winter', rand('0123456789', 4)), rand(ALNUM, 20)];
  const q = "'";
  return {
    'unix-password-hash': {
      truePositives: [
        {
          text: `root:${sha512}:19700:0:99999:7:::\ndaemon:*:19700:0:99999:7:::\n`,
          secret: sha512,
          path: 'etc/shadow',
        },
        { text: `deploy:${yescrypt}:19800:0:99999:7:::\n`, secret: yescrypt, path: 'backup/shadow-' },
        { text: `ftpuser:${md5}:1001:1001::/srv/ftp:/bin/false\n`, secret: md5, path: 'etc/proftpd/ftpd.passwd' },
      ],
      falsePositives: [
        { text: 'root:*:19700:0:99999:7:::\nnobody:!:19700::::::\n', path: 'etc/shadow' },
        { text: 'root:x:0:0:root:/root:/bin/bash\n', path: 'etc/passwd' },
        { text: `root:${sha512}:19700:0:99999:7:::`, path: 'docs/shadow.md' },
      ],
    },
    'sql-dump-password-hash': {
      truePositives: [
        {
          text: `INSERT INTO \`users\` VALUES (1,'admin','admin@acme.io','${bcrypt}','2024-01-01');\n`,
          secret: bcrypt,
          path: 'backups/app.sql',
        },
        {
          text: `COPY public.auth_user (id, password, username) FROM stdin;\n1\t${django}\tadmin\n\\.\n`,
          secret: django,
          path: 'dump.sql',
        },
        { text: `INSERT INTO wp_users VALUES (1,'admin','${phpass}');`, secret: phpass, path: 'db/wordpress.sql' },
        { text: `(2,'ops','${argon}')`, secret: argon, path: 'seed.dump' },
      ],
      falsePositives: [
        { text: "INSERT INTO users VALUES (1,'admin','$2y$10$');\n", path: 'app.sql' },
        { text: `INSERT INTO users VALUES (1,'admin','${bcrypt}');`, path: 'src/seed.ts' },
        { text: '-- password hashes use bcrypt ($2y$) with cost 10\n', path: 'schema.sql' },
      ],
    },
    'sql-user-password': {
      truePositives: [
        { text: join(`CREATE USER 'app'@'%' IDENTIFIED`, ` BY ${q}${p1}${q};\n`), secret: p1 },
        {
          text: join('CREATE ROLE reporting WITH LOGIN ', `PASSWORD ${q}${p2}${q};`),
          secret: p2,
          path: 'migrations/001_roles.sql',
        },
        {
          text: join(`ALTER USER 'root'@'localhost' IDENTIFIED WITH mysql_native_password`, ` BY "${p3}";`),
          secret: p3,
        },
        { text: join(`SET PASSWORD FOR 'ops'@'%' = `, `PASSWORD(${q}${p1}${q});`), secret: p1, path: 'init.sql' },
      ],
      falsePositives: [
        { text: "CREATE USER 'app'@'%' IDENTIFIED BY 'password';" },
        { text: "ALTER ROLE app WITH PASSWORD '${APP_DB_PASSWORD}';" },
        { text: "CREATE USER 'app'@'%' IDENTIFIED BY '<password>';" },
        { text: 'CREATE USER app;\nGRANT SELECT ON db.* TO app;' },
      ],
    },
  };
}
