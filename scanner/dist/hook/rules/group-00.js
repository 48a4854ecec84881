

// rules/generic/values.ts
var CODE_CALL = /^[A-Za-z_$@][\w$.:@-]*(?:\(|\[)/;
var MEMBER_ACCESS = /^[A-Za-z_$@][A-Za-z_$]*\d{0,3}(?:(?:[?!]?\.|::|->)[A-Za-z_$][A-Za-z_$]*\d{0,3})+[?!]?$/;
var WORDY = /^[^A-Za-z0-9]{0,3}[A-Za-z_.-]+[^A-Za-z0-9]{0,3}$/;
function randomCase(v) {
  const upper = v.replace(/[^A-Z]/g, "").length;
  const lower = v.replace(/[^a-z]/g, "").length;
  const vowels = v.replace(/[^aeiouAEIOU]/g, "").length;
  const ratio = upper / Math.max(1, upper + lower);
  return v.length >= 12 && ratio >= 0.25 && ratio <= 0.75 && vowels / (upper + lower) < 0.3;
}
var SELF_DESCRIBING = /token|secret|passw|apikey|api_key|credential/i;
var FABRICATED = /abc|xyz|123|456|789|qwerty|asdf/gi;
var NON_ASCII = /[^\x20-\x7e]/;
var REFERENCE = /\$\{|\{\{|\$\(|#\{|%\(|__[A-Z0-9_]+__|^\$\d|^\$[A-Za-z_]\w*$|^%[A-Za-z_]\w*%$|^@[A-Za-z_]\w*@$|^\{[^{}]*\}$|^<[^<>]*>$|^\[[^[\]]*\]$|^%[sdvqx]$|^\{\d{0,2}\}$|^!(?:Ref|Sub|GetAtt|ImportValue)\b|^arn:|^vault:|^op:\/\/|^sm:\/\/|^ref\+|^secret:|^env:|^file:|^base64:\$|getenv|environ|\benv\(|\bENV\b|fromEnv|secretKeyRef|valueFrom/;
var URL = /^[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\//;
var REGEX_SOURCE = /\[[^\][\s]{1,60}\](?:\{\d{1,4}(?:,\d{0,4})?\}|[*+?])/;
var PATH = /^(?:\.{0,2}\/|~\/|[A-Za-z]:[\\/]|\\\\)|^[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)+$|^[\w./-]*\/[\w.-]+\.[A-Za-z][A-Za-z0-9]{0,5}$/;
function isPath(v) {
  if (!PATH.test(v)) return false;
  return !v.split(/[\\/]/).some((seg) => seg.length >= 12 && /[A-Z]/.test(seg) && /[a-z]/.test(seg) && /[0-9+=]/.test(seg));
}
var FILE_NAME = /^[\w.-]+\.(?:pem|key|crt|cer|der|p12|pfx|jks|keystore|pub|gpg|asc|json|ya?ml|toml|txt|env|conf|cfg|ini|properties|xml|enc|secret|token)$/i;
var UUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
var HASH = /^(?:sha-?(?:1|224|256|384|512)|md5|blake2b?|xxh\d*)[-:]|^h1:|^\$(?:1|2[abxy]?|5|6|y|7|apr1|argon2(?:id|i|d)|pbkdf2[\w-]*|scrypt|sha\d*)\$|^\{(?:S?SHA\d*|S?MD5|CRYPT|PBKDF2[\w-]*)\}/i;
var VERSION = /^v?\d+(?:\.\d+){1,3}(?:[-+.~][0-9A-Za-z.-]+)?$/;
var NUMERIC = /^[\d\s:./,+-]+$/;
var EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
var IP = /^\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?$/;
var LITERAL = /^(?:true|false|yes|no|on|off|null|nil|none|undefined|empty|blank|unset|not[-_ ]?set|required|optional|disabled|enabled|n\/a|tbd|todo|fixme|string|hidden|masked|removed|omitted|sensitive|redacted|\*+|\.+|-+|x+)$/i;
var DOC_PASSWORDS = /^(?:password|passwd|passphrase|pass|pwd|secret|token|key|apikey|changeit|changeme|letmein|qwerty|qwertyuiop|hunter2|abc123|123456|12345678|123456789|admin|root|guest|test|testing|foo|bar|baz|foobar|foobared|s3cr3t|p@ss|p@ssw[o0]rd|passw[o0]rd|pa\$\$w[o0]rd|welcome|trustno1|iloveyou|notasecret|opensesame|default|example|sample|dummy|fake|mock|demo|postgres|mysql|mongo|mongodb|redis|rabbitmq|oracle|sa|tiger|scott|user|username|login|pw)$/i;
var PLACEHOLDER = /^(?:my|your|the|some|test|dummy|fake|sample|example|default|demo|mock|super|top|insert|enter|put|replace|change|paste|fill|set)?(?:with|in|your|the)?(?:app|api|db|database|admin|root|user|client|access|secret|private|auth|service|account|jwt|session|encryption|signing|master|bearer)?(?:password|passwd|passphrase|pass|pwd|secret|token|key|apikey|credentials?|creds|value)(?:s|here|goeshere|value|please)?$/i;
var WEAK_COUNTED = /^(?:password|passw[o0]rd|p@ssw[o0]rd|pass|pwd|secret|s3cr3t|admin|root|guest|test|changeme|letmein|qwerty|welcome|abc|demo|dev|local|user|example|sample|dummy|default)[-_.!]?\d{1,6}!?$/i;
function isDocumentationPassword(value) {
  const v = value.trim();
  if (v.length === 0 || LITERAL.test(v) || DOC_PASSWORDS.test(v)) return true;
  const squashed = v.replace(/[\s_.-]+/g, "");
  return squashed.length > 0 && squashed.length <= 48 && PLACEHOLDER.test(squashed);
}
function decodedText(v) {
  if (v.length % 4 !== 0 || !/^[A-Za-z0-9+/]{8,}={0,2}$/.test(v)) return null;
  const text = Buffer.from(v, "base64").toString("latin1");
  return /^[\x20-\x7e]+$/.test(text) ? text : null;
}
function encodesNoSecret(v) {
  const text = decodedText(v);
  if (text === null) return false;
  const password = text.slice(text.indexOf(":") + 1);
  return /\s/.test(text) || SELF_DESCRIBING.test(text) || isDocumentationPassword(password);
}
function isNotASecret(value) {
  const v = value.trim();
  return isDocumentationPassword(v) || WEAK_COUNTED.test(v) || WORDY.test(v) && !randomCase(v) || CODE_CALL.test(v) || MEMBER_ACCESS.test(v) || REFERENCE.test(v) || REGEX_SOURCE.test(v) || URL.test(v) || isPath(v) || FILE_NAME.test(v) || UUID.test(v) || HASH.test(v) || VERSION.test(v) || NUMERIC.test(v) || EMAIL.test(v) || IP.test(v) || SELF_DESCRIBING.test(v) || NON_ASCII.test(v) || new Set(v.match(FABRICATED)?.map((m) => m.toLowerCase())).size >= 2 || encodesNoSecret(v) || /^data:/i.test(v) || /\s/.test(v);
}
function hasVariety(value, n) {
  return new Set(value).size >= n;
}

// rules/url-credentials/userinfo.ts
var TEMPLATE = /^[$%]|^\{.*\}$|^<.*>$|^\[.*\]$|^\(.*\)$|\$\{|\{\{|\$\(|%[A-Z_]+%/;
var MASK = /^[*x•#.?_-]+$/i;
var MARKER = /^(?:x-oauth-basic|x-oauth-token|oauth2?|token|bearer)$/i;
function percentDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function isRealPassword(password, user = "") {
  const p = percentDecode(password).trim();
  const u = percentDecode(user).trim();
  if (p.length < 4 || new Set(p).size <= 2 || /^\d{1,5}$/.test(p)) return false;
  if (TEMPLATE.test(p) || MASK.test(p) || MARKER.test(p) || isDocumentationPassword(p)) return false;
  if (u !== "" && (p.toLowerCase() === u.toLowerCase() || TEMPLATE.test(u))) return false;
  return true;
}
function urlUser(match) {
  return /:\/\/([^:@/]*):/.exec(match)?.[1] ?? "";
}
function userinfoAfter(scheme) {
  return String.raw`\b(?:${scheme}):\/\/([^\s:@/?#'"\x60<>\\]{0,100}):([^\s/?#'"\x60<>\\]{1,200})@([^\s/?#'"\x60<>\\@:,;]{1,253})`;
}

// rules/generic/names.ts
var PASSWORD_HEADS = /* @__PURE__ */ new Set(["password", "passwd", "passphrase", "pwd", "pass", "pswd", "passwrd"]);
var SECRET_HEADS = /* @__PURE__ */ new Set([
  "secret",
  "token",
  "apikey",
  "secretkey",
  "accesskey",
  "privatekey",
  "authkey",
  "credential",
  "credentials",
  "creds",
  "cred",
  "auth",
  "authorization"
]);
var KEY_QUALIFIERS = /* @__PURE__ */ new Set([
  "api",
  "access",
  "secret",
  "private",
  "client",
  "app",
  "application",
  "master",
  "encryption",
  "encrypt",
  "decryption",
  "signing",
  "sign",
  "auth",
  "consumer",
  "account",
  "storage",
  "service",
  "subscription",
  "shared",
  "session",
  "hmac",
  "jwt",
  "webhook",
  "admin",
  "license",
  "sas",
  "management",
  "bot",
  "developer",
  "rest",
  "server",
  "integration",
  "partner",
  "merchant",
  "oauth",
  "cipher",
  "crypto",
  "aes",
  "root",
  "deploy",
  "ingest",
  "write",
  "read"
]);
var NON_SECRET_TOKENS = /* @__PURE__ */ new Set([
  "csrf",
  "xsrf",
  "forgery",
  "pad",
  "eos",
  "bos",
  "unk",
  "sep",
  "cls",
  "mask",
  "page",
  "next",
  "continuation",
  "cursor",
  "pagination",
  "sync",
  "cancel",
  "cancellation",
  "lexer",
  "parser",
  "syntax",
  "max",
  "num",
  "special",
  "start",
  "end",
  "input",
  "output",
  "prompt",
  "completion"
]);
var NOISE = /* @__PURE__ */ new Set([
  "value",
  "val",
  "str",
  "string",
  "raw",
  "plain",
  "plaintext",
  "default",
  "env",
  "prod",
  "production",
  "dev",
  "development",
  "stage",
  "staging",
  "stg",
  "test",
  "testing",
  "live",
  "sandbox",
  "local",
  "old",
  "new",
  "current",
  "primary",
  "secondary",
  "backup",
  "b64",
  "base64",
  "encoded",
  "base",
  "here"
]);
var PASS_WORDS = /(?:by|com|encom|over|under|tres|sur|multi|im)pass$/;
var COMPOUND_PASSWORD = /(?:password|passwd|passphrase|pwd|pass)$/;
var COMPOUND_SECRET = /(?:secret|token|apikey|secretkey|accesskey|privatekey|authkey)$/;
function identifierWords(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}
function classifyName(name) {
  const words = identifierWords(name);
  while (words.length > 1 && (NOISE.has(words[words.length - 1]) || /^v?\d+$/.test(words[words.length - 1]))) {
    words.pop();
  }
  const head = words[words.length - 1];
  if (head === void 0) return null;
  const prev = words[words.length - 2];
  if (PASSWORD_HEADS.has(head)) return "password";
  if (head === "key") return prev !== void 0 && KEY_QUALIFIERS.has(prev) ? "secret" : null;
  if (head === "token") return prev !== void 0 && NON_SECRET_TOKENS.has(prev) ? null : "secret";
  if (SECRET_HEADS.has(head)) return "secret";
  if (COMPOUND_PASSWORD.test(head) && !PASS_WORDS.test(head)) return "password";
  if (COMPOUND_SECRET.test(head) && !/^(?:csrf|xsrf)/.test(head)) return "secret";
  return null;
}
function leadingName(match) {
  const m = /^[\w.$-]+/.exec(match);
  return m ? m[0] : "";
}

// rules/credential-files/values.ts
var KEY_VALUE = new RegExp(
  String.raw`(?:pass|pwd|secret|token|key|auth|cred|identity)[\w.$-]{0,30}["'\]]{0,3}(?:[ \t]{0,8}(?:=>|:=|[=:])[ \t]{0,8}|[ \t]{1,8})` + String.raw`(?:"([^"\r\n]{1,256})"|'([^'\r\n]{1,256})'|([^\s"'#;,(){}\[\]<>]{1,256})(?:[\s"'#;,(){}\[\]<>]|$))`,
  "i"
);
var KEY_VALUE_KEYWORDS = ["pass", "pwd", "secret", "token", "key", "auth", "cred", "identity"];
var FILE_NAMES = /* @__PURE__ */ new Set(["pass", "passwd", "password", "identity", "secret_key", "api_key", "dbpass"]);
var NOT_THE_VALUE = /* @__PURE__ */ new Set([
  "id",
  "file",
  "path",
  "url",
  "uri",
  "type",
  "name",
  "user",
  "username",
  "hint",
  "cmd",
  "command",
  "helper",
  "length",
  "expiry",
  "expires",
  "ttl",
  "arn",
  "encrypted",
  "hash",
  "enabled",
  "required",
  "prompt",
  "policy",
  "header"
]);
function fullName(match, before) {
  const head = /[\w.$-]{0,60}$/.exec(before)?.[0] ?? "";
  return (head + (/^[\w.$-]+/.exec(match)?.[0] ?? "")).replace(/^\$/, "");
}
function isCredentialName(name) {
  const words = identifierWords(name);
  const last = words[words.length - 1];
  if (last === void 0 || NOT_THE_VALUE.has(last)) return false;
  return FILE_NAMES.has(name.toLowerCase()) || classifyName(name) !== null;
}
function isFileCredential(secret, match, before) {
  if (/[([{<]$/.test(match)) return false;
  return isCredentialName(fullName(match, before)) && isRealPassword(secret);
}

// rules/credential-files/app-configs.ts
var APP_FILES = /(?:^|\/)(?:config\/(?:database|mongoid|secrets)\.ya?ml|(?:database|mongoid|secrets)\.ya?ml|settings(?:_\w+)?\.py|settings\/\w+\.py|config(?:\.inc)?\.php|settings(?:\.local)?\.php|configuration\.php|LocalSettings\.php)$/i;
var ENV_FILES = /(?:^|\/)(?:\.env(?:\.[\w-]+)*|\.envrc|\.bashrc|\.bash_profile|\.bash_login|\.bash_aliases|\.profile|\.zshrc|\.zshenv|\.zprofile|\.kshrc|\.config\/fish\/config\.fish)$/;
var WP_NAMES = "DB_PASSWORD|(?:SECURE_)?AUTH_(?:KEY|SALT)|LOGGED_IN_(?:KEY|SALT)|NONCE_(?:KEY|SALT)";
var rules = [
  {
    id: "app-config-credentials",
    description: "Database password or signing key in a framework config file (Rails database.yml/secrets.yml, Django settings.py, PHP config.php)",
    severity: "high",
    path: APP_FILES,
    regex: KEY_VALUE,
    keywords: KEY_VALUE_KEYWORDS,
    validate: isFileCredential,
    tags: ["credential-file", "app-config"]
  },
  {
    id: "wordpress-config-secret",
    description: "Database password or authentication key/salt in wp-config.php (developer.wordpress.org/apis/wp-config-php)",
    severity: "high",
    path: /(?:^|\/)wp-config(?:[\w.-]*)?\.php$/i,
    regex: new RegExp(
      String.raw`define\([ \t]{0,4}["'](?:${WP_NAMES})["'][ \t]{0,4},[ \t]{0,16}(?:'([^'\r\n]{1,256})'|"([^"\r\n]{1,256})")`
    ),
    keywords: ["define("],
    // WordPress ships `put your unique phrase here` and `password_here` in wp-config-sample.php.
    validate: (secret, match) => !/unique phrase|password_here/i.test(secret) && (match.includes("DB_PASSWORD") ? isRealPassword(secret) : secret.length >= 16),
    tags: ["credential-file", "app-config", "wordpress"]
  },
  {
    id: "rails-master-key",
    description: "Rails master key (config/master.key or credentials/<env>.key): decrypts config/credentials.yml.enc",
    severity: "critical",
    path: /(?:^|\/)config\/(?:master|credentials\/[\w-]+)\.key$/,
    regex: /^[ \t]*([0-9a-f]{32})[ \t]*$/m,
    keywords: [],
    entropy: 3,
    tags: ["credential-file", "app-config", "rails"]
  },
  {
    id: "env-file-credentials",
    description: "Credential-named variable set in a .env file or shell start-up file (.bashrc, .zshrc, .bash_profile, .envrc)",
    severity: "high",
    path: ENV_FILES,
    regex: KEY_VALUE,
    keywords: KEY_VALUE_KEYWORDS,
    validate: isFileCredential,
    allowlists: [
      {
        description: "committed templates of a .env file",
        paths: [/(?:^|\/)\.env\.(?:[\w-]+\.)*(?:example|sample|template|dist|defaults|schema|tpl)$/]
      }
    ],
    tags: ["credential-file", "env-file"]
  }
];

// rules/credential-files/hashes.ts
var PASSWORD_HASH = [
  String.raw`\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}`,
  String.raw`\$[156]\$(?:rounds=\d{1,9}\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{22,86}`,
  String.raw`\$apr1\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}`,
  String.raw`\$(?:y|7|gy)\$[./A-Za-z0-9]{1,120}\$[./A-Za-z0-9]{1,86}\$[./A-Za-z0-9]{43}`,
  String.raw`\$argon2(?:id|i|d)\$v=\d{1,3}\$m=\d{1,9},t=\d{1,4},p=\d{1,3}\$[A-Za-z0-9+/]{11,64}\$[A-Za-z0-9+/]{16,128}`,
  String.raw`\$[PH]\$[./A-Za-z0-9]{31}`,
  String.raw`(?:pbkdf2_sha(?:1|256)|bcrypt_sha256|argon2)\$[^\s'"$]{1,80}\$[^\s'"]{10,200}`,
  String.raw`\*[0-9A-F]{40}`
].join("|");
var HASH_KEYWORDS = [
  "$2a$",
  "$2b$",
  "$2y$",
  "$2x$",
  "$1$",
  "$5$",
  "$6$",
  "$apr1$",
  "$y$",
  "$7$",
  "$gy$",
  "$argon2",
  "$p$",
  "$h$",
  "pbkdf2_sha",
  "bcrypt_sha256$"
];
var rules2 = [
  {
    id: "unix-password-hash",
    description: "Password hash in a shadow, master.passwd or FTP user file (user:hash:…): crackable offline",
    severity: "high",
    path: /(?:^|\/)(?:g?shadow-?|master\.passwd|passwd-?|[\w.-]*\.passwd|proftpdpasswd|ftpd\.passwd|ftpusers\.db\.txt)$/,
    regex: new RegExp(String.raw`^[ \t]{0,8}[^:\s#]{1,64}:(${PASSWORD_HASH}):`, "m"),
    keywords: HASH_KEYWORDS,
    tags: ["credential-file", "password-hash"]
  },
  {
    id: "sql-dump-password-hash",
    description: "User password hash in a database dump (INSERT rows, COPY data): crackable offline",
    severity: "medium",
    path: /\.(?:sql|dump|pgdump|mysql)(?:\.txt)?$/i,
    regex: new RegExp(String.raw`(?:['"\t,(]|^)(${PASSWORD_HASH})(?:['"\t,)]|$)`, "m"),
    keywords: [...HASH_KEYWORDS, "mysql_native_password"],
    tags: ["credential-file", "password-hash", "database"]
  },
  {
    id: "sql-user-password",
    description: "Database user created or changed with a literal password (`IDENTIFIED BY …`, `CREATE ROLE … PASSWORD …`)",
    severity: "high",
    regex: /\b(?:identified[ \t]{1,4}(?:with[ \t]{1,4}\w{1,40}[ \t]{1,4})?by(?:[ \t]{1,4}password)?|(?:create|alter)[ \t]{1,4}(?:user|role)[ \t]{1,4}["\x60]?[\w.@%-]{1,64}["\x60]?[ \t]{1,4}(?:with[ \t]{1,4})?(?:login[ \t]{1,4})?(?:encrypted[ \t]{1,4})?password|set[ \t]{1,4}password[ \t]{1,4}for[ \t]{1,4}[^=\r\n]{1,100}=[ \t]{0,4}password\()[ \t]{0,4}(?:'([^'\r\n]{1,256})'|"([^"\r\n]{1,256})")/i,
    keywords: [
      "identified by",
      "identified with",
      "create user",
      "alter user",
      "create role",
      "alter role",
      "set password"
    ],
    validate: (secret) => isRealPassword(secret),
    tags: ["credential-file", "database"]
  }
];

// rules/credential-files/infra.ts
var TFSTATE_NAME = /(?:password|secret|token|private_key(?:_pem|_openssh)?|access_key|api_key|connection_string|sas|auth_key|master_key|client_key|shared_key)$/;
var rules3 = [
  {
    id: "kubeconfig-credentials",
    description: "Bearer token or password of a cluster user in a kubeconfig (kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig)",
    severity: "critical",
    path: /(?:^|\/)(?:\.kube\/config|kubeconfig(?:[-_][\w-]+)?(?:\.ya?ml)?|[\w.-]+\.kubeconfig(?:\.ya?ml)?|kube[-_]?config\.ya?ml|admin\.conf)$/i,
    regex: /^[ \t]{0,24}(?:token|password)[ \t]{0,4}:[ \t]{0,4}["']?([^\s"'#]{1,8192})/m,
    keywords: ["token", "password"],
    validate: (secret) => isRealPassword(secret),
    tags: ["credential-file", "kubernetes"]
  },
  {
    id: "terraform-state-secret",
    description: "Sensitive attribute (password, key, token) stored in clear in Terraform state (*.tfstate)",
    severity: "critical",
    path: /\.tfstate(?:\.backup|\.\d+\.backup)?$/,
    regex: /"([a-z0-9_]{1,64})"[ \t]{0,4}:[ \t]{0,4}"((?:[^"\\\r\n]|\\.){4,8192})"/,
    secretGroup: 2,
    keywords: ["password", "secret", "token", "private_key", "access_key", "api_key", "connection_string", '_key"'],
    validate: (secret, match) => {
      const name = /^"([a-z0-9_]+)"/.exec(match)?.[1] ?? "";
      return TFSTATE_NAME.test(name) && isRealPassword(secret);
    },
    tags: ["credential-file", "terraform"]
  },
  {
    // Terraform/HCL arguments named *password take a literal (azurerm_mssql_server
    // administrator_login_password, aws_db_instance password, …): a quoted literal there is the
    // password itself, weak or not; `${…}` interpolations and var./data. references are not.
    id: "terraform-config-password",
    description: "Literal password argument in a Terraform or HCL file (*.tf, *.tfvars, *.hcl)",
    severity: "high",
    path: /\.(?:tf|tfvars|hcl)$/i,
    regex: /^[ \t]{0,24}[a-z0-9_]{0,40}password[ \t]{0,8}=[ \t]{0,4}"([^"\\$\r\n]{1,256})"/im,
    keywords: ["password"],
    validate: (secret) => isRealPassword(secret),
    tags: ["credential-file", "terraform"]
  },
  {
    // packageSourceCredentials keep a clear-text password under ClearTextPassword
    // (learn.microsoft.com/nuget/reference/nuget-config-file#packagesourcecredentials); the
    // `Password` key holds a DPAPI blob only the same Windows user can decrypt.
    id: "nuget-config-password",
    description: "Clear-text package source password in a NuGet.Config",
    severity: "high",
    path: /(?:^|\/)nuget\.config$/i,
    regex: /<add[ \t]{1,8}key="ClearTextPassword"[ \t]{1,8}value="([^"\r\n]{1,512})"/i,
    keywords: ["cleartextpassword"],
    validate: (secret) => !/^%[\w.-]+%$/.test(secret) && isRealPassword(secret),
    tags: ["credential-file", "package-registry"]
  }
];

// rules/credential-files/key-stores.ts
var KEY_STORES = /(?:^|\/)(?:[^/]+\.(?:p12|pfx|jks|jceks|keystore|bks|bcfks|uber|kdbx|kdb|psafe3|keychain(?:-db)?|ppk|agilekeychain|opvault|gpg-keyring)|id_(?:rsa|dsa|ecdsa|ed25519|ecdsa_sk|ed25519_sk)|secring\.(?:gpg|skr)|private-keys-v1\.d\/[^/]+\.key|secrets\/(?:master\.key|hudson\.util\.Secret)|credentials-config\.json|\.mylogin\.cnf|wallet\.dat)$/i;
var rules4 = [
  {
    id: "key-store-file",
    description: "A key store is committed (PKCS#12, Java keystore, KeePass, keychain, PuTTY or SSH private key file, GnuPG or Jenkins secret keys)",
    severity: "high",
    path: KEY_STORES,
    keywords: [],
    // Its own key (a PEM private key in id_rsa) is reported instead when a rule can read it
    // (the detector ranks a key-store finding below every other finding in the same file).
    tags: ["credential-file", "key-store"]
  }
];

// rules/docker/basic-auth.ts
var PLACEHOLDER_PASSWORD = /^(?:password|passwd|pass|secret|token|changeme|<[^>]*>|\$\{[^}]*\})$/i;
function isUserPassBase64(secret) {
  const decoded = Buffer.from(secret, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon <= 0 || colon === decoded.length - 1 || !/^[\x20-\x7e]+$/.test(decoded)) return false;
  return !PLACEHOLDER_PASSWORD.test(decoded.slice(colon + 1));
}

// rules/credential-files/tool-configs.ts
var TOOL_FILES = /(?:^|\/)(?:\.?my\.cnf|\.s3cfg|\.?boto(?:\.cfg)?|\.pypirc|\.aws\/(?:credentials|config)|\.esmtprc|\.?msmtprc|\.fetchmailrc|\.tugboat|ventrilo_srv\.ini|\.?odbc\.ini|\.npmrc|\.gem\/credentials|\.config\/hub|\.config\/gh\/hosts\.ya?ml|\.cargo\/credentials(?:\.toml)?|gradle\.properties|\.databrickscfg|\.snowsql\/config|\.dbt\/profiles\.ya?ml|rclone\.conf|\.?wgetrc|\.smbcredentials|\.cifs(?:creds|credentials)?)$/i;
var JSON_FILES = /(?:^|\/)(?:sftp-config\.json|\.ftpconfig|\.remote-sync\.json|\.vscode\/sftp\.json|deployment-config\.json|heroku\.json|data-sources(?:-\d+)?\.json|robomongo\.json|robo3t\.json|auth\.json|credentials\.tfrc\.json)$/i;
var XML_FILES = /(?:^|\/)(?:recentservers\.xml|sitemanager\.xml|filezilla\.xml|WebServers\.xml|settings(?:-security)?\.xml|tomcat-users\.xml)$/i;
var JSON_NAMES = String.raw`password|pass|passwd|passphrase|userPassword|sshUserPassword|sshPassphrase|api_?[Kk]ey|token|secret|oauth_token`;
var rules5 = [
  {
    id: "tool-config-credentials",
    description: "Password or token in a tool configuration file (.my.cnf, .s3cfg, .boto, .pypirc, AWS credentials, gradle.properties, …)",
    severity: "high",
    path: TOOL_FILES,
    regex: KEY_VALUE,
    keywords: KEY_VALUE_KEYWORDS,
    validate: isFileCredential,
    tags: ["credential-file", "tool-config"]
  },
  {
    id: "json-config-credentials",
    description: "Password or token in a JSON tool configuration (SFTP/FTP sync, DBeaver, Robo 3T, Composer auth.json, deployment configs)",
    severity: "high",
    path: JSON_FILES,
    regex: new RegExp(String.raw`"(?:${JSON_NAMES})"[ \t]{0,8}:[ \t]{0,8}"([^"\\\r\n]{1,512})"`),
    keywords: ["pass", "key", "token", "secret"],
    validate: (secret) => isRealPassword(secret),
    tags: ["credential-file", "tool-config"]
  },
  {
    id: "xml-config-credentials",
    description: "Password in an XML tool configuration (FileZilla sites, JetBrains deployment servers, Maven settings, Tomcat users)",
    severity: "high",
    path: XML_FILES,
    regex: /<(?:Pass|password|passphrase)(?:[ \t]{1,4}encoding="base64")?>([^<\r\n]{1,512})<\/|\b(?:password|pass)="([^"\r\n]{1,512})"/,
    keywords: ["pass"],
    validate: (secret, match) => {
      if (/^&lt;/.test(secret)) return false;
      if (!/encoding="base64"/.test(match)) return isRealPassword(secret);
      const plain = Buffer.from(secret, "base64").toString("utf8");
      return /^[\x20-\x7e]+$/.test(plain) && isRealPassword(plain);
    },
    tags: ["credential-file", "tool-config"]
  },
  {
    id: "dockercfg-auth",
    description: 'Registry credentials in a legacy .dockercfg ("auth": base64 user:password, no "auths" map)',
    severity: "high",
    path: /(?:^|\/)\.dockercfg$/,
    regex: /"auth"[ \t]{0,5}:[ \t]{0,5}"([A-Za-z0-9+/]{8,1024}={0,2})"/,
    keywords: ['"auth"'],
    validate: isUserPassBase64,
    tags: ["credential-file", "docker", "package-registry"]
  }
];

// rules/credential-files/rule.ts
var HTPASSWD_HASH = String.raw`\$(?:apr1|2[abxy]?|5|6|y)\$[^\s:]{8,200}|\{SHA\}[A-Za-z0-9+/]{27}=|[./0-9A-Za-z]{13}`;
var loginFiles = [
  {
    id: "htpasswd-credentials",
    description: "Apache/nginx .htpasswd entry (user:password-hash): crackable offline, grants HTTP basic auth",
    severity: "medium",
    path: /(?:^|\/)(?:\.htpasswd[\w.-]*|htpasswd)$/i,
    regex: new RegExp(String.raw`^[ \t]{0,8}([^:\s#]{1,64}):(${HTPASSWD_HASH})[ \t]{0,8}$`, "m"),
    secretGroup: 2,
    keywords: [":"],
    tags: ["credential-file", "basic-auth", "htpasswd"]
  },
  {
    id: "netrc-credentials",
    description: "Password in a .netrc / _netrc file (`machine … login … password …`)",
    severity: "high",
    path: /(?:^|\/)[._]?netrc$/i,
    regex: /\b(?:machine\s{1,10}\S{1,253}|default)(?:\s{1,10}(?:login|account|port|protocol)\s{1,10}\S{1,253}){0,4}\s{1,10}password\s{1,10}(\S{1,256})/,
    keywords: ["password"],
    validate: (secret, match) => {
      const login = /\blogin\s+(\S+)/.exec(match)?.[1] ?? "";
      return login.toLowerCase() !== "anonymous" && isRealPassword(secret, login);
    },
    tags: ["credential-file", "basic-auth", "netrc"]
  },
  {
    id: "git-credentials",
    description: "Password or token stored by git credential-store in .git-credentials",
    severity: "high",
    path: /(?:^|\/)\.?git-credentials$/,
    regex: /^[ \t]{0,8}[a-z][a-z0-9+.-]{1,20}:\/\/([^\s:@/]{0,200}):([^\s@/]{1,500})@[^\s/@]{1,253}/m,
    secretGroup: 2,
    keywords: ["://"],
    validate: (secret, match) => isRealPassword(secret, /:\/\/([^:]*):/.exec(match)?.[1] ?? ""),
    tags: ["credential-file", "basic-auth", "git"]
  },
  {
    id: "pgpass-credentials",
    description: "Password in a PostgreSQL password file (`host:port:database:user:password`)",
    severity: "high",
    path: /(?:^|\/)(?:\.pgpass|pgpass\.conf)$/i,
    regex: /^[ \t]{0,8}([^:\r\n#]{1,253}):(\*|\d{1,5}):([^:\r\n]{1,100}):([^:\r\n]{1,100}):([^\r\n]{1,256})$/m,
    secretGroup: 5,
    keywords: [":"],
    validate: (secret, match) => isRealPassword(secret, match.split(":")[3] ?? ""),
    tags: ["credential-file", "database", "pgpass"]
  }
];
var rules6 = [...loginFiles, ...rules5, ...rules, ...rules2, ...rules3, ...rules4];

// rules/database/rule.ts
var SCHEMES = String.raw`(?:postgres(?:ql)?|pgsql|mysqlx?|mariadb|mongodb|rediss?|valkey|amqps?|mqtts?|nats|kafka|stomp|mssql|sqlserver|oracle|cockroach(?:db)?|clickhouse|couchdbs?|couchbases?|neo4j|bolt|cassandra|scylla|memcached?|influxdb|db2|snowflake|presto|trino|vertica|sybase|firebird|hana|tidb|yugabyte|arangodb|rethinkdb)(?:\+[a-z0-9_]{1,20})?`;
var CONNECTION_KEYS = String.raw`(?:server|data source|datasource|host|hostname|address|addr|network address|dsn|driver|provider|database|initial catalog|user id|userid|uid|user|username|port)`;
var ODBC_VALUE = String.raw`(?:"([^"\r\n]{1,200})"|'([^'\r\n]{1,200})'|\{([^}\r\n]{1,200})\}|([^;"'\r\n]{1,200}))`;
function realPassword(secret) {
  return isRealPassword(secret.trim());
}
var SERVER_KEY = /\b(?:server|data source|datasource|host|hostname|address|addr|network address|dsn|driver|provider|database|initial catalog)[ \t]*=/i;
var rules7 = [
  {
    id: "database-connection-url",
    description: "Password in a database or message broker URL (postgres, mysql, mongodb, redis, amqp, mssql …)",
    severity: "critical",
    regex: new RegExp(userinfoAfter(SCHEMES), "i"),
    secretGroup: 2,
    keywords: ["://"],
    validate: (secret, match) => isRealPassword(secret, urlUser(match)),
    tags: ["database", "connection-string", "password"]
  },
  {
    id: "jdbc-connection-password",
    description: "Password in a JDBC URL (`;password=`, `?password=`, Oracle thin `user/password@`)",
    severity: "critical",
    regex: new RegExp(
      String.raw`\bjdbc:[a-z0-9]{2,20}:[^\s'"\x60<>]{0,300}?[?&;:](?:password|pwd)=([^&;\s'"\x60<>]{1,200})|` + String.raw`\bjdbc:oracle:(?:thin|oci8?):[^/\s:@'"\x60]{1,64}\/([^@\s'"\x60]{1,128})@`,
      "i"
    ),
    keywords: ["jdbc:"],
    validate: realPassword,
    tags: ["database", "connection-string", "password"]
  },
  {
    id: "odbc-connection-password",
    description: "Password in an ODBC / ADO.NET connection string (`Server=…;Password=…;`)",
    severity: "critical",
    regex: new RegExp(
      String.raw`\b${CONNECTION_KEYS}[ \t]{0,3}=[^;\r\n]{0,200};(?:[ \t]{0,3}[A-Za-z][A-Za-z0-9 _]{0,30}=[^;\r\n]{0,200};){0,12}?` + String.raw`[ \t]{0,3}(?:password|pwd)[ \t]{0,3}=[ \t]{0,3}${ODBC_VALUE}`,
      "i"
    ),
    keywords: ["password", "pwd"],
    validate: (secret, match) => SERVER_KEY.test(match) && realPassword(secret),
    tags: ["database", "connection-string", "password"]
  }
];

// rules/generic/assignment.ts
var TYPED_ASSIGN = String.raw`:[ \t]{0,3}&?[A-Za-z_][\w.]{0,30}(?:<[^<>\r\n]{0,40}>)?\??[ \t]{0,3}=|[ \t]{1,3}(?:string|String|str)[ \t]{0,3}=`;
var TOKEN_END = String.raw`(?:[^A-Za-z0-9_-]|$)`;
function assignedTo(name, value, end = TOKEN_END) {
  return new RegExp(
    String.raw`${name}[\w.-]{0,30}?(?:\\?["'\x60]|\]){0,3}[ \t]{0,3}(?:${TYPED_ASSIGN}|={1,2}|:={1,2}|=>|:|,|\()[ \t]{0,3}(?:\\?["'\x60])?(${value})${end}`,
    "i"
  );
}

// rules/datadog/rule.ts
var DD = String.raw`(?:datadog|(?:^|[^a-z0-9])dd)[\w.-]{0,20}?`;
var END = String.raw`(?:[^a-z0-9]|$)`;
var rules8 = [
  {
    id: "datadog-api-key",
    description: "Datadog API key (32 hex) assigned to a Datadog/DD API key setting",
    severity: "high",
    regex: assignedTo(String.raw`${DD}api[_.-]?key`, "[a-f0-9]{32}", END),
    keywords: ["datadog", "dd"],
    entropy: 3,
    tags: ["datadog", "monitoring", "api-key"]
  },
  {
    id: "datadog-app-key",
    description: "Datadog application key (40 hex) assigned to a Datadog/DD app key setting",
    severity: "high",
    regex: assignedTo(String.raw`${DD}app(?:lication)?[_.-]?key`, "[a-f0-9]{40}", END),
    keywords: ["datadog", "dd"],
    entropy: 3,
    tags: ["datadog", "monitoring", "api-key"]
  }
];

// rules/entropy.ts
function shannonEntropy(s) {
  if (s.length === 0) return 0;
  const counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

// rules/generic/known-formats.ts
var PREFIXES = [
  // AI and SaaS (rules/openai … rules/newrelic)
  /^sk-(?:proj|svcacct|admin|None|ant)-/,
  /^sk-[A-Za-z0-9]{20}T3BlbkFJ/,
  /^(?:hf|api_org)_[A-Za-z]{30}/,
  /^(?:gsk|figd|ntn|glc|glsa|lin_api|lin_oauth|dckr_pat)_/,
  /^dapi[a-fA-F0-9]{32}/,
  /^ops_eyJ/,
  /^secret_[A-Za-z0-9]{43}$/,
  /^tskey-/,
  /^vc[pikar]_/,
  /^PMAK-/,
  /^(?:EAAA|sq0[a-z]{3}-)/,
  /^AT(?:ATT|CTT|BB)/,
  /^cf(?:at|ut|k)_/,
  /^v1\.0-[a-f0-9]{24}-/,
  /^do[opr]_v1_/,
  /^HRKU-/,
  /^shp(?:at|ca|pa|ss)_/,
  /^hv[sbr]\./,
  /^s\.[A-Za-z0-9]{24}$/,
  /\.atlasv1\./,
  /^AGE-SECRET-KEY-/,
  /^A3-[A-Z0-9]{6}-[A-Z0-9]/,
  /^NR(?:AK|JS|II)-|NRAL$/,
  /^eyJ/,
  /^\d{5,12}:[A-Za-z0-9_-]{30,40}$/,
  // cloud, code hosts, chat, keys, registries, mail (formats with a well-known shape)
  /^(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$/,
  /^AIza[\w-]{35}$/,
  /^ya29\./,
  /^(?:gh[pousr]_|github_pat_|gl[a-z]{2,7}-|GR1348941)/,
  /^xox[a-z]-|^xapp-/,
  /^(?:[sr]k|pk|whsec)_(?:live|test|prod)?_?[A-Za-z0-9]/,
  /^SG\.[\w-]{16,}\.[\w-]{16,}$/,
  /^(?:npm_|pypi-|rubygems_|xkeysib-|key-[a-f0-9]{32}$)/,
  /^(?:SK|AC)[a-f0-9]{32}$/,
  /^-----BEGIN/,
  /^(?:DefaultEndpointsProtocol|AccountKey|SharedAccessSignature|Endpoint)=/,
  /^[A-Za-z0-9+/]{86}==$/
  // Azure storage account key (64 bytes, base64)
];
function isKnownFormat(value) {
  return PREFIXES.some((re) => re.test(value));
}
var OWNED_NAMES = /(?:aws|amazon)[\w.-]{0,20}(?:secret|session|security)/i;
function isOwnedName(name) {
  return OWNED_NAMES.test(name);
}

// rules/generic/stopwords.ts
var WORDS = `
about access account action active adapter address admin agent alert alpha amazon android
angular animation ansible apache apple archive array article asset async audio audit auth
author auto automatic awesome azure backend backup badge banner basic batch beta better binary
binding block blog board book boost boot bootstrap bot bower branch bridge browser buffer bug
build builder bundle button cache calendar call camera captcha card case cat category center
change changelog channel chart chat check checker chrome class classic clean cli client clone
cloud cluster cms code coffee color command comment commit common community compiler
component composer config connect connector console contact container content context
control cookie copy core count counter course create creator credential cron crud css csv
custom daemon dashboard data database date debug default demo deploy deployment design
desktop detector dev device diff digital directory discord display django doc docker
document domain download draft driver dropbox dummy dynamic easy editor email embed engine
entry env error event example exchange export extension external facebook factory fake
feature feed field file filter finder firebase first fix flask flow folder font form
format forum foo bar baz framework free frontend function game gateway generator generic
github gitlab global go golang google gradle graph group guide handler hash hello help
helper hidden home hook host html http icon image import index info input install
instance internal issue item java javascript jenkins job json kafka key kubernetes label
lambda language laravel latest layout learn legacy lib library license line link linux
list loader local lock log logger login lorem ipsum mail main manager manual map master
media memory menu message meta method metrics migration mobile mock model module mongo
monitor music mysql name native network new next nginx node note notification number oauth
object official old open option oracle order output package page panel parser password
path pattern payment php pipeline placeholder platform player plugin policy pool portal
post postgres preview private product production profile project proxy public pull push
python query queue random react reader readme redis registry release remote replace
report repo request resource response rest review role route router ruby rule runner
sample sandbox scanner schema script sdk search secret secure security server service
session setting settings setup shared shell shop simple site slack slug snapshot socket
source spring sql stack staging standard start state static status storage store stream
string style sample support swift sync system table tag target task team template temp
terraform test testing text theme token tool tracker tutorial type ui update upload url
user util utility value vault version video view web webhook website widget wiki window
word worker workflow wrapper yaml your mine our their demo changeme replace insert
my me we us it its is be to of in on at by for and or not no yes the this that api app key
dev prod stg qa uat abc xyz foo bar baz qux tmp id db sa pw
`;
var STOPWORDS = new Set(WORDS.split(/\s+/).filter((w) => w.length > 0));
function isWord(piece) {
  return STOPWORDS.has(piece) || piece.length >= 5 && piece.endsWith("s") && STOPWORDS.has(piece.slice(0, -1));
}
function hasStopword(value) {
  const pieces = value.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z]+/).filter((p) => p.length >= 2);
  if (pieces.some((p) => p.length >= 4 && isWord(p))) return true;
  const letters = pieces.reduce((n, p) => n + p.length, 0);
  return pieces.length >= 2 && letters * 2 >= value.length && pieces.every(isWord);
}

// rules/generic/rule.ts
var OPERATOR = String.raw`(?:\\?["'\x60]|\]){0,3}[ \t]{0,3}(?:${TYPED_ASSIGN}|={1,3}|:={1,2}|::=|\?=|\+=|=>|:|>|<-|,|\()[ \t]{0,3}`;
var SCHEME = String.raw`(?:(?:bearer|basic|token|bot)[ \t]{1,3})?`;
var VALUE = String.raw`(?:\\?"${SCHEME}([^"\\\s]{6,200})\\?"|'${SCHEME}([^'\\\s]{6,200})'|\x60([^\x60\\\s]{6,200})\x60|` + String.raw`${SCHEME}([^\s"'\x60;,<>{}()\[\]\\&|]{6,200})(?:[\s"'\x60;,<>)\]}\\&|]|$))`;
var nameWith = (words) => String.raw`(?:${words})[\w.$-]{0,30}`;
var PASSWORD_NAME = nameWith("pass|pwd|pswd");
var SECRET_NAME = nameWith("secret|token|key|auth|cred");
var MIN_LENGTH = { password: 8, secret: 12 };
var MIN_ENTROPY = { password: 3, secret: 3.5 };
var HASH_CONTEXT = {
  description: "digests named as such on the same line",
  regexTarget: "line",
  regexes: [
    /(?:sha-?(?:1|224|256|384|512)?|md5|hash|digest|checksum|commit|integrity|revision|etag|fingerprint)\b.{0,120}\b(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})\b/i,
    /\b(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})\b.{0,120}\b(?:sha-?(?:1|224|256|384|512)?|md5|hash|digest|checksum|commit|integrity|revision|etag|fingerprint)/i
  ]
};
var DIGEST_FILES = { paths: [/(?:^|\/)(?:go\.(?:sum|mod|work\.sum)|[\w.-]+\.lock|[\w.-]+-lock\.(?:json|ya?ml))$/] };
function acceptableValue(kind, secret) {
  const minEntropy = /^[0-9a-f]+$/i.test(secret) ? Math.min(MIN_ENTROPY[kind], 3) : MIN_ENTROPY[kind];
  return secret.length >= MIN_LENGTH[kind] && shannonEntropy(secret) >= minEntropy && hasVariety(secret, 5) && !isNotASecret(secret) && !isKnownFormat(secret) && !hasStopword(secret);
}
function judge(name, secret) {
  const kind = classifyName(name);
  return kind !== null && !isOwnedName(name) && acceptableValue(kind, secret) ? kind : null;
}
function quotedAfterListOperator(match) {
  const m = /^[\w.$-]+(?:\\?["'\x60]|\]){0,3}[ \t]*([,(])?[ \t]*(\\?["'\x60])?/.exec(match);
  return !m?.[1] || m[2] !== void 0;
}
function fullName2(match, before) {
  return (/[\w.$-]{0,40}$/.exec(before)?.[0] ?? "") + leadingName(match);
}
function assignment(kind) {
  return (secret, match, before) => quotedAfterListOperator(match) && judge(fullName2(match, before), secret) === kind;
}
var rules9 = [
  {
    id: "generic-password",
    description: "Password assigned to a password-named variable, key, attribute or setting",
    severity: "medium",
    regex: new RegExp(PASSWORD_NAME + OPERATOR + VALUE, "i"),
    keywords: ["pass", "pwd", "pswd"],
    entropy: 3,
    validate: assignment("password"),
    allowlists: [HASH_CONTEXT, DIGEST_FILES],
    tags: ["generic", "password"]
  },
  {
    id: "generic-secret",
    description: "Secret, token, API key or credential assigned to a credential-named variable or setting",
    severity: "medium",
    regex: new RegExp(SECRET_NAME + OPERATOR + VALUE, "i"),
    keywords: ["secret", "token", "key", "auth", "cred"],
    entropy: 3,
    validate: assignment("secret"),
    allowlists: [HASH_CONTEXT, DIGEST_FILES],
    tags: ["generic", "api-key"]
  },
  {
    id: "generic-secret-cli-flag",
    description: "Password or token passed as a command-line flag value (`--password hunter…`)",
    severity: "medium",
    regex: new RegExp(
      String.raw`(?:^|[ \t])--?(?:[a-z0-9]{1,20}-){0,2}(?:password|passwd|pass|pwd|secret|token|api-?key|access-?key|secret-?key|auth|credentials?)[ \t]{1,3}` + String.raw`(?:"([^"\s]{6,200})"|'([^'\s]{6,200})'|([^\s"'\x60;|&<>()]{6,200})(?:[\s;|&<>)]|$))`,
      "i"
    ),
    keywords: ["pass", "pwd", "secret", "token", "key", "auth", "cred"],
    entropy: 3,
    validate: (secret, match) => judge(/--?([\w-]+)/.exec(match)?.[1] ?? "", secret) !== null,
    tags: ["generic", "cli"]
  },
  {
    id: "generic-secret-key-value",
    description: 'Credential in a name/value pair (`<add key="DbPassword" value=…>`, Kubernetes env entries)',
    severity: "medium",
    regex: new RegExp(
      String.raw`\b(?:key|name)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?[\w.:-]{0,40}?(?:pass|pwd|secret|token|key|auth|cred)[\w.:-]{0,40}["']?[ \t]{0,3},?\s{1,40}?` + String.raw`["']?value["']?[ \t]{0,3}[:=][ \t]{0,3}(?:"([^"\s]{6,200})"|'([^'\s]{6,200})'|([^\s"',<>{}\[\]]{6,200})(?:[\s"',<>}\]]|$))`,
      "i"
    ),
    keywords: ["value"],
    entropy: 3,
    validate: (secret, match) => judge(/^(?:key|name)["']?\s*[:=]\s*["']?([\w.:-]+)/i.exec(match)?.[1] ?? "", secret) !== null,
    tags: ["generic", "config"]
  }
];

// rules/url-credentials/rule.ts
var SCHEMES2 = String.raw`https?|ftps?|sftp|ssh|git|git\+(?:https?|ssh)|svn(?:\+ssh)?|smb|cifs|ldaps?|wss?|rtsps?|sips?|imaps?|pop3s?|smtps?|socks[45]h?|nntp|davs?|webdavs?|rsync|telnet|vnc|xmpp`;
var rules10 = [
  {
    id: "url-credentials",
    description: "Password embedded in a URL (`https://user:password@host`, ftp, ssh, smtp, proxies …)",
    severity: "high",
    regex: new RegExp(userinfoAfter(SCHEMES2), "i"),
    secretGroup: 2,
    keywords: ["://"],
    validate: (secret, match) => isRealPassword(secret, urlUser(match)) && !/^anonymous$/i.test(urlUser(match)),
    allowlists: [{ description: "owned by the git-credentials rule", paths: [/(?:^|\/)\.git-credentials$/] }],
    tags: ["url", "basic-auth", "password"]
  }
];

// rules/airtable/rule.ts
var rules11 = [
  {
    id: "airtable-personal-access-token",
    description: "Airtable personal access token (`pat…` + `.` + 64 hex)",
    severity: "high",
    regex: /\b(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ["pat"],
    entropy: 3,
    tags: ["airtable", "saas", "api-key"]
  },
  // airtable-legacy-api-key: https://support.airtable.com/docs/airtable-api-key-deprecation-notice
  {
    id: "airtable-legacy-api-key",
    description: "Airtable legacy API key (`key` and 14 alphanumerics) assigned to an Airtable setting: deprecated in 2024",
    severity: "medium",
    regex: assignedTo(String.raw`airtable[\w.-]{0,20}?(?:api[_.-]?)?key`, "key[A-Za-z0-9]{14}", "(?:[^A-Za-z0-9_-]|$)"),
    keywords: ["airtable"],
    entropy: 3,
    tags: ["airtable", "database", "api-key"]
  }
];
export {
  rules11 as airtable,
  rules6 as credentialFiles,
  rules7 as database,
  rules8 as datadog,
  rules9 as generic,
  rules10 as urlCredentials
};
