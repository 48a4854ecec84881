
import {
  defaultAllowlists
} from "./chunk-QZ26FPVB.js";
import {
  shannonEntropy
} from "./chunk-TBR4GLH5.js";

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
var otherProvider = (_secret, _match, before) => !/clerk|workos|highnote/i.test(before);
var rules14 = [
  {
    id: "stripe-secret-key",
    description: "Stripe live secret key",
    severity: "critical",
    regex: new RegExp(`\\b(sk_live_${body})\\b`),
    keywords: ["sk_live_"],
    entropy: 3,
    validate: otherProvider,
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
    validate: otherProvider,
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
  },
  {
    // Plugin identities (age-plugin-yubikey, -tpm, -se …) are Bech32 with an
    // `AGE-PLUGIN-<NAME>-` human-readable part: https://github.com/C2SP/C2SP/blob/main/age-plugin.md
    id: "age-plugin-identity",
    description: "age plugin identity (`AGE-PLUGIN-<NAME>-1…`): with its plugin and device, decrypts files encrypted to it",
    severity: "medium",
    regex: /\b(AGE-PLUGIN-[A-Z0-9]{1,32}-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{20,400})\b/,
    keywords: ["age-plugin-"],
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
var rules21 = [
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
var rules22 = [
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
var rules23 = [
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
var rules24 = [
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

// rules/credential-files/tool-configs.ts
var TOOL_FILES = /(?:^|\/)(?:\.?my\.cnf|\.s3cfg|\.?boto(?:\.cfg)?|\.pypirc|\.aws\/(?:credentials|config)|\.esmtprc|\.?msmtprc|\.fetchmailrc|\.tugboat|ventrilo_srv\.ini|\.?odbc\.ini|\.npmrc|\.gem\/credentials|\.config\/hub|\.config\/gh\/hosts\.ya?ml|\.cargo\/credentials(?:\.toml)?|gradle\.properties|\.databrickscfg|\.snowsql\/config|\.dbt\/profiles\.ya?ml|rclone\.conf|\.?wgetrc|\.smbcredentials|\.cifs(?:creds|credentials)?)$/i;
var JSON_FILES = /(?:^|\/)(?:sftp-config\.json|\.ftpconfig|\.remote-sync\.json|\.vscode\/sftp\.json|deployment-config\.json|heroku\.json|data-sources(?:-\d+)?\.json|robomongo\.json|robo3t\.json|auth\.json|credentials\.tfrc\.json)$/i;
var XML_FILES = /(?:^|\/)(?:recentservers\.xml|sitemanager\.xml|filezilla\.xml|WebServers\.xml|settings(?:-security)?\.xml|tomcat-users\.xml)$/i;
var JSON_NAMES = String.raw`password|pass|passwd|passphrase|userPassword|sshUserPassword|sshPassphrase|api_?[Kk]ey|token|secret|oauth_token`;
var rules25 = [
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
var rules26 = [...loginFiles, ...rules25, ...rules21, ...rules22, ...rules23, ...rules24];

// rules/database/rule.ts
var SCHEMES = String.raw`(?:postgres(?:ql)?|pgsql|mysqlx?|mariadb|mongodb|rediss?|valkey|amqps?|mqtts?|nats|kafka|stomp|mssql|sqlserver|oracle|cockroach(?:db)?|clickhouse|couchdbs?|couchbases?|neo4j|bolt|cassandra|scylla|memcached?|influxdb|db2|snowflake|presto|trino|vertica|sybase|firebird|hana|tidb|yugabyte|arangodb|rethinkdb)(?:\+[a-z0-9_]{1,20})?`;
var CONNECTION_KEYS = String.raw`(?:server|data source|datasource|host|hostname|address|addr|network address|dsn|driver|provider|database|initial catalog|user id|userid|uid|user|username|port)`;
var ODBC_VALUE = String.raw`(?:"([^"\r\n]{1,200})"|'([^'\r\n]{1,200})'|\{([^}\r\n]{1,200})\}|([^;"'\r\n]{1,200}))`;
function realPassword(secret) {
  return isRealPassword(secret.trim());
}
var SERVER_KEY = /\b(?:server|data source|datasource|host|hostname|address|addr|network address|dsn|driver|provider|database|initial catalog)[ \t]*=/i;
var rules27 = [
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
var rules28 = [
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
var rules29 = [
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
var rules30 = [
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
var rules31 = [
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
  },
  // discord-client-secret: https://discord.com/developers/docs/topics/oauth2
  {
    id: "discord-client-secret",
    description: "Discord OAuth2 application client secret (32 characters) assigned to a Discord setting",
    severity: "high",
    regex: assignedTo(String.raw`discord[\w.-]{0,20}?client[_.-]?secret`, "[A-Za-z0-9_-]{32}", "(?:[^A-Za-z0-9_-]|$)"),
    keywords: ["discord"],
    entropy: 3,
    tags: ["discord", "chat", "client-secret"]
  }
];

// rules/figma/rule.ts
var rules32 = [
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
var rules33 = [
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
var rules34 = [
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
var rules35 = [
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
var rules36 = [
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
var rules37 = [
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
var rules38 = [
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
var rules39 = [
  {
    id: "linear-api-key",
    description: "Linear personal API key (`lin_api_…`) or OAuth access token (`lin_oauth_…`)",
    severity: "high",
    regex: /\b(lin_api_[A-Za-z0-9]{32,64}|lin_oauth_[a-f0-9]{64})\b/,
    keywords: ["lin_api_", "lin_oauth_"],
    entropy: 3.5,
    tags: ["linear", "saas", "api-key"]
  },
  // linear-client-secret: https://linear.app/developers/oauth-2-0-authentication
  {
    id: "linear-client-secret",
    description: "Linear OAuth application client secret (32 hex) assigned to a Linear client setting",
    severity: "high",
    regex: assignedTo(
      String.raw`linear[_.-]?(?:oauth[_.-]?)?client[_.-]?secret`,
      "[a-f0-9]{32}",
      "(?:[^A-Za-z0-9_-]|$)"
    ),
    keywords: ["linear_client", "linear-client", "linear.client", "linearclient", "linear_oauth", "linearoauth"],
    entropy: 3,
    tags: ["linear", "project-management", "client-secret"]
  }
];

// rules/newrelic/rule.ts
var rules40 = [
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
var rules41 = [
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
var rules42 = [
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
var rules43 = [
  {
    id: "postman-api-key",
    description: "Postman API key (`PMAK-` + 24 hex + `-` + 34 hex)",
    severity: "high",
    regex: /\b(PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34})\b/,
    keywords: ["pmak-"],
    entropy: 3,
    tags: ["postman", "saas", "api-key"]
  },
  {
    id: "postman-collection-access-token",
    description: "Postman collection access token (`PMAT-` and 26 alphanumerics), reads a shared collection",
    severity: "medium",
    regex: /\b(PMAT-[A-Za-z0-9]{26})(?:[^A-Za-z0-9]|$)/,
    keywords: ["pmat-"],
    entropy: 3,
    tags: ["postman", "saas", "access-token"]
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
var rules44 = [
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
var rules45 = [
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
var rules46 = [
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
var rules47 = [
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
var rules48 = [
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
var rules49 = [
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
var rules50 = [
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

// rules/temporal/rule.ts
function claims(token) {
  try {
    const text = Buffer.from(token.split(".")[1], "base64url").toString("utf8");
    return text.startsWith("{") ? text : null;
  } catch {
    return null;
  }
}
function isTemporalCloudKey(token) {
  const c = claims(token);
  return c !== null && c.includes('"account_id"') && c.includes('"key_id"') && c.includes("temporal.io");
}
var rules51 = [
  {
    id: "temporal-cloud-api-key",
    description: "Temporal Cloud API key (a JWT issued by temporal.io with account and key ids)",
    severity: "critical",
    regex: /\b(eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{16,1000})(?:[^A-Za-z0-9_.=-]|$)/,
    keywords: ["eyj"],
    entropy: 4,
    validate: (token) => isTemporalCloudKey(token),
    tags: ["temporal", "cloud", "api-key"]
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
var MONDAY_SETTING = /\bmonday[_.-]?(?:com[_.-]?)?(?:api[_.-]?)?(?:token|key)[\w.-]{0,30}["'\]]{0,3}[ \t]{0,3}(?::=?|=)[ \t]{0,3}["'\x60]?$/i;
function providerToken(payload, before) {
  if (payload.iss === "user" && typeof payload.jti === "string" && payload.jti.startsWith("at-")) return true;
  return /\bwrka(?:[a-z]{2})?-$/.test(before) || MONDAY_SETTING.test(before);
}
var rules52 = [
  {
    id: "jwt",
    description: "Signed JSON Web Token (a bearer credential until it expires)",
    severity: "medium",
    regex: /\b(eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{16,1000})(?:[^A-Za-z0-9_.=-]|$)/,
    keywords: ["eyj"],
    entropy: 4,
    validate: (token, _match, before) => {
      const [header, payload] = token.split(".");
      const h = jsonSegment(header);
      const p = jsonSegment(payload);
      if (!h || typeof h.alg !== "string" || h.alg.toLowerCase() === "none" || !p) return false;
      if (p.sub === "1234567890" && p.name === "John Doe") return false;
      return p.role !== "anon" && !providerToken(p, before) && !isTemporalCloudKey(token);
    },
    tags: ["jwt"]
  }
];

// rules/abuseipdb/rule.ts
var rules53 = [
  {
    id: "abuseipdb-api-key",
    description: "AbuseIPDB API key (80 hex) assigned to an AbuseIPDB key setting",
    severity: "high",
    regex: assignedTo(String.raw`abuse[_.-]?ipdb[\w.-]{0,20}?(?:api[_.-]?)?key`, "[a-f0-9]{80}", "(?:[^a-z0-9]|$)"),
    keywords: ["abuseipdb", "abuse_ipdb", "abuse-ipdb"],
    entropy: 3,
    tags: ["abuseipdb", "security", "api-key"]
  }
];

// rules/adafruit/rule.ts
var rules54 = [
  {
    id: "adafruit-io-key",
    description: "Adafruit IO key (`aio_` and 28 alphanumerics): reads and writes the account's feeds",
    severity: "high",
    regex: /\b(aio_[A-Za-z0-9]{28})(?:[^A-Za-z0-9]|$)/,
    keywords: ["aio_"],
    entropy: 3,
    tags: ["adafruit", "iot", "api-key"]
  }
];

// rules/adobe/rule.ts
var rules55 = [
  {
    id: "adobe-client-secret",
    description: "Adobe Developer Console client secret (`p8e-` and 32 characters)",
    severity: "high",
    regex: /\b(p8e-[A-Za-z0-9]{32})(?:[^A-Za-z0-9]|$)/,
    keywords: ["p8e-"],
    entropy: 3,
    tags: ["adobe", "saas", "oauth"]
  }
];

// rules/aikido/rule.ts
var rules56 = [
  {
    id: "aikido-ci-token",
    description: "Aikido CI API token (`AIK_CI_` and 20-44 alphanumerics)",
    severity: "high",
    regex: /\b(AIK_CI_[A-Za-z0-9]{20,44})(?:[^A-Za-z0-9_]|$)/,
    keywords: ["aik_ci_"],
    entropy: 3,
    tags: ["aikido", "security", "api-key"]
  },
  {
    id: "aikido-client-secret",
    description: "Aikido REST API client secret (`AIK_SECRET_` and 64 alphanumerics)",
    severity: "high",
    regex: /\b(AIK_SECRET_[A-Za-z0-9]{64})(?:[^A-Za-z0-9_]|$)/,
    keywords: ["aik_secret_"],
    entropy: 3,
    tags: ["aikido", "security", "client-secret"]
  }
];

// rules/airtable/rule.ts
var rules57 = [
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

// rules/aiven/rule.ts
var rules58 = [
  {
    id: "aiven-auth-token",
    description: "Aiven authentication token (372 base64) assigned to an Aiven setting",
    severity: "critical",
    regex: assignedTo(
      String.raw`aiven[\w.-]{0,20}?(?:auth[_.-]?|api[_.-]?)?token`,
      "[A-Za-z0-9/+=]{372}",
      "(?:[^A-Za-z0-9/+=]|$)"
    ),
    keywords: ["aiven"],
    entropy: 3,
    tags: ["aiven", "cloud", "access-token"]
  }
];

// rules/alchemy/rule.ts
var rules59 = [
  {
    id: "alchemy-api-key",
    description: "Alchemy API key (32 characters) assigned to ALCHEMY_API_KEY",
    severity: "high",
    regex: /\b(?:ALCHEMY_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9_-]{32})(?:[^A-Za-z0-9_-]|$)/i,
    keywords: ["alchemy_api_key"],
    entropy: 3,
    tags: ["alchemy", "blockchain", "api-key"]
  }
];

// rules/algolia/rule.ts
var rules60 = [
  {
    id: "algolia-admin-api-key",
    description: "Algolia admin or write API key (32 hex) assigned to an Algolia key setting",
    severity: "high",
    regex: /\b(?:ALGOLIA_ADMIN_API_KEY|ALGOLIA_ADMIN_KEY|ALGOLIA_WRITE_API_KEY|ALGOLIA_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["algolia_admin_api_key", "algolia_admin_key", "algolia_write_api_key", "algolia_api_key"],
    entropy: 3,
    tags: ["algolia", "search", "api-key"]
  }
];

// rules/alibaba/rule.ts
var rules61 = [
  {
    id: "alibaba-access-key-id",
    description: "Alibaba Cloud AccessKey ID (`LTAI` and 20 alphanumerics); its secret is usually beside it",
    severity: "high",
    regex: /\b(LTAI[A-Za-z0-9]{20})(?:[^A-Za-z0-9]|$)/,
    keywords: ["ltai"],
    entropy: 3,
    tags: ["alibaba", "cloud", "access-key-id"]
  },
  // alibaba-access-key-secret: https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair
  {
    id: "alibaba-access-key-secret",
    description: "Alibaba Cloud AccessKey secret (30 alphanumerics) assigned to an Alibaba setting",
    severity: "high",
    regex: assignedTo(
      String.raw`alibaba[\w.-]{0,20}?(?:access[_.-]?key[_.-]?)?secret`,
      "[A-Za-z0-9]{30}",
      "(?:[^A-Za-z0-9_-]|$)"
    ),
    keywords: ["alibaba"],
    entropy: 3,
    tags: ["alibaba", "cloud", "secret-key"]
  }
];

// rules/amplitude/rule.ts
var rules62 = [
  {
    id: "amplitude-secret-key",
    description: "Amplitude secret key (32 hex) assigned to AMPLITUDE_SECRET_KEY",
    severity: "high",
    regex: /\b(?:AMPLITUDE_SECRET_KEY|AMPLITUDE_API_SECRET)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["amplitude_secret_key", "amplitude_api_secret"],
    entropy: 3,
    tags: ["amplitude", "analytics", "api-key"]
  }
];

// rules/apify/rule.ts
var rules63 = [
  {
    id: "apify-api-token",
    description: "Apify API token (`apify_api_` and 34-38 alphanumerics)",
    severity: "high",
    regex: /\b(apify_api_[A-Za-z0-9]{34,38})(?:[^A-Za-z0-9_]|$)/,
    keywords: ["apify_api_"],
    entropy: 3,
    tags: ["apify", "saas", "api-key"]
  }
];

// rules/apollo/rule.ts
var rules64 = [
  {
    id: "apollo-api-key",
    description: "Apollo.io API key (22 characters) assigned to an Apollo setting",
    severity: "high",
    regex: assignedTo(String.raw`apollo(?:[_.-]?io)?[\w.-]{0,20}?api[_.-]?key`, "[A-Za-z0-9_-]{22}"),
    keywords: ["apollo"],
    entropy: 3,
    tags: ["apollo", "saas", "api-key"]
  }
];

// rules/asaas/rule.ts
var rules65 = [
  {
    id: "asaas-api-key",
    description: "Asaas payments API key (`$aact_prod_`/`$aact_hmlg_` and a base64url body)",
    severity: "critical",
    regex: /(?:^|[^A-Za-z0-9_$-])\$(aact_(?:prod|hmlg)_[A-Za-z0-9_-]{20,200})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["$aact_"],
    entropy: 3,
    tags: ["asaas", "payments", "api-key"]
  }
];

// rules/asana/rule.ts
var rules66 = [
  {
    id: "asana-client-secret",
    description: "Asana OAuth client secret (32 characters) assigned to an Asana secret setting",
    severity: "high",
    regex: assignedTo(String.raw`asana[\w.-]{0,20}?(?:client[_.-]?)?secret`, "[a-z0-9]{32}", "(?:[^A-Za-z0-9]|$)"),
    keywords: ["asana"],
    entropy: 3,
    tags: ["asana", "saas", "client-secret"]
  }
];

// rules/assemblyai/rule.ts
var rules67 = [
  {
    id: "assemblyai-api-key",
    description: "AssemblyAI API key (32 hex) assigned to ASSEMBLYAI_API_KEY",
    severity: "high",
    regex: /\b(?:ASSEMBLYAI_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["assemblyai_api_key"],
    entropy: 3,
    tags: ["assemblyai", "ai", "api-key"]
  }
];

// rules/auth0/rule.ts
var rules68 = [
  {
    id: "auth0-client-secret",
    description: "Auth0 application client secret (64 characters) assigned to AUTH0_CLIENT_SECRET",
    severity: "critical",
    regex: /\b(?:AUTH0_CLIENT_SECRET)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9_-]{64})(?:[^A-Za-z0-9_-]|$)/i,
    keywords: ["auth0_client_secret"],
    entropy: 3,
    tags: ["auth0", "identity", "oauth"]
  }
];

// rules/authress/rule.ts
var rules69 = [
  {
    id: "authress-service-client-access-key",
    description: "Authress service client access key (`sc_…`/`ext_…` id, `.acc_` key id and private key)",
    severity: "critical",
    regex: /\b((?:sc|ext|scauth|authress)_[a-z0-9]{5,30}\.[a-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[a-z0-9+/_=-]{30,120})(?:[^A-Za-z0-9+/_=.-]|$)/i,
    keywords: [".acc_", ".acc-"],
    entropy: 3,
    tags: ["authress", "auth", "access-key"]
  }
];

// rules/aws-bedrock/rule.ts
var rules70 = [
  {
    id: "aws-bedrock-api-key",
    description: "Amazon Bedrock API key (`ABSK` and base64): calls Bedrock models as its IAM user",
    severity: "high",
    regex: /\b(ABSK[A-Za-z0-9+/]{109,269}={0,2})(?:[^A-Za-z0-9+/=]|$)/,
    keywords: ["absk"],
    entropy: 3,
    tags: ["aws-bedrock", "aws", "ai", "api-key"]
  }
];

// rules/axiom/rule.ts
var rules71 = [
  {
    id: "axiom-token",
    description: "Axiom API or personal token (`xaat-`/`xapt-` and a UUID)",
    severity: "high",
    regex: /\b(xa[ap]t-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
    keywords: ["xaat-", "xapt-"],
    entropy: 2.5,
    tags: ["axiom", "observability", "api-key"]
  }
];

// rules/beamer/rule.ts
var rules72 = [
  {
    id: "beamer-api-key",
    description: "Beamer API key (`b_` and 44 characters) assigned to a Beamer setting",
    severity: "high",
    regex: assignedTo(String.raw`beamer[\w.-]{0,20}?(?:key|token)`, "b_[A-Za-z0-9=_-]{44}"),
    keywords: ["beamer"],
    entropy: 3,
    tags: ["beamer", "saas", "api-key"]
  }
];

// rules/bigcommerce/rule.ts
var rules73 = [
  {
    id: "bigcommerce-access-token",
    description: "BigCommerce API account access token (31 characters) assigned to BIGCOMMERCE_ACCESS_TOKEN",
    severity: "critical",
    regex: /\b(?:BIGCOMMERCE_ACCESS_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-z0-9]{31})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["bigcommerce_access_token"],
    entropy: 3,
    tags: ["bigcommerce", "ecommerce", "api-key"]
  }
];

// rules/bitbucket/rule.ts
var rules74 = [
  {
    id: "bitbucket-data-center-token",
    description: "Bitbucket Data Center HTTP access token (`BBDC-` and 32-64 base64)",
    severity: "high",
    regex: /\b(BBDC-[A-Za-z0-9+/]{32,64}={0,2})(?:[^A-Za-z0-9+/=]|$)/,
    keywords: ["bbdc-"],
    entropy: 3,
    tags: ["bitbucket", "code-host", "access-token"]
  },
  {
    id: "bitbucket-app-password",
    description: "Bitbucket Cloud app password (`ATBB` and 32 alphanumerics)",
    severity: "high",
    regex: /\b(ATBB[A-Za-z0-9]{32}(?:[A-F0-9]{8})?)(?:[^A-Za-z0-9]|$)/,
    keywords: ["atbb"],
    entropy: 3.5,
    tags: ["bitbucket", "code-host", "password"]
  },
  {
    id: "bitbucket-access-token",
    description: "Bitbucket Cloud repository, project or workspace access token (`ATCTT3…` with a checksum)",
    severity: "high",
    regex: /\b(ATCTT3[A-Za-z0-9_-]{150,220}=[A-Fa-f0-9]{8})(?:[^A-Za-z0-9_=-]|$)/,
    keywords: ["atctt3"],
    entropy: 4,
    tags: ["bitbucket", "code-host", "access-token"]
  },
  // bitbucket-oauth-consumer-secret: https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/
  {
    id: "bitbucket-oauth-consumer-secret",
    description: "Bitbucket Cloud OAuth consumer secret (32 characters) assigned to a Bitbucket client setting",
    severity: "high",
    regex: assignedTo(
      String.raw`bitbucket[\w.-]{0,20}?(?:client|oauth|consumer)[_.-]?secret`,
      "[A-Za-z0-9]{32}",
      "(?:[^A-Za-z0-9_-]|$)"
    ),
    keywords: ["bitbucket"],
    entropy: 3,
    tags: ["bitbucket", "code-host", "client-secret"]
  }
];

// rules/bitly/rule.ts
var rules75 = [
  {
    id: "bitly-access-token",
    description: "Bitly access token (40 hex) assigned to a Bitly setting",
    severity: "high",
    regex: assignedTo(
      String.raw`bitly[\w.-]{0,20}?(?:access[_.-]?|generic[_.-]?)?token`,
      "[a-f0-9]{40}",
      "(?:[^a-z0-9]|$)"
    ),
    keywords: ["bitly"],
    entropy: 3,
    tags: ["bitly", "saas", "access-token"]
  }
];

// rules/bitrise/rule.ts
var rules76 = [
  {
    id: "bitrise-access-token",
    description: "Bitrise personal or workspace access token (60 to 120 characters) assigned to a Bitrise token setting",
    severity: "high",
    regex: assignedTo(String.raw`bitrise[\w.-]{0,20}?token`, "[A-Za-z0-9_-]{60,120}"),
    keywords: ["bitrise"],
    entropy: 3,
    tags: ["bitrise", "ci", "access-token"]
  }
];

// rules/bittrex/rule.ts
var rules77 = [
  {
    id: "bittrex-api-credential",
    description: "Bittrex API key or secret (32 alphanumerics) assigned to a Bittrex setting; Bittrex Global closed in 2023, but old keys still name an account",
    severity: "medium",
    regex: assignedTo(String.raw`bittrex[\w.-]{0,20}?(?:key|secret)`, "[a-z0-9]{32}", "(?:[^A-Za-z0-9]|$)"),
    keywords: ["bittrex"],
    entropy: 3,
    tags: ["bittrex", "crypto", "api-key"]
  }
];

// rules/bitwarden/rule.ts
var rules78 = [
  {
    id: "bitwarden-api-key-client-secret",
    description: "Bitwarden personal API key client secret in a Bitwarden CLI data.json",
    severity: "critical",
    regex: /"user_[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}_token_apiKeyClientSecret"[ \t]{0,3}:[ \t]{0,3}"([A-Za-z0-9]{10,50})"/,
    keywords: ["apikeyclientsecret"],
    entropy: 3,
    tags: ["bitwarden", "password-manager", "client-secret"]
  }
];

// rules/blynk/rule.ts
var rules79 = [
  {
    id: "blynk-device-token",
    description: "Blynk device auth token (in a blynk.cloud device API URL or `#define BLYNK_AUTH_TOKEN`)",
    severity: "medium",
    regex: /(?:blynk\.cloud\/external\/api\/[A-Za-z0-9/]{0,60}\?token=|BLYNK_AUTH_TOKEN["\']?[ \t]{0,4}[=:]?[ \t]{0,4}["\'])([A-Za-z0-9_-]{32})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["blynk.cloud/external/api/", "blynk_auth_token"],
    entropy: 3,
    tags: ["blynk", "iot", "api-key"]
  }
];

// rules/box/rule.ts
var rules80 = [
  {
    id: "box-api-token",
    description: "Box developer token, access token or client secret (32 alphanumerics) assigned to a Box setting",
    severity: "high",
    regex: assignedTo(
      String.raw`\bbox[_.-]?(?:developer[_.-]?token|access[_.-]?token|api[_.-]?(?:key|token)|client[_.-]?secret)`,
      "[A-Za-z0-9]{32}"
    ),
    keywords: [
      "box_developer",
      "box_access",
      "box_api",
      "box_client_secret",
      "boxdeveloper",
      "boxaccess",
      "boxapi",
      "boxclientsecret"
    ],
    entropy: 3,
    tags: ["box", "storage", "access-token"]
  }
];

// rules/braintree/rule.ts
var rules81 = [
  {
    id: "braintree-access-token",
    description: "Braintree (PayPal) access token (`access_token$production$…$…`)",
    severity: "critical",
    regex: /\b(access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32})(?:[^A-Za-z0-9]|$)/,
    keywords: ["access_token$production$", "access_token$sandbox$"],
    entropy: 3,
    tags: ["braintree", "payments", "api-key"]
  }
];

// rules/brave/rule.ts
var rules82 = [
  {
    id: "brave-search-api-key",
    description: "Brave Search API subscription token (`BSA` and 24-40 characters)",
    severity: "high",
    regex: /\b(BSA[A-Za-z0-9_-]{24,40})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["bsa"],
    entropy: 3.5,
    validate: (secret) => /[0-9]/.test(secret) && /[a-z]/.test(secret),
    tags: ["brave", "search", "api-key"]
  }
];

// rules/braze/rule.ts
var rules83 = [
  {
    id: "braze-rest-api-key",
    description: "Braze REST API key (a UUID) assigned to BRAZE_API_KEY",
    severity: "high",
    regex: /\b(?:BRAZE_API_KEY|BRAZE_REST_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["braze_api_key", "braze_rest_api_key"],
    entropy: 2.5,
    tags: ["braze", "marketing", "api-key"]
  }
];

// rules/brevo/rule.ts
var rules84 = [
  {
    id: "brevo-api-key",
    description: "Brevo (Sendinblue) API or SMTP key (`xkeysib-`/`xsmtpsib-`)",
    severity: "high",
    regex: /\b(x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16})(?:[^A-Za-z0-9]|$)/,
    keywords: ["xkeysib-", "xsmtpsib-"],
    entropy: 3,
    tags: ["brevo", "email", "api-key"]
  }
];

// rules/browserstack/rule.ts
var rules85 = [
  {
    id: "browserstack-access-key",
    description: "BrowserStack access key (20 alphanumerics) assigned to a BrowserStack key setting",
    severity: "high",
    regex: assignedTo(
      String.raw`browser[_.-]?stack[\w.-]{0,20}?(?:access[_.-]?)?key`,
      "[A-Za-z0-9]{20}",
      "(?:[^A-Za-z0-9]|$)"
    ),
    keywords: ["browserstack", "browser_stack", "browser-stack"],
    entropy: 3,
    tags: ["browserstack", "testing", "access-key"]
  }
];

// rules/bugsnag/rule.ts
var rules86 = [
  {
    id: "bugsnag-api-key",
    description: "Bugsnag project API key (32 hex) assigned to BUGSNAG_API_KEY",
    severity: "medium",
    regex: /\b(?:BUGSNAG_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["bugsnag_api_key"],
    entropy: 3,
    tags: ["bugsnag", "observability", "api-key"]
  }
];

// rules/buildkite/rule.ts
var rules87 = [
  {
    id: "buildkite-api-token",
    description: "Buildkite API access token (`bkua_` and 40 hex)",
    severity: "high",
    regex: /\b(bkua_[a-f0-9]{40})(?:[^A-Za-z0-9]|$)/,
    keywords: ["bkua_"],
    entropy: 3,
    tags: ["buildkite", "ci", "api-key"]
  }
];

// rules/canva/rule.ts
var rules88 = [
  {
    id: "canva-client-secret",
    description: "Canva Connect client secret (`cnvca` and 51 characters)",
    severity: "high",
    regex: /\b(cnvca[A-Za-z0-9_-]{51})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["cnvca"],
    entropy: 3,
    tags: ["canva", "saas", "client-secret"]
  }
];

// rules/cartesia/rule.ts
var rules89 = [
  {
    id: "cartesia-api-key",
    description: "Cartesia API key (`sk_car_` and 20-48 characters)",
    severity: "high",
    regex: /\b(sk_car_[A-Za-z0-9_]{20,48})(?:[^A-Za-z0-9_]|$)/,
    keywords: ["sk_car_"],
    entropy: 3,
    tags: ["cartesia", "ai", "api-key"]
  }
];

// rules/cerebras/rule.ts
var rules90 = [
  {
    id: "cerebras-api-key",
    description: "Cerebras inference API key (`csk-` and 48 characters)",
    severity: "high",
    regex: /\b(csk-[a-z0-9]{48})(?:[^A-Za-z0-9]|$)/,
    keywords: ["csk-"],
    entropy: 3,
    tags: ["cerebras", "ai", "api-key"]
  }
];

// rules/checkout/rule.ts
var rules91 = [
  {
    id: "checkout-secret-key",
    description: "Checkout.com secret key (`sk_`, `sk_sbox_`) assigned to a Checkout setting",
    severity: "critical",
    regex: assignedTo(
      "(?:checkout(?:[_.-]?com)?|\\bcko)[_.-]?(?:secret[_.-]?)?(?:api[_.-]?)?key",
      "sk_(?:sbox_|test_)?(?:[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}|[a-z2-7]{26}[a-z2-7*#$=])",
      "(?:[^A-Za-z0-9*#$=_-]|$)"
    ),
    // Names, not the bare word: `checkout` is in every git script and shop front end.
    keywords: [
      "checkout_secret",
      "checkout-secret",
      "checkoutsecret",
      "checkout_key",
      "checkout-key",
      "checkoutkey",
      "checkout_api",
      "checkout-api",
      "checkoutapi",
      "checkout_com",
      "checkout-com",
      "checkoutcom",
      "checkout.com",
      "cko_secret",
      "cko-secret",
      "ckosecret",
      "cko_api",
      "cko-api"
    ],
    entropy: 3,
    tags: ["checkout", "payments", "api-key"]
  }
];

// rules/circleci/rule.ts
var rules92 = [
  {
    id: "circleci-token",
    description: "CircleCI personal or project API token (`CCIPAT_`/`CCIPRJ_`)",
    severity: "critical",
    regex: /\b(CCIP(?:AT|RJ)_[A-Za-z0-9]{22}_[a-f0-9]{40})(?:[^A-Za-z0-9]|$)/,
    keywords: ["ccipat_", "cciprj_"],
    entropy: 3,
    tags: ["circleci", "ci", "api-key"]
  }
];

// rules/civo/rule.ts
var rules93 = [
  {
    id: "civo-api-key",
    description: "Civo API key (50 alphanumerics) assigned to a Civo setting",
    severity: "critical",
    regex: assignedTo(String.raw`civo[\w.-]{0,20}?(?:key|token)`, "[A-Za-z0-9]{50}", "(?:[^A-Za-z0-9]|$)"),
    keywords: ["civo"],
    entropy: 3,
    tags: ["civo", "cloud", "api-key"]
  }
];

// rules/clerk/rule.ts
var rules94 = [
  {
    id: "clerk-secret-key",
    description: "Clerk secret key (`sk_live_`/`sk_test_`) assigned to a Clerk setting; without one it reads as a Stripe key",
    severity: "critical",
    regex: assignedTo(
      String.raw`clerk[\w.-]{0,20}?(?:secret|api)[_.-]?key`,
      "sk_(?:live|test)_[A-Za-z0-9]{32,64}",
      "(?:[^A-Za-z0-9]|$)"
    ),
    keywords: ["clerk"],
    entropy: 3,
    tags: ["clerk", "auth", "secret-key"]
  }
];

// rules/clickhouse/rule.ts
var rules95 = [
  {
    id: "clickhouse-cloud-api-secret",
    description: "ClickHouse Cloud API key secret (`4b1d` and 38 mixed-case alphanumerics)",
    severity: "critical",
    regex: /\b(4b1d[A-Za-z0-9]{38})(?:[^A-Za-z0-9]|$)/,
    keywords: ["4b1d"],
    entropy: 4,
    validate: (secret) => /[A-Z]/.test(secret) && /[a-z]/.test(secret),
    tags: ["clickhouse", "database", "api-key"]
  }
];

// rules/clickup/rule.ts
var rules96 = [
  {
    id: "clickup-personal-token",
    description: "ClickUp personal API token (`pk_<user id>_` and 32 characters)",
    severity: "high",
    regex: /\b(pk_[0-9]{7,8}_[A-Z0-9]{32})(?:[^A-Za-z0-9]|$)/,
    keywords: ["pk_"],
    entropy: 3,
    tags: ["clickup", "saas", "api-key"]
  }
];

// rules/clojars/rule.ts
var rules97 = [
  {
    id: "clojars-deploy-token",
    description: "Clojars deploy token (`CLOJARS_` and 60 characters)",
    severity: "critical",
    regex: /\b(CLOJARS_[a-z0-9]{60})(?:[^A-Za-z0-9]|$)/,
    keywords: ["clojars_"],
    entropy: 3,
    tags: ["clojars", "package-registry", "api-key"]
  }
];

// rules/cloudinary/rule.ts
var rules98 = [
  {
    id: "cloudinary-url",
    description: "Cloudinary URL with API key and secret (`cloudinary://key:secret@cloud`)",
    severity: "high",
    regex: /\bcloudinary:\/\/[0-9]{15}:([A-Za-z0-9_-]{27})@[A-Za-z0-9_-]{1,64}/,
    secretGroup: 1,
    keywords: ["cloudinary://"],
    entropy: 3,
    tags: ["cloudinary", "media", "api-key"]
  }
];

// rules/cloudsmith/rule.ts
var rules99 = [
  {
    id: "cloudsmith-api-key",
    description: "Cloudsmith API key (`csa_`, 30 hex and 6 alphanumerics)",
    severity: "high",
    regex: /\b(csa_[a-f0-9]{30}[A-Za-z0-9]{6})(?:[^A-Za-z0-9_]|$)/,
    keywords: ["csa_"],
    entropy: 3,
    tags: ["cloudsmith", "package-registry", "api-key"]
  }
];

// rules/cockroachlabs/rule.ts
var rules100 = [
  {
    id: "cockroachlabs-cloud-api-key",
    description: "CockroachDB Cloud API key (`CCDB1_`, 22 and 40 alphanumerics)",
    severity: "critical",
    regex: /\b(CCDB1_[A-Za-z0-9]{22}_[A-Za-z0-9]{40})(?:[^A-Za-z0-9_]|$)/,
    keywords: ["ccdb1_"],
    entropy: 3,
    tags: ["cockroachlabs", "database", "api-key"]
  }
];

// rules/codeclimate/rule.ts
var rules101 = [
  {
    id: "codeclimate-test-reporter-id",
    description: "Code Climate test reporter id (64 hex) assigned to its setting",
    severity: "medium",
    regex: assignedTo(
      "(?:(?:cc|code[_.-]?climate)[_.-]?(?:test[_.-]?)?reporter[_.-]?id|code[_.-]?climate[_.-]?repo[_.-]?token)",
      "[a-f0-9]{64}",
      "(?:[^a-z0-9]|$)"
    ),
    keywords: ["reporter_id", "reporter-id", "reporterid", "codeclimate"],
    entropy: 3,
    tags: ["codeclimate", "ci", "access-token"]
  }
];

// rules/codecov/rule.ts
var rules102 = [
  {
    id: "codecov-upload-token",
    description: "Codecov upload token (a UUID) assigned to CODECOV_TOKEN",
    severity: "medium",
    regex: /\b(?:CODECOV_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["codecov_token"],
    entropy: 2.5,
    tags: ["codecov", "ci", "api-key"]
  }
];

// rules/cohere/rule.ts
var rules103 = [
  {
    id: "cohere-api-key",
    description: "Cohere API key (40 alphanumerics) assigned to COHERE_API_KEY or CO_API_KEY",
    severity: "high",
    regex: /\b(?:COHERE_API_KEY|CO_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{40})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["cohere_api_key", "co_api_key"],
    entropy: 3,
    tags: ["cohere", "ai", "api-key"]
  }
];

// rules/coinbase/rule.ts
var rules104 = [
  {
    id: "coinbase-api-secret",
    description: "Coinbase API secret or access token (64 characters) assigned to a Coinbase setting",
    severity: "critical",
    regex: assignedTo(String.raw`coinbase[\w.-]{0,20}?(?:secret|token)`, "[A-Za-z0-9_-]{64}"),
    keywords: ["coinbase"],
    entropy: 3,
    tags: ["coinbase", "crypto", "api-key"]
  }
];

// rules/configcat/rule.ts
var rules105 = [
  {
    id: "configcat-sdk-key",
    description: "ConfigCat SDK key (`configcat-sdk-1/` and two 22-character parts)",
    severity: "low",
    regex: /\b(configcat-sdk-1\/[A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]{22})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["configcat-sdk-1/"],
    entropy: 3,
    tags: ["configcat", "feature-flags", "sdk-key"]
  }
];

// rules/confluent/rule.ts
var rules106 = [
  {
    id: "confluent-cloud-api-secret",
    description: "Confluent Cloud API secret (64 characters) assigned to a Confluent secret setting",
    severity: "critical",
    regex: assignedTo(String.raw`confluent[\w.-]{0,20}?secret`, "[A-Za-z0-9+/]{64}", "(?:[^A-Za-z0-9+/]|$)"),
    keywords: ["confluent"],
    entropy: 3,
    tags: ["confluent", "streaming", "client-secret"]
  }
];

// rules/contentful/rule.ts
var rules107 = [
  {
    id: "contentful-personal-access-token",
    description: "Contentful content management personal access token (`CFPAT-` and 43 characters)",
    severity: "high",
    regex: /\b(CFPAT-[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["cfpat-"],
    entropy: 3,
    tags: ["contentful", "cms", "api-key"]
  },
  // contentful-delivery-api-token: https://www.contentful.com/developers/docs/references/authentication/
  {
    id: "contentful-delivery-api-token",
    description: "Contentful Content Delivery or Preview API token (43 characters) assigned to a Contentful setting",
    severity: "high",
    regex: assignedTo(
      String.raw`contentful[\w.-]{0,20}?(?:delivery|preview|access)[_.-]?(?:api[_.-]?)?(?:token|key)`,
      "[A-Za-z0-9_-]{43}",
      "(?:[^A-Za-z0-9_-]|$)"
    ),
    keywords: ["contentful"],
    entropy: 3,
    tags: ["contentful", "cms", "api-key"]
  }
];

// rules/couchbase/rule.ts
var rules108 = [
  {
    id: "couchbase-capella-api-secret",
    description: "Couchbase Capella management API key secret (base64) assigned to a Capella/Couchbase secret setting",
    severity: "critical",
    regex: assignedTo(
      String.raw`(?:couchbase|capella)[\w.-]{0,20}?secret`,
      "[A-Za-z0-9+/]{60,120}={0,2}",
      "(?:[^A-Za-z0-9+/=]|$)"
    ),
    keywords: ["couchbase", "capella"],
    entropy: 3,
    tags: ["couchbase", "database", "api-key"]
  }
];

// rules/coveralls/rule.ts
var rules109 = [
  {
    id: "coveralls-repo-token",
    description: "Coveralls repo token assigned to a Coveralls token setting",
    severity: "medium",
    regex: assignedTo(String.raw`coveralls[\w.-]{0,20}?token`, "[A-Za-z0-9]{32,40}", "(?:[^A-Za-z0-9]|$)"),
    keywords: ["coveralls"],
    entropy: 3,
    tags: ["coveralls", "ci", "access-token"]
  }
];

// rules/crates-io/rule.ts
var rules110 = [
  {
    id: "crates-io-api-token",
    description: "crates.io API token (`cio` and 32 alphanumerics): publishes and yanks crates",
    severity: "critical",
    regex: /\b(cio[A-Za-z0-9]{32})(?:[^A-Za-z0-9]|$)/,
    keywords: ["cio"],
    entropy: 3,
    tags: ["crates-io", "package-registry", "api-key"]
  }
];

// rules/curl/rule.ts
var USER = /(?:-u|--user)(?:=|[ \t]{1,4})["']?([^\s"':]{1,64}):/;
var REFERENCE2 = /^\$|\$\{|\$\(|\{\{|%[A-Z_]+%/;
var rules111 = [
  {
    id: "curl-basic-auth",
    description: "Password in a curl `-u user:password` / `--user` argument",
    severity: "high",
    // Groups 1-3: the password, double-quoted, single-quoted or bare.
    regex: /\bcurl\b[^\r\n]{0,400}?[ \t](?:-u|--user)(?:=|[ \t]{1,4})(?:"[^"\s:]{1,64}:([^"\r\n]{3,128})"|'[^'\s:]{1,64}:([^'\r\n]{3,128})'|[^\s"'\x60:]{1,64}:([^\s"'\x60]{3,128}))/,
    keywords: ["curl"],
    validate: (secret, match) => !REFERENCE2.test(secret) && isRealPassword(secret, USER.exec(match)?.[1] ?? ""),
    tags: ["curl", "password"]
  },
  {
    id: "curl-bearer-token",
    description: 'Token in a curl `-H "Authorization: Bearer …"` header',
    severity: "medium",
    regex: /\bcurl\b[^\r\n]{0,400}?[ \t](?:-H|--header)(?:=|[ \t]{1,4})["']?Authorization:[ \t]{0,4}(?:Bearer|Token|token)[ \t]{1,4}([A-Za-z0-9._~+/=-]{20,512})/,
    keywords: ["curl"],
    entropy: 3.5,
    validate: (secret) => !REFERENCE2.test(secret),
    tags: ["generic", "curl", "access-token"]
  }
];

// rules/cursor/rule.ts
var rules112 = [
  {
    id: "cursor-api-key",
    description: "Cursor API key (`key_` and 64 hex) assigned to a Cursor setting",
    severity: "high",
    regex: assignedTo("cursor[_.-]?(?:admin[_.-]?)?(?:api[_.-]?)?key", "key_[a-f0-9]{64}", "(?:[^A-Za-z0-9]|$)"),
    // Names, not the bare word: `cursor` is in every database client, and the prefilter should
    // not send those files here.
    keywords: [
      "cursor_api_key",
      "cursor-api-key",
      "cursorapikey",
      "cursor_key",
      "cursor-key",
      "cursorkey",
      "cursor_admin",
      "cursor-admin",
      "cursoradmin"
    ],
    entropy: 3,
    tags: ["cursor", "ai", "api-key"]
  }
];

// rules/databento/rule.ts
var rules113 = [
  {
    id: "databento-api-key",
    description: "Databento API key (`db-` and 29 alphanumerics) assigned to a Databento setting",
    severity: "high",
    regex: assignedTo(String.raw`databento[\w.-]{0,20}?(?:key|token)`, "db-[A-Za-z0-9]{29}"),
    keywords: ["databento"],
    entropy: 3,
    tags: ["databento", "finance", "api-key"]
  }
];

// rules/datagov/rule.ts
var rules114 = [
  {
    id: "datagov-api-key",
    description: "api.data.gov API key (40 alphanumerics) assigned to a data.gov setting",
    severity: "medium",
    regex: assignedTo(String.raw`data[_.-]?gov[\w.-]{0,20}?(?:key|token)`, "[A-Za-z0-9]{40}"),
    keywords: ["datagov", "data_gov", "data.gov", "data-gov"],
    entropy: 3,
    tags: ["datagov", "government", "api-key"]
  }
];

// rules/datastax/rule.ts
var rules115 = [
  {
    id: "datastax-astra-token",
    description: "DataStax Astra DB application token (`AstraCS:`, client id and 64 hex)",
    severity: "critical",
    regex: /\b(AstraCS:[A-Za-z0-9]{20,32}:[A-Fa-f0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ["astracs:"],
    entropy: 3,
    tags: ["datastax", "database", "access-token"]
  }
];

// rules/deepgram/rule.ts
var rules116 = [
  {
    id: "deepgram-api-key",
    description: "Deepgram API key (40 hex) assigned to DEEPGRAM_API_KEY",
    severity: "high",
    regex: /\b(?:DEEPGRAM_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{40})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["deepgram_api_key"],
    entropy: 3,
    tags: ["deepgram", "ai", "api-key"]
  }
];

// rules/deepseek/rule.ts
var rules117 = [
  {
    id: "deepseek-api-key",
    description: "DeepSeek API key (`sk-` and 32 hex) assigned to DEEPSEEK_API_KEY",
    severity: "high",
    regex: /\b(?:DEEPSEEK_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?(sk\-[a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["deepseek_api_key"],
    entropy: 3,
    tags: ["deepseek", "ai", "api-key"]
  }
];

// rules/defined-networking/rule.ts
var rules118 = [
  {
    id: "defined-networking-api-key",
    description: "Defined Networking (managed Nebula) API key (`dnkey-`)",
    severity: "high",
    regex: /\b(dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52})(?:[^a-z0-9=_-]|$)/,
    keywords: ["dnkey-"],
    entropy: 3,
    tags: ["defined-networking", "network", "api-key"]
  }
];

// rules/deno/rule.ts
var rules119 = [
  {
    id: "deno-deploy-token",
    description: "Deno Deploy personal or organization access token (`ddp_`/`ddw_` and 36 alphanumerics)",
    severity: "critical",
    regex: /\b(dd[pw]_[A-Za-z0-9]{36})(?:[^A-Za-z0-9]|$)/,
    keywords: ["ddp_", "ddw_"],
    entropy: 3,
    tags: ["deno", "paas", "api-key"]
  }
];

// rules/dependency-track/rule.ts
var rules120 = [
  {
    id: "dependency-track-api-key",
    description: "OWASP Dependency-Track API key (`odt_`): uploads SBOMs and reads the portfolio with its team's permissions",
    severity: "high",
    regex: /\b(odt_[A-Za-z0-9]{32,64})(?:[^A-Za-z0-9]|$)/,
    keywords: ["odt_"],
    entropy: 3,
    tags: ["dependency-track", "supply-chain", "api-key"]
  }
];

// rules/devcycle/rule.ts
var rules121 = [
  {
    id: "devcycle-server-sdk-key",
    description: "DevCycle server SDK key (`dvc_server_` and a key body); client and mobile keys ship in apps and are not reported",
    severity: "high",
    regex: /\b(dvc_server_[A-Za-z0-9_]{16,100})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["dvc_server_"],
    entropy: 3,
    tags: ["devcycle", "feature-flags", "api-key"]
  }
];

// rules/devin/rule.ts
var rules122 = [
  {
    id: "devin-api-key",
    description: "Devin API key (`apk_`/`apk_user_` and a long base64 body)",
    severity: "high",
    regex: /\b(apk_(?:user_)?[A-Za-z0-9+/]{80,180}={0,2})(?:[^A-Za-z0-9+/=]|$)/,
    keywords: ["apk_"],
    entropy: 4,
    tags: ["devin", "ai", "api-key"]
  }
];

// rules/dingtalk/rule.ts
var rules123 = [
  {
    id: "dingtalk-webhook-url",
    description: "DingTalk robot webhook URL (`oapi.dingtalk.com/robot/send?access_token=`): anyone holding it can post to the group",
    severity: "medium",
    regex: /(https:\/\/oapi\.dingtalk\.com\/robot\/send\?access_token=[a-f0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ["oapi.dingtalk.com/robot/send"],
    entropy: 3,
    tags: ["dingtalk", "chat", "webhook"]
  }
];

// rules/disqus/rule.ts
var rules124 = [
  {
    id: "disqus-api-secret",
    description: "Disqus API secret or access token (64 alphanumerics) assigned to a Disqus setting",
    severity: "high",
    regex: assignedTo(String.raw`disqus[\w.-]{0,20}?(?:secret|access[_.-]?token)`, "[A-Za-z0-9]{64}"),
    keywords: ["disqus"],
    entropy: 3,
    tags: ["disqus", "saas", "api-key"]
  }
];

// rules/doppler/rule.ts
var rules125 = [
  {
    id: "doppler-token",
    description: "Doppler token (personal `dp.pt.`, service `dp.st.`, CLI `dp.ct.`, service account `dp.sa.`, SCIM, audit)",
    severity: "critical",
    regex: /\b(dp\.(?:pt|st|ct|sa|scim|audit)\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44})(?:[^A-Za-z0-9]|$)/,
    keywords: ["dp.pt.", "dp.st.", "dp.ct.", "dp.sa.", "dp.scim.", "dp.audit."],
    entropy: 3,
    tags: ["doppler", "secrets-manager", "api-key"]
  }
];

// rules/drone/rule.ts
var rules126 = [
  {
    id: "drone-ci-token",
    description: "Drone CI personal token (32 alphanumerics) assigned to a Drone token setting",
    severity: "high",
    regex: assignedTo(String.raw`drone[\w.-]{0,20}?token`, "[A-Za-z0-9]{32}", "(?:[^A-Za-z0-9]|$)"),
    keywords: ["drone"],
    entropy: 3,
    tags: ["drone", "ci", "access-token"]
  }
];

// rules/dropbox/rule.ts
var rules127 = [
  {
    id: "dropbox-access-token",
    description: "Dropbox short-lived access token (`sl.` or `sl.u.`)",
    severity: "high",
    regex: /\b(sl\.(?:u\.)?[A-Za-z0-9_-]{130,1400})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["sl."],
    entropy: 3,
    tags: ["dropbox", "storage", "oauth"]
  }
];

// rules/duffel/rule.ts
var rules128 = [
  {
    id: "duffel-api-token",
    description: "Duffel API access token (`duffel_live_`/`duffel_test_`)",
    severity: "high",
    regex: /\b(duffel_(?:test|live)_[A-Za-z0-9_=-]{43})(?:[^A-Za-z0-9_=-]|$)/,
    keywords: ["duffel_test_", "duffel_live_"],
    entropy: 3,
    tags: ["duffel", "travel", "api-key"]
  }
];

// rules/dynatrace/rule.ts
var rules129 = [
  {
    id: "dynatrace-api-token",
    description: "Dynatrace API token (`dt0c01.` + 24 + `.` + 64 characters)",
    severity: "high",
    regex: /\b(dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ["dt0c01."],
    entropy: 3,
    tags: ["dynatrace", "observability", "api-key"]
  }
];

// rules/easypost/rule.ts
var rules130 = [
  {
    id: "easypost-api-key",
    description: "EasyPost production or test API key (`EZAK`/`EZTK` and 54 characters)",
    severity: "high",
    regex: /\b(EZ[AT]K[a-z0-9]{54})(?:[^A-Za-z0-9]|$)/,
    keywords: ["ezak", "eztk"],
    entropy: 3,
    tags: ["easypost", "shipping", "api-key"]
  }
];

// rules/ebay/rule.ts
var rules131 = [
  {
    id: "ebay-client-secret",
    description: "eBay application cert id (client secret, `PRD-…`) assigned to an eBay setting",
    severity: "high",
    regex: assignedTo(
      String.raw`ebay[\w.-]{0,20}?(?:client[_.-]?secret|cert[_.-]?id|secret)`,
      "PRD-[a-f0-9]{8,12}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4,12}",
      "(?:[^a-z0-9]|$)"
    ),
    keywords: ["ebay"],
    entropy: 3,
    tags: ["ebay", "commerce", "client-secret"]
  }
];

// rules/elastic/rule.ts
var rules132 = [
  {
    id: "elastic-cloud-api-key",
    description: "Elastic Cloud API key (`essu_` and a base64url body)",
    severity: "critical",
    regex: /\b(essu_[A-Za-z0-9_-]{60,200}={0,2})(?:[^A-Za-z0-9_=-]|$)/,
    keywords: ["essu_"],
    entropy: 3,
    tags: ["elastic", "search", "api-key"]
  }
];

// rules/elevenlabs/rule.ts
var rules133 = [
  {
    id: "elevenlabs-api-key",
    description: "ElevenLabs API key (`sk_` and 48 hex)",
    severity: "high",
    regex: /\b(sk_[a-f0-9]{48})(?:[^A-Za-z0-9]|$)/,
    keywords: ["sk_"],
    entropy: 3,
    tags: ["elevenlabs", "ai", "api-key"]
  }
];

// rules/endorlabs/rule.ts
var rules134 = [
  {
    id: "endorlabs-api-credential",
    description: "Endor Labs API key or secret (`endr+` and 16 characters)",
    severity: "high",
    regex: /\b(endr\+[A-Za-z0-9-]{16})(?:[^A-Za-z0-9_+-]|$)/,
    keywords: ["endr+"],
    entropy: 3,
    tags: ["endorlabs", "security", "api-key"]
  }
];

// rules/etherscan/rule.ts
var rules135 = [
  {
    id: "etherscan-api-key",
    description: "Etherscan API key (34 characters) assigned to ETHERSCAN_API_KEY",
    severity: "low",
    regex: /\b(?:ETHERSCAN_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Z0-9]{34})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["etherscan_api_key"],
    entropy: 3,
    tags: ["etherscan", "blockchain", "api-key"]
  }
];

// rules/etsy/rule.ts
var rules136 = [
  {
    id: "etsy-api-key",
    description: "Etsy Open API keystring (24 characters) assigned to an Etsy setting",
    severity: "high",
    regex: assignedTo(
      String.raw`etsy[\w.-]{0,20}?(?:api[_.-]?)?(?:key|keystring|secret)`,
      "[a-z0-9]{24}",
      "(?:[^A-Za-z0-9]|$)"
    ),
    keywords: ["etsy"],
    entropy: 3,
    tags: ["etsy", "commerce", "api-key"]
  }
];

// rules/exoscale/rule.ts
var rules137 = [
  {
    id: "exoscale-api-key",
    description: "Exoscale IAM API key (`EXO` and 24 characters)",
    severity: "high",
    regex: /\b(EXO[a-zA-Z0-9]{24})(?:[^A-Za-z0-9]|$)/,
    keywords: ["exo"],
    entropy: 3,
    validate: (secret) => /[0-9]/.test(secret),
    tags: ["exoscale", "cloud", "api-key"]
  }
];

// rules/expo/rule.ts
var rules138 = [
  {
    id: "expo-access-token",
    description: "Expo access token (40 characters) assigned to EXPO_TOKEN",
    severity: "high",
    regex: /\b(?:EXPO_TOKEN|EXPO_ACCESS_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9_-]{40})(?:[^A-Za-z0-9_-]|$)/i,
    keywords: ["expo_token", "expo_access_token"],
    entropy: 3,
    tags: ["expo", "mobile", "api-key"]
  }
];

// rules/facebook/rule.ts
var rules139 = [
  {
    id: "facebook-access-token",
    description: "Facebook/Meta Graph API access token (`EAA` and a long base62 body)",
    severity: "high",
    regex: /(?:^|[^A-Za-z0-9+/])(EAA[A-Z][A-Za-z0-9]{90,400})(?:[^A-Za-z0-9+/=]|$)/,
    keywords: ["eaa"],
    entropy: 4,
    tags: ["facebook", "social", "access-token"]
  },
  {
    id: "facebook-app-secret",
    description: "Facebook/Meta app secret (32 hex) assigned to a Facebook app-secret setting",
    severity: "high",
    regex: assignedTo(String.raw`(?:facebook|fb)[\w.-]{0,20}?(?:app[_.-]?)?secret`, "[a-f0-9]{32}", "(?:[^a-z0-9]|$)"),
    keywords: ["facebook", "fb_", "fb-", "fb."],
    entropy: 3,
    tags: ["facebook", "social", "client-secret"]
  }
];

// rules/fal/rule.ts
var rules140 = [
  {
    id: "fal-api-key",
    description: "fal.ai API key (UUID, `:`, 32 hex) assigned to FAL_KEY or a fal setting",
    severity: "high",
    regex: assignedTo(
      String.raw`\bfal[_.-]?(?:ai[_.-]?)?(?:api[_.-]?)?key`,
      "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}:[a-f0-9]{32}",
      "(?:[^a-z0-9]|$)"
    ),
    keywords: ["fal_key", "fal-key", "fal_ai", "fal-ai", "fal.ai", "falai", "fal_api", "falkey"],
    entropy: 3,
    tags: ["fal", "ai", "api-key"]
  }
];

// rules/fastly/rule.ts
var rules141 = [
  {
    id: "fastly-api-token",
    description: "Fastly API token (32 characters) assigned to FASTLY_API_TOKEN",
    severity: "critical",
    regex: /\b(?:FASTLY_API_TOKEN|FASTLY_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9_-]{32})(?:[^A-Za-z0-9_-]|$)/i,
    keywords: ["fastly_api_token", "fastly_api_key"],
    entropy: 3,
    tags: ["fastly", "cdn", "api-key"]
  }
];

// rules/finicity/rule.ts
var rules142 = [
  {
    id: "finicity-app-key",
    description: "Finicity (Mastercard Open Banking) app key (32 hex) assigned to a Finicity setting",
    severity: "high",
    regex: assignedTo(String.raw`finicity[\w.-]{0,20}?(?:app[_.-]?)?key`, "[a-f0-9]{32}"),
    keywords: ["finicity"],
    entropy: 3,
    tags: ["finicity", "finance", "api-key"]
  },
  {
    id: "finicity-partner-secret",
    description: "Finicity (Mastercard Open Banking) partner secret (20 alphanumerics) assigned to a Finicity secret setting",
    severity: "critical",
    regex: assignedTo(String.raw`finicity[\w.-]{0,20}?secret`, "[A-Za-z0-9]{20}"),
    keywords: ["finicity"],
    entropy: 3,
    tags: ["finicity", "finance", "client-secret"]
  }
];

// rules/finnhub/rule.ts
var rules143 = [
  {
    id: "finnhub-api-key",
    description: "Finnhub API key (20 characters) assigned to a Finnhub setting",
    severity: "high",
    regex: assignedTo(String.raw`finnhub[\w.-]{0,20}?(?:key|token)`, "[a-z0-9]{20}", "(?:[^A-Za-z0-9]|$)"),
    keywords: ["finnhub"],
    entropy: 3,
    tags: ["finnhub", "finance", "api-key"]
  }
];

// rules/firebase/rule.ts
var rules144 = [
  {
    id: "firebase-cloud-messaging-server-key",
    description: "Firebase Cloud Messaging legacy server key (`AAAA…:APA91b…`): sends pushes to every app instance",
    severity: "high",
    regex: /\b(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?:[^A-Za-z0-9_-]|$)/,
    keywords: [":apa91b"],
    entropy: 3,
    tags: ["firebase", "google", "push", "api-key"]
  }
];

// rules/firecrawl/rule.ts
var rules145 = [
  {
    id: "firecrawl-api-key",
    description: "Firecrawl API key (`fc-` and 32 hex)",
    severity: "high",
    regex: /\b(fc-[a-f0-9]{32})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["fc-"],
    entropy: 3,
    tags: ["firecrawl", "ai", "api-key"]
  }
];

// rules/fireworks/rule.ts
var rules146 = [
  {
    id: "fireworks-api-key",
    description: "Fireworks AI API key (`fw_` and 24 alphanumerics)",
    severity: "high",
    regex: /\b(fw_[A-Za-z0-9]{24})(?:[^A-Za-z0-9]|$)/,
    keywords: ["fw_"],
    entropy: 3,
    tags: ["fireworks", "ai", "api-key"]
  }
];

// rules/flickr/rule.ts
var rules147 = [
  {
    id: "flickr-api-key",
    description: "Flickr API key (32 hex) assigned to a Flickr setting",
    severity: "high",
    regex: assignedTo(String.raw`flickr[\w.-]{0,20}?(?:api[_.-]?)?key`, "[a-f0-9]{32}", "(?:[^a-z0-9]|$)"),
    keywords: ["flickr"],
    entropy: 3,
    tags: ["flickr", "media", "api-key"]
  }
];

// rules/flutterwave/rule.ts
var rules148 = [
  {
    id: "flutterwave-secret-key",
    description: "Flutterwave secret key (`FLWSECK-…-X`, or `FLWSECK_TEST-…-X`)",
    severity: "critical",
    regex: /\b(FLWSECK(?:_TEST)?-[a-h0-9]{32}-X)(?:[^A-Za-z0-9]|$)/,
    keywords: ["flwseck"],
    entropy: 3,
    tags: ["flutterwave", "payments", "api-key"]
  },
  // flutterwave-encryption-key: https://developer.flutterwave.com/docs/encryption
  // The 3DES key that encrypts card payloads; test-mode keys are `FLWSECK_TEST` and 12 hex.
  {
    id: "flutterwave-encryption-key",
    description: "Flutterwave test-mode encryption key (`FLWSECK_TEST` and 12 hex) for card payloads",
    severity: "low",
    regex: /\b(FLWSECK_TEST[a-f0-9]{12})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["flwseck_test"],
    entropy: 2.5,
    tags: ["flutterwave", "payments", "encryption-key"]
  }
];

// rules/flyio/rule.ts
var rules149 = [
  {
    id: "flyio-access-token",
    description: "Fly.io access token (`fo1_` and 43 characters)",
    severity: "critical",
    regex: /\b(fo1_[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["fo1_"],
    entropy: 3,
    tags: ["flyio", "paas", "api-key"]
  }
];

// rules/frameio/rule.ts
var rules150 = [
  {
    id: "frameio-api-token",
    description: "Frame.io API token (`fio-u-` and 64 characters)",
    severity: "high",
    regex: /\b(fio-u-[A-Za-z0-9_-]{64})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["fio-u-"],
    entropy: 3,
    tags: ["frameio", "media", "api-key"]
  }
];

// rules/freemius/rule.ts
var rules151 = [
  {
    id: "freemius-secret-key",
    description: "Freemius SDK secret key (`sk_` and 29 characters) in the SDK's `'secret_key' =>` setting",
    severity: "critical",
    regex: /["']secret_key["'][ \t]{0,3}=>[ \t]{0,3}["'](sk_[^\s'"]{29})["']/,
    keywords: ["'secret_key'", '"secret_key"'],
    entropy: 3,
    tags: ["freemius", "saas", "secret-key"]
  }
];

// rules/freshbooks/rule.ts
var rules152 = [
  {
    id: "freshbooks-access-token",
    description: "FreshBooks OAuth access token (64 characters) assigned to a FreshBooks setting",
    severity: "high",
    regex: assignedTo(String.raw`freshbooks[\w.-]{0,20}?(?:access[_.-]?)?token`, "[a-z0-9]{64}", "(?:[^A-Za-z0-9]|$)"),
    keywords: ["freshbooks"],
    entropy: 3,
    tags: ["freshbooks", "accounting", "access-token"]
  }
];

// rules/freshdesk/rule.ts
var rules153 = [
  {
    id: "freshdesk-api-key",
    description: "Freshdesk API key (20 characters) assigned to FRESHDESK_API_KEY",
    severity: "high",
    regex: /\b(?:FRESHDESK_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{20})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["freshdesk_api_key"],
    entropy: 3,
    tags: ["freshdesk", "support", "api-key"]
  }
];

// rules/fullstory/rule.ts
var rules154 = [
  {
    id: "fullstory-api-key",
    description: "FullStory API key (`na1.`/`eu1.` and a base64 body) assigned to a FullStory setting",
    severity: "high",
    regex: assignedTo(
      String.raw`(?:fullstory|\bfs)[\w.-]{0,20}?(?:api[_.-]?)?key`,
      String.raw`(?:na1|eu1)\.[A-Za-z0-9+/=_-]{20,200}`,
      "(?:[^A-Za-z0-9+/=_-]|$)"
    ),
    keywords: ["fullstory", "fs_api", "fs-api"],
    entropy: 3,
    tags: ["fullstory", "analytics", "api-key"]
  }
];

// rules/gc-notify/rule.ts
var rules155 = [
  {
    id: "gc-notify-api-key",
    description: "GC Notify (Canadian Digital Service) API key (`gcntfy-`, key name, service id and secret UUIDs)",
    severity: "high",
    regex: /\b(gcntfy-[a-z0-9_]{1,64}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[^A-Za-z0-9_-]|$)/i,
    keywords: ["gcntfy-"],
    entropy: 3,
    tags: ["gc-notify", "messaging", "api-key"]
  }
];

// rules/ghost/rule.ts
var rules156 = [
  {
    id: "ghost-admin-api-key",
    description: "Ghost Admin API key (`<24 hex id>:<64 hex secret>`) where Ghost is named",
    severity: "critical",
    regex: /\b([a-f0-9]{24}:[a-f0-9]{64})\b/,
    keywords: ["ghost"],
    entropy: 3,
    tags: ["ghost", "cms", "api-key"]
  }
];

// rules/gitea/rule.ts
var rules157 = [
  {
    id: "gitea-access-token",
    description: "Gitea/Forgejo access token (40 hex) assigned to a Gitea token setting",
    severity: "high",
    regex: assignedTo(
      String.raw`(?:gitea|forgejo)[\w.-]{0,20}?(?:token|key|secret)`,
      "[a-f0-9]{40}",
      "(?:[^a-z0-9]|$)"
    ),
    keywords: ["gitea", "forgejo"],
    entropy: 3,
    tags: ["gitea", "code-host", "access-token"]
  }
];

// rules/gitter/rule.ts
var rules158 = [
  {
    id: "gitter-access-token",
    description: "Gitter access token (40 characters) assigned to a Gitter setting",
    severity: "high",
    regex: assignedTo(String.raw`gitter[\w.-]{0,20}?token`, "[A-Za-z0-9_-]{40}"),
    keywords: ["gitter"],
    entropy: 3,
    tags: ["gitter", "chat", "access-token"]
  }
];

// rules/gocardless/rule.ts
var rules159 = [
  {
    id: "gocardless-access-token",
    description: "GoCardless access token (`live_`/`sandbox_` and 40 characters) assigned to a GoCardless setting",
    severity: "critical",
    regex: assignedTo(String.raw`gocardless[\w.-]{0,20}?(?:token|key|secret)`, "(?:live|sandbox)_[A-Za-z0-9_=-]{40}"),
    keywords: ["gocardless"],
    entropy: 3,
    tags: ["gocardless", "payments", "access-token"]
  }
];

// rules/google-chat/rule.ts
var rules160 = [
  {
    id: "google-chat-webhook-url",
    description: "Google Chat incoming webhook URL (key and token): anyone holding it can post to the space",
    severity: "medium",
    regex: /(https:\/\/chat\.googleapis\.com\/v1\/spaces\/[A-Za-z0-9_-]{9,14}\/messages\?key=[A-Za-z0-9_-]{39}&token=[A-Za-z0-9_%=-]{40,60})/,
    keywords: ["chat.googleapis.com/v1/spaces/"],
    entropy: 3,
    tags: ["google-chat", "chat", "webhook"]
  }
];

// rules/google-oauth/rule.ts
var rules161 = [
  {
    id: "google-oauth-access-token",
    description: "Google OAuth 2.0 access token (`ya29.`): acts with its scopes until it expires (an hour)",
    severity: "high",
    regex: /\b(ya29\.[A-Za-z0-9_-]{30,2048})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["ya29."],
    entropy: 3,
    tags: ["google-oauth", "google", "oauth"]
  },
  {
    id: "google-oauth-refresh-token",
    description: "Google OAuth 2.0 refresh token (`1//0…`): mints access tokens until revoked",
    severity: "critical",
    regex: /(?:^|[^A-Za-z0-9_/-])(1\/\/0[A-Za-z0-9_-]{40,512})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["1//0"],
    entropy: 3,
    tags: ["google-oauth", "google", "oauth"]
  }
];

// rules/gradle/rule.ts
var GRADLE_SCRIPTS = /(?:^|\/)[\w.-]*\.gradle(?:\.kts)?$/;
var ANDROID_DEBUG = /^android$/;
var rules162 = [
  {
    id: "gradle-script-password",
    description: "Password literal in a Gradle build, settings or init script (repository credentials, signing configs)",
    severity: "high",
    path: GRADLE_SCRIPTS,
    // `password = "…"`, `password "…"`, `password("…")`, `password.set("…")`; groups 1 and 2
    // are the double- and single-quoted value. A double-quoted value has no `$`: Groovy would
    // interpolate it, so it is a lookup, not a literal.
    regex: /\b(?:password|storePassword|keyPassword)(?:[ \t]{0,3}=[ \t]{0,3}|[ \t]{1,3}|[ \t]{0,3}\([ \t]{0,3}|\.set\([ \t]{0,3})(?:"([^"$\\\r\n]{1,200})"|'([^'\\\r\n]{1,200})')/,
    keywords: ["password"],
    validate: (secret) => !ANDROID_DEBUG.test(secret) && isRealPassword(secret),
    tags: ["credential-file", "gradle"]
  },
  {
    id: "gradle-property-credentials",
    description: "Credential passed to Gradle as a project or system property (ORG_GRADLE_PROJECT_*, -Dorg.gradle.project.*, systemProp.*)",
    severity: "high",
    // Group 1 double-quoted, 2 single-quoted, 3 bare value; a bare value stops at its complement.
    regex: /(?:\bORG_GRADLE_PROJECT_|(?:\b|-D)org\.gradle\.project\.|\bsystemProp\.)[\w.]{0,60}?(?:[Pp]assword|PASSWORD|[Tt]oken|TOKEN|[Ss]ecret|SECRET|[Aa]pi[Kk]ey|API_?KEY)[\w]{0,20}[ \t]{0,3}[=:][ \t]{0,3}(?:"([^"\r\n]{1,200})"|'([^'\r\n]{1,200})'|([^\s"'\x60;|&<>()]{1,200})(?:[\s"'\x60;|&<>()]|$))/,
    keywords: ["org_gradle_project_", "org.gradle.project.", "systemprop."],
    validate: (secret) => !/^\$/.test(secret) && isRealPassword(secret),
    allowlists: [
      {
        description: "gradle.properties, where tool-config-credentials reports the same value",
        paths: [/(?:^|\/)gradle\.properties$/]
      }
    ],
    tags: ["credential-file", "gradle"]
  }
];

// rules/greptile/rule.ts
var rules163 = [
  {
    id: "greptile-api-key",
    description: "Greptile API key (48 base64) assigned to a Greptile setting",
    severity: "high",
    regex: assignedTo(String.raw`greptile[\w.-]{0,20}?(?:api[_.-]?)?key`, "[A-Za-z0-9+/]{48}", "(?:[^A-Za-z0-9+/]|$)"),
    keywords: ["greptile"],
    entropy: 3,
    tags: ["greptile", "ai", "api-key"]
  }
];

// rules/gumroad/rule.ts
var rules164 = [
  {
    id: "gumroad-access-token",
    description: "Gumroad access token assigned to a Gumroad setting",
    severity: "high",
    regex: assignedTo(
      String.raw`gumroad[\w.-]{0,20}?(?:access[_.-]?)?token`,
      "[a-f0-9]{64}|[A-Za-z0-9-]{43}",
      "(?:[^A-Za-z0-9]|$)"
    ),
    keywords: ["gumroad"],
    entropy: 3,
    tags: ["gumroad", "commerce", "access-token"]
  }
];

// rules/harness/rule.ts
var rules165 = [
  {
    id: "harness-api-key",
    description: "Harness personal access or service account token (`pat.`/`sat.` + account + token id + secret)",
    severity: "critical",
    regex: /\b((?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20})(?:[^A-Za-z0-9]|$)/,
    keywords: ["pat.", "sat."],
    entropy: 3,
    tags: ["harness", "ci", "api-key"]
  }
];

// rules/hcp/rule.ts
var rules166 = [
  {
    id: "hcp-client-secret",
    description: "HashiCorp Cloud Platform service-principal client secret (64 characters) assigned to HCP_CLIENT_SECRET",
    severity: "critical",
    regex: assignedTo("hcp[_.-]?client[_.-]?secret", "[A-Za-z0-9._~-]{64}", "(?:[^A-Za-z0-9._~-]|$)"),
    keywords: ["hcp_client_secret", "hcp-client-secret", "hcpclientsecret"],
    entropy: 3,
    tags: ["hcp", "cloud", "client-secret"]
  }
];

// rules/hetzner/rule.ts
var rules167 = [
  {
    id: "hetzner-cloud-token",
    description: "Hetzner Cloud API token (64 characters) assigned to HCLOUD_TOKEN",
    severity: "critical",
    regex: /\b(?:HCLOUD_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{64})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["hcloud_token"],
    entropy: 3,
    tags: ["hetzner", "cloud", "api-key"]
  }
];

// rules/highnote/rule.ts
var rules168 = [
  {
    id: "highnote-secret-key",
    description: "Highnote live secret key (`sk_live_` then base64 of `key_…`) assigned to a Highnote setting",
    severity: "critical",
    regex: assignedTo(
      String.raw`highnote[\w.-]{0,20}?(?:secret|key|token)`,
      "sk_(?:live|test)_a2V5Xz[A-Za-z0-9+/]{60,100}={0,2}",
      "(?:[^A-Za-z0-9+/=]|$)"
    ),
    keywords: ["highnote"],
    entropy: 3,
    tags: ["highnote", "payments", "secret-key"]
  }
];

// rules/honeybadger/rule.ts
var rules169 = [
  {
    id: "honeybadger-personal-token",
    description: "Honeybadger personal auth token (`hbp_` and 36 alphanumerics)",
    severity: "high",
    regex: /\b(hbp_[A-Za-z0-9]{36})(?:[^A-Za-z0-9]|$)/,
    keywords: ["hbp_"],
    entropy: 3,
    tags: ["honeybadger", "observability", "api-key"]
  }
];

// rules/honeycomb/rule.ts
var rules170 = [
  {
    id: "honeycomb-api-key",
    description: "Honeycomb API key (22 alphanumerics or 32 hex) assigned to a Honeycomb key setting",
    severity: "high",
    regex: assignedTo(
      String.raw`(?:honeycomb|hny)[\w.-]{0,20}?(?:api[_.-]?|write[_.-]?)?key`,
      "[A-Za-z0-9]{22}|[a-f0-9]{32}",
      "(?:[^A-Za-z0-9]|$)"
    ),
    keywords: ["honeycomb", "hny_"],
    entropy: 3,
    tags: ["honeycomb", "observability", "api-key"]
  }
];

// rules/http-auth/rule.ts
var rules171 = [
  {
    id: "http-basic-auth-header",
    description: "HTTP Basic credentials in an Authorization header (`Authorization: Basic base64(user:password)`)",
    severity: "high",
    regex: /authorization["\']?[ \t]{0,4}[:=,][ \t]{0,4}["\']?basic[ \t]{1,4}([A-Za-z0-9+/]{8,1024}={0,2})(?:[^A-Za-z0-9+/=]|$)/i,
    keywords: ["basic "],
    validate: isUserPassBase64,
    tags: ["http-auth", "http", "basic-auth"]
  }
];

// rules/hubspot/rule.ts
var rules172 = [
  {
    id: "hubspot-private-app-token",
    description: "HubSpot private app access token (`pat-na1-`/`pat-eu1-` and a UUID)",
    severity: "high",
    regex: /\b(pat-(?:na|eu|ap)1-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
    keywords: ["pat-na1-", "pat-eu1-", "pat-ap1-"],
    entropy: 2.5,
    tags: ["hubspot", "crm", "api-key"]
  },
  // hubspot-legacy-api-key: https://developers.hubspot.com/changelog/upcoming-api-key-sunset
  {
    id: "hubspot-legacy-api-key",
    description: "HubSpot legacy API key (hapikey, a UUID) assigned to a HubSpot setting: sunset in 2022 but still a full-account key where it lingers",
    severity: "medium",
    regex: assignedTo(
      String.raw`(?:hubspot[\w.-]{0,20}?(?:api[_.-]?key|hapikey)|hapikey)`,
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
      "(?:[^A-Za-z0-9_-]|$)"
    ),
    keywords: ["hubspot", "hapikey"],
    entropy: 3,
    tags: ["hubspot", "crm", "api-key"]
  }
];

// rules/hunter/rule.ts
var rules173 = [
  {
    id: "hunter-api-key",
    description: "Hunter.io API key (40 hex) assigned to a Hunter key setting",
    severity: "high",
    regex: assignedTo(String.raw`hunter(?:[_.-]?io)?[\w.-]{0,20}?(?:api[_.-]?)?key`, "[a-f0-9]{40}", "(?:[^a-z0-9]|$)"),
    keywords: ["hunter"],
    entropy: 3,
    tags: ["hunter", "saas", "api-key"]
  }
];

// rules/ibm-cloud/rule.ts
var rules174 = [
  {
    id: "ibm-cloud-api-key",
    description: "IBM Cloud API key (44 characters) assigned to an IBM Cloud key setting",
    severity: "critical",
    regex: assignedTo(String.raw`(?:ibm[_.-]?cloud|ibmcloud|ibm)[\w.-]{0,20}?api[_.-]?key`, "[A-Za-z0-9_-]{44}"),
    keywords: ["ibm"],
    entropy: 3,
    tags: ["ibm-cloud", "cloud", "api-key"]
  }
];

// rules/ifttt/rule.ts
var rules175 = [
  {
    id: "ifttt-webhook-key",
    description: "IFTTT Webhooks service key (in a maker.ifttt.com trigger URL): triggers every applet of the account",
    severity: "medium",
    regex: /maker\.ifttt\.com\/trigger\/[A-Za-z0-9_-]{1,64}\/(?:json\/)?with\/key\/([A-Za-z0-9_-]{22,43})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["maker.ifttt.com/trigger/"],
    entropy: 3,
    tags: ["ifttt", "automation", "webhook"]
  }
];

// rules/infisical/rule.ts
var rules176 = [
  {
    id: "infisical-service-token",
    description: "Infisical service token (`st.<uuid>.<32 hex>.<32 hex>`)",
    severity: "critical",
    regex: /\b(st\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[a-f0-9]{32}\.[a-f0-9]{32})(?:[^A-Za-z0-9]|$)/,
    // `st.` alone occurs in most text, so the rule runs where Infisical is named.
    keywords: ["infisical"],
    entropy: 3,
    tags: ["infisical", "secrets-manager", "api-key"]
  }
];

// rules/influxdb/rule.ts
var rules177 = [
  {
    id: "influxdb-api-token",
    description: "InfluxDB v2/Cloud API token (86 characters and `==`) assigned to an Influx token setting",
    severity: "high",
    regex: assignedTo(String.raw`influx(?:db)?[\w.-]{0,20}?token`, "[A-Za-z0-9_-]{86}==", "(?:[^A-Za-z0-9=]|$)"),
    keywords: ["influx"],
    entropy: 3,
    tags: ["influxdb", "database", "api-key"]
  }
];

// rules/infomaniak/rule.ts
var rules178 = [
  {
    id: "infomaniak-api-token",
    description: "Infomaniak API token assigned to an Infomaniak setting",
    severity: "critical",
    regex: assignedTo(String.raw`infomaniak[\w.-]{0,20}?(?:token|key)`, "[A-Za-z0-9_-]{60,100}"),
    keywords: ["infomaniak"],
    entropy: 3,
    tags: ["infomaniak", "cloud", "api-key"]
  }
];

// rules/infracost/rule.ts
var rules179 = [
  {
    id: "infracost-api-key",
    description: "Infracost API key (`ico-` and 32 alphanumerics)",
    severity: "high",
    regex: /\b(ico-[A-Za-z0-9]{32})(?:[^A-Za-z0-9]|$)/,
    keywords: ["ico-"],
    entropy: 3,
    tags: ["infracost", "iac", "api-key"]
  }
];

// rules/infura/rule.ts
var rules180 = [
  {
    id: "infura-api-key",
    description: "Infura API key or secret (32 hex) assigned to an Infura setting",
    severity: "high",
    regex: /\b(?:INFURA_API_KEY|INFURA_PROJECT_SECRET|INFURA_API_KEY_SECRET)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["infura_api_key", "infura_project_secret", "infura_api_key_secret"],
    entropy: 3,
    tags: ["infura", "blockchain", "api-key"]
  }
];

// rules/instantly/rule.ts
var rules181 = [
  {
    id: "instantly-api-key",
    description: "Instantly API key (66 base64 and `==`) assigned to an Instantly setting",
    severity: "high",
    regex: assignedTo(
      String.raw`instantly[\w.-]{0,20}?(?:api[_.-]?)?key`,
      "[A-Za-z0-9+/]{66}==",
      "(?:[^A-Za-z0-9+/=]|$)"
    ),
    keywords: ["instantly"],
    entropy: 3,
    tags: ["instantly", "email", "api-key"]
  }
];

// rules/intercom/rule.ts
var rules182 = [
  {
    id: "intercom-access-token",
    description: "Intercom access token (`dG9rO…`, base64 of `tok:`) assigned to an Intercom token setting",
    severity: "high",
    regex: /\b(?:INTERCOM_ACCESS_TOKEN|INTERCOM_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?(dG9rO[A-Za-z0-9_-]{55})(?:[^A-Za-z0-9_-]|$)/i,
    keywords: ["intercom_access_token", "intercom_token"],
    entropy: 3,
    tags: ["intercom", "support", "api-key"]
  }
];

// rules/intra42/rule.ts
var rules183 = [
  {
    id: "intra42-client-secret",
    description: "42 Intra API client secret (`s-s4t2ud-`/`s-s4t2af-` and 64 hex)",
    severity: "high",
    regex: /\b(s-s4t2(?:ud|af)-[a-f0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ["s-s4t2ud-", "s-s4t2af-"],
    entropy: 3,
    tags: ["intra42", "education", "oauth"]
  }
];

// rules/ionic/rule.ts
var rules184 = [
  {
    id: "ionic-personal-access-token",
    description: "Ionic Appflow personal access token (`ion_` and 42 alphanumerics)",
    severity: "high",
    regex: /\b(ion_[A-Za-z0-9]{42})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["ion_"],
    entropy: 3,
    tags: ["ionic", "ci", "access-token"]
  }
];

// rules/jenkins/rule.ts
var rules185 = [
  {
    id: "jenkins-encrypted-secret",
    description: "Jenkins encrypted secret (`{AQAAABAAAA…}` in credentials.xml or job config): decrypts with the controller's master key",
    severity: "high",
    regex: /\{(AQAAABAAAA[A-Za-z0-9+/]{32,4096}={0,2})\}/,
    keywords: ["{aqaaabaaaa"],
    entropy: 3,
    tags: ["jenkins", "ci", "encrypted-secret"]
  },
  {
    id: "jenkins-api-token",
    description: "Jenkins user API token (`11` and 32 hex) next to a Jenkins URL or setting",
    severity: "high",
    regex: /\b(11[a-f0-9]{32})(?:[^A-Za-z0-9]|$)/,
    keywords: ["jenkins"],
    entropy: 3,
    tags: ["jenkins", "ci", "api-key"]
  }
];

// rules/jfrog/rule.ts
var rules186 = [
  {
    id: "jfrog-api-key",
    description: "JFrog Artifactory API key (`AKCp` and 69 alphanumerics)",
    severity: "critical",
    regex: /\b(AKCp[A-Za-z0-9]{69})(?:[^A-Za-z0-9]|$)/,
    keywords: ["akcp"],
    entropy: 3,
    tags: ["jfrog", "package-registry", "api-key"]
  },
  {
    id: "jfrog-reference-token",
    description: "JFrog access reference token (base64 of `reftkn:01:…`)",
    severity: "critical",
    regex: /\b(cmVmdGtuOjAxOj[A-Za-z0-9]{40,100})(?:[^A-Za-z0-9]|$)/,
    keywords: ["cmvmdgtuojaxoj"],
    entropy: 3,
    tags: ["jfrog", "package-registry", "api-key"]
  }
];

// rules/jina/rule.ts
var rules187 = [
  {
    id: "jina-api-key",
    description: "Jina AI API key (`jina_` and 60 characters)",
    severity: "high",
    regex: /\b(jina_[A-Za-z0-9]{60})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["jina_"],
    entropy: 3,
    tags: ["jina", "ai", "api-key"]
  }
];

// rules/jumpcloud/rule.ts
var rules188 = [
  {
    id: "jumpcloud-api-key",
    description: "JumpCloud API key (40 characters) assigned to a JumpCloud setting",
    severity: "critical",
    regex: assignedTo(String.raw`(?:jumpcloud|\bjc)[\w.-]{0,20}?api[_.-]?key`, "[a-z0-9]{40}", "(?:[^A-Za-z0-9]|$)"),
    keywords: ["jumpcloud", "jc_api_key", "jc-api-key"],
    entropy: 3,
    tags: ["jumpcloud", "identity", "api-key"]
  }
];

// rules/kagi/rule.ts
var rules189 = [
  {
    id: "kagi-api-key",
    description: "Kagi API key assigned to a Kagi setting",
    severity: "high",
    regex: assignedTo(String.raw`kagi[\w.-]{0,20}?(?:key|token)`, String.raw`[A-Za-z0-9_-]{11}\.[A-Za-z0-9_-]{43}`),
    keywords: ["kagi"],
    entropy: 3,
    tags: ["kagi", "search", "api-key"]
  }
];

// rules/kerberos/rule.ts
var rules190 = [
  {
    id: "kerberos-roastable-hash",
    description: "Kerberos AS-REP or TGS-REP hash (`$krb5asrep$`, `$krb5tgs$`): AS-REP/Kerberoasting output, cracks offline to the account password",
    severity: "high",
    regex: /(\$krb5asrep\$(?:\d{1,2}\$)?[^:$\s]{1,256}:[a-f0-9]{32}\$[a-f0-9]{64,16384}|\$krb5tgs\$\d{1,2}\$\*[^*\s]{1,512}\*\$[a-f0-9]{24,32}\$[a-f0-9]{64,16384}|\$krb5pa\$\d{1,2}\$[^$\s]{1,256}\$[^$\s]{1,256}\$[^$\s]{0,256}\$[a-f0-9]{72,128})/,
    keywords: ["$krb5asrep$", "$krb5tgs$", "$krb5pa$"],
    tags: ["kerberos", "active-directory", "password-hash"]
  }
];

// rules/klaviyo/rule.ts
var rules191 = [
  {
    id: "klaviyo-private-api-key",
    description: "Klaviyo private API key (`pk_` and 34 hex)",
    severity: "high",
    regex: /\b(pk_[a-f0-9]{34})(?:[^A-Za-z0-9]|$)/,
    keywords: ["pk_"],
    entropy: 3,
    tags: ["klaviyo", "marketing", "api-key"]
  }
];

// rules/kraken/rule.ts
var rules192 = [
  {
    id: "kraken-api-secret",
    description: "Kraken exchange API private key (88 base64) assigned to a Kraken setting",
    severity: "critical",
    regex: assignedTo(
      String.raw`kraken[\w.-]{0,20}?(?:secret|private[_.-]?key|api[_.-]?key)`,
      "[A-Za-z0-9+/]{86}==",
      "(?:[^A-Za-z0-9+/=]|$)"
    ),
    keywords: ["kraken"],
    entropy: 3,
    tags: ["kraken", "crypto", "api-key"]
  }
];

// rules/kubernetes/rule.ts
var rules193 = [
  {
    id: "kubernetes-bootstrap-token",
    description: "Kubernetes bootstrap token (`<6>.<16>` lower-case alphanumerics) for kubeadm join or a bootstrap-token Secret",
    severity: "high",
    regex: /\b([a-z0-9]{6}\.[a-z0-9]{16})\b/,
    keywords: ["kubeadm", "bootstrap-token", "--token"],
    entropy: 3,
    // The token the kubeadm documentation uses in every example.
    allowlists: [{ regexes: [/^abcdef\.0123456789abcdef$/] }],
    tags: ["kubernetes", "cluster", "token"]
  }
];

// rules/kucoin/rule.ts
var rules194 = [
  {
    id: "kucoin-api-secret",
    description: "KuCoin API secret (a UUID) assigned to a KuCoin setting",
    severity: "critical",
    regex: assignedTo(
      String.raw`kucoin[\w.-]{0,20}?(?:api[_.-]?)?secret`,
      "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}",
      "(?:[^a-z0-9-]|$)"
    ),
    keywords: ["kucoin"],
    entropy: 3,
    tags: ["kucoin", "crypto", "api-key"]
  }
];

// rules/labelbox/rule.ts
var rules195 = [
  {
    id: "labelbox-api-key",
    description: "Labelbox API key (`lbx_` and 43 characters)",
    severity: "high",
    regex: /\b(lbx_[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048])(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["lbx_"],
    entropy: 3.5,
    tags: ["labelbox", "ai", "api-key"]
  }
];

// rules/langfuse/rule.ts
var rules196 = [
  {
    id: "langfuse-secret-key",
    description: "Langfuse secret key (`sk-lf-` and a UUID)",
    severity: "high",
    regex: /\b(sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
    keywords: ["sk-lf-"],
    entropy: 2.5,
    tags: ["langfuse", "ai", "api-key"]
  }
];

// rules/langsmith/rule.ts
var rules197 = [
  {
    id: "langsmith-api-key",
    description: "LangSmith API key (`lsv2_pt_` personal or `lsv2_sk_` service key)",
    severity: "high",
    regex: /\b(lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})(?:[^A-Za-z0-9]|$)/,
    keywords: ["lsv2_pt_", "lsv2_sk_"],
    entropy: 3,
    tags: ["langsmith", "ai", "api-key"]
  }
];

// rules/lark/rule.ts
var rules198 = [
  {
    id: "lark-webhook-url",
    description: "Feishu/Lark custom bot webhook URL: anyone holding it can post to the group",
    severity: "medium",
    regex: /(https:\/\/open\.(?:feishu\.cn|larksuite\.com)\/open-apis\/bot\/v2\/hook\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/,
    keywords: ["/open-apis/bot/v2/hook/"],
    tags: ["lark", "chat", "webhook"]
  }
];

// rules/launchdarkly/rule.ts
var rules199 = [
  {
    id: "launchdarkly-key",
    description: "LaunchDarkly API access token or SDK key (`api-`/`sdk-` and a UUID) where LaunchDarkly is named",
    severity: "high",
    regex: /\b((?:api|sdk)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
    keywords: ["launchdarkly", "ldclient"],
    entropy: 2.5,
    tags: ["launchdarkly", "feature-flags", "api-key"]
  }
];

// rules/lichess/rule.ts
var rules200 = [
  {
    id: "lichess-personal-access-token",
    description: "Lichess personal API access token (`lip_` and 16 to 60 characters)",
    severity: "high",
    regex: /\b(lip_[A-Za-z0-9_]{16,60})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["lip_"],
    entropy: 3,
    tags: ["lichess", "gaming", "access-token"]
  }
];

// rules/lighton/rule.ts
var rules201 = [
  {
    id: "lighton-api-key",
    description: "LightOn Paradigm API key (40 to 80 characters) assigned to a LightOn setting",
    severity: "high",
    regex: assignedTo(String.raw`lighton[\w.-]{0,20}?(?:key|token)`, "[A-Za-z0-9_-]{40,80}"),
    keywords: ["lighton"],
    entropy: 3,
    tags: ["lighton", "ai", "api-key"]
  }
];

// rules/linkedin/rule.ts
var rules202 = [
  {
    id: "linkedin-client-secret",
    description: "LinkedIn app client secret (16 alphanumerics) assigned to a LinkedIn secret setting",
    severity: "high",
    regex: assignedTo(
      String.raw`linked[_.-]?in[\w.-]{0,20}?(?:client[_.-]?)?secret`,
      "[A-Za-z0-9]{16}",
      "(?:[^A-Za-z0-9]|$)"
    ),
    keywords: ["linkedin", "linked_in", "linked-in"],
    entropy: 3,
    tags: ["linkedin", "social", "client-secret"]
  }
];

// rules/linode/rule.ts
var rules203 = [
  {
    id: "linode-api-token",
    description: "Linode (Akamai) personal access token (64 hex) assigned to a Linode token setting",
    severity: "critical",
    regex: /\b(?:LINODE_TOKEN|LINODE_CLI_TOKEN|LINODE_API_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{64})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["linode_token", "linode_cli_token", "linode_api_token"],
    entropy: 3,
    tags: ["linode", "cloud", "api-key"]
  }
];

// rules/llamaindex/rule.ts
var rules204 = [
  {
    id: "llamacloud-api-key",
    description: "LlamaCloud (LlamaIndex) API key (`llx-` and 44-52 alphanumerics)",
    severity: "high",
    regex: /\b(llx-[A-Za-z0-9]{44,52})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["llx-"],
    entropy: 3,
    tags: ["llamaindex", "ai", "api-key"]
  }
];

// rules/lob/rule.ts
var rules205 = [
  {
    id: "lob-api-key",
    description: "Lob API key (`live_`/`test_` and 35 hex) assigned to a Lob setting",
    severity: "high",
    regex: assignedTo(
      String.raw`\blob[_.-]?(?:live[_.-]?|test[_.-]?|secret[_.-]?)?(?:api[_.-]?)?key`,
      "(?:live|test)_(?:pub_)?[a-f0-9]{31,35}",
      "(?:[^A-Za-z0-9]|$)"
    ),
    // Names, not the bare word: `lob` is inside `global` and `blob`.
    keywords: ["lob_", "lob-", "lob.", "lobapi", "lobkey", "loblive", "lobtest", "lobsecret"],
    entropy: 3,
    tags: ["lob", "saas", "api-key"]
  }
];

// rules/loggly/rule.ts
var rules206 = [
  {
    id: "loggly-customer-token",
    description: "Loggly customer token (a UUID) assigned to a Loggly token setting",
    severity: "medium",
    regex: /\b(?:LOGGLY_TOKEN|LOGGLY_CUSTOMER_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["loggly_token", "loggly_customer_token"],
    entropy: 2.5,
    tags: ["loggly", "observability", "api-key"]
  }
];

// rules/looker/rule.ts
var rules207 = [
  {
    id: "looker-client-secret",
    description: "Looker API client secret (24 alphanumerics) assigned to a Looker setting",
    severity: "high",
    regex: assignedTo(String.raw`looker[\w.-]{0,20}?client[_.-]?secret`, "[A-Za-z0-9]{24}", "(?:[^A-Za-z0-9]|$)"),
    keywords: ["looker"],
    entropy: 3,
    tags: ["looker", "analytics", "client-secret"]
  }
];

// rules/mailersend/rule.ts
var rules208 = [
  {
    id: "mailersend-api-token",
    description: "MailerSend API token (`mlsn.` and 64 hex)",
    severity: "high",
    regex: /\b(mlsn\.[a-f0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ["mlsn."],
    entropy: 3,
    tags: ["mailersend", "email", "api-key"]
  }
];

// rules/mailjet/rule.ts
var rules209 = [
  {
    id: "mailjet-secret-key",
    description: "Mailjet API secret key (32 hex) assigned to a Mailjet secret setting",
    severity: "high",
    regex: /\b(?:MJ_APIKEY_PRIVATE|MAILJET_SECRET_KEY|MAILJET_API_SECRET)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["mj_apikey_private", "mailjet_secret_key", "mailjet_api_secret"],
    entropy: 3,
    tags: ["mailjet", "email", "api-key"]
  }
];

// rules/mandrill/rule.ts
var rules210 = [
  {
    id: "mandrill-api-key",
    description: "Mailchimp Transactional (Mandrill) API key (`md-` and 22 characters) where Mandrill is named",
    severity: "high",
    regex: /\b(md-[A-Za-z0-9_-]{22})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["mandrill"],
    entropy: 3,
    tags: ["mandrill", "email", "api-key"]
  }
];

// rules/mapbox/rule.ts
var rules211 = [
  {
    id: "mapbox-secret-token",
    description: "Mapbox secret (`sk.`) or temporary (`tk.`) access token: private scopes such as uploads and token management",
    severity: "high",
    regex: /\b([st]k\.eyJ1Ijoi[A-Za-z0-9_-]{50,300}\.[A-Za-z0-9_-]{22})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["sk.eyj1ijoi", "tk.eyj1ijoi"],
    entropy: 3,
    tags: ["mapbox", "maps", "api-key"]
  }
];

// rules/mattermost/rule.ts
var rules212 = [
  {
    id: "mattermost-access-token",
    description: "Mattermost personal access or bot token (26 characters) assigned to a Mattermost setting",
    severity: "high",
    regex: assignedTo(String.raw`mattermost[\w.-]{0,20}?token`, "[a-z0-9]{26}", "(?:[^A-Za-z0-9]|$)"),
    keywords: ["mattermost"],
    entropy: 3,
    tags: ["mattermost", "chat", "access-token"]
  }
];

// rules/maxmind/rule.ts
var rules213 = [
  {
    id: "maxmind-license-key",
    description: "MaxMind license key (`<6>_<29>_mmk`)",
    severity: "medium",
    regex: /\b([A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)\b/,
    keywords: ["_mmk"],
    entropy: 3,
    tags: ["maxmind", "geoip", "api-key"]
  }
];

// rules/mem0/rule.ts
var rules214 = [
  {
    id: "mem0-api-key",
    description: "Mem0 API key (`m0-` and 24-44 alphanumerics) assigned to a Mem0 setting",
    severity: "high",
    regex: assignedTo(String.raw`mem0[\w.-]{0,20}?(?:key|token)`, "m0-[A-Za-z0-9]{24,44}", "(?:[^A-Za-z0-9]|$)"),
    keywords: ["mem0"],
    entropy: 3,
    tags: ["mem0", "ai", "api-key"]
  }
];

// rules/meraki/rule.ts
var rules215 = [
  {
    id: "cisco-meraki-api-key",
    description: "Cisco Meraki Dashboard API key (40 hex) assigned to a Meraki key setting",
    severity: "critical",
    regex: assignedTo(String.raw`meraki[\w.-]{0,20}?(?:api[_.-]?)?key`, "[a-f0-9]{40}", "(?:[^a-z0-9]|$)"),
    keywords: ["meraki"],
    entropy: 3,
    tags: ["meraki", "network", "api-key"]
  }
];

// rules/mercury/rule.ts
var rules216 = [
  {
    id: "mercury-api-token",
    description: "Mercury banking API token (`mercury_production_…_yrucrem`)",
    severity: "critical",
    regex: /\b(mercury_production_[a-z]{3,6}_[A-Za-z0-9]{40,50}_yrucrem)(?:[^A-Za-z0-9_]|$)/,
    keywords: ["mercury_production_"],
    entropy: 3,
    tags: ["mercury", "banking", "api-key"]
  }
];

// rules/mergify/rule.ts
var rules217 = [
  {
    id: "mergify-application-key",
    description: "Mergify application key (`mergify_application_key_` and 40-200 characters)",
    severity: "high",
    regex: /\b(mergify_application_key_[A-Za-z0-9_-]{40,200})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["mergify_application_key_"],
    entropy: 3,
    tags: ["mergify", "ci", "api-key"]
  }
];

// rules/messagebird/rule.ts
var rules218 = [
  {
    id: "messagebird-api-key",
    description: "MessageBird (Bird) access key (25 characters) assigned to MESSAGEBIRD_API_KEY",
    severity: "high",
    regex: /\b(?:MESSAGEBIRD_API_KEY|MESSAGEBIRD_ACCESS_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{25})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["messagebird_api_key", "messagebird_access_key"],
    entropy: 3,
    tags: ["messagebird", "messaging", "api-key"]
  }
];

// rules/mezmo/rule.ts
var rules219 = [
  {
    id: "mezmo-ingestion-key",
    description: "Mezmo (LogDNA) ingestion key (32 hex) assigned to an ingestion key setting",
    severity: "medium",
    regex: /\b(?:MEZMO_INGESTION_KEY|LOGDNA_INGESTION_KEY|LOGDNA_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["mezmo_ingestion_key", "logdna_ingestion_key", "logdna_key"],
    entropy: 3,
    tags: ["mezmo", "observability", "api-key"]
  }
];

// rules/microsoft-teams/rule.ts
var rules220 = [
  {
    id: "microsoft-teams-webhook-url",
    description: "Microsoft Teams incoming webhook URL (Office 365 connector or Workflows): anyone holding it can post to the channel",
    severity: "medium",
    regex: /(https:\/\/[a-z0-9-]{1,63}\.webhook\.office\.com\/webhookb2\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/IncomingWebhook\/[a-f0-9]{32}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:\/[A-Za-z0-9_-]{40,60})?|https:\/\/[a-z0-9-]{1,40}\.[a-z0-9-]{1,40}\.logic\.azure\.com(?::443)?\/workflows\/[a-f0-9]{32}\/triggers\/manual\/paths\/invoke\?[A-Za-z0-9=&%._-]{0,200}sig=[A-Za-z0-9_-]{43})/,
    keywords: ["webhook.office.com", "logic.azure.com"],
    tags: ["microsoft-teams", "chat", "webhook"]
  }
];

// rules/midtrans/rule.ts
var rules221 = [
  {
    id: "midtrans-server-key",
    description: "Midtrans server key (`Mid-server-`/`SB-Mid-server-` and 10-40 characters)",
    severity: "critical",
    regex: /\b((?:SB-)?Mid-server-[A-Za-z0-9_-]{10,40})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["mid-server-"],
    entropy: 3,
    tags: ["midtrans", "payments", "api-key"]
  }
];

// rules/minimax/rule.ts
var rules222 = [
  {
    id: "minimax-api-key",
    description: "MiniMax API key (`sk-api-` and 119 characters)",
    severity: "high",
    regex: /\b(sk-api-[A-Za-z0-9_-]{119})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["sk-api-"],
    entropy: 4,
    tags: ["minimax", "ai", "api-key"]
  }
];

// rules/miro/rule.ts
var rules223 = [
  {
    id: "miro-access-token",
    description: 'Miro REST API access token (base64url of `{"miro` then a key id and body)',
    severity: "high",
    regex: /\b(eyJtaXJv[A-Za-z0-9-]{10,64}_[A-Za-z0-9_-]{20,64})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["eyjtaxjv"],
    entropy: 3,
    tags: ["miro", "saas", "access-token"]
  },
  {
    id: "miro-client-secret",
    description: "Miro app client secret (32 alphanumerics) assigned to a Miro secret setting",
    severity: "high",
    regex: assignedTo(String.raw`miro[\w.-]{0,20}?secret`, "[A-Za-z0-9]{32}"),
    keywords: ["miro"],
    entropy: 3,
    tags: ["miro", "saas", "client-secret"]
  }
];

// rules/mistral/rule.ts
var rules224 = [
  {
    id: "mistral-api-key",
    description: "Mistral AI API key (32 alphanumerics) assigned to MISTRAL_API_KEY",
    severity: "high",
    regex: /\b(?:MISTRAL_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["mistral_api_key"],
    entropy: 3,
    tags: ["mistral", "ai", "api-key"]
  }
];

// rules/mixpanel/rule.ts
var rules225 = [
  {
    id: "mixpanel-api-secret",
    description: "Mixpanel project API secret (32 hex) assigned to MIXPANEL_API_SECRET",
    severity: "high",
    regex: /\b(?:MIXPANEL_API_SECRET|MIXPANEL_SECRET)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["mixpanel_api_secret", "mixpanel_secret"],
    entropy: 3,
    tags: ["mixpanel", "analytics", "api-key"]
  }
];

// rules/mollie/rule.ts
var rules226 = [
  {
    id: "mollie-api-key",
    description: "Mollie live API key (`live_` and 30 characters) assigned to MOLLIE_API_KEY",
    severity: "critical",
    regex: /\b(?:MOLLIE_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?(live_[A-Za-z0-9]{30})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["mollie_api_key"],
    entropy: 3,
    tags: ["mollie", "payments", "api-key"]
  }
];

// rules/monday/rule.ts
var rules227 = [
  {
    id: "monday-api-token",
    description: "monday.com API token (a JWT) assigned to a monday.com token setting",
    severity: "high",
    regex: assignedTo(
      String.raw`\bmonday[_.-]?(?:com[_.-]?)?(?:api[_.-]?)?(?:token|key)`,
      String.raw`eyJ[A-Za-z0-9_-]{10,200}\.eyJ[A-Za-z0-9_-]{50,1000}\.[A-Za-z0-9_-]{20,500}`,
      "(?:[^A-Za-z0-9_.=-]|$)"
    ),
    keywords: ["monday_api", "monday_token", "monday_key", "mondayapi", "mondaytoken", "mondaykey", "monday_com"],
    entropy: 3,
    tags: ["monday", "saas", "api-key"]
  }
];

// rules/mongodb/rule.ts
var rules228 = [
  {
    id: "mongodb-atlas-service-account-secret",
    description: "MongoDB Atlas service account client secret (`mdb_sa_sk_` and 40 characters)",
    severity: "critical",
    regex: /\b(mdb_sa_sk_[A-Za-z0-9_-]{40})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["mdb_sa_sk_"],
    entropy: 3,
    tags: ["mongodb", "database", "client-secret"]
  }
];

// rules/moonshot/rule.ts
var rules229 = [
  {
    id: "moonshot-api-key",
    description: "Moonshot AI (Kimi) API key (`sk-` and 48 characters) assigned to a Moonshot/Kimi setting",
    severity: "high",
    regex: assignedTo(
      String.raw`(?:moonshot|kimi)[\w.-]{0,20}?(?:api[_.-]?)?key`,
      "sk-[A-Za-z0-9]{48}",
      "(?:[^A-Za-z0-9]|$)"
    ),
    keywords: ["moonshot", "kimi"],
    entropy: 3,
    tags: ["moonshot", "ai", "api-key"]
  }
];

// rules/mux/rule.ts
var rules230 = [
  {
    id: "mux-token-secret",
    description: "Mux access token secret (75 base64) assigned to MUX_TOKEN_SECRET or a Mux setting",
    severity: "high",
    regex: assignedTo(
      String.raw`\bmux[_.-]?(?:access[_.-]?)?token[_.-]?secret`,
      "[A-Za-z0-9+/]{75}",
      "(?:[^A-Za-z0-9+/]|$)"
    ),
    keywords: ["mux_token", "mux-token", "muxtoken", "mux_access", "muxaccess"],
    entropy: 3,
    tags: ["mux", "media", "client-secret"]
  }
];

// rules/nasa/rule.ts
var rules231 = [
  {
    id: "nasa-api-key",
    description: "api.nasa.gov API key (40 alphanumerics) in a request URL",
    severity: "low",
    regex: /\bnasa\.gov\/[^\s"'<>]{0,200}?[?&]api_key=([A-Za-z0-9]{40})(?:[^A-Za-z0-9]|$)/,
    keywords: ["nasa.gov/"],
    entropy: 3,
    tags: ["nasa", "api", "api-key"]
  }
];

// rules/neon/rule.ts
var rules232 = [
  {
    id: "neon-api-key",
    description: "Neon API key (`napi_` and 64 characters)",
    severity: "critical",
    regex: /\b(napi_[a-z0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ["napi_"],
    entropy: 3,
    tags: ["neon", "database", "api-key"]
  }
];

// rules/netlify/rule.ts
var rules233 = [
  {
    id: "netlify-personal-access-token",
    description: "Netlify personal access token (`nfp_` and 36 alphanumerics)",
    severity: "critical",
    regex: /\b(nfp_[A-Za-z0-9]{36})(?:[^A-Za-z0-9]|$)/,
    keywords: ["nfp_"],
    entropy: 3,
    tags: ["netlify", "paas", "api-key"]
  }
];

// rules/ngrok/rule.ts
var rules234 = [
  {
    id: "ngrok-authtoken",
    description: "ngrok agent authtoken or API key (`2…_…`) assigned to an ngrok setting",
    severity: "high",
    regex: assignedTo(
      String.raw`(?:ngrok[\w.-]{0,20}?(?:auth[_.-]?token|token|api[_.-]?key|key)|authtoken)`,
      "2[A-Za-z0-9]{26}_[A-Za-z0-9]{20,22}"
    ),
    keywords: ["ngrok", "authtoken"],
    entropy: 3,
    tags: ["ngrok", "tunnel", "access-token"]
  }
];

// rules/nuget/rule.ts
var rules235 = [
  {
    id: "nuget-api-key",
    description: "NuGet.org API key (`oy2` and 43 lower-case alphanumerics): pushes packages",
    severity: "critical",
    regex: /\b(oy2[a-z0-9]{43})(?:[^A-Za-z0-9]|$)/,
    keywords: ["oy2"],
    entropy: 3,
    tags: ["nuget", "package-registry", "api-key"]
  }
];

// rules/nvidia/rule.ts
var rules236 = [
  {
    id: "nvidia-api-key",
    description: "NVIDIA API key (`nvapi-` and 64 characters)",
    severity: "high",
    regex: /\b(nvapi-[A-Za-z0-9_-]{64})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["nvapi-"],
    entropy: 3,
    tags: ["nvidia", "ai", "api-key"]
  }
];

// rules/nylas/rule.ts
var rules237 = [
  {
    id: "nylas-api-key",
    description: "Nylas v3 API key (`nyk_` and 40-80 characters)",
    severity: "high",
    regex: /\b(nyk_[A-Za-z0-9_]{40,80})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["nyk_"],
    entropy: 3,
    tags: ["nylas", "email", "api-key"]
  }
];

// rules/nytimes/rule.ts
var rules238 = [
  {
    id: "nytimes-api-key",
    description: "New York Times API key (32 alphanumerics) assigned to an NYT setting",
    severity: "low",
    regex: assignedTo(
      String.raw`(?:nytimes|\bnyt)[\w.-]{0,20}?(?:api[_.-]?)?key`,
      "[A-Za-z0-9]{32}",
      "(?:[^A-Za-z0-9]|$)"
    ),
    keywords: ["nytimes", "nyt_", "nyt-"],
    entropy: 3,
    tags: ["nytimes", "media", "api-key"]
  }
];

// rules/octopus-deploy/rule.ts
var rules239 = [
  {
    id: "octopus-deploy-api-key",
    description: "Octopus Deploy API key (`API-` and 26 upper-case alphanumerics)",
    severity: "critical",
    regex: /\b(API-[A-Z0-9]{26})(?:[^A-Za-z0-9]|$)/,
    keywords: ["api-"],
    entropy: 3.5,
    tags: ["octopus-deploy", "ci", "api-key"]
  }
];

// rules/okta/rule.ts
var rules240 = [
  {
    id: "okta-api-token",
    description: "Okta API token (`00` and 40 characters) where Okta is named",
    severity: "critical",
    regex: /\b(00[A-Za-z0-9_-]{40})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["okta"],
    entropy: 3.5,
    tags: ["okta", "identity", "api-key"]
  }
];

// rules/ollama/rule.ts
var rules241 = [
  {
    id: "ollama-api-key",
    description: "Ollama API key (32 hex, `.`, 24 characters) assigned to an Ollama setting",
    severity: "high",
    regex: assignedTo(String.raw`ollama[\w.-]{0,20}?(?:key|token)`, String.raw`[a-f0-9]{32}\.[A-Za-z0-9_-]{24}`),
    keywords: ["ollama"],
    entropy: 3,
    tags: ["ollama", "ai", "api-key"]
  }
];

// rules/onesignal/rule.ts
var rules242 = [
  {
    id: "onesignal-rest-api-key",
    description: "OneSignal REST API key (`os_v2_app_`/`os_v2_org_`)",
    severity: "high",
    regex: /\b(os_v2_(?:app|org)_[a-z2-7]{50,200})(?:[^A-Za-z0-9]|$)/,
    keywords: ["os_v2_app_", "os_v2_org_"],
    entropy: 3,
    tags: ["onesignal", "push", "api-key"]
  }
];

// rules/onfido/rule.ts
var rules243 = [
  {
    id: "onfido-live-api-token",
    description: "Onfido live API token (`api_live.`, `api_live_us.`, `api_live_ca.`)",
    severity: "critical",
    regex: /\b(api_live(?:_us|_ca)?(?:\.[A-Za-z0-9_-]{8,80}){1,3})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["api_live.", "api_live_us.", "api_live_ca."],
    entropy: 3,
    tags: ["onfido", "identity", "api-key"]
  }
];

// rules/openrouter/rule.ts
var rules244 = [
  {
    id: "openrouter-api-key",
    description: "OpenRouter API key (`sk-or-v1-` and 64 hex)",
    severity: "high",
    regex: /\b(sk-or-v1-[a-f0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ["sk-or-v1-"],
    entropy: 3,
    tags: ["openrouter", "ai", "api-key"]
  }
];

// rules/openshift/rule.ts
var rules245 = [
  {
    id: "openshift-user-token",
    description: "OpenShift user OAuth access token (`sha256~` and 43 characters)",
    severity: "critical",
    regex: /\b(sha256~[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["sha256~"],
    entropy: 3,
    tags: ["openshift", "cluster", "token"]
  }
];

// rules/openweather/rule.ts
var rules246 = [
  {
    id: "openweather-api-key",
    description: "OpenWeather API key (32 hex) assigned to an OpenWeather key setting",
    severity: "low",
    regex: /\b(?:OPENWEATHER_API_KEY|OPENWEATHERMAP_API_KEY|OWM_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["openweather_api_key", "openweathermap_api_key", "owm_api_key"],
    entropy: 3,
    tags: ["openweather", "weather", "api-key"]
  }
];

// rules/opsgenie/rule.ts
var rules247 = [
  {
    id: "opsgenie-api-key",
    description: "Opsgenie API key (a UUID) assigned to OPSGENIE_API_KEY",
    severity: "high",
    regex: /\b(?:OPSGENIE_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["opsgenie_api_key"],
    entropy: 2.5,
    tags: ["opsgenie", "incident", "api-key"]
  }
];

// rules/ovh/rule.ts
var rules248 = [
  {
    id: "ovh-application-secret",
    description: "OVHcloud application secret or consumer key (32 characters) assigned to an OVH setting",
    severity: "critical",
    regex: assignedTo(
      String.raw`ovh[\w.-]{0,20}?(?:application[_.-]?secret|app[_.-]?secret|consumer[_.-]?key)`,
      "[A-Za-z0-9]{32}",
      "(?:[^A-Za-z0-9]|$)"
    ),
    keywords: ["ovh"],
    entropy: 3,
    tags: ["ovh", "cloud", "client-secret"]
  }
];

// rules/packagist/rule.ts
var rules249 = [
  {
    id: "private-packagist-token",
    description: "Private Packagist token (`packagist_` user/org, update/read token and 68 hex)",
    severity: "critical",
    regex: /\b(packagist_[ou][ou]t_[a-f0-9]{68})(?:[^A-Za-z0-9]|$)/,
    keywords: ["packagist_"],
    entropy: 3,
    tags: ["packagist", "package-registry", "api-key"]
  },
  {
    id: "private-packagist-api-secret",
    description: "Private Packagist API secret (`packagist_acs_` and 64-96 hex), signs API requests",
    severity: "critical",
    regex: /\b(packagist_acs_[a-f0-9]{64,96})(?:[^A-Za-z0-9]|$)/,
    keywords: ["packagist_acs_"],
    entropy: 3,
    tags: ["packagist", "package-registry", "api-key"]
  }
];

// rules/paddle/rule.ts
var rules250 = [
  {
    id: "paddle-api-key",
    description: "Paddle Billing API key (`pdl_live_apikey_`/`pdl_sdbx_apikey_`)",
    severity: "critical",
    regex: /\b(pdl_(?:live|sdbx)_apikey_[a-z0-9]{26}_[A-Za-z0-9]{22}_[A-Za-z0-9]{3})(?:[^A-Za-z0-9_]|$)/,
    keywords: ["pdl_live_apikey_", "pdl_sdbx_apikey_"],
    entropy: 3,
    tags: ["paddle", "payments", "api-key"]
  }
];

// rules/pagerduty/rule.ts
var rules251 = [
  {
    id: "pagerduty-api-key",
    description: "PagerDuty REST API key (20 characters) assigned to a PagerDuty token setting",
    severity: "high",
    regex: /\b(?:PAGERDUTY_TOKEN|PAGERDUTY_API_KEY|PAGERDUTY_API_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9_-]{20})(?:[^A-Za-z0-9_-]|$)/i,
    keywords: ["pagerduty_token", "pagerduty_api_key", "pagerduty_api_token"],
    entropy: 3,
    tags: ["pagerduty", "incident", "api-key"]
  }
];

// rules/particle/rule.ts
var rules252 = [
  {
    id: "particle-access-token",
    description: "Particle.io access token (40 hex) assigned to a Particle token setting",
    severity: "high",
    regex: assignedTo(String.raw`particle[\w.-]{0,20}?(?:access[_.-]?)?token`, "[a-f0-9]{40}", "(?:[^a-z0-9]|$)"),
    keywords: ["particle"],
    entropy: 3,
    tags: ["particle", "iot", "access-token"]
  },
  {
    id: "particle-access-token-url",
    description: "Particle.io access token (40 hex) in an api.particle.io request URL",
    severity: "high",
    regex: /\bapi\.particle\.io\/v1\/[^\s"'<>]{0,200}?[?&]access_token=([a-f0-9]{40})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["api.particle.io"],
    entropy: 3,
    tags: ["particle", "iot", "access-token"]
  }
];

// rules/paypal/rule.ts
var rules253 = [
  {
    id: "paypal-client-secret",
    description: "PayPal REST app client secret (80 characters) assigned to PAYPAL_CLIENT_SECRET",
    severity: "critical",
    regex: /\b(?:PAYPAL_CLIENT_SECRET|PAYPAL_SECRET)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9_-]{80})(?:[^A-Za-z0-9_-]|$)/i,
    keywords: ["paypal_client_secret", "paypal_secret"],
    entropy: 3,
    tags: ["paypal", "payments", "oauth"]
  }
];

// rules/perplexity/rule.ts
var rules254 = [
  {
    id: "perplexity-api-key",
    description: "Perplexity API key (`pplx-` and 48 alphanumerics)",
    severity: "high",
    regex: /\b(pplx-[A-Za-z0-9]{48})(?:[^A-Za-z0-9]|$)/,
    keywords: ["pplx-"],
    entropy: 3,
    tags: ["perplexity", "ai", "api-key"]
  }
];

// rules/persona/rule.ts
var rules255 = [
  {
    id: "persona-api-key",
    description: "Persona production API key (`persona_production_` and 20-80 characters)",
    severity: "critical",
    regex: /\b(persona_production_[A-Za-z0-9_-]{20,80})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["persona_production_"],
    entropy: 3,
    tags: ["persona", "identity", "api-key"]
  }
];

// rules/phpmailer/rule.ts
var rules256 = [
  {
    id: "phpmailer-smtp-password",
    description: "SMTP password set on a PHPMailer instance (`$mail->Password = …`)",
    severity: "high",
    regex: /\$mail->Password[ \t]{0,40}=[ \t]{0,10}(?:'([^'\r\n]{3,128})'|"([^"$\r\n]{3,128})")/,
    keywords: ["->password"],
    validate: (secret) => isRealPassword(secret),
    tags: ["phpmailer", "smtp", "password"]
  }
];

// rules/pinecone/rule.ts
var rules257 = [
  {
    id: "pinecone-api-key",
    description: "Pinecone API key (`pcsk_` + key id + `_` + secret)",
    severity: "high",
    regex: /\b(pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80})(?:[^A-Za-z0-9]|$)/,
    keywords: ["pcsk_"],
    entropy: 3,
    tags: ["pinecone", "ai", "database", "api-key"]
  }
];

// rules/pinterest/rule.ts
var rules258 = [
  {
    id: "pinterest-access-token",
    description: "Pinterest API access token (`pina_` and a base64url body)",
    severity: "high",
    regex: /\b(pina_[A-Za-z0-9_-]{20,200})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["pina_"],
    entropy: 3.5,
    tags: ["pinterest", "social", "access-token"]
  }
];

// rules/plaid/rule.ts
var rules259 = [
  {
    id: "plaid-access-token",
    description: "Plaid access token (`access-<environment>-<uuid>`): reads a linked bank account",
    severity: "critical",
    regex: /\b(access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
    keywords: ["access-sandbox-", "access-development-", "access-production-"],
    entropy: 2.5,
    tags: ["plaid", "payments", "api-key"]
  },
  // plaid-secret-key: https://plaid.com/docs/api/#api-access
  {
    id: "plaid-secret-key",
    description: "Plaid API secret (30 lower-case alphanumerics) assigned to a Plaid setting",
    severity: "high",
    regex: assignedTo(String.raw`plaid[\w.-]{0,20}?secret`, "[a-z0-9]{30}", "(?:[^A-Za-z0-9_-]|$)"),
    keywords: ["plaid"],
    entropy: 3,
    tags: ["plaid", "payments", "secret-key"]
  }
];

// rules/planetscale/rule.ts
var rules260 = [
  {
    id: "planetscale-token",
    description: "PlanetScale service token, database password or OAuth token (`pscale_tkn_`, `pscale_pw_`, `pscale_oauth_`)",
    severity: "critical",
    regex: /\b(pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.=-]{32,64})(?:[^A-Za-z0-9_.=-]|$)/,
    keywords: ["pscale_tkn_", "pscale_pw_", "pscale_oauth_"],
    entropy: 3,
    tags: ["planetscale", "database", "api-key"]
  }
];

// rules/plivo/rule.ts
var rules261 = [
  {
    id: "plivo-auth-token",
    description: "Plivo auth token (40 characters) assigned to PLIVO_AUTH_TOKEN",
    severity: "critical",
    regex: /\b(?:PLIVO_AUTH_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{40})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["plivo_auth_token"],
    entropy: 3,
    tags: ["plivo", "messaging", "api-key"]
  }
];

// rules/polar/rule.ts
var rules262 = [
  {
    id: "polar-access-token",
    description: "Polar.sh access token (`polar_oat_`, `polar_pat_` or `polar_at_`)",
    severity: "high",
    regex: /\b(polar_(?:oat|pat|at)_[A-Za-z0-9_-]{20,100})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["polar_oat_", "polar_pat_", "polar_at_"],
    entropy: 3,
    tags: ["polar", "payments", "access-token"]
  }
];

// rules/polymarket/rule.ts
var rules263 = [
  {
    id: "polymarket-private-key",
    description: "Polymarket wallet private key (0x and 64 hex) assigned to a Polymarket/POLY private-key setting",
    severity: "critical",
    regex: assignedTo(String.raw`poly(?:market)?[\w.-]{0,20}?private[_.-]?key`, "0x[a-fA-F0-9]{64}"),
    keywords: ["polymarket", "poly_private", "polyprivate"],
    entropy: 3,
    tags: ["polymarket", "crypto", "private-key"]
  },
  {
    id: "polymarket-api-secret",
    description: "Polymarket CLOB API secret (base64url) assigned to a Polymarket/POLY secret setting",
    severity: "critical",
    regex: assignedTo(
      String.raw`poly(?:market)?[\w.-]{0,20}?secret`,
      "[A-Za-z0-9+/_-]{40,88}={0,2}",
      "(?:[^A-Za-z0-9+/_=-]|$)"
    ),
    keywords: ["polymarket", "poly_secret", "poly_api_secret", "polysecret", "polyapisecret"],
    entropy: 3,
    tags: ["polymarket", "crypto", "api-key"]
  },
  {
    id: "polymarket-api-passphrase",
    description: "Polymarket CLOB API passphrase (32 or more characters; issued as 64 hex) assigned to a Polymarket/POLY passphrase setting",
    severity: "high",
    regex: assignedTo(String.raw`poly(?:market)?[\w.-]{0,20}?pass[_.-]?phrase`, "[A-Za-z0-9_-]{32,128}"),
    keywords: ["polymarket", "poly_passphrase", "poly_api_passphrase", "polypassphrase"],
    entropy: 3,
    tags: ["polymarket", "crypto", "api-key"]
  }
];

// rules/portainer/rule.ts
var rules264 = [
  {
    id: "portainer-access-token",
    description: "Portainer API access token (`ptr_` and 43+ base64 characters)",
    severity: "critical",
    regex: /\b(ptr_[A-Za-z0-9+/]{43,64})(?:[^A-Za-z0-9+/]|$)/,
    keywords: ["ptr_"],
    entropy: 3,
    tags: ["portainer", "cluster", "api-key"]
  }
];

// rules/posthog/rule.ts
var rules265 = [
  {
    id: "posthog-personal-api-key",
    description: "PostHog personal API key (`phx_` and 43 characters)",
    severity: "high",
    regex: /\b(phx_[A-Za-z0-9_]{43})(?:[^A-Za-z0-9_]|$)/,
    keywords: ["phx_"],
    entropy: 3,
    tags: ["posthog", "analytics", "api-key"]
  }
];

// rules/postmark/rule.ts
var rules266 = [
  {
    id: "postmark-token",
    description: "Postmark server or account API token (a UUID named as a Postmark token, or in the X-Postmark-*-Token header)",
    severity: "high",
    regex: /(?:postmark[\w.-]{0,40}(?:token|key)["\']?[ \t]{0,4}[:=]|x-postmark-(?:server|account)-token["\']?[ \t]{0,4}[:,=]?)[ \t]{0,4}["\']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/i,
    keywords: ["postmark"],
    tags: ["postmark", "email", "api-key"]
  }
];

// rules/prefect/rule.ts
var rules267 = [
  {
    id: "prefect-api-key",
    description: "Prefect Cloud API key (`pnu_` and 36 alphanumerics)",
    severity: "high",
    regex: /\b(pnu_[A-Za-z0-9]{36})(?:[^A-Za-z0-9]|$)/,
    keywords: ["pnu_"],
    entropy: 3,
    tags: ["prefect", "orchestration", "api-key"]
  }
];

// rules/presigned-url/rule.ts
var rules268 = [
  {
    id: "aws-presigned-url",
    description: "AWS S3 (SigV4) presigned URL: grants the signed request to anyone until it expires",
    severity: "medium",
    regex: /[?&]X-Amz-Signature=([a-f0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ["x-amz-signature="],
    entropy: 3,
    tags: ["presigned-url", "aws", "presigned-url"]
  },
  {
    id: "gcs-signed-url",
    description: "Google Cloud Storage V4 signed URL: grants the signed request to anyone until it expires",
    severity: "medium",
    regex: /[?&]X-Goog-Signature=([a-f0-9]{256,1024})(?:[^A-Za-z0-9]|$)/,
    keywords: ["x-goog-signature="],
    entropy: 3,
    tags: ["presigned-url", "google", "presigned-url"]
  }
];

// rules/privateai/rule.ts
var rules269 = [
  {
    id: "privateai-api-key",
    description: "Private AI API key (32 alphanumerics) assigned to a Private AI setting",
    severity: "high",
    regex: assignedTo(String.raw`private[_.-]?ai[\w.-]{0,20}?(?:key|token)`, "[a-z0-9]{32}"),
    keywords: ["privateai", "private_ai", "private-ai", "private.ai"],
    entropy: 3,
    tags: ["privateai", "ai", "api-key"]
  }
];

// rules/proof/rule.ts
var rules270 = [
  {
    id: "proof-api-key",
    description: "Proof (Notarize) API key (`prf_`, optionally `cli_`, and 20 to 80 characters)",
    severity: "high",
    regex: /\b(prf_(?:cli_)?[A-Za-z0-9_-]{20,80})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["prf_"],
    entropy: 3,
    tags: ["proof", "saas", "api-key"]
  }
];

// rules/psexec/rule.ts
var rules271 = [
  {
    id: "psexec-password",
    description: "Password passed to PsExec on its command line (`psexec \\\\host -u user -p password`)",
    severity: "high",
    regex: /\bpsexec(?:64)?(?:\.exe)?[ \t][^\r\n]{0,200}[ \t]-p[ \t]{1,4}(?:"([^"\r\n]{1,128})"|([^\s"'\x60]{1,128}))/i,
    keywords: ["psexec"],
    validate: (secret) => isRealPassword(secret),
    tags: ["psexec", "windows", "password"]
  }
];

// rules/pulumi/rule.ts
var rules272 = [
  {
    id: "pulumi-access-token",
    description: "Pulumi Cloud access token (`pul-` and 40 hex)",
    severity: "critical",
    regex: /\b(pul-[a-f0-9]{40})(?:[^A-Za-z0-9]|$)/,
    keywords: ["pul-"],
    entropy: 3,
    tags: ["pulumi", "iac", "api-key"]
  }
];

// rules/pusher/rule.ts
var rules273 = [
  {
    id: "pusher-app-secret",
    description: "Pusher Channels app secret (20 hex) assigned to PUSHER_APP_SECRET",
    severity: "high",
    regex: /\b(?:PUSHER_APP_SECRET|PUSHER_SECRET)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{20})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["pusher_app_secret", "pusher_secret"],
    entropy: 2.5,
    tags: ["pusher", "realtime", "api-key"]
  }
];

// rules/pyx/rule.ts
var rules274 = [
  {
    id: "pyx-api-token",
    description: "pyx (Astral) user API or trusted-publishing token (`sk-pyx-`/`tp-pyx-`, v1 and v2)",
    severity: "critical",
    regex: /\b((?:sk|tp)-pyx-(?:[A-Za-z0-9]{64}|2[A-Za-z]{45}))(?:[^A-Za-z0-9]|$)/,
    keywords: ["sk-pyx-", "tp-pyx-"],
    entropy: 3.5,
    tags: ["pyx", "package-registry", "api-key"]
  },
  {
    id: "pyx-api-token-v2",
    description: "pyx (Astral) API token, v2 format (`sk-pyx-2`/`tp-pyx-2` and 45 letters)",
    severity: "critical",
    regex: /\b((?:sk|tp)-pyx-2[A-Za-z]{45})(?:[^A-Za-z0-9]|$)/,
    keywords: ["sk-pyx-2", "tp-pyx-2"],
    entropy: 3.5,
    tags: ["pyx", "package-registry", "api-key"]
  }
];

// rules/rainforest-pay/rule.ts
var rules275 = [
  {
    id: "rainforest-pay-api-key",
    description: "Rainforest Pay API key (`apikey_` and 64 hex) assigned to a Rainforest setting",
    severity: "critical",
    regex: assignedTo(String.raw`rainforest[\w.-]{0,20}?(?:secret|key|token)`, "apikey_[a-f0-9]{64}"),
    keywords: ["rainforest"],
    entropy: 3,
    tags: ["rainforest-pay", "payments", "api-key"]
  }
];

// rules/ramp/rule.ts
var rules276 = [
  {
    id: "ramp-client-secret",
    description: "Ramp developer API client secret (`ramp_sec_` and 48 alphanumerics)",
    severity: "critical",
    regex: /\b(ramp_sec_[A-Za-z0-9]{48})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["ramp_sec_"],
    entropy: 3,
    tags: ["ramp", "finance", "client-secret"]
  }
];

// rules/rancher/rule.ts
var rules277 = [
  {
    id: "rancher-api-token",
    description: "Rancher API token (`token-<5>:<54>`)",
    severity: "critical",
    regex: /\b(token-[a-z0-9]{5}:[a-z0-9]{54})(?:[^A-Za-z0-9]|$)/,
    keywords: ["token-"],
    entropy: 3,
    tags: ["rancher", "cluster", "api-key"]
  }
];

// rules/rapidapi/rule.ts
var rules278 = [
  {
    id: "rapidapi-key",
    description: "RapidAPI key (50 characters) assigned to a RapidAPI key setting or header",
    severity: "high",
    regex: assignedTo(String.raw`rapid[_.-]?api[\w.-]{0,20}?key`, "[A-Za-z0-9_-]{50}"),
    keywords: ["rapidapi", "rapid_api", "rapid-api"],
    entropy: 3,
    tags: ["rapidapi", "saas", "api-key"]
  }
];

// rules/razorpay/rule.ts
var rules279 = [
  {
    id: "razorpay-key-secret",
    description: "Razorpay API key secret (24 characters) assigned to RAZORPAY_KEY_SECRET",
    severity: "critical",
    regex: /\b(?:RAZORPAY_KEY_SECRET|RAZORPAY_SECRET)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{24})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["razorpay_key_secret", "razorpay_secret"],
    entropy: 3,
    tags: ["razorpay", "payments", "api-key"]
  }
];

// rules/react/rule.ts
var PREFIX = String.raw`(?:REACT_APP|NEXT_PUBLIC|VITE|EXPO_PUBLIC|GATSBY|VUE_APP)_`;
var NAME2 = String.raw`\b${PREFIX}[A-Z0-9_]{0,40}?(?:SECRET|PASSWORD|PASSWD|PASS|PWD|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|SECRET_?KEY|AUTH_?KEY|CREDENTIALS?)[A-Z0-9_]{0,20}`;
var OPERATOR2 = String.raw`["']?[ \t]{0,3}[=:][ \t]{0,3}`;
var VALUE2 = String.raw`(?:"([^"\s]{6,200})"|'([^'\s]{6,200})'|([^\s"'\x60,;{}()\[\]<>#]{6,200})(?:[\s"'\x60,;{}()\[\]<>#]|$))`;
var NOT_THE_VALUE2 = /(?:^|_)(?:ID|URL|URI|ENDPOINT|HEADER|NAME|TYPE|FILE|PATH|EXPIRY|EXPIRES|TTL|LENGTH|ENABLED|REQUIRED|HINT)$/;
var PUBLIC_BY_DESIGN = /PUBLIC|PUBLISHABLE|SITE_?KEY|ANON|CLIENT_ID|APP_ID|MEASUREMENT|MAPS|RECAPTCHA|FIREBASE_API_KEY|VAPID/;
var REFERENCE3 = /^\$|^%|%$|\$\{|\{\{|process\.env|import\.meta|^<|>$|^\*+$|^x{4,}$/i;
function isSecretValue(name, value) {
  if (NOT_THE_VALUE2.test(name) || PUBLIC_BY_DESIGN.test(name)) return false;
  if (REFERENCE3.test(value) || /^https?:\/\//i.test(value) || isDocumentationPassword(value)) return false;
  if (isKnownFormat(value)) return false;
  if (/(?:PASSWORD|PASSWD|PASS|PWD)(?:_|$)/.test(name)) return isRealPassword(value);
  return new Set(value).size >= 8 && /[0-9]/.test(value) && /[A-Za-z]/.test(value);
}
var rules280 = [
  {
    id: "frontend-env-secret",
    description: "Secret, password or token in a variable the frontend build inlines into the browser bundle (REACT_APP_, NEXT_PUBLIC_, VITE_, EXPO_PUBLIC_, GATSBY_, VUE_APP_)",
    severity: "high",
    regex: new RegExp(NAME2 + OPERATOR2 + VALUE2),
    keywords: ["react_app_", "next_public_", "vite_", "expo_public_", "gatsby_", "vue_app_"],
    validate: (secret, match) => isSecretValue(new RegExp(`^${PREFIX}([A-Z0-9_]+)`).exec(match)?.[1] ?? "", secret),
    allowlists: [
      {
        description: "dotenv files, where env-file-credentials reports the same value (templates stay clean)",
        paths: [/(?:^|\/)\.env(?:\.[\w-]+)*$/]
      }
    ],
    tags: ["credential-file", "frontend", "react"]
  }
];

// rules/readme/rule.ts
var rules281 = [
  {
    id: "readme-api-key",
    description: "ReadMe API key (`rdme_` and 70 characters)",
    severity: "high",
    regex: /\b(rdme_[a-z0-9]{70})(?:[^A-Za-z0-9]|$)/,
    keywords: ["rdme_"],
    entropy: 3,
    tags: ["readme", "docs", "api-key"]
  }
];

// rules/redirect-pizza/rule.ts
var rules282 = [
  {
    id: "redirect-pizza-api-token",
    description: "redirect.pizza API token (`rpa_` and 30 alphanumerics) assigned to a redirect.pizza setting; RunPod keys share the prefix",
    severity: "high",
    regex: assignedTo(String.raw`redirect[_.-]?pizza[\w.-]{0,20}?(?:token|key)`, "rpa_[A-Za-z0-9]{30}"),
    keywords: ["redirect_pizza", "redirectpizza", "redirect-pizza", "redirect.pizza"],
    entropy: 3,
    tags: ["redirect-pizza", "saas", "api-key"]
  }
];

// rules/render/rule.ts
var rules283 = [
  {
    id: "render-api-key",
    description: "Render API key (`rnd_` and 28 alphanumerics; up to 32 accepted)",
    severity: "critical",
    regex: /\b(rnd_[A-Za-z0-9]{28,32})(?:[^A-Za-z0-9]|$)/,
    keywords: ["rnd_"],
    entropy: 3,
    tags: ["render", "paas", "api-key"]
  }
];

// rules/replicate/rule.ts
var rules284 = [
  {
    id: "replicate-api-token",
    description: "Replicate API token (`r8_` and 37 alphanumerics)",
    severity: "high",
    regex: /\b(r8_[A-Za-z0-9]{37})(?:[^A-Za-z0-9]|$)/,
    keywords: ["r8_"],
    entropy: 3,
    tags: ["replicate", "ai", "api-key"]
  }
];

// rules/resend/rule.ts
var rules285 = [
  {
    id: "resend-api-key",
    description: "Resend API key (`re_` + 8 + `_` + 24 characters)",
    severity: "high",
    regex: /\b(re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24})(?:[^A-Za-z0-9]|$)/,
    keywords: ["re_"],
    entropy: 3,
    tags: ["resend", "email", "api-key"]
  }
];

// rules/retell/rule.ts
var rules286 = [
  {
    id: "retell-api-key",
    description: "Retell AI API key (`key_` and 28 hex) assigned to a Retell setting",
    severity: "high",
    regex: assignedTo(String.raw`retell[\w.-]{0,20}?(?:api[_.-]?)?key`, "key_[a-f0-9]{28}", "(?:[^A-Za-z0-9]|$)"),
    keywords: ["retell"],
    entropy: 3,
    tags: ["retell", "ai", "api-key"]
  }
];

// rules/rollbar/rule.ts
var rules287 = [
  {
    id: "rollbar-access-token",
    description: "Rollbar access token (32 hex) assigned to a Rollbar token setting",
    severity: "high",
    regex: /\b(?:ROLLBAR_ACCESS_TOKEN|ROLLBAR_TOKEN|ROLLBAR_SERVER_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["rollbar_access_token", "rollbar_token", "rollbar_server_token"],
    entropy: 3,
    tags: ["rollbar", "observability", "api-key"]
  }
];

// rules/rootly/rule.ts
var rules288 = [
  {
    id: "rootly-api-key",
    description: "Rootly API key (`rootly_` and 64 hex)",
    severity: "high",
    regex: /\b(rootly_[a-f0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ["rootly_"],
    entropy: 3,
    tags: ["rootly", "incident", "api-key"]
  }
];

// rules/rubygems/rule.ts
var rules289 = [
  {
    id: "rubygems-api-key",
    description: "RubyGems.org API key (`rubygems_` and 48 hex): pushes and yanks gems",
    severity: "critical",
    regex: /\b(rubygems_[a-f0-9]{48})(?:[^A-Za-z0-9]|$)/,
    keywords: ["rubygems_"],
    entropy: 3,
    tags: ["rubygems", "package-registry", "api-key"]
  }
];

// rules/runpod/rule.ts
var rules290 = [
  {
    id: "runpod-api-key",
    description: "RunPod API key (`rpa_` and 46 alphanumerics)",
    severity: "high",
    regex: /\b(rpa_[A-Z0-9]{40}[A-Za-z0-9]{6})(?:[^A-Za-z0-9_]|$)/,
    keywords: ["rpa_"],
    entropy: 3,
    tags: ["runpod", "ai", "api-key"]
  }
];

// rules/salesforce/rule.ts
var rules291 = [
  {
    id: "salesforce-access-token",
    description: "Salesforce OAuth access token or session ID (`00D…!…`: org ID, `!`, session secret)",
    severity: "critical",
    regex: /\b(00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,120})(?:[^A-Za-z0-9._]|$)/,
    keywords: ["00d"],
    entropy: 3,
    tags: ["salesforce", "crm", "oauth"]
  },
  {
    id: "salesforce-refresh-token",
    description: "Salesforce OAuth refresh token (`5Aep861…`)",
    severity: "critical",
    regex: /\b(5Aep861[A-Za-z0-9._]{80,90})(?:[^A-Za-z0-9._]|$)/,
    keywords: ["5aep861"],
    entropy: 3,
    tags: ["salesforce", "crm", "oauth"]
  }
];

// rules/samsara/rule.ts
var rules292 = [
  {
    id: "samsara-api-token",
    description: "Samsara API token (`samsara_api_` and 26-32 alphanumerics)",
    severity: "high",
    regex: /\b(samsara_api_[A-Za-z0-9]{26,32})(?:[^A-Za-z0-9_]|$)/,
    keywords: ["samsara_api_"],
    entropy: 3,
    tags: ["samsara", "iot", "api-key"]
  }
];

// rules/saucelabs/rule.ts
var rules293 = [
  {
    id: "saucelabs-access-key",
    description: "Sauce Labs access key (a UUID) assigned to a Sauce access-key setting",
    severity: "high",
    regex: assignedTo(
      String.raw`sauce[\w.-]{0,20}?(?:access[_.-]?)?key`,
      "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}",
      "(?:[^a-z0-9-]|$)"
    ),
    keywords: ["sauce"],
    entropy: 3,
    tags: ["saucelabs", "testing", "access-key"]
  }
];

// rules/scaleway/rule.ts
var rules294 = [
  {
    id: "scaleway-access-key",
    description: "Scaleway API access key (`SCW` and 17 characters); its secret key (a UUID) is usually beside it",
    severity: "medium",
    regex: /\b(SCW[A-Z0-9]{17})(?:[^A-Za-z0-9]|$)/,
    // `scw` alone occurs in random base64, so the rule runs where Scaleway is named.
    keywords: ["scaleway", "scw_access_key"],
    entropy: 3,
    tags: ["scaleway", "cloud", "access-key-id"]
  }
];

// rules/scalingo/rule.ts
var rules295 = [
  {
    id: "scalingo-api-token",
    description: "Scalingo API token (`tk-us-` and 48 characters)",
    severity: "critical",
    regex: /\b(tk-us-[A-Za-z0-9_-]{48})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["tk-us-"],
    entropy: 3,
    tags: ["scalingo", "paas", "api-key"]
  }
];

// rules/scalr/rule.ts
var rules296 = [
  {
    id: "scalr-api-token",
    description: "Scalr API access token (a JWT with `iss: user` and an `at-` token id)",
    severity: "high",
    regex: /\b(eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\.eyJpc3MiOiJ1c2VyIiwianRpIjoiYXQt[A-Za-z0-9_-]{20,40}\.[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_.=-]|$)/,
    keywords: ["eyjpc3mioij1c2vyiiwianrpijoiyxqt"],
    entropy: 3,
    tags: ["scalr", "iac", "access-token"]
  }
];

// rules/segment/rule.ts
var rules297 = [
  {
    id: "segment-write-key",
    description: "Segment source write key (32 characters) assigned to SEGMENT_WRITE_KEY",
    severity: "medium",
    regex: /\b(?:SEGMENT_WRITE_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["segment_write_key"],
    entropy: 3,
    tags: ["segment", "analytics", "api-key"]
  }
];

// rules/sendbird/rule.ts
var rules298 = [
  {
    id: "sendbird-api-token",
    description: "Sendbird API token (40 hex) assigned to a Sendbird token setting",
    severity: "high",
    regex: /\b(?:SENDBIRD_API_TOKEN|SENDBIRD_MASTER_API_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{40})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["sendbird_api_token", "sendbird_master_api_token"],
    entropy: 3,
    tags: ["sendbird", "chat", "api-key"]
  }
];

// rules/sentry/rule.ts
var rules299 = [
  {
    id: "sentry-user-auth-token",
    description: "Sentry user auth token (`sntryu_` and 64 hex)",
    severity: "high",
    regex: /\b(sntryu_[a-f0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ["sntryu_"],
    entropy: 3,
    tags: ["sentry", "observability", "api-key"]
  },
  {
    id: "sentry-org-auth-token",
    description: "Sentry organization auth token (`sntrys_eyJ…_…`): uploads source maps and creates releases",
    severity: "high",
    regex: /\b(sntrys_eyJ[A-Za-z0-9+/=]{60,600}_[A-Za-z0-9+/]{43})(?:[^A-Za-z0-9+/]|$)/,
    keywords: ["sntrys_eyj"],
    entropy: 3,
    tags: ["sentry", "observability", "api-key"]
  }
];

// rules/settlemint/rule.ts
var rules300 = [
  {
    id: "settlemint-token",
    description: "SettleMint personal, application or service access token (`sm_pat_`, `sm_aat_`, `sm_sat_`)",
    severity: "high",
    regex: /\b(sm_(?:pat|aat|sat)_[A-Za-z0-9]{16})(?:[^A-Za-z0-9]|$)/,
    keywords: ["sm_pat_", "sm_aat_", "sm_sat_"],
    entropy: 3,
    tags: ["settlemint", "blockchain", "api-key"]
  }
];

// rules/shippo/rule.ts
var rules301 = [
  {
    id: "shippo-api-token",
    description: "Shippo live or test API token (`shippo_live_`/`shippo_test_` and 40 hex)",
    severity: "high",
    regex: /\b(shippo_(?:live|test)_[a-fA-F0-9]{40})(?:[^A-Za-z0-9]|$)/,
    keywords: ["shippo_live_", "shippo_test_"],
    entropy: 3,
    tags: ["shippo", "shipping", "api-key"]
  }
];

// rules/sidekiq/rule.ts
var rules302 = [
  {
    id: "sidekiq-enterprise-credentials",
    description: "Sidekiq Pro/Enterprise gem server credentials (`BUNDLE_ENTERPRISE__CONTRIBSYS__COM`, or in a contribsys.com URL)",
    severity: "medium",
    regex: /(?:BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM["\']?[ \t]{0,4}[=:][ \t]{0,4}["\']?|https?:\/\/)([a-f0-9]{8}:[a-f0-9]{8})(?:@(?:gems|enterprise)\.contribsys\.com)?\b/i,
    keywords: ["contribsys__com", "contribsys.com"],
    entropy: 2.5,
    // The placeholder in Sidekiq's own documentation.
    allowlists: [{ regexes: [/^cafebabe:deadbeef$/] }],
    tags: ["sidekiq", "package-registry", "license"]
  }
];

// rules/snowflake/rule.ts
var rules303 = [
  {
    id: "snowflake-programmatic-access-token",
    description: "Snowflake programmatic access token (100 to 500 characters) assigned to a Snowflake token setting",
    severity: "critical",
    regex: assignedTo(String.raw`snowflake[\w.-]{0,20}?(?:token|pat)\b`, "[A-Za-z0-9_-]{100,500}"),
    keywords: ["snowflake"],
    entropy: 3.5,
    tags: ["snowflake", "database", "access-token"]
  }
];

// rules/snyk/rule.ts
var rules304 = [
  {
    id: "snyk-api-token",
    description: "Snyk API token (a UUID) assigned to SNYK_TOKEN",
    severity: "high",
    regex: /\b(?:SNYK_TOKEN|SNYK_API_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["snyk_token", "snyk_api_token"],
    entropy: 2.5,
    tags: ["snyk", "security", "api-key"]
  }
];

// rules/sonarqube/rule.ts
var rules305 = [
  {
    id: "sonarqube-token",
    description: "SonarQube/SonarCloud token (user `squ_`, project analysis `sqp_`, global analysis `sqa_`)",
    severity: "high",
    regex: /\b(sq[pau]_[a-f0-9]{40})(?:[^A-Za-z0-9]|$)/,
    keywords: ["sqp_", "squ_", "sqa_"],
    entropy: 3,
    tags: ["sonarqube", "code-quality", "api-key"]
  }
];

// rules/sourcegraph/rule.ts
var rules306 = [
  {
    id: "sourcegraph-access-token",
    description: "Sourcegraph access token (`sgp_`, optionally with an instance identifier, and 40 hex)",
    severity: "high",
    regex: /\b(sgp_(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40})(?:[^A-Za-z0-9]|$)/,
    keywords: ["sgp_"],
    entropy: 3,
    tags: ["sourcegraph", "code-search", "api-key"]
  }
];

// rules/splunk/rule.ts
var rules307 = [
  {
    id: "splunk-hec-token",
    description: "Splunk HTTP Event Collector token (`Authorization: Splunk <uuid>`): writes events to the index",
    severity: "medium",
    regex: /\bSplunk[ \t]{1,4}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
    keywords: ["splunk "],
    entropy: 2.5,
    tags: ["splunk", "observability", "api-key"]
  }
];

// rules/squarespace/rule.ts
var rules308 = [
  {
    id: "squarespace-api-key",
    description: "Squarespace API key (a UUID) assigned to a Squarespace setting",
    severity: "high",
    regex: assignedTo(
      String.raw`squarespace[\w.-]{0,20}?(?:key|token)`,
      "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}",
      "(?:[^a-z0-9-]|$)"
    ),
    keywords: ["squarespace"],
    entropy: 3,
    tags: ["squarespace", "commerce", "api-key"]
  }
];

// rules/sslmate/rule.ts
var rules309 = [
  {
    id: "sslmate-api-key",
    description: "SSLMate / Cert Spotter API key (36 alphanumerics) assigned to an SSLMate setting",
    severity: "high",
    regex: assignedTo(
      String.raw`(?:sslmate|certspotter)[\w.-]{0,20}?(?:key|token|secret)`,
      "[A-Za-z0-9]{36}",
      "(?:[^A-Za-z0-9]|$)"
    ),
    keywords: ["sslmate", "certspotter"],
    entropy: 3,
    tags: ["sslmate", "pki", "api-key"]
  }
];

// rules/stability/rule.ts
var rules310 = [
  {
    id: "stability-ai-api-key",
    description: "Stability AI API key (`sk-` and 48 alphanumerics) assigned to a Stability setting",
    severity: "high",
    regex: assignedTo(String.raw`stability[\w.-]{0,20}?(?:key|token)`, "sk-[A-Za-z0-9]{48}", "(?:[^A-Za-z0-9]|$)"),
    keywords: ["stability"],
    entropy: 3,
    tags: ["stability", "ai", "api-key"]
  }
];

// rules/stackhawk/rule.ts
var rules311 = [
  {
    id: "stackhawk-api-key",
    description: "StackHawk API key (`hawk.` and two 20-character parts)",
    severity: "high",
    regex: /\b(hawk\.[A-Za-z0-9_-]{20}\.[A-Za-z0-9_-]{20})(?:[^A-Za-z0-9_.-]|$)/,
    keywords: ["hawk."],
    entropy: 3,
    tags: ["stackhawk", "security", "api-key"]
  }
];

// rules/statsig/rule.ts
var rules312 = [
  {
    id: "statsig-server-secret",
    description: "Statsig server secret key (`secret-` and 43 alphanumerics)",
    severity: "high",
    regex: /\b(secret-[A-Za-z0-9]{43})(?:[^A-Za-z0-9]|$)/,
    keywords: ["secret-"],
    entropy: 3,
    tags: ["statsig", "feature-flags", "api-key"]
  }
];

// rules/sumologic/rule.ts
var rules313 = [
  {
    id: "sumologic-access-key",
    description: "Sumo Logic access key (64 characters) assigned to SUMO_ACCESS_KEY",
    severity: "high",
    regex: /\b(?:SUMO_ACCESS_KEY|SUMOLOGIC_ACCESS_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{64})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["sumo_access_key", "sumologic_access_key"],
    entropy: 3,
    tags: ["sumologic", "observability", "api-key"]
  }
];

// rules/supabase/rule.ts
var rules314 = [
  {
    id: "supabase-personal-access-token",
    description: "Supabase personal access token (`sbp_` and 40 hex): manages every project of the account",
    severity: "critical",
    regex: /\b(sbp_[a-f0-9]{40})(?:[^A-Za-z0-9]|$)/,
    keywords: ["sbp_"],
    entropy: 3,
    tags: ["supabase", "database", "api-key"]
  },
  {
    id: "supabase-secret-key",
    description: "Supabase secret API key (`sb_secret_`): bypasses row-level security",
    severity: "critical",
    regex: /\b(sb_secret_[A-Za-z0-9_-]{31})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["sb_secret_"],
    entropy: 3,
    tags: ["supabase", "database", "api-key"]
  }
];

// rules/tableau/rule.ts
var rules315 = [
  {
    id: "tableau-personal-access-token",
    description: "Tableau personal access token secret (22 base64, `==:`, 32 alphanumerics)",
    severity: "high",
    regex: /(?:^|[^A-Za-z0-9+/])([A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32})(?:[^A-Za-z0-9]|$)/,
    keywords: ["==:"],
    entropy: 4,
    tags: ["tableau", "analytics", "access-token"]
  }
];

// rules/tavily/rule.ts
var rules316 = [
  {
    id: "tavily-api-key",
    description: "Tavily search API key (`tvly-`, `tvly-dev-` or `tvly-prod-` and 32 alphanumerics)",
    severity: "high",
    regex: /\b(tvly-(?:dev-|prod-)?[A-Za-z0-9]{32})(?:[^A-Za-z0-9]|$)/,
    keywords: ["tvly-"],
    entropy: 3,
    tags: ["tavily", "ai", "api-key"]
  }
];

// rules/teamcity/rule.ts
var rules317 = [
  {
    id: "teamcity-access-token",
    description: "JetBrains TeamCity access token (a TCV2 token: `eyJ0eXAiOiAiVENWMiJ9.…`)",
    severity: "high",
    regex: /\b(eyJ0eXAiOiAiVENWMiJ9\.[A-Za-z0-9_-]{36}\.[A-Za-z0-9_-]{48})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["eyj0exaioiaivenwmij9."],
    entropy: 3,
    tags: ["teamcity", "ci", "api-key"]
  }
];

// rules/telnyx/rule.ts
var rules318 = [
  {
    id: "telnyx-api-key",
    description: "Telnyx API v2 key (`KEY` and 55 characters) assigned to a Telnyx setting",
    severity: "high",
    regex: assignedTo(String.raw`telnyx[\w.-]{0,20}?(?:key|secret|token)`, "KEY[0-9A-Za-z_-]{55}"),
    keywords: ["telnyx"],
    entropy: 3,
    tags: ["telnyx", "telephony", "api-key"]
  }
];

// rules/tencent/rule.ts
var rules319 = [
  {
    id: "tencent-cloud-secret-id",
    description: "Tencent Cloud SecretId (`AKID` and 32 alphanumerics); its SecretKey is usually beside it",
    severity: "high",
    regex: /\b(AKID[A-Za-z0-9]{32})(?:[^A-Za-z0-9]|$)/,
    keywords: ["akid"],
    entropy: 3,
    tags: ["tencent", "cloud", "access-key-id"]
  }
];

// rules/thingsboard/rule.ts
var rules320 = [
  {
    id: "thingsboard-device-token",
    description: "ThingsBoard device access token in a device API URL (`/api/v1/<token>/telemetry`)",
    severity: "medium",
    regex: /\/api\/v1\/([A-Za-z0-9]{20})\/(?:telemetry|attributes|rpc|claim)\b/,
    keywords: ["/api/v1/"],
    entropy: 3,
    tags: ["thingsboard", "iot", "api-key"]
  }
];

// rules/thunderstore/rule.ts
var rules321 = [
  {
    id: "thunderstore-api-token",
    description: "Thunderstore service account token (`tss_` and 20 to 80 characters)",
    severity: "high",
    regex: /\b(tss_[A-Za-z0-9_-]{20,80})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["tss_"],
    entropy: 3,
    tags: ["thunderstore", "package-registry", "api-key"]
  }
];

// rules/together/rule.ts
var rules322 = [
  {
    id: "together-api-key",
    description: "Together AI API key (64 hex) assigned to TOGETHER_API_KEY",
    severity: "high",
    regex: /\b(?:TOGETHER_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{64})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["together_api_key"],
    entropy: 3,
    tags: ["together", "ai", "api-key"]
  }
];

// rules/travis-ci/rule.ts
var rules323 = [
  {
    id: "travis-ci-api-token",
    description: "Travis CI API token (22 characters) assigned to a Travis token setting",
    severity: "high",
    regex: /\b(?:TRAVIS_API_TOKEN|TRAVIS_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9_-]{22})(?:[^A-Za-z0-9_-]|$)/i,
    keywords: ["travis_api_token", "travis_token"],
    entropy: 3,
    tags: ["travis-ci", "ci", "api-key"]
  }
];

// rules/trello/rule.ts
var rules324 = [
  {
    id: "trello-api-token",
    description: "Trello API token (64 hex) assigned to TRELLO_TOKEN",
    severity: "high",
    regex: /\b(?:TRELLO_TOKEN|TRELLO_API_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{64})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["trello_token", "trello_api_token"],
    entropy: 3,
    tags: ["trello", "saas", "api-key"]
  }
];

// rules/truenas/rule.ts
var rules325 = [
  {
    id: "truenas-api-key",
    description: "TrueNAS API key (`<id>-<64 alphanumerics>`) in a file that mentions TrueNAS or its API",
    severity: "high",
    regex: /\b(\d{1,5}-[A-Za-z0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ["truenas", "freenas", "/api/v2.0"],
    entropy: 3,
    tags: ["truenas", "storage", "api-key"]
  }
];

// rules/twitch/rule.ts
var rules326 = [
  {
    id: "twitch-oauth-token",
    description: "Twitch OAuth token in its chat (IRC) form (`oauth:` and 30 characters)",
    severity: "high",
    regex: /\boauth:([a-z0-9]{30})(?:[^A-Za-z0-9]|$)/,
    keywords: ["oauth:"],
    entropy: 3,
    tags: ["twitch", "streaming", "oauth"]
  }
];

// rules/twitter/rule.ts
var rules327 = [
  {
    id: "twitter-bearer-token",
    description: "X (Twitter) API app-only bearer token (`AAAAAAAAAAAAAAAAAAAAA…`)",
    severity: "high",
    regex: /\b(A{22}[A-Za-z0-9%]{80,120})(?:[^A-Za-z0-9%]|$)/,
    keywords: ["aaaaaaaaaaaaaaaaaaaaaa"],
    validate: (secret) => new Set(secret.slice(22)).size >= 16,
    tags: ["twitter", "social", "api-key"]
  },
  // OAuth 1.0a user credentials and consumer keys: https://docs.x.com/fundamentals/authentication/oauth-1-0a/obtaining-user-access-tokens
  // The access token is the user's numeric id, a dash and a random part; the secrets have no
  // prefix, so they count only when assigned to a Twitter setting.
  {
    id: "twitter-access-token",
    description: "Twitter/X OAuth 1.0a access token (user id, `-`, 20-40 alphanumerics): acts as the user with the app's consumer key",
    severity: "high",
    regex: assignedTo(
      String.raw`twitter[\w.-]{0,20}?access[_.-]?token`,
      "[0-9]{15,25}-[A-Za-z0-9]{20,40}",
      "(?:[^A-Za-z0-9]|$)"
    ),
    keywords: ["twitter"],
    entropy: 3,
    tags: ["twitter", "social", "access-token"]
  },
  {
    id: "twitter-access-token-secret",
    description: "Twitter/X OAuth 1.0a access token secret (45 alphanumerics) assigned to a Twitter setting",
    severity: "high",
    regex: assignedTo(
      String.raw`twitter[\w.-]{0,20}?access[_.-]?(?:token[_.-]?)?secret`,
      "[A-Za-z0-9]{45}",
      "(?:[^A-Za-z0-9]|$)"
    ),
    keywords: ["twitter"],
    entropy: 3.5,
    tags: ["twitter", "social", "client-secret"]
  },
  {
    id: "twitter-consumer-secret",
    description: "Twitter/X API key secret (consumer secret, 50 alphanumerics) assigned to a Twitter setting",
    severity: "high",
    regex: assignedTo(
      String.raw`twitter[\w.-]{0,20}?(?:api|consumer)[_.-]?(?:key[_.-]?)?secret`,
      "[A-Za-z0-9]{50}",
      "(?:[^A-Za-z0-9]|$)"
    ),
    keywords: ["twitter"],
    entropy: 3.5,
    tags: ["twitter", "social", "client-secret"]
  }
];

// rules/typeform/rule.ts
var rules328 = [
  {
    id: "typeform-personal-access-token",
    description: "Typeform personal access token (`tfp_` and 59 characters)",
    severity: "high",
    regex: /\b(tfp_[A-Za-z0-9_-]{59})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["tfp_"],
    entropy: 3,
    tags: ["typeform", "saas", "api-key"]
  }
];

// rules/unkey/rule.ts
var rules329 = [
  {
    id: "unkey-root-key",
    description: "Unkey root key (`unkey_` and 20-32 alphanumerics)",
    severity: "critical",
    regex: /\b(unkey_[A-Za-z0-9]{20,32})(?:[^A-Za-z0-9_]|$)/,
    keywords: ["unkey_"],
    entropy: 3,
    tags: ["unkey", "saas", "api-key"]
  }
];

// rules/upcloud/rule.ts
var rules330 = [
  {
    id: "upcloud-api-token",
    description: "UpCloud API token (`ucat_` and 24-32 alphanumerics)",
    severity: "critical",
    regex: /\b(ucat_[A-Za-z0-9]{24,32})(?:[^A-Za-z0-9_]|$)/,
    keywords: ["ucat_"],
    entropy: 3,
    tags: ["upcloud", "cloud", "api-key"]
  }
];

// rules/upstage/rule.ts
var rules331 = [
  {
    id: "upstage-api-key",
    description: "Upstage API key assigned to an Upstage setting",
    severity: "high",
    regex: assignedTo(
      String.raw`upstage[\w.-]{0,20}?(?:api[_.-]?)?key`,
      "(?:up_)?[A-Za-z0-9]{40,50}",
      "(?:[^A-Za-z0-9]|$)"
    ),
    keywords: ["upstage"],
    entropy: 3,
    tags: ["upstage", "ai", "api-key"]
  }
];

// rules/upstash/rule.ts
var rules332 = [
  {
    id: "upstash-redis-rest-token",
    description: "Upstash Redis REST token assigned to UPSTASH_REDIS_REST_TOKEN or an Upstash token setting",
    severity: "critical",
    regex: assignedTo(String.raw`upstash[\w.-]{0,30}?token`, "[A-Za-z0-9_-]{32,120}={0,2}", "(?:[^A-Za-z0-9_=-]|$)"),
    keywords: ["upstash"],
    entropy: 3,
    tags: ["upstash", "database", "access-token"]
  }
];

// rules/val-town/rule.ts
var rules333 = [
  {
    id: "val-town-api-token",
    description: "Val Town API token (`vtwn_` and 20-80 characters)",
    severity: "high",
    regex: /\b(vtwn_[A-Za-z0-9_-]{20,80})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["vtwn_"],
    entropy: 3,
    tags: ["val-town", "saas", "api-key"]
  }
];

// rules/virustotal/rule.ts
var rules334 = [
  {
    id: "virustotal-api-key",
    description: "VirusTotal API key (64 hex) assigned to a VirusTotal key setting",
    severity: "high",
    regex: assignedTo(
      String.raw`(?:virus[_.-]?total|\bvt)[\w.-]{0,20}?(?:api[_.-]?)?key`,
      "[a-f0-9]{64}",
      "(?:[^a-z0-9]|$)"
    ),
    keywords: ["virustotal", "virus_total", "vt_api", "vt-api", "vt_key"],
    entropy: 3,
    tags: ["virustotal", "security", "api-key"]
  }
];

// rules/vmware/rule.ts
var rules335 = [
  {
    id: "vmware-viserver-password",
    description: "Password in a PowerCLI `Connect-VIServer … -Password` command (vCenter/ESXi login)",
    severity: "high",
    regex: /\bConnect-VIServer\b[^\r\n]{0,200}?[ \t]-Password[ \t]{1,3}(?:"([^"$\r\n]{3,64})"|'([^'\r\n]{3,64})'|([^\s"'$`][^\s"'`]{2,63}))/i,
    keywords: ["connect-viserver"],
    validate: (secret) => isRealPassword(secret),
    tags: ["vmware", "infrastructure", "password"]
  }
];

// rules/vonage/rule.ts
var rules336 = [
  {
    id: "vonage-api-secret",
    description: "Vonage (Nexmo) API secret (16 characters) assigned to a Vonage/Nexmo secret setting",
    severity: "high",
    regex: /\b(?:VONAGE_API_SECRET|NEXMO_API_SECRET)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{16})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["vonage_api_secret", "nexmo_api_secret"],
    entropy: 3,
    tags: ["vonage", "messaging", "api-key"]
  }
];

// rules/voyage/rule.ts
var rules337 = [
  {
    id: "voyage-api-key",
    description: "Voyage AI API key (`pa-` and 43 characters) assigned to a Voyage setting",
    severity: "high",
    regex: assignedTo(String.raw`voyage(?:[_.-]?ai)?[\w.-]{0,20}?(?:api[_.-]?)?key`, "pa-[A-Za-z0-9_-]{43}"),
    keywords: ["voyage"],
    entropy: 3,
    tags: ["voyage", "ai", "api-key"]
  }
];

// rules/vultr/rule.ts
var rules338 = [
  {
    id: "vultr-api-key",
    description: "Vultr API key (36 upper-case alphanumerics) assigned to VULTR_API_KEY",
    severity: "critical",
    regex: /\b(?:VULTR_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Z0-9]{36})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["vultr_api_key"],
    entropy: 3,
    tags: ["vultr", "cloud", "api-key"]
  }
];

// rules/wakatime/rule.ts
var rules339 = [
  {
    id: "wakatime-api-key",
    description: "WakaTime API key (`waka_` and a UUID)",
    severity: "high",
    regex: /\b(waka_(?:[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}|[a-z0-9]{36,64}))(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["waka_"],
    entropy: 3,
    tags: ["wakatime", "saas", "api-key"]
  }
];

// rules/wandb/rule.ts
var rules340 = [
  {
    id: "wandb-api-key",
    description: "Weights & Biases API key (40 hex) assigned to WANDB_API_KEY",
    severity: "high",
    regex: /\b(?:WANDB_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{40})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["wandb_api_key"],
    entropy: 3,
    tags: ["wandb", "ai", "api-key"]
  },
  {
    id: "wandb-api-key-v1",
    description: "Weights & Biases API key, v1 format (`wandb_v1_` and 77 characters)",
    severity: "high",
    regex: /\b(wandb_v1_[A-Za-z0-9_]{77})(?:[^A-Za-z0-9_]|$)/,
    keywords: ["wandb_v1_"],
    entropy: 3.5,
    tags: ["wandb", "ai", "api-key"]
  }
];

// rules/weatherstack/rule.ts
var rules341 = [
  {
    id: "weatherstack-api-key",
    description: "weatherstack API access key (32 characters) assigned to a weatherstack setting",
    severity: "medium",
    regex: assignedTo(String.raw`weatherstack[\w.-]{0,20}?(?:secret|key|token)`, "[0-9a-z]{32}"),
    keywords: ["weatherstack"],
    entropy: 3,
    tags: ["weatherstack", "saas", "api-key"]
  }
];

// rules/wecom/rule.ts
var rules342 = [
  {
    id: "wecom-webhook-url",
    description: "WeCom (WeChat Work) group robot webhook URL: anyone holding it can post to the group",
    severity: "medium",
    regex: /(https:\/\/qyapi\.weixin\.qq\.com\/cgi-bin\/webhook\/send\?key=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
    keywords: ["qyapi.weixin.qq.com/cgi-bin/webhook/send"],
    entropy: 2.5,
    tags: ["wecom", "chat", "webhook"]
  }
];

// rules/wireguard/rule.ts
var rules343 = [
  {
    id: "wireguard-private-key",
    description: "WireGuard private or preshared key in a wg-quick/NetworkManager config (`PrivateKey = …`)",
    severity: "critical",
    regex: /\b(?:PrivateKey|PresharedKey|private-key|preshared-key)[ \t]{0,4}[=:][ \t]{0,4}["\']?([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)/,
    keywords: ["privatekey", "presharedkey", "private-key", "preshared-key"],
    entropy: 3,
    tags: ["wireguard", "vpn", "private-key"]
  }
];

// rules/wiz/rule.ts
var rules344 = [
  {
    id: "wiz-client-secret",
    description: "Wiz service-account client secret (64 alphanumerics) assigned to a Wiz setting",
    severity: "critical",
    regex: assignedTo(String.raw`\bwiz[\w.-]{0,20}?(?:client[_.-]?)?secret`, "[A-Za-z0-9]{64}", "(?:[^A-Za-z0-9]|$)"),
    keywords: ["wiz"],
    entropy: 3,
    tags: ["wiz", "security", "client-secret"]
  }
];

// rules/woocommerce/rule.ts
var rules345 = [
  {
    id: "woocommerce-api-key",
    description: "WooCommerce REST API consumer key or secret (`ck_`/`cs_` and 40 hex)",
    severity: "high",
    regex: /\b((?:ck|cs)_[a-f0-9]{40})(?:[^A-Za-z0-9]|$)/,
    keywords: ["ck_", "cs_"],
    entropy: 3,
    tags: ["woocommerce", "ecommerce", "api-key"]
  }
];

// rules/workato/rule.ts
var rules346 = [
  {
    id: "workato-developer-api-token",
    description: "Workato developer API client token (`wrka-` or `wrkaXX-` then a JWT)",
    severity: "critical",
    regex: /\b(wrka(?:[a-z]{2})?-eyJ[A-Za-z0-9_-]{8,2000}\.[A-Za-z0-9_-]{16,8000}\.[A-Za-z0-9_-]{64,1000})(?:[^A-Za-z0-9_.=-]|$)/,
    keywords: ["wrka"],
    entropy: 3,
    tags: ["workato", "automation", "api-key"]
  }
];

// rules/workos/rule.ts
var rules347 = [
  {
    id: "workos-api-key",
    description: "WorkOS API key (`sk_live_`/`sk_test_` then base64 of `key_…`) assigned to a WorkOS setting",
    severity: "critical",
    regex: assignedTo(
      String.raw`workos[\w.-]{0,20}?(?:secret|key|token)`,
      "sk_(?:live|test)_a2V5Xz[A-Za-z0-9+/]{60,100}={0,2}",
      "(?:[^A-Za-z0-9+/=]|$)"
    ),
    keywords: ["workos"],
    entropy: 3,
    tags: ["workos", "auth", "api-key"]
  }
];

// rules/xai/rule.ts
var rules348 = [
  {
    id: "xai-api-key",
    description: "xAI (Grok) API key (`xai-` and 80 alphanumerics)",
    severity: "high",
    regex: /\b(xai-[A-Za-z0-9]{80})(?:[^A-Za-z0-9]|$)/,
    keywords: ["xai-"],
    entropy: 3,
    tags: ["xai", "ai", "api-key"]
  }
];

// rules/xata/rule.ts
var rules349 = [
  {
    id: "xata-api-key",
    description: "Xata API key (`xau_` and 32-40 alphanumerics)",
    severity: "high",
    regex: /\b(xau_[A-Za-z0-9]{32,40})(?:[^A-Za-z0-9]|$)/,
    keywords: ["xau_"],
    entropy: 3,
    tags: ["xata", "database", "api-key"]
  }
];

// rules/xendit/rule.ts
var rules350 = [
  {
    id: "xendit-api-key",
    description: "Xendit secret API key (`xnd_production_`/`xnd_development_` and 56-72 characters)",
    severity: "critical",
    regex: /\b(xnd_(?:production|development)_[A-Za-z0-9]{56,72})(?:[^A-Za-z0-9_]|$)/,
    keywords: ["xnd_production_", "xnd_development_"],
    entropy: 3,
    tags: ["xendit", "payments", "api-key"]
  }
];

// rules/yandex/rule.ts
var rules351 = [
  {
    id: "yandex-cloud-api-key",
    description: "Yandex Cloud API key (`AQVN` and 35-38 characters)",
    severity: "high",
    regex: /\b(AQVN[A-Za-z0-9_-]{35,38})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["aqvn"],
    entropy: 3,
    tags: ["yandex", "cloud", "api-key"]
  },
  // yandex-iam-token: https://yandex.cloud/en/docs/iam/concepts/authorization/iam-token
  // `t1.`, a variable base64url header, `.` and an 86-character signature; valid up to 12 hours.
  {
    id: "yandex-iam-token",
    description: "Yandex Cloud IAM token (`t1.` header `.` 86-character signature): acts as the account for up to 12 hours",
    severity: "high",
    regex: /\b(t1\.[A-Za-z0-9_-]{20,400}={0,2}\.[A-Za-z0-9_-]{86}={0,2})(?:[^A-Za-z0-9_=.-]|$)/,
    keywords: ["t1."],
    entropy: 3.5,
    tags: ["yandex", "cloud", "access-token"]
  },
  // yandex-static-access-key-secret: https://yandex.cloud/en/docs/iam/concepts/authorization/access-key
  // The secret of an S3-compatible static key is `YC` and 38 characters (the key id is `YCA…`, 25).
  {
    id: "yandex-static-access-key-secret",
    description: "Yandex Cloud static access key secret (`YC` and 38 base64url characters) for Object Storage and other S3-style APIs",
    severity: "high",
    regex: /\b(YC[A-Za-z0-9_-]{38})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["yc"],
    entropy: 3.5,
    validate: (secret) => /[0-9]/.test(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret.slice(2)),
    tags: ["yandex", "cloud", "secret-key"]
  }
];

// rules/zapier/rule.ts
var rules352 = [
  {
    id: "zapier-webhook-url",
    description: "Zapier catch hook URL: anyone holding it can trigger the Zap",
    severity: "medium",
    regex: /(https:\/\/hooks\.zapier\.com\/hooks\/catch\/\d{3,12}\/[a-z0-9]{5,12}\/?)/,
    keywords: ["hooks.zapier.com/hooks/catch/"],
    entropy: 3,
    tags: ["zapier", "automation", "webhook"]
  }
];

// rules/zendesk/rule.ts
var rules353 = [
  {
    id: "zendesk-api-token",
    description: "Zendesk API token (40 alphanumerics) assigned to a Zendesk token setting",
    severity: "high",
    regex: /\b(?:ZENDESK_API_TOKEN|ZENDESK_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{40})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["zendesk_api_token", "zendesk_token"],
    entropy: 3,
    tags: ["zendesk", "support", "api-key"]
  }
];

// rules/zhipu/rule.ts
var rules354 = [
  {
    id: "zhipu-api-key",
    description: "Zhipu AI / Z.ai (GLM) API key (32 hex, `.`, 16 characters) assigned to its setting",
    severity: "high",
    regex: assignedTo(
      String.raw`(?:(?:zhipu(?:ai)?|bigmodel)[\w.-]{0,20}?|\b(?:zai|glm)[_.-]?)(?:api[_.-]?)?key`,
      String.raw`[a-f0-9]{32}\.[A-Za-z0-9]{16}`,
      "(?:[^A-Za-z0-9]|$)"
    ),
    // `zai` and `glm` only as names (ZAI_API_KEY, GLM_KEY): as bare words they are in too much text.
    keywords: [
      "zhipu",
      "bigmodel",
      "zai_",
      "zai-",
      "zai.",
      "zaiapi",
      "zaikey",
      "glm_",
      "glm-",
      "glm.",
      "glmapi",
      "glmkey"
    ],
    entropy: 3,
    tags: ["zhipu", "ai", "api-key"]
  }
];

// rules/zoho/rule.ts
var rules355 = [
  {
    id: "zoho-oauth-token",
    description: "Zoho OAuth access/refresh token (`1000.` and two 32-hex parts) assigned to a Zoho setting",
    severity: "high",
    regex: assignedTo(
      String.raw`zoho[\w.-]{0,20}?(?:token|secret|key)`,
      String.raw`1000\.[a-f0-9]{32}\.[a-f0-9]{32}`,
      "(?:[^a-z0-9]|$)"
    ),
    keywords: ["zoho"],
    entropy: 3,
    tags: ["zoho", "saas", "access-token"]
  }
];

// rules/zuplo/rule.ts
var rules356 = [
  {
    id: "zuplo-api-key",
    description: "Zuplo consumer API key (`zpka_`, 32 and 8 hex)",
    severity: "high",
    regex: /\b(zpka_[a-z0-9]{32}_[a-f0-9]{8})(?:[^A-Za-z0-9_]|$)/,
    keywords: ["zpka_"],
    entropy: 3,
    tags: ["zuplo", "api-gateway", "api-key"]
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
  ...rules46,
  ...rules47,
  ...rules48,
  ...rules49,
  ...rules50,
  ...rules52,
  // rules: more providers, by folder name
  ...rules53,
  ...rules54,
  ...rules55,
  ...rules56,
  ...rules57,
  ...rules58,
  ...rules59,
  ...rules60,
  ...rules61,
  ...rules62,
  ...rules63,
  ...rules64,
  ...rules65,
  ...rules66,
  ...rules67,
  ...rules68,
  ...rules69,
  ...rules70,
  ...rules71,
  ...rules72,
  ...rules73,
  ...rules74,
  ...rules75,
  ...rules76,
  ...rules77,
  ...rules78,
  ...rules79,
  ...rules80,
  ...rules81,
  ...rules82,
  ...rules83,
  ...rules84,
  ...rules85,
  ...rules86,
  ...rules87,
  ...rules88,
  ...rules89,
  ...rules90,
  ...rules91,
  ...rules92,
  ...rules93,
  ...rules94,
  ...rules95,
  ...rules96,
  ...rules97,
  ...rules98,
  ...rules99,
  ...rules100,
  ...rules101,
  ...rules102,
  ...rules103,
  ...rules104,
  ...rules105,
  ...rules106,
  ...rules107,
  ...rules108,
  ...rules109,
  ...rules110,
  ...rules111,
  ...rules112,
  ...rules113,
  ...rules114,
  ...rules115,
  ...rules116,
  ...rules117,
  ...rules118,
  ...rules119,
  ...rules120,
  ...rules121,
  ...rules122,
  ...rules123,
  ...rules124,
  ...rules125,
  ...rules126,
  ...rules127,
  ...rules128,
  ...rules129,
  ...rules130,
  ...rules131,
  ...rules132,
  ...rules133,
  ...rules134,
  ...rules135,
  ...rules136,
  ...rules137,
  ...rules138,
  ...rules139,
  ...rules140,
  ...rules141,
  ...rules142,
  ...rules143,
  ...rules144,
  ...rules145,
  ...rules146,
  ...rules147,
  ...rules148,
  ...rules149,
  ...rules150,
  ...rules151,
  ...rules152,
  ...rules153,
  ...rules154,
  ...rules155,
  ...rules156,
  ...rules157,
  ...rules158,
  ...rules159,
  ...rules160,
  ...rules161,
  ...rules162,
  ...rules163,
  ...rules164,
  ...rules165,
  ...rules166,
  ...rules167,
  ...rules168,
  ...rules169,
  ...rules170,
  ...rules171,
  ...rules172,
  ...rules173,
  ...rules174,
  ...rules175,
  ...rules176,
  ...rules177,
  ...rules178,
  ...rules179,
  ...rules180,
  ...rules181,
  ...rules182,
  ...rules183,
  ...rules184,
  ...rules185,
  ...rules186,
  ...rules187,
  ...rules188,
  ...rules189,
  ...rules190,
  ...rules191,
  ...rules192,
  ...rules193,
  ...rules194,
  ...rules195,
  ...rules196,
  ...rules197,
  ...rules198,
  ...rules199,
  ...rules200,
  ...rules201,
  ...rules202,
  ...rules203,
  ...rules204,
  ...rules205,
  ...rules206,
  ...rules207,
  ...rules208,
  ...rules209,
  ...rules210,
  ...rules211,
  ...rules212,
  ...rules213,
  ...rules214,
  ...rules215,
  ...rules216,
  ...rules217,
  ...rules218,
  ...rules219,
  ...rules220,
  ...rules221,
  ...rules222,
  ...rules223,
  ...rules224,
  ...rules225,
  ...rules226,
  ...rules227,
  ...rules228,
  ...rules229,
  ...rules230,
  ...rules231,
  ...rules232,
  ...rules233,
  ...rules234,
  ...rules235,
  ...rules236,
  ...rules237,
  ...rules238,
  ...rules239,
  ...rules240,
  ...rules241,
  ...rules242,
  ...rules243,
  ...rules244,
  ...rules245,
  ...rules246,
  ...rules247,
  ...rules248,
  ...rules249,
  ...rules250,
  ...rules251,
  ...rules252,
  ...rules253,
  ...rules254,
  ...rules255,
  ...rules256,
  ...rules257,
  ...rules258,
  ...rules259,
  ...rules260,
  ...rules261,
  ...rules262,
  ...rules263,
  ...rules264,
  ...rules265,
  ...rules266,
  ...rules267,
  ...rules268,
  ...rules269,
  ...rules270,
  ...rules271,
  ...rules272,
  ...rules273,
  ...rules274,
  ...rules275,
  ...rules276,
  ...rules277,
  ...rules278,
  ...rules279,
  ...rules280,
  ...rules281,
  ...rules282,
  ...rules283,
  ...rules284,
  ...rules285,
  ...rules286,
  ...rules287,
  ...rules288,
  ...rules289,
  ...rules290,
  ...rules291,
  ...rules292,
  ...rules293,
  ...rules294,
  ...rules295,
  ...rules296,
  ...rules297,
  ...rules298,
  ...rules299,
  ...rules300,
  ...rules301,
  ...rules302,
  ...rules303,
  ...rules304,
  ...rules305,
  ...rules306,
  ...rules307,
  ...rules308,
  ...rules309,
  ...rules310,
  ...rules311,
  ...rules312,
  ...rules313,
  ...rules314,
  ...rules315,
  ...rules316,
  ...rules317,
  ...rules318,
  ...rules51,
  ...rules319,
  ...rules320,
  ...rules321,
  ...rules322,
  ...rules323,
  ...rules324,
  ...rules325,
  ...rules326,
  ...rules327,
  ...rules328,
  ...rules329,
  ...rules330,
  ...rules331,
  ...rules332,
  ...rules333,
  ...rules334,
  ...rules335,
  ...rules336,
  ...rules337,
  ...rules338,
  ...rules339,
  ...rules340,
  ...rules341,
  ...rules342,
  ...rules343,
  ...rules344,
  ...rules345,
  ...rules346,
  ...rules347,
  ...rules348,
  ...rules349,
  ...rules350,
  ...rules351,
  ...rules352,
  ...rules353,
  ...rules354,
  ...rules355,
  ...rules356
];

// scanner/config/defaults.ts
function defaultScanConfig() {
  return { rules: defaultRules, allowlists: defaultAllowlists, file: null, warnings: [] };
}

export {
  defaultScanConfig
};
