import { ALNUM, base64, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

// A weak password is still the finding in a file made to hold credentials: the words below
// are assembled at run time, so no credential-shaped literal sits in this file.
const weak = (): string => join('hunter', rand('0123456789', 2));
/** Too short for the generic rules: only a credential file's path makes it a finding. */
const short = (): string => join('Tg', rand('0123456789', 3));

export function fixtures(): RuleFixtures {
  const [w1, w2, w3, w4, w5] = [weak(), weak(), weak(), weak(), weak()];
  const [p1, p2, p3] = [rand(ALNUM, 18), rand(ALNUM, 22), rand(ALNUM, 16)];
  const npmPassword = base64(w3);
  const fzPass = base64(w4);
  const dockercfg = base64(join('acme:', p2));
  return {
    'tool-config-credentials': {
      truePositives: [
        { text: `[client]\nuser = app\npassword = ${w1}\n`, secret: w1, path: 'home/deploy/.my.cnf' },
        { text: `[default]\nsecret_key = ${p1}\n`, secret: p1, path: '.s3cfg' },
        {
          text: `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername: acme\npassword: ${w2}\n`,
          secret: w2,
          path: '.pypirc',
        },
        {
          text: `//npm.acme.io/:username=ci\n//npm.acme.io/:_password=${npmPassword}\n`,
          secret: npmPassword,
          path: '.npmrc',
        },
        { text: `mavenUser=deploy\nmavenPassword=${w5}\n`, secret: w5, path: 'gradle.properties' },
        { text: `account default\nhost smtp.acme.io\nuser ci\npassword ${p3}\n`, secret: p3, path: '.msmtprc' },
        { text: `[Credentials]\ngs_oauth2_refresh_token = ${p2}\n`, secret: p2, path: '.boto' },
        { text: `authentication:\n  access_token: ${p1}\n`, secret: p1, path: '.tugboat' },
        { text: `[Server]\nName=acme\nPassword=${w3}\nAdminPassword=${w4}\n`, secret: w4, path: 'ventrilo_srv.ini' },
      ],
      falsePositives: [
        { text: '[client]\nuser = app\npassword = changeme\n', path: '.my.cnf' },
        { text: '[pypi]\nusername = __token__\npassword = ${PYPI_TOKEN}\n', path: '.pypirc' },
        { text: `[client]\npassword_file = /run/secrets/db\nsocket = /tmp/${rand(ALNUM, 12)}.sock\n`, path: '.my.cnf' },
        { text: `password = ${short()}\n`, path: 'docs/my.cnf.md' },
        { text: 'org.gradle.jvmargs=-Xmx2g\nsigning.keyId=24875D73\n', path: 'gradle.properties' },
      ],
    },
    'json-config-credentials': {
      truePositives: [
        {
          text: `{\n  "type": "sftp",\n  "host": "files.acme.io",\n  "user": "deploy",\n  "password": "${w1}",\n  "remote_path": "/var/www"\n}\n`,
          secret: w1,
          path: 'sftp-config.json',
        },
        { text: `{"host":"ftp.acme.io","user":"ci","pass":"${w2}"}`, secret: w2, path: '.ftpconfig' },
        {
          text: `{\n  "name": "prod",\n  "protocol": "sftp",\n  "password": "${p1}"\n}`,
          secret: p1,
          path: '.vscode/sftp.json',
        },
        {
          text: `{"connections":{"pg-1":{"configuration":{"user":"app","password":"${w3}"}}}}`,
          secret: w3,
          path: '.dbeaver/data-sources.json',
        },
        {
          text: `{"credentials":[{"userName":"admin","userPassword":"${w4}"}]}`,
          secret: w4,
          path: '.3T/robo-3t/1.4.4/robo3t.json',
        },
        { text: `{"http-basic":{"repo.acme.io":{"username":"ci","password":"${p2}"}}}`, secret: p2, path: 'auth.json' },
      ],
      falsePositives: [
        { text: '{"host":"ftp.acme.io","user":"ci","password":"<password>"}', path: 'sftp-config.json' },
        { text: `{"user":"ci","password":"${short()}"}`, path: 'config/app.json' },
        { text: '{"save_before_upload": true, "password": ""}', path: '.remote-sync.json' },
      ],
    },
    'xml-config-credentials': {
      truePositives: [
        {
          text: `<FileZilla3>\n <RecentServers>\n  <Server>\n   <Host>ftp.acme.io</Host>\n   <User>deploy</User>\n   <Pass encoding="base64">${fzPass}</Pass>\n  </Server>\n </RecentServers>\n</FileZilla3>\n`,
          secret: fzPass,
          path: 'AppData/Roaming/FileZilla/recentservers.xml',
        },
        { text: `<Server><Host>h</Host><Pass>${w1}</Pass></Server>`, secret: w1, path: 'sitemanager.xml' },
        {
          text: `<settings>\n  <servers>\n    <server>\n      <id>acme</id>\n      <username>ci</username>\n      <password>${p3}</password>\n    </server>\n  </servers>\n</settings>`,
          secret: p3,
          path: '.m2/settings.xml',
        },
        {
          text: `<user username="admin" password="${w2}" roles="manager-gui"/>`,
          secret: w2,
          path: 'conf/tomcat-users.xml',
        },
      ],
      falsePositives: [
        { text: '<Pass encoding="base64"></Pass>', path: 'recentservers.xml' },
        { text: '<user username="admin" password="" roles="x"/>', path: 'tomcat-users.xml' },
        { text: `<password>${short()}</password>`, path: 'src/main/resources/messages.xml' },
      ],
    },
    'dockercfg-auth': {
      truePositives: [
        {
          text: `{"https://index.docker.io/v1/":{"auth":"${dockercfg}","email":"ci@acme.io"}}`,
          secret: dockercfg,
          path: '.dockercfg',
        },
      ],
      falsePositives: [
        { text: `{"https://index.docker.io/v1/":{"auth":"${base64('nocolon')}"}}`, path: '.dockercfg' },
        { text: `{"https://index.docker.io/v1/":{"auth":"${base64('acme:')}"}}`, path: '.dockercfg' },
      ],
    },
  };
}
