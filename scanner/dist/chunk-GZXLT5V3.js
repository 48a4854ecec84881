// rules/generic/assignment.ts
var TYPED_ASSIGN = String.raw`:[ \t]{0,3}&?[A-Za-z_][\w.]{0,30}(?:<[^<>\r\n]{0,40}>)?\??[ \t]{0,3}=|[ \t]{1,3}(?:string|String|str)[ \t]{0,3}=`;
var TOKEN_END = String.raw`(?:[^A-Za-z0-9_-]|$)`;
function assignedTo(name, value, end2 = TOKEN_END) {
  return new RegExp(
    String.raw`${name}[\w.-]{0,30}?(?:\\?["'\x60]|\]){0,3}[ \t]{0,3}(?:${TYPED_ASSIGN}|={1,2}|:={1,2}|=>|:|,|\()[ \t]{0,3}(?:\\?["'\x60])?(${value})${end2}`,
    "i"
  );
}

// rules/aws/rule.ts
var documentedExamples = { regexes: [/EXAMPLE/] };
var rules = [
  {
    id: "aws-access-key-id",
    description: "AWS access key ID (long-term AKIA or temporary ASIA, and other IAM id prefixes)",
    severity: "high",
    regex: /\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/,
    keywords: ["a3t", "akia", "asia", "abia", "acca"],
    entropy: 3,
    allowlists: [documentedExamples],
    tags: ["aws", "cloud"]
  },
  {
    id: "aws-secret-access-key",
    description: "AWS secret access key, recognised by the name it is assigned to",
    severity: "critical",
    regex: new RegExp(
      String.raw`(?:aws|amazon)[\w.-]{0,20}?(?:secret|private)[\w.-]{0,20}?[\s'"]{0,3}(?:${TYPED_ASSIGN}|=|:|:=|=>|,)[\s'"]{0,3}([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)`,
      "i"
    ),
    keywords: ["aws", "amazon"],
    entropy: 4,
    allowlists: [documentedExamples],
    tags: ["aws", "cloud"]
  },
  {
    id: "aws-session-token",
    description: "AWS session token (temporary credentials)",
    severity: "high",
    regex: /(?:aws|amazon)[\w.-]{0,20}?(?:session|security)[\w.-]{0,10}?token[\s'"]{0,3}(?:=|:|:=|=>|,)[\s'"]{0,3}([A-Za-z0-9/+=]{100,2000})/i,
    keywords: ["aws", "amazon"],
    entropy: 4,
    allowlists: [documentedExamples],
    tags: ["aws", "cloud"]
  }
];

// rules/azure/rule.ts
var ASSIGN = `[\\s'"]{0,3}(?:=|:|:=|=>|,)[\\s'"]{0,3}`;
var ACCOUNT_KEY_SHAPE = "[A-Za-z0-9+/]{86}==";
var CLIENT_SECRET = /^[A-Za-z0-9_~.]{3}\dQ~/;
var azurite = { stopwords: ["Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50u"] };
function isSas(secret) {
  const params = new Set(secret.split("&").map((p) => p.slice(0, p.indexOf("="))));
  let sig;
  try {
    sig = decodeURIComponent(secret.slice(secret.lastIndexOf("sig=") + 4));
  } catch {
    return false;
  }
  return params.has("sv") && params.has("se") && sig.length >= 43 && new Set(sig).size >= 16;
}
var rules2 = [
  {
    id: "azure-storage-account-key",
    description: "Azure Storage account key assigned to an Azure/storage setting",
    severity: "critical",
    regex: new RegExp(
      `(?:azure|storage)[\\w.-]{0,30}?key[\\w.-]{0,10}?${ASSIGN}(${ACCOUNT_KEY_SHAPE})(?:[^A-Za-z0-9+/=]|$)`,
      "i"
    ),
    keywords: ["azure", "storage"],
    entropy: 4.5,
    allowlists: [azurite],
    tags: ["azure", "cloud"]
  },
  {
    id: "azure-storage-connection-string",
    description: "Azure Storage connection string with an account key",
    severity: "critical",
    regex: new RegExp(`(?:^|[;'"\\s])AccountKey=(${ACCOUNT_KEY_SHAPE})(?:[^A-Za-z0-9+/=]|$)`, "m"),
    keywords: ["accountkey="],
    entropy: 4.5,
    allowlists: [azurite],
    tags: ["azure", "cloud"]
  },
  {
    id: "azure-sas-token",
    description: "Azure shared access signature (SAS) token",
    severity: "high",
    // Query parameters up to and including the signature; isSas checks sv= and se= are among
    // them. The signature is an HMAC-SHA256, URL-encoded as SAS tokens always are: it ends in
    // %3D. (The engine's percent-decoding then does not find the same token a second time.)
    regex: /(?:^|[?&;'"\s=])((?:[a-z]{2,6}=[^&\s'"<>]{1,200}&){2,20}sig=[A-Za-z0-9%]{40,120}%3[dD])/,
    keywords: ["sig="],
    entropy: 4,
    validate: isSas,
    tags: ["azure", "cloud"]
  },
  {
    id: "azure-shared-access-key",
    description: "Azure Service Bus, Event Hubs or IoT Hub connection string with a shared access key",
    severity: "high",
    regex: /SharedAccessKeyName=[^;\s'"]{1,256};SharedAccessKey=([A-Za-z0-9+/]{43}=)(?:[^A-Za-z0-9+/=]|$)/,
    keywords: ["sharedaccesskey="],
    entropy: 4,
    tags: ["azure", "cloud"]
  },
  {
    id: "azure-ad-client-secret",
    description: "Microsoft Entra ID (Azure AD) application client secret",
    severity: "critical",
    regex: /(?:^|[\\'"`\s>=:(,)])([A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?:$|[\\'"`\s<),])/,
    keywords: ["q~"],
    entropy: 3,
    tags: ["azure", "cloud"]
  },
  {
    id: "azure-ad-client-secret-assignment",
    description: "Microsoft Entra ID (Azure AD) client secret in an older format, recognised by its name",
    severity: "high",
    regex: new RegExp(
      `(?:(?:azure|aad)[\\w.-]{0,20}?client[\\w.-]{0,5}?secret|arm_client_secret)[\\w.-]{0,5}?${ASSIGN}([A-Za-z0-9_~.+/=-]{32,48})(?:[^A-Za-z0-9_~.+/=-]|$)`,
      "i"
    ),
    keywords: ["azure", "aad", "arm_client_secret"],
    entropy: 3.5,
    // Secrets in the Q~ format are reported by azure-ad-client-secret. Generated secrets mix
    // cases and digits; an all-lower-case value is a name (`azure-ad-client-secret-rotation`).
    validate: (secret) => !CLIENT_SECRET.test(secret) && /[A-Z0-9]/.test(secret),
    tags: ["azure", "cloud"]
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

// rules/docker/rule.ts
var rules3 = [
  {
    id: "docker-hub-token",
    description: "Docker Hub personal or organization access token",
    severity: "high",
    regex: /\b(dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,40})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["dckr_pat_", "dckr_oat_"],
    entropy: 3,
    tags: ["docker", "package-registry"]
  },
  {
    id: "docker-config-auth",
    description: 'Registry credentials in a Docker config.json ("auths" → "auth": base64 user:password)',
    severity: "high",
    regex: /"auth"\s{0,5}:\s{0,5}"([A-Za-z0-9+/]{8,1024}={0,2})"/,
    // The "auths" map is what makes this a Docker (or Podman, Kubernetes) registry config.
    keywords: ['"auths"'],
    entropy: 3,
    validate: isUserPassBase64,
    tags: ["docker", "package-registry"]
  }
];

// rules/github/checksum.ts
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
var TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(s) {
  let c = 4294967295;
  for (let i = 0; i < s.length; i++) c = TABLE[(c ^ s.charCodeAt(i)) & 255] ^ c >>> 8;
  return (c ^ 4294967295) >>> 0;
}
function base62(n, width) {
  let out = "";
  for (let v = n; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, "0");
}
function hasValidChecksum(token) {
  const body2 = token.slice(token.indexOf("_") + 1);
  if (body2.length !== 36) return false;
  return base62(crc32(body2.slice(0, 30)), 6) === body2.slice(30);
}

// rules/github/rule.ts
function classic(id, prefix, description) {
  return {
    id,
    description,
    severity: "critical",
    regex: new RegExp(`\\b(${prefix}_[A-Za-z0-9]{36})\\b`),
    keywords: [`${prefix}_`],
    entropy: 3,
    validate: (secret) => hasValidChecksum(secret),
    tags: ["github", "code-host"]
  };
}
var PREFIXED = /^(?:gh[pousr]_|github_pat_)/;
function jwtHeaderHasAlg(secret) {
  const header = secret.slice(secret.indexOf("_", 4) + 1).split(".")[0] ?? "";
  try {
    const parsed = JSON.parse(Buffer.from(header, "base64url").toString("utf8"));
    return typeof parsed === "object" && parsed !== null && "alg" in parsed;
  } catch {
    return false;
  }
}
var rules4 = [
  classic("github-pat", "ghp", "GitHub personal access token (classic)"),
  {
    id: "github-fine-grained-pat",
    description: "GitHub fine-grained personal access token",
    severity: "critical",
    regex: /\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/,
    keywords: ["github_pat_"],
    entropy: 3,
    tags: ["github", "code-host"]
  },
  classic("github-oauth-token", "gho", "GitHub OAuth access token"),
  classic("github-user-to-server-token", "ghu", "GitHub App user-to-server token"),
  classic("github-server-to-server-token", "ghs", "GitHub App installation (server-to-server) token"),
  {
    id: "github-app-installation-token",
    description: "GitHub App installation token in the stateless ghs_APPID_JWT format (2026)",
    severity: "critical",
    regex: /\b(ghs_\d{1,12}_eyJ[A-Za-z0-9_-]{8,1000}\.eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{16,1000})(?:[^A-Za-z0-9_.-]|$)/,
    keywords: ["ghs_"],
    entropy: 4,
    validate: jwtHeaderHasAlg,
    tags: ["github", "code-host"]
  },
  {
    id: "github-refresh-token",
    description: "GitHub App refresh token",
    severity: "high",
    regex: /\b(ghr_[A-Za-z0-9]{36}(?:[A-Za-z0-9]{40})?)\b/,
    keywords: ["ghr_"],
    entropy: 3,
    // Only the 36-character form is known to carry GitHub's checksum.
    validate: (secret) => secret.length !== 40 || hasValidChecksum(secret),
    tags: ["github", "code-host"]
  },
  {
    id: "github-oauth-basic-url",
    description: "GitHub token used as the user of an x-oauth-basic git URL",
    severity: "critical",
    regex: /\bhttps?:\/\/([A-Za-z0-9_]{20,255}):x-oauth-basic@/,
    keywords: ["x-oauth-basic"],
    entropy: 3,
    validate: (secret) => !PREFIXED.test(secret),
    tags: ["github", "code-host"]
  }
];

// rules/gitlab/rule.ts
var specs = [
  {
    id: "gitlab-pat",
    description: "GitLab personal, project or group access token",
    severity: "critical",
    prefix: "glpat-",
    // Legacy: 20 characters. Routable (17.x+): payload, ".", 2-character version, 7-character CRC.
    body: "(?:[A-Za-z0-9_-]{27,300}\\.[0-9a-z]{2}[0-9a-z]{7}|[A-Za-z0-9_-]{20})"
  },
  {
    id: "gitlab-deploy-token",
    description: "GitLab deploy token",
    severity: "high",
    prefix: "gldt-",
    body: "[A-Za-z0-9_-]{20}"
  },
  {
    id: "gitlab-runner-token",
    description: "GitLab runner authentication token",
    severity: "high",
    prefix: "glrt-",
    body: "(?:t\\d_[A-Za-z0-9_-]{27,300}\\.[0-9a-z]{2}[0-9a-z]{7}|[A-Za-z0-9_-]{20})"
  },
  {
    id: "gitlab-runner-registration-token",
    description: "GitLab runner registration token (deprecated registration flow)",
    severity: "high",
    prefix: "GR1348941",
    body: "[A-Za-z0-9_-]{20}"
  },
  {
    id: "gitlab-pipeline-trigger-token",
    description: "GitLab pipeline trigger token",
    severity: "high",
    prefix: "glptt-",
    body: "[0-9a-f]{40}"
  },
  {
    id: "gitlab-ci-job-token",
    description: "GitLab CI/CD job token",
    severity: "medium",
    prefix: "glcbt-",
    body: "[0-9a-zA-Z]{1,5}_[A-Za-z0-9_-]{20}"
  },
  {
    id: "gitlab-oauth-app-secret",
    description: "GitLab OAuth application secret",
    severity: "high",
    prefix: "gloas-",
    body: "[A-Za-z0-9_-]{64}"
  },
  {
    id: "gitlab-scim-token",
    description: "GitLab SCIM OAuth token",
    severity: "high",
    prefix: "glsoat-",
    body: "[A-Za-z0-9_-]{20}"
  },
  {
    id: "gitlab-feed-token",
    description: "GitLab feed token",
    severity: "medium",
    prefix: "glft-",
    body: "[A-Za-z0-9_-]{20}"
  },
  {
    id: "gitlab-incoming-mail-token",
    description: "GitLab incoming email token",
    severity: "medium",
    prefix: "glimt-",
    body: "[A-Za-z0-9_-]{25}"
  },
  {
    id: "gitlab-agent-token",
    description: "GitLab agent for Kubernetes token",
    severity: "high",
    prefix: "glagent-",
    body: "[A-Za-z0-9_-]{50}"
  },
  {
    id: "gitlab-feature-flag-client-token",
    description: "GitLab feature flags client token",
    severity: "low",
    prefix: "glffct-",
    body: "[A-Za-z0-9_-]{20}"
  }
];
var rules5 = specs.map((s) => ({
  id: s.id,
  description: s.description,
  severity: s.severity,
  // The trailing class stops a longer run from matching by its first characters.
  regex: new RegExp(`\\b(${s.prefix}${s.body})(?:[^A-Za-z0-9_-]|$)`),
  keywords: [s.prefix.toLowerCase()],
  entropy: 3,
  tags: ["gitlab", "code-host"]
}));

// rules/private-key/body.ts
var NL = String.raw`(?:\r?\n|(?:\\r)?\\n)`;
var SEP = `[ \\t]{0,16}${NL}[ \\t]{0,40}`;
var B64_LINE = "[A-Za-z0-9+/=]{1,4096}";
function bodyGroup(sep = SEP, maxLines = 400) {
  return `(${B64_LINE}(?:${sep}${B64_LINE}){0,${maxLines}})`;
}
function isKeyBody(body2, minLength = 64) {
  const b64 = body2.replace(/\\[rn]|\s/g, "");
  return b64.length >= minLength && new Set(b64).size >= 16;
}

// rules/google/rule.ts
var JSON_SEP = String.raw`\\n`;
var rules6 = [
  {
    id: "gcp-api-key",
    description: "Google API key (Maps, Firebase, Cloud and other Google APIs)",
    severity: "high",
    regex: /\b(AIza[A-Za-z0-9_-]{35})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["aiza"],
    entropy: 4,
    // Firebase's SDK samples and docs use a sequential alphabet as the example key.
    allowlists: [{ stopwords: ["abcdefghijklmnopqrstuvwxyz"] }],
    tags: ["google", "gcp", "cloud"]
  },
  {
    id: "gcp-service-account-key",
    description: "Google Cloud service-account key file (the private key in its JSON)",
    severity: "critical",
    // The keyword requires the file to say "service_account"; the regex requires the key.
    regex: new RegExp(
      `"private_key"\\s{0,5}:\\s{0,5}"-----BEGIN PRIVATE KEY-----${JSON_SEP}${bodyGroup(JSON_SEP, 200)}${JSON_SEP}-----END PRIVATE KEY-{4,5}(?:${JSON_SEP})?"`
    ),
    keywords: ["service_account"],
    entropy: 4,
    validate: (body2) => isKeyBody(body2),
    tags: ["google", "gcp", "cloud", "private-key"]
  },
  {
    id: "gcp-oauth-client-secret",
    description: "Google OAuth 2.0 client secret",
    severity: "high",
    regex: /\b(GOCSPX-[A-Za-z0-9_-]{28})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["gocspx-"],
    entropy: 3.5,
    tags: ["google", "gcp", "cloud"]
  }
];

// rules/mailchimp/rule.ts
var rules7 = [
  {
    id: "mailchimp-api-key",
    description: "Mailchimp Marketing API key (32 hex and the data-center suffix)",
    severity: "high",
    regex: /\b([0-9a-f]{32}-us\d{1,2})\b/,
    keywords: ["-us"],
    entropy: 3,
    tags: ["mailchimp", "mail"]
  }
];

// rules/mailgun/rule.ts
var rules8 = [
  {
    id: "mailgun-api-key",
    description: "Mailgun private API key (legacy key- format)",
    severity: "high",
    regex: /\b(key-[0-9a-f]{32})\b/,
    keywords: ["mailgun"],
    entropy: 3,
    tags: ["mailgun", "mail"]
  },
  {
    id: "mailgun-private-api-key",
    description: "Mailgun private API key or webhook signing key (current format)",
    severity: "high",
    regex: /\b([0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})\b/,
    keywords: ["mailgun"],
    entropy: 3,
    tags: ["mailgun", "mail"]
  }
];

// rules/npm/rule.ts
var SPECIFIC = /^(?:npm_|gh[pousr]_|github_pat_|glpat-)/;
var rules9 = [
  {
    id: "npm-access-token",
    description: "npm access token",
    severity: "critical",
    regex: /\b(npm_[A-Za-z0-9]{36})\b/,
    keywords: ["npm_"],
    entropy: 3,
    // npm tokens carry the same CRC32 checksum as GitHub's.
    validate: (secret) => hasValidChecksum(secret),
    tags: ["npm", "package-registry"]
  },
  {
    id: "npmrc-auth-token",
    description: "Registry auth token in an .npmrc (_authToken), e.g. for a private or GitHub Packages registry",
    severity: "high",
    regex: /_authToken\s{0,3}=\s{0,3}["']?([A-Za-z0-9._~+/-]{16,2048}={0,2})/,
    keywords: ["_authtoken"],
    entropy: 3,
    validate: (secret) => !SPECIFIC.test(secret),
    tags: ["npm", "package-registry"]
  },
  {
    id: "npmrc-basic-auth",
    description: "Registry basic-auth credentials in an .npmrc (_auth = base64 of user:password)",
    severity: "high",
    regex: /(?:^|[\s:])_auth\s{0,3}=\s{0,3}["']?([A-Za-z0-9+/]{8,1024}={0,2})(?:[^A-Za-z0-9+/=]|$)/,
    keywords: ["_auth"],
    entropy: 3,
    validate: isUserPassBase64,
    tags: ["npm", "package-registry"]
  }
];

// rules/private-key/rule.ts
var KIND = "(?:(?:RSA|DSA|EC|OPENSSH|ENCRYPTED) )?";
var PEM_HEADERS = `(?:Proc-Type:[^\\r\\n\\\\]{1,80}${SEP}DEK-Info:[^\\r\\n\\\\]{1,200}${SEP}(?:${NL}[ \\t]{0,40})?)?`;
var B64_SHORT_LINE = "[A-Za-z0-9+/=]{1,128}";
var rules10 = [
  {
    id: "private-key",
    description: "Private key in PEM format (RSA, DSA, EC, OpenSSH, PKCS#8, encrypted PKCS#8)",
    severity: "critical",
    regex: new RegExp(
      `-----BEGIN ${KIND}PRIVATE KEY-----${SEP}${PEM_HEADERS}${bodyGroup()}${SEP}-----END ${KIND}PRIVATE KEY-{4,5}`
    ),
    keywords: ["private key-----"],
    entropy: 4,
    validate: (body2) => isKeyBody(body2),
    // Catch-all for keys: a provider rule that reports the same key (a GCP service-account
    // file) wins, so one key is one finding.
    tags: ["private-key", "keys", "generic"]
  },
  {
    id: "pgp-private-key",
    description: "PGP/GPG private key block",
    severity: "critical",
    regex: new RegExp(
      `-----BEGIN PGP PRIVATE KEY BLOCK-----${SEP}(?:[A-Za-z][A-Za-z-]{0,30}: [^\\r\\n\\\\]{0,200}${SEP}){0,10}(?:${NL}[ \\t]{0,40})?${bodyGroup()}${SEP}-----END PGP PRIVATE KEY BLOCK-----`
    ),
    keywords: ["pgp private key block"],
    entropy: 4,
    validate: (body2) => isKeyBody(body2, 128),
    tags: ["private-key", "keys", "pgp"]
  },
  {
    id: "putty-private-key",
    description: "PuTTY private key file (PPK v2 or v3)",
    severity: "critical",
    regex: new RegExp(
      `PuTTY-User-Key-File-[23]: [\\w@.-]{1,64}${SEP}Encryption: [\\w-]{1,32}${SEP}Comment: [^\\r\\n\\\\]{0,256}${SEP}Public-Lines: \\d{1,3}${SEP}(?:${B64_SHORT_LINE}${SEP}){1,64}(?:[A-Za-z0-9-]{1,32}: [^\\r\\n\\\\]{1,128}${SEP}){0,8}Private-Lines: \\d{1,3}${SEP}(${B64_SHORT_LINE}(?:${SEP}${B64_SHORT_LINE}){0,63})${SEP}Private-MAC: [0-9a-f]{40,64}`
    ),
    keywords: ["putty-user-key-file-"],
    entropy: 3.5,
    // An Ed25519 private blob is only 48 base64 characters.
    validate: (body2) => isKeyBody(body2, 40),
    tags: ["private-key", "keys", "putty"]
  }
];

// rules/pypi/rule.ts
var rules11 = [
  {
    id: "pypi-upload-token",
    description: "PyPI (or TestPyPI) API token",
    severity: "critical",
    regex: /\b(pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["pypi-agei", "pypi-agen"],
    entropy: 3,
    tags: ["pypi", "package-registry"]
  }
];

// rules/sendgrid/rule.ts
var rules12 = [
  {
    id: "sendgrid-api-key",
    description: "SendGrid API key",
    severity: "high",
    // "SG." + 22-character key id + "." + 43-character secret.
    regex: /\b(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["sg."],
    entropy: 4,
    tags: ["sendgrid", "mail"]
  }
];

// rules/slack/rule.ts
var end = "(?:[^A-Za-z0-9-]|$)";
var randomTail = (url) => new Set(url.slice(url.lastIndexOf("/") + 1)).size >= 8;
var rules13 = [
  {
    id: "slack-bot-token",
    description: "Slack bot token",
    severity: "high",
    // Current: xoxb-TEAM-BOT-RANDOM24; legacy bots: xoxb-BOT-RANDOM.
    regex: new RegExp(`\\b(xoxb-\\d{8,14}-(?:\\d{8,14}-[A-Za-z0-9]{20,34}|[A-Za-z0-9]{18,26}))${end}`),
    keywords: ["xoxb-"],
    entropy: 3,
    tags: ["slack", "chat"]
  },
  {
    id: "slack-user-token",
    description: "Slack user token",
    severity: "critical",
    regex: new RegExp(`\\b(xox[pe]-\\d{8,14}-\\d{8,14}-\\d{8,14}-[A-Za-z0-9]{28,34})${end}`),
    keywords: ["xoxp-", "xoxe-"],
    entropy: 3,
    tags: ["slack", "chat"]
  },
  {
    id: "slack-app-token",
    description: "Slack app-level token (Socket Mode)",
    severity: "high",
    regex: new RegExp(`\\b(xapp-\\d-[A-Z0-9]{9,12}-\\d{10,14}-[a-z0-9]{32,80})${end}`),
    keywords: ["xapp-"],
    entropy: 3,
    tags: ["slack", "chat"]
  },
  {
    id: "slack-config-access-token",
    description: "Slack app configuration access token",
    severity: "high",
    regex: new RegExp(`\\b(xoxe\\.xox[bp]-\\d-[A-Za-z0-9]{160,170})${end}`),
    keywords: ["xoxe.xoxb-", "xoxe.xoxp-"],
    entropy: 3,
    tags: ["slack", "chat"]
  },
  {
    id: "slack-config-refresh-token",
    description: "Slack app configuration refresh token",
    severity: "high",
    regex: new RegExp(`\\b(xoxe-\\d-[A-Za-z0-9]{140,150})${end}`),
    keywords: ["xoxe-"],
    entropy: 3,
    tags: ["slack", "chat"]
  },
  {
    id: "slack-legacy-token",
    description: "Slack legacy token (workspace xoxa/xoxr, legacy xoxs/xoxo)",
    severity: "high",
    regex: new RegExp(`\\b(xox[aors]-(?:\\d-)?\\d{6,14}-\\d{6,14}(?:-\\d{6,14})?-[A-Za-z0-9]{10,64})${end}`),
    keywords: ["xoxa-", "xoxo-", "xoxr-", "xoxs-"],
    entropy: 3,
    tags: ["slack", "chat"]
  },
  {
    id: "slack-webhook-url",
    description: "Slack incoming webhook URL",
    severity: "medium",
    regex: /((?:https?:\/\/)?hooks\.slack\.com\/services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{20,32})(?:[^A-Za-z0-9]|$)/,
    keywords: ["hooks.slack.com"],
    validate: randomTail,
    tags: ["slack", "chat", "webhook"]
  },
  {
    id: "slack-workflow-webhook-url",
    description: "Slack Workflow Builder webhook URL",
    severity: "medium",
    regex: /((?:https?:\/\/)?hooks\.slack\.com\/(?:workflows|triggers)\/T[A-Z0-9]{6,12}\/(?:A[A-Z0-9]{6,12}\/)?\d{6,20}\/[A-Za-z0-9]{20,40})(?:[^A-Za-z0-9]|$)/,
    keywords: ["hooks.slack.com"],
    validate: randomTail,
    tags: ["slack", "chat", "webhook"]
  }
];

// rules/stripe/rule.ts
var body = "[A-Za-z0-9]{24,247}";
var rules14 = [
  {
    id: "stripe-secret-key",
    description: "Stripe live secret key",
    severity: "critical",
    regex: new RegExp(`\\b(sk_live_${body})\\b`),
    keywords: ["sk_live_"],
    entropy: 3,
    tags: ["stripe", "payments"]
  },
  {
    id: "stripe-restricted-key",
    description: "Stripe live restricted key",
    severity: "high",
    regex: new RegExp(`\\b(rk_live_${body})\\b`),
    keywords: ["rk_live_"],
    entropy: 3,
    tags: ["stripe", "payments"]
  },
  {
    id: "stripe-test-key",
    description: "Stripe test-mode secret or restricted key (no real money, but full test-account access)",
    severity: "low",
    regex: new RegExp(`\\b([sr]k_test_${body})\\b`),
    keywords: ["sk_test_", "rk_test_"],
    entropy: 3,
    tags: ["stripe", "payments"]
  },
  {
    id: "stripe-webhook-secret",
    description: "Stripe (or Standard Webhooks) webhook signing secret",
    severity: "high",
    regex: /\b(whsec_[A-Za-z0-9+/]{32,88}={0,2})(?:[^A-Za-z0-9+/=]|$)/,
    keywords: ["whsec_"],
    entropy: 3.5,
    tags: ["stripe", "payments", "webhook"]
  }
];

// rules/twilio/rule.ts
var rules15 = [
  {
    id: "twilio-api-key",
    description: "Twilio API key SID (its secret is usually next to it)",
    severity: "medium",
    regex: /\b(SK[0-9a-fA-F]{32})\b/,
    keywords: ["twilio"],
    entropy: 3,
    tags: ["twilio", "messaging"]
  },
  {
    id: "twilio-auth-token",
    description: "Twilio auth token or API key secret, by its name or as the password next to an account SID",
    severity: "critical",
    regex: /(?:twilio[\w.-]{0,20}?(?:auth[\w.-]{0,3}?token|secret)|\bauth[\w.-]{0,3}?token)[\s'"]{0,3}(?:=|:|:=|=>|,)[\s'"]{0,3}([A-Za-z0-9]{32})\b|\bAC[0-9a-f]{32}:([0-9a-f]{32})\b/i,
    keywords: ["twilio"],
    entropy: 3,
    tags: ["twilio", "messaging"]
  }
];

// rules/1password/rule.ts
function isServiceAccountPayload(secret) {
  const json = Buffer.from(secret.slice(4).replace(/=+$/, ""), "base64url").toString("utf8");
  return json.startsWith('{"') && /"(?:secretKey|srpX|muk|signInAddress|deviceUuid)"/.test(json);
}
var rules16 = [
  {
    id: "1password-service-account-token",
    description: "1Password service account token (`ops_eyJ…`): reads the vaults it was granted",
    severity: "critical",
    regex: /\b(ops_eyJ[A-Za-z0-9+/_-]{150,3000}={0,3})(?:[^A-Za-z0-9+/=_-]|$)/,
    keywords: ["ops_eyj"],
    entropy: 4,
    validate: isServiceAccountPayload,
    tags: ["1password", "secrets-manager"]
  },
  {
    id: "1password-secret-key",
    description: "1Password account Secret Key (`A3-XXXXXX-…`), one half of an account login",
    severity: "high",
    regex: /\b(A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})\b/,
    keywords: ["a3-"],
    entropy: 3.8,
    allowlists: [
      {
        // The Secret Key also sits inside every service account token's payload; the token
        // itself is reported, so its decoded copy is not reported again.
        description: "inside a decoded service account token",
        regexTarget: "line",
        regexes: [/\\?"(?:srpX|muk|signInAddress)\\?"\s*:/]
      }
    ],
    tags: ["1password", "secrets-manager"]
  }
];

// rules/age/rule.ts
var rules17 = [
  {
    id: "age-secret-key",
    description: "age encryption identity (secret key): decrypts every file encrypted to it",
    severity: "high",
    regex: /\b(AGE-SECRET-KEY-(?:PQ-)?1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b/,
    keywords: ["age-secret-key-"],
    entropy: 3,
    tags: ["age", "encryption", "private-key"]
  }
];

// rules/anthropic/rule.ts
var END = String.raw`(?:[^A-Za-z0-9_-]|$)`;
var rules18 = [
  {
    id: "anthropic-api-key",
    description: "Anthropic (Claude) API key",
    severity: "high",
    regex: new RegExp(String.raw`\b(sk-ant-api0\d-[A-Za-z0-9_-]{86,100}AA)${END}`),
    keywords: ["sk-ant-api0"],
    entropy: 3.5,
    tags: ["anthropic", "ai", "api-key"]
  },
  {
    id: "anthropic-admin-key",
    description: "Anthropic Admin API key: manages an organisation, its members and API keys",
    severity: "critical",
    regex: new RegExp(String.raw`\b(sk-ant-admin0\d-[A-Za-z0-9_-]{86,100}AA)${END}`),
    keywords: ["sk-ant-admin0"],
    entropy: 3.5,
    tags: ["anthropic", "ai", "admin"]
  }
];

// rules/atlassian/rule.ts
var rules19 = [
  {
    id: "atlassian-api-token",
    description: "Atlassian Cloud API token (`ATATT3…`), acts as its user on Jira and Confluence",
    severity: "high",
    regex: /\b(ATATT3[A-Za-z0-9_-]{150,220}=[A-Fa-f0-9]{8})\b/,
    keywords: ["atatt3"],
    entropy: 4,
    tags: ["atlassian", "saas", "api-key"]
  }
];

// rules/cloudflare/rule.ts
var NAME = String.raw`(?:cloudflare|(?:^|[^a-z0-9])cf[_.-]?(?:api|auth|account)?)`;
var rules20 = [
  {
    id: "cloudflare-api-token",
    description: "Cloudflare API token (`cfat_`/`cfut_`, or 40 characters assigned to a Cloudflare setting)",
    severity: "high",
    regex: new RegExp(
      String.raw`\b(cf(?:at|ut)_[A-Za-z0-9]{40}[a-f0-9]{8})\b|` + assignedTo(`${NAME}[\\w.-]{0,20}?token`, "[A-Za-z0-9_-]{40}").source,
      "i"
    ),
    keywords: ["cfat_", "cfut_", "cloudflare", "cf"],
    entropy: 3.5,
    tags: ["cloudflare", "cloud", "api-key"]
  },
  {
    id: "cloudflare-global-api-key",
    description: "Cloudflare Global API Key: full access to the account that owns it",
    severity: "critical",
    regex: new RegExp(
      String.raw`\b(cfk_[A-Za-z0-9]{40}[a-f0-9]{8})\b|` + assignedTo(`${NAME}[\\w.-]{0,20}?key`, "[a-f0-9]{37}", String.raw`(?:[^a-z0-9]|$)`).source,
      "i"
    ),
    keywords: ["cfk_", "cloudflare", "cf"],
    entropy: 3,
    tags: ["cloudflare", "cloud", "api-key"]
  },
  {
    id: "cloudflare-origin-ca-key",
    description: "Cloudflare Origin CA key (`v1.0-…`), issues origin certificates for the account",
    severity: "high",
    regex: /\b(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})\b/,
    keywords: ["v1.0-"],
    entropy: 3,
    tags: ["cloudflare", "cloud", "api-key"]
  }
];

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
  return isDocumentationPassword(v) || WEAK_COUNTED.test(v) || WORDY.test(v) && !randomCase(v) || CODE_CALL.test(v) || MEMBER_ACCESS.test(v) || REFERENCE.test(v) || URL.test(v) || isPath(v) || FILE_NAME.test(v) || UUID.test(v) || HASH.test(v) || VERSION.test(v) || NUMERIC.test(v) || EMAIL.test(v) || IP.test(v) || SELF_DESCRIBING.test(v) || NON_ASCII.test(v) || new Set(v.match(FABRICATED)?.map((m) => m.toLowerCase())).size >= 2 || encodesNoSecret(v) || /^data:/i.test(v) || /\s/.test(v);
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

// rules/credential-files/rule.ts
var HTPASSWD_HASH = String.raw`\$(?:apr1|2[abxy]?|5|6|y)\$[^\s:]{8,200}|\{SHA\}[A-Za-z0-9+/]{27}=|[./0-9A-Za-z]{13}`;
var rules21 = [
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

// rules/database/rule.ts
var SCHEMES = String.raw`(?:postgres(?:ql)?|pgsql|mysqlx?|mariadb|mongodb|rediss?|valkey|amqps?|mqtts?|nats|kafka|stomp|mssql|sqlserver|oracle|cockroach(?:db)?|clickhouse|couchdbs?|couchbases?|neo4j|bolt|cassandra|scylla|memcached?|influxdb|db2|snowflake|presto|trino|vertica|sybase|firebird|hana|tidb|yugabyte|arangodb|rethinkdb)(?:\+[a-z0-9_]{1,20})?`;
var CONNECTION_KEYS = String.raw`(?:server|data source|datasource|host|hostname|address|addr|network address|dsn|driver|provider|database|initial catalog|user id|userid|uid|user|username|port)`;
var ODBC_VALUE = String.raw`(?:"([^"\r\n]{1,200})"|'([^'\r\n]{1,200})'|\{([^}\r\n]{1,200})\}|([^;"'\r\n]{1,200}))`;
function realPassword(secret) {
  return isRealPassword(secret.trim());
}
var SERVER_KEY = /\b(?:server|data source|datasource|host|hostname|address|addr|network address|dsn|driver|provider|database|initial catalog)[ \t]*=/i;
var rules22 = [
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

// rules/databricks/rule.ts
var rules23 = [
  {
    id: "databricks-token",
    description: "Databricks personal access token",
    severity: "high",
    regex: /\b(dapi[a-fA-F0-9]{32}(?:-\d)?)\b/,
    keywords: ["dapi"],
    entropy: 3,
    tags: ["databricks", "data", "api-key"]
  }
];

// rules/datadog/rule.ts
var DD = String.raw`(?:datadog|(?:^|[^a-z0-9])dd)[\w.-]{0,20}?`;
var END2 = String.raw`(?:[^a-z0-9]|$)`;
var rules24 = [
  {
    id: "datadog-api-key",
    description: "Datadog API key (32 hex) assigned to a Datadog/DD API key setting",
    severity: "high",
    regex: assignedTo(String.raw`${DD}api[_.-]?key`, "[a-f0-9]{32}", END2),
    keywords: ["datadog", "dd"],
    entropy: 3,
    tags: ["datadog", "monitoring", "api-key"]
  },
  {
    id: "datadog-app-key",
    description: "Datadog application key (40 hex) assigned to a Datadog/DD app key setting",
    severity: "high",
    regex: assignedTo(String.raw`${DD}app(?:lication)?[_.-]?key`, "[a-f0-9]{40}", END2),
    keywords: ["datadog", "dd"],
    entropy: 3,
    tags: ["datadog", "monitoring", "api-key"]
  }
];

// rules/digitalocean/rule.ts
var rules25 = [
  {
    id: "digitalocean-pat",
    description: "DigitalOcean personal access token (`dop_v1_…`)",
    severity: "critical",
    regex: /\b(dop_v1_[a-f0-9]{64})\b/,
    keywords: ["dop_v1_"],
    entropy: 3,
    tags: ["digitalocean", "cloud", "api-key"]
  },
  {
    id: "digitalocean-oauth-token",
    description: "DigitalOcean OAuth access token (`doo_v1_…`)",
    severity: "high",
    regex: /\b(doo_v1_[a-f0-9]{64})\b/,
    keywords: ["doo_v1_"],
    entropy: 3,
    tags: ["digitalocean", "cloud", "oauth"]
  },
  {
    id: "digitalocean-refresh-token",
    description: "DigitalOcean OAuth refresh token (`dor_v1_…`)",
    severity: "high",
    regex: /\b(dor_v1_[a-f0-9]{64})\b/,
    keywords: ["dor_v1_"],
    entropy: 3,
    tags: ["digitalocean", "cloud", "oauth"]
  }
];

// rules/discord/rule.ts
function startsWithSnowflake(secret) {
  const id = Buffer.from(secret.slice(0, secret.indexOf(".")), "base64url").toString("latin1");
  return /^\d{17,20}$/.test(id);
}
var rules26 = [
  {
    id: "discord-bot-token",
    description: "Discord bot token (base64 user id . timestamp . HMAC)",
    severity: "high",
    regex: /\b([MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40})(?:[^A-Za-z0-9_.-]|$)/,
    keywords: ["discord"],
    entropy: 4,
    validate: startsWithSnowflake,
    tags: ["discord", "chat", "bot-token"]
  },
  {
    id: "discord-webhook-url",
    description: "Discord webhook URL: anyone holding it can post to the channel",
    severity: "medium",
    regex: /(https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api(?:\/v\d{1,2})?\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,80})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["discord"],
    entropy: 3,
    tags: ["discord", "chat", "webhook"]
  }
];

// rules/figma/rule.ts
var rules27 = [
  {
    id: "figma-personal-access-token",
    description: "Figma personal access token",
    severity: "high",
    regex: /\b(figd_[A-Za-z0-9_-]{40,200})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["figd_"],
    entropy: 3.5,
    tags: ["figma", "saas", "api-key"]
  },
  {
    id: "figma-legacy-token",
    description: "Figma personal access token in the pre-2023 format, assigned to a figma-named setting",
    severity: "high",
    regex: assignedTo("figma", String.raw`\d{6}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`),
    keywords: ["figma"],
    entropy: 3,
    tags: ["figma", "saas", "api-key"]
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
function fullName(match, before) {
  return (/[\w.$-]{0,40}$/.exec(before)?.[0] ?? "") + leadingName(match);
}
function assignment(kind) {
  return (secret, match, before) => quotedAfterListOperator(match) && judge(fullName(match, before), secret) === kind;
}
var rules28 = [
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

// rules/grafana/rule.ts
function isLegacyKeyPayload(secret) {
  const json = Buffer.from(secret, "base64").toString("utf8");
  return /^\{"k":"[^"]+","n":"[^"]*","id":\d+\}$/.test(json);
}
var rules29 = [
  {
    id: "grafana-cloud-token",
    description: "Grafana Cloud access policy / API token (`glc_…`)",
    severity: "high",
    regex: /\b(glc_[A-Za-z0-9+/]{32,400}={0,2})(?:[^A-Za-z0-9+/=]|$)/,
    keywords: ["glc_"],
    entropy: 3,
    tags: ["grafana", "monitoring", "api-key"]
  },
  {
    id: "grafana-service-account-token",
    description: "Grafana service account token (`glsa_…`)",
    severity: "high",
    regex: /\b(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})\b/,
    keywords: ["glsa_"],
    entropy: 3,
    tags: ["grafana", "monitoring", "api-key"]
  },
  {
    id: "grafana-api-key",
    description: "Grafana API key in the legacy format (`eyJrIjoi…`)",
    severity: "high",
    regex: /\b(eyJrIjoi[A-Za-z0-9]{50,400}={0,2})(?:[^A-Za-z0-9+/=]|$)/,
    keywords: ["eyjrijoi"],
    entropy: 3,
    validate: isLegacyKeyPayload,
    tags: ["grafana", "monitoring", "api-key"]
  }
];

// rules/groq/rule.ts
var rules30 = [
  {
    id: "groq-api-key",
    description: "Groq API key (`gsk_` and 52 alphanumerics)",
    severity: "high",
    regex: /\b(gsk_[A-Za-z0-9]{52})\b/,
    keywords: ["gsk_"],
    entropy: 3.5,
    tags: ["groq", "ai", "api-key"]
  }
];

// rules/hashicorp-vault/rule.ts
var END3 = String.raw`(?:[^A-Za-z0-9_-]|$)`;
var rules31 = [
  {
    id: "vault-service-token",
    description: "HashiCorp Vault service token (`hvs.…`)",
    severity: "critical",
    regex: new RegExp(String.raw`\b(hvs\.[A-Za-z0-9_-]{90,120})${END3}`),
    keywords: ["hvs."],
    entropy: 3.5,
    tags: ["hashicorp-vault", "secrets-manager", "token"]
  },
  {
    id: "vault-batch-token",
    description: "HashiCorp Vault batch token (`hvb.…`)",
    severity: "high",
    regex: new RegExp(String.raw`\b(hvb\.[A-Za-z0-9_-]{138,300})${END3}`),
    keywords: ["hvb."],
    entropy: 3.5,
    tags: ["hashicorp-vault", "secrets-manager", "token"]
  },
  {
    id: "vault-recovery-token",
    description: "HashiCorp Vault recovery token (`hvr.…`)",
    severity: "critical",
    regex: new RegExp(String.raw`\b(hvr\.[A-Za-z0-9_-]{90,120})${END3}`),
    keywords: ["hvr."],
    entropy: 3.5,
    tags: ["hashicorp-vault", "secrets-manager", "token"]
  },
  {
    id: "vault-legacy-token",
    description: "HashiCorp Vault service token in the pre-1.10 `s.` format, next to a vault-named setting",
    severity: "critical",
    regex: new RegExp(
      assignedTo("vault", String.raw`s\.[A-Za-z0-9]{24}`, String.raw`(?:[^A-Za-z0-9]|$)`).source + String.raw`|x-vault-token[ \t]{0,3}:[ \t]{0,3}(s\.[A-Za-z0-9]{24})(?:[^A-Za-z0-9]|$)`,
      "i"
    ),
    keywords: ["vault"],
    entropy: 3.5,
    // Letters only is a word or identifier after `s.`, not a token (gitleaks draws the same line).
    validate: (secret) => /[0-9]/.test(secret),
    tags: ["hashicorp-vault", "secrets-manager", "token"]
  }
];

// rules/heroku/rule.ts
var UUID2 = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
var rules32 = [
  {
    id: "heroku-api-key",
    description: "Heroku API key (`HRKU-AA…`)",
    severity: "critical",
    regex: /\b(HRKU-AA[A-Za-z0-9_-]{58})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["hrku-aa"],
    entropy: 4,
    tags: ["heroku", "cloud", "api-key"]
  },
  {
    id: "heroku-legacy-api-key",
    description: "Heroku API key in the legacy UUID format, assigned to a heroku-named key or token",
    severity: "critical",
    regex: assignedTo(
      String.raw`heroku[\w.-]{0,20}?(?:api|key|token|secret|auth|pass)`,
      UUID2,
      String.raw`(?:[^a-z0-9-]|$)`
    ),
    keywords: ["heroku"],
    entropy: 3,
    tags: ["heroku", "cloud", "api-key"]
  }
];

// rules/huggingface/rule.ts
var rules33 = [
  {
    id: "huggingface-access-token",
    description: "Hugging Face user access token",
    severity: "high",
    regex: /\b(hf_[A-Za-z]{34})\b/,
    keywords: ["hf_"],
    entropy: 3,
    tags: ["huggingface", "ai", "api-key"]
  },
  {
    id: "huggingface-organization-token",
    description: "Hugging Face organization API token (legacy `api_org_`)",
    severity: "high",
    regex: /\b(api_org_[A-Za-z]{34})\b/,
    keywords: ["api_org_"],
    entropy: 3,
    tags: ["huggingface", "ai", "api-key"]
  }
];

// rules/linear/rule.ts
var rules34 = [
  {
    id: "linear-api-key",
    description: "Linear personal API key (`lin_api_…`) or OAuth access token (`lin_oauth_…`)",
    severity: "high",
    regex: /\b(lin_api_[A-Za-z0-9]{32,64}|lin_oauth_[a-f0-9]{64})\b/,
    keywords: ["lin_api_", "lin_oauth_"],
    entropy: 3.5,
    tags: ["linear", "saas", "api-key"]
  }
];

// rules/newrelic/rule.ts
var rules35 = [
  {
    id: "new-relic-user-api-key",
    description: "New Relic user API key (`NRAK-…`)",
    severity: "high",
    regex: /\b(NRAK-[A-Z0-9]{27})\b/,
    keywords: ["nrak-"],
    entropy: 3,
    tags: ["newrelic", "monitoring", "api-key"]
  },
  {
    id: "new-relic-browser-api-key",
    description: "New Relic browser ingest key (`NRJS-…`)",
    severity: "medium",
    regex: /\b(NRJS-[a-f0-9]{19})\b/,
    keywords: ["nrjs-"],
    entropy: 3,
    tags: ["newrelic", "monitoring", "api-key"]
  },
  {
    id: "new-relic-insert-key",
    description: "New Relic Insights insert key (`NRII-…`)",
    severity: "medium",
    regex: /\b(NRII-[A-Za-z0-9_-]{32})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["nrii-"],
    entropy: 3,
    tags: ["newrelic", "monitoring", "api-key"]
  },
  {
    id: "new-relic-license-key",
    description: "New Relic ingest license key (40 characters ending in `NRAL`)",
    severity: "high",
    regex: /\b([a-z0-9]{36}NRAL)\b/,
    keywords: ["nral"],
    entropy: 3,
    tags: ["newrelic", "monitoring", "api-key"]
  }
];

// rules/notion/rule.ts
function looksRandom(secret) {
  const body2 = secret.slice("secret_".length);
  return /[0-9]/.test(body2) && /[a-z]/.test(body2) && /[A-Z]/.test(body2) && !/[a-z]{12}/.test(body2);
}
var rules36 = [
  {
    id: "notion-integration-token",
    description: "Notion integration token (`ntn_…`)",
    severity: "high",
    regex: /\b(ntn_\d{11}[A-Za-z0-9]{35})\b/,
    keywords: ["ntn_"],
    entropy: 4,
    tags: ["notion", "saas", "api-key"]
  },
  {
    id: "notion-legacy-integration-token",
    description: "Notion integration token in the legacy `secret_…` format",
    severity: "high",
    regex: /\b(secret_[A-Za-z0-9]{43})\b/,
    keywords: ["secret_"],
    entropy: 4.2,
    validate: looksRandom,
    tags: ["notion", "saas", "api-key"]
  }
];

// rules/openai/rule.ts
var HALF = "[A-Za-z0-9_-]{20,120}";
var BODY = `${HALF}T3BlbkFJ${HALF}`;
var END4 = String.raw`(?:[^A-Za-z0-9_-]|$)`;
var rules37 = [
  {
    id: "openai-api-key",
    description: "OpenAI user API key (legacy `sk-…` and `sk-None-…`)",
    severity: "high",
    regex: new RegExp(String.raw`\b(sk-(?:[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|None-${BODY}))${END4}`),
    keywords: ["t3blbkfj"],
    entropy: 3.5,
    tags: ["openai", "ai", "api-key"]
  },
  {
    id: "openai-project-api-key",
    description: "OpenAI project API key (`sk-proj-…`)",
    severity: "high",
    regex: new RegExp(String.raw`\b(sk-proj-${BODY})${END4}`),
    keywords: ["sk-proj-"],
    entropy: 3.5,
    tags: ["openai", "ai", "api-key"]
  },
  {
    id: "openai-service-account-key",
    description: "OpenAI service account key (`sk-svcacct-…`)",
    severity: "high",
    regex: new RegExp(String.raw`\b(sk-svcacct-${BODY})${END4}`),
    keywords: ["sk-svcacct-"],
    entropy: 3.5,
    tags: ["openai", "ai", "api-key"]
  },
  {
    id: "openai-admin-key",
    description: "OpenAI admin key (`sk-admin-…`): manages an organisation, its keys and billing",
    severity: "critical",
    regex: new RegExp(String.raw`\b(sk-admin-${BODY})${END4}`),
    keywords: ["sk-admin-"],
    entropy: 3.5,
    tags: ["openai", "ai", "admin"]
  }
];

// rules/postman/rule.ts
var rules38 = [
  {
    id: "postman-api-key",
    description: "Postman API key (`PMAK-` + 24 hex + `-` + 34 hex)",
    severity: "high",
    regex: /\b(PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34})\b/,
    keywords: ["pmak-"],
    entropy: 3,
    tags: ["postman", "saas", "api-key"]
  }
];

// rules/shopify/rule.ts
var DOCUMENTED = [
  ["shpss_", "QlRSJy5AXX1cILNjVatTsEIhFxuPF5ex"],
  ["shpat_", "r8TRc9ZXAvcVvcrmtr7qoVw69WeeY1ex"],
  ["shpca_", "7jqbg9cupMkZRxJKXWz3v8BvS8QBa7hMdJfAex"],
  ["shppa_", "7jqbg9cupMkZRxJKXWz3v8BvS8QBa7hMdJfAex"]
].map(([prefix, body2]) => new RegExp(`^${prefix}${body2}$`));
var documentedExamples2 = { description: "samples from the Shopify changelog", regexes: DOCUMENTED };
var rules39 = [
  {
    id: "shopify-access-token",
    description: "Shopify Admin API access token (`shpat_`, `shpca_`, `shppa_`)",
    severity: "critical",
    regex: /\b(shp(?:at|ca|pa)_[A-Za-z0-9]{32,64})\b/,
    keywords: ["shpat_", "shpca_", "shppa_"],
    entropy: 3,
    allowlists: [documentedExamples2],
    tags: ["shopify", "ecommerce", "api-key"]
  },
  {
    id: "shopify-shared-secret",
    description: "Shopify app shared secret (`shpss_`), signs OAuth and webhook payloads",
    severity: "high",
    regex: /\b(shpss_[A-Za-z0-9]{32,64})\b/,
    keywords: ["shpss_"],
    entropy: 3,
    allowlists: [documentedExamples2],
    tags: ["shopify", "ecommerce", "webhook-secret"]
  }
];

// rules/square/rule.ts
var END5 = String.raw`(?:[^A-Za-z0-9_-]|$)`;
var rules40 = [
  {
    id: "square-access-token",
    description: "Square access token (`EAAA…` or legacy `sq0atp-…`)",
    severity: "critical",
    regex: new RegExp(String.raw`\b(EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})${END5}`),
    keywords: ["eaaa", "sq0atp-"],
    entropy: 3.5,
    tags: ["square", "payments", "api-key"]
  },
  {
    id: "square-oauth-secret",
    description: "Square OAuth application secret (`sq0csp-…`)",
    severity: "high",
    regex: new RegExp(String.raw`\b(sq0csp-[A-Za-z0-9_-]{43})${END5}`),
    keywords: ["sq0csp-"],
    entropy: 3.5,
    tags: ["square", "payments", "oauth"]
  }
];

// rules/tailscale/rule.ts
var rules41 = [
  {
    id: "tailscale-key",
    description: "Tailscale key (auth key, API access token, OAuth client secret, SCIM or webhook key)",
    severity: "high",
    regex: /(?:^|[^A-Za-z])(tskey-[a-z]{2,16}-[A-Za-z0-9]{6,40}-[A-Za-z0-9]{16,80})(?:[^A-Za-z0-9]|$)/,
    keywords: ["tskey-"],
    entropy: 2,
    tags: ["tailscale", "network", "api-key"]
  }
];

// rules/telegram/rule.ts
var TOKEN = String.raw`\d{5,12}:A[A-Za-z0-9_-]{34}`;
var BY_NAME = assignedTo("(?:telegram|tg|bot)", TOKEN).source;
var IN_URL = String.raw`api\.telegram\.org/bot(${TOKEN})(?:[^A-Za-z0-9_-]|$)`;
var rules42 = [
  {
    id: "telegram-bot-token",
    description: "Telegram bot token, assigned to a telegram/bot-named setting or in a Bot API URL",
    severity: "high",
    regex: new RegExp(`${BY_NAME}|${IN_URL}`, "i"),
    keywords: ["telegram", "tg", "bot"],
    entropy: 3.5,
    tags: ["telegram", "chat", "bot-token"]
  }
];

// rules/terraform-cloud/rule.ts
var rules43 = [
  {
    id: "terraform-cloud-token",
    description: "Terraform Cloud / Enterprise API token (`….atlasv1.…`)",
    severity: "critical",
    regex: /\b([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?:[^A-Za-z0-9_=-]|$)/,
    keywords: ["atlasv1"],
    entropy: 3.5,
    tags: ["terraform-cloud", "hashicorp", "api-key"]
  }
];

// rules/url-credentials/rule.ts
var SCHEMES2 = String.raw`https?|ftps?|sftp|ssh|git|git\+(?:https?|ssh)|svn(?:\+ssh)?|smb|cifs|ldaps?|wss?|rtsps?|sips?|imaps?|pop3s?|smtps?|socks[45]h?|nntp|davs?|webdavs?|rsync|telnet|vnc|xmpp`;
var rules44 = [
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

// rules/vercel/rule.ts
var rules45 = [
  {
    id: "vercel-token",
    description: "Vercel access token, refresh token or AI Gateway key (`vcp_`, `vci_`, `vca_`, `vcr_`, `vck_`)",
    severity: "high",
    regex: /\b(vc[pikar]_[A-Za-z0-9]{20,80})\b/,
    keywords: ["vcp_", "vci_", "vca_", "vcr_", "vck_"],
    entropy: 3.5,
    tags: ["vercel", "saas", "api-key"]
  },
  {
    id: "vercel-legacy-token",
    description: "Vercel access token (24 characters) assigned to a vercel-named setting",
    severity: "high",
    regex: assignedTo(
      String.raw`vercel[\w.-]{0,20}?(?:token|key|secret|auth)`,
      "[A-Za-z0-9]{24}",
      String.raw`(?:[^A-Za-z0-9]|$)`
    ),
    keywords: ["vercel"],
    entropy: 3.5,
    validate: (secret) => /[0-9]/.test(secret) && /[A-Za-z]/.test(secret),
    tags: ["vercel", "saas", "api-key"]
  }
];

// rules/jwt/rule.ts
function jsonSegment(segment) {
  try {
    const value = JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}
var rules46 = [
  {
    id: "jwt",
    description: "Signed JSON Web Token (a bearer credential until it expires)",
    severity: "medium",
    regex: /\b(eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{16,1000})(?:[^A-Za-z0-9_.=-]|$)/,
    keywords: ["eyj"],
    entropy: 4,
    validate: (token) => {
      const [header, payload] = token.split(".");
      const h = jsonSegment(header);
      const p = jsonSegment(payload);
      if (!h || typeof h.alg !== "string" || h.alg.toLowerCase() === "none" || !p) return false;
      if (p.sub === "1234567890" && p.name === "John Doe") return false;
      return p.role !== "anon";
    },
    tags: ["jwt"]
  }
];

// rules/index.ts
var defaultRules = [
  ...rules,
  // rules: cloud, code hosts, chat, keys, package registries, mail
  ...rules2,
  ...rules3,
  ...rules4,
  ...rules5,
  ...rules6,
  ...rules7,
  ...rules8,
  ...rules9,
  ...rules10,
  ...rules11,
  ...rules12,
  ...rules13,
  ...rules14,
  ...rules15,
  // rules: AI, SaaS, databases, URLs, files, generic
  ...rules16,
  ...rules17,
  ...rules18,
  ...rules19,
  ...rules20,
  ...rules21,
  ...rules22,
  ...rules23,
  ...rules24,
  ...rules25,
  ...rules26,
  ...rules27,
  ...rules28,
  ...rules29,
  ...rules30,
  ...rules31,
  ...rules32,
  ...rules33,
  ...rules34,
  ...rules35,
  ...rules36,
  ...rules37,
  ...rules38,
  ...rules39,
  ...rules40,
  ...rules41,
  ...rules42,
  ...rules43,
  ...rules44,
  ...rules45,
  ...rules46
];

export {
  shannonEntropy,
  defaultRules
};
