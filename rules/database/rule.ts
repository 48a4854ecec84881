import type { Rule } from '../types.js';
import { isRealPassword, urlUser, userinfoAfter } from '../url-credentials/userinfo.js';

// Database and message-broker connection strings with a password: URLs (with SQLAlchemy-style
// `+driver` suffixes and `jdbc:` prefixes), JDBC `password=` parameters and Oracle thin
// `user/password@` forms, and ODBC / ADO.NET `Password=` / `Pwd=` key-value strings.
const SCHEMES = String.raw`(?:postgres(?:ql)?|pgsql|mysqlx?|mariadb|mongodb|rediss?|valkey|amqps?|mqtts?|nats|kafka|stomp|mssql|sqlserver|oracle|cockroach(?:db)?|clickhouse|couchdbs?|couchbases?|neo4j|bolt|cassandra|scylla|memcached?|influxdb|db2|snowflake|presto|trino|vertica|sybase|firebird|hana|tidb|yugabyte|arangodb|rethinkdb)(?:\+[a-z0-9_]{1,20})?`;
const CONNECTION_KEYS = String.raw`(?:server|data source|datasource|host|hostname|address|addr|network address|dsn|driver|provider|database|initial catalog|user id|userid|uid|user|username|port)`;
const ODBC_VALUE = String.raw`(?:"([^"\r\n]{1,200})"|'([^'\r\n]{1,200})'|\{([^}\r\n]{1,200})\}|([^;"'\r\n]{1,200}))`;

function realPassword(secret: string): boolean {
  return isRealPassword(secret.trim());
}

/** The key-value chain names a server or database, so it is a connection string. */
const SERVER_KEY =
  /\b(?:server|data source|datasource|host|hostname|address|addr|network address|dsn|driver|provider|database|initial catalog)[ \t]*=/i;

export const rules: Rule[] = [
  {
    id: 'database-connection-url',
    description: 'Password in a database or message broker URL (postgres, mysql, mongodb, redis, amqp, mssql …)',
    severity: 'critical',
    regex: new RegExp(userinfoAfter(SCHEMES), 'i'),
    secretGroup: 2,
    keywords: ['://'],
    validate: (secret, match) => isRealPassword(secret, urlUser(match)),
    tags: ['database', 'connection-string', 'password'],
  },
  {
    id: 'jdbc-connection-password',
    description: 'Password in a JDBC URL (`;password=`, `?password=`, Oracle thin `user/password@`)',
    severity: 'critical',
    regex: new RegExp(
      String.raw`\bjdbc:[a-z0-9]{2,20}:[^\s'"\x60<>]{0,300}?[?&;:](?:password|pwd)=([^&;\s'"\x60<>]{1,200})|` +
        String.raw`\bjdbc:oracle:(?:thin|oci8?):[^/\s:@'"\x60]{1,64}\/([^@\s'"\x60]{1,128})@`,
      'i',
    ),
    keywords: ['jdbc:'],
    validate: realPassword,
    tags: ['database', 'connection-string', 'password'],
  },
  {
    id: 'odbc-connection-password',
    description: 'Password in an ODBC / ADO.NET connection string (`Server=…;Password=…;`)',
    severity: 'critical',
    regex: new RegExp(
      String.raw`\b${CONNECTION_KEYS}[ \t]{0,3}=[^;\r\n]{0,200};(?:[ \t]{0,3}[A-Za-z][A-Za-z0-9 _]{0,30}=[^;\r\n]{0,200};){0,12}?` +
        String.raw`[ \t]{0,3}(?:password|pwd)[ \t]{0,3}=[ \t]{0,3}${ODBC_VALUE}`,
      'i',
    ),
    keywords: ['password', 'pwd'],
    validate: (secret, match) => SERVER_KEY.test(match) && realPassword(secret),
    tags: ['database', 'connection-string', 'password'],
  },
];
