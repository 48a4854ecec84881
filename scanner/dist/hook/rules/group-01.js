

// rules/generic/assignment.ts
var TYPED_ASSIGN = String.raw`:[ \t]{0,3}&?[A-Za-z_][\w.]{0,30}(?:<[^<>\r\n]{0,40}>)?\??[ \t]{0,3}=|[ \t]{1,3}(?:string|String|str)[ \t]{0,3}=`;
var TOKEN_END = String.raw`(?:[^A-Za-z0-9_-]|$)`;

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
var table;
function crcTable() {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}
function crc32(s) {
  table ??= crcTable();
  const TABLE = table;
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
  const body = token.slice(token.indexOf("_") + 1);
  if (body.length !== 36) return false;
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
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
var fromSpecs = specs.map((s) => ({
  id: s.id,
  description: s.description,
  severity: s.severity,
  // The trailing class stops a longer run from matching by its first characters.
  regex: new RegExp(`\\b(${s.prefix}${s.body})(?:[^A-Za-z0-9_-]|$)`),
  keywords: [s.prefix.toLowerCase()],
  entropy: 3,
  tags: ["gitlab", "code-host"],
  // A self-managed instance's URL near the token says where it works (rules/gitlab/hosts.ts).
  nearbyHosts: 5
}));
var sessionCookie = {
  id: "gitlab-session-cookie",
  description: "GitLab `_gitlab_session` cookie (32 lower-case hex): a signed-in browser session",
  severity: "high",
  regex: /\b_gitlab_session=([0-9a-f]{32})(?:[^0-9a-z]|$)/,
  keywords: ["_gitlab_session="],
  entropy: 3,
  tags: ["gitlab", "code-host", "session"]
};
var rules5 = [...fromSpecs, sessionCookie];

// rules/private-key/body.ts
var NL = String.raw`(?:\r?\n|(?:\\r)?\\n)`;
var SEP = `[ \\t]{0,16}${NL}[ \\t]{0,40}`;
var B64_LINE = "[A-Za-z0-9+/=]{1,4096}";
function bodyGroup(sep = SEP, maxLines = 400) {
  return `(${B64_LINE}(?:${sep}${B64_LINE}){0,${maxLines}})`;
}
function isKeyBody(body, minLength = 64) {
  const b64 = body.replace(/\\[rn]|\s/g, "");
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
    validate: (body) => isKeyBody(body),
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
export {
  rules as aws,
  rules2 as azure,
  rules3 as docker,
  rules4 as github,
  rules5 as gitlab,
  rules6 as google,
  rules7 as mailchimp,
  rules8 as mailgun,
  rules9 as npm
};
