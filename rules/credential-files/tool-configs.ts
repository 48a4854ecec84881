import { isUserPassBase64 } from '../docker/basic-auth.js';
import type { Rule } from '../types.js';
import { isRealPassword } from '../url-credentials/userinfo.js';
import { isFileCredential, KEY_VALUE, KEY_VALUE_KEYWORDS } from './values.js';

// Configuration files of command-line and desktop tools that store logins in the clear. The
// path says what the file is; any credential-named entry in it is reported, weak or not.

/**
 * INI, YAML, .properties and `key value` files. Formats: MySQL option files
 * (dev.mysql.com/doc/refman/8.0/en/option-files.html), s3cmd .s3cfg, boto .boto, .pypirc
 * (packaging.python.org/specifications/pypirc), AWS shared credentials, esmtp/msmtp/fetchmail
 * rc files, Tugboat, Ventrilo server ini, unixODBC odbc.ini, .npmrc `_password`, RubyGems
 * credentials, hub and gh CLI hosts, Cargo credentials (doc.rust-lang.org/cargo/reference/config.html),
 * Gradle properties (docs.gradle.org/current/userguide/build_environment.html), Databricks,
 * SnowSQL, dbt profiles, rclone, wgetrc, CIFS credential files.
 */
const TOOL_FILES =
  /(?:^|\/)(?:\.?my\.cnf|\.s3cfg|\.?boto(?:\.cfg)?|\.pypirc|\.aws\/(?:credentials|config)|\.esmtprc|\.?msmtprc|\.fetchmailrc|\.tugboat|ventrilo_srv\.ini|\.?odbc\.ini|\.npmrc|\.gem\/credentials|\.config\/hub|\.config\/gh\/hosts\.ya?ml|\.cargo\/credentials(?:\.toml)?|gradle\.properties|\.databrickscfg|\.snowsql\/config|\.dbt\/profiles\.ya?ml|rclone\.conf|\.?wgetrc|\.smbcredentials|\.cifs(?:creds|credentials)?)$/i;

/** JSON configs: SFTP/FTP sync plugins (Sublime SFTP, ftp-remote-edit, remote-sync, VS Code SFTP), deployment configs, Heroku, DBeaver, Robo 3T, Composer auth.json, Terraform CLI credentials. */
const JSON_FILES =
  /(?:^|\/)(?:sftp-config\.json|\.ftpconfig|\.remote-sync\.json|\.vscode\/sftp\.json|deployment-config\.json|heroku\.json|data-sources(?:-\d+)?\.json|robomongo\.json|robo3t\.json|auth\.json|credentials\.tfrc\.json)$/i;

/** XML configs: FileZilla (recentservers, sitemanager, filezilla.xml), JetBrains deployment servers, Maven settings, Tomcat users. */
const XML_FILES =
  /(?:^|\/)(?:recentservers\.xml|sitemanager\.xml|filezilla\.xml|WebServers\.xml|settings(?:-security)?\.xml|tomcat-users\.xml)$/i;

const JSON_NAMES = String.raw`password|pass|passwd|passphrase|userPassword|sshUserPassword|sshPassphrase|api_?[Kk]ey|token|secret|oauth_token`;

export const rules: Rule[] = [
  {
    id: 'tool-config-credentials',
    description:
      'Password or token in a tool configuration file (.my.cnf, .s3cfg, .boto, .pypirc, AWS credentials, gradle.properties, …)',
    severity: 'high',
    path: TOOL_FILES,
    regex: KEY_VALUE,
    keywords: KEY_VALUE_KEYWORDS,
    validate: isFileCredential,
    tags: ['credential-file', 'tool-config'],
  },
  {
    id: 'json-config-credentials',
    description:
      'Password or token in a JSON tool configuration (SFTP/FTP sync, DBeaver, Robo 3T, Composer auth.json, deployment configs)',
    severity: 'high',
    path: JSON_FILES,
    regex: new RegExp(String.raw`"(?:${JSON_NAMES})"[ \t]{0,8}:[ \t]{0,8}"([^"\\\r\n]{1,512})"`),
    keywords: ['pass', 'key', 'token', 'secret'],
    validate: (secret) => isRealPassword(secret),
    tags: ['credential-file', 'tool-config'],
  },
  {
    id: 'xml-config-credentials',
    description:
      'Password in an XML tool configuration (FileZilla sites, JetBrains deployment servers, Maven settings, Tomcat users)',
    severity: 'high',
    path: XML_FILES,
    regex:
      /<(?:Pass|password|passphrase)(?:[ \t]{1,4}encoding="base64")?>([^<\r\n]{1,512})<\/|\b(?:password|pass)="([^"\r\n]{1,512})"/,
    keywords: ['pass'],
    validate: (secret, match) => {
      if (/^&lt;/.test(secret)) return false;
      if (!/encoding="base64"/.test(match)) return isRealPassword(secret);
      const plain = Buffer.from(secret, 'base64').toString('utf8');
      return /^[\x20-\x7e]+$/.test(plain) && isRealPassword(plain);
    },
    tags: ['credential-file', 'tool-config'],
  },
  {
    id: 'dockercfg-auth',
    description: 'Registry credentials in a legacy .dockercfg ("auth": base64 user:password, no "auths" map)',
    severity: 'high',
    path: /(?:^|\/)\.dockercfg$/,
    regex: /"auth"[ \t]{0,5}:[ \t]{0,5}"([A-Za-z0-9+/]{8,1024}={0,2})"/,
    keywords: ['"auth"'],
    validate: isUserPassBase64,
    tags: ['credential-file', 'docker', 'package-registry'],
  },
];
