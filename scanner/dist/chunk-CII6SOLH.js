import {
  ConfigError
} from "./chunk-WKZTSYGD.js";

// scanner/config/parse.ts
import { dirname, isAbsolute, join, normalize as normalize2 } from "node:path";

// rules/global-allowlist.ts
var paths = [
  // Scanner configuration: rules, allowlists and example secrets by design.
  /(?:^|\/)\.?(?:gitleaks|leakhound)\.toml$/,
  // Ignore files list fingerprints (`file:rule:line`), never secrets.
  /(?:^|\/)\.(?:gitleaks|leakhound)ignore$/,
  // Images, fonts, media: binary, or (SVG) drawing instructions; base64 blobs look random.
  /\.(?:bmp|gif|jpe?g|png|svg|tiff?|ico|webp|avif|heic|psd)$/i,
  /\.(?:eot|[ot]tf|woff2?)$/i,
  /\.(?:mp[34]|m4a|aac|flac|ogg|wav|webm|mov|avi|mkv)$/i,
  // Office documents and compiled or binary artefacts: not text the regexes could read.
  /\.(?:docx?|xlsx?|pptx?|pdf|bin|socket|vsidx|v2|suo|wsuo|dll|pdb|exe|gltf|so|dylib|class|pyc|wasm)$/i,
  // Go module checksums and vendored third-party modules (go.sum is all `h1:` hashes).
  /(?:^|\/)go\.(?:mod|sum|work(?:\.sum)?)$/,
  /(?:^|\/)vendor\/modules\.txt$/,
  /(?:^|\/)vendor\/(?:github\.com|golang\.org\/x|google\.golang\.org|gopkg\.in|istio\.io|k8s\.io|sigs\.k8s\.io)(?:\/.*)?$/,
  // Build tool wrappers checked in verbatim from upstream.
  /(?:^|\/)gradlew(?:\.bat)?$/,
  /(?:^|\/)mvnw(?:\.cmd)?$/,
  /(?:^|\/)\.mvn\/wrapper\/MavenWrapperDownloader\.java$/,
  // Lock files are scanned on purpose: a resolved URL can carry a registry token. Their
  // integrity hashes are no noise: the generic rules skip digest files themselves.
  /(?:^|\/)verification-metadata\.xml$/,
  // Installed dependencies: third-party code, scanned upstream if anywhere.
  /(?:^|\/)node_modules(?:\/.*)?$/,
  /(?:^|\/)bower_components(?:\/.*)?$/,
  /(?:^|\/)vendor\/(?:bundle|ruby)(?:\/.*)?$/,
  /\.gem$/,
  /(?:^|\/)(?:v?env|virtualenv)\/lib(?:64)?(?:\/.*)?$/i,
  /(?:^|\/)(?:lib(?:64)?\/python[23](?:\.\d{1,2})+|python\/[23](?:\.\d{1,2})+\/lib(?:64)?)(?:\/.*)?$/i,
  /(?:^|\/)[a-z0-9_.]+-[0-9.]+\.dist-info(?:\/.+)?$/i,
  // Vendored, usually minified, front-end libraries.
  /(?:^|\/)(?:angular|bootstrap|jquery(?:-?ui)?|plotly|swagger-?ui)[a-zA-Z0-9.-]*(?:\.min)?\.js(?:\.map)?$/,
  /(?:^|\/)javascript\.json$/,
  // SQL Server project refactor logs: generated GUID soup.
  /(?:^|\/)Database\.refactorlog$/,
  // A worktree's `.git` file only points at the real git directory.
  /(?:^|\/)\.git$/
];
var regexes = [
  // Literals and single repeated characters.
  /^(?:true|false|null)$/i,
  /^(?:a+|b+|c+|d+|e+|f+|g+|h+|i+|j+|k+|l+|m+|n+|o+|p+|q+|r+|s+|t+|u+|v+|w+|x+|y+|z+|\*+|\.+)$/i,
  // Shell, Make, Windows and templating references instead of values.
  /^\$(?:\d+|\{\d+\})$/,
  /^\$(?:[A-Z_]+|[a-z_]+)$/,
  /^\$\{(?:[A-Z_]+|[a-z_]+)\}$/,
  /^\{\{[ \t]*[\w ().|]+[ \t]*\}\}$/,
  /^\$\{\{[ \t]*(?:env|github|secrets|vars)(?:\.[A-Za-z]\w+)+[\w "'&./=|]*[ \t]*\}\}$/,
  /^%(?:[A-Z_]+|[a-z_]+)%$/,
  /^@(?:[A-Z_]+|[a-z_]+)@$/,
  // Format strings and positional placeholders.
  /^%[+\-# 0]?[bcdeEfFgGoOpqstTUvxX]$/,
  /^\{\d{0,2}\}$/,
  // Absolute paths of the usual system and home directories.
  /^\/Users\/[A-Za-z0-9]+\/[\w ./-]+$/,
  /^\/(?:bin|etc|home|opt|tmp|usr|var)\/[\w ./-]+$/
];
var defaultAllowlists = [
  {
    description: "leakhound default global allowlist (after gitleaks)",
    paths,
    regexes,
    // A documentation UUID and the alphabet in order: no generated credential contains either.
    stopwords: ["014df517-39d1-4453-b7b3-9930c563627c", "abcdefghijklmnopqrstuvwxyz"]
  }
];

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

// scanner/config/merge.ts
function toRule(layer) {
  return mergeRule({ id: layer.id, description: layer.id, severity: "high", keywords: [] }, layer);
}
function mergeRule(base, layer) {
  const { validate, re2, ...rest } = base;
  const rule = layer.regex || !validate ? rest : { ...rest, validate };
  if (!layer.regex && re2 !== void 0) rule.re2 = re2;
  if (layer.description !== void 0) rule.description = layer.description;
  if (layer.severity !== void 0) rule.severity = layer.severity;
  if (layer.regex !== void 0) rule.regex = layer.regex;
  if (layer.re2 !== void 0) rule.re2 = layer.re2;
  if (layer.path !== void 0) rule.path = layer.path;
  if (layer.secretGroup !== void 0) rule.secretGroup = layer.secretGroup;
  if (layer.entropy !== void 0) rule.entropy = layer.entropy;
  rule.keywords = union(base.keywords, layer.keywords);
  const tags = union(base.tags ?? [], layer.tags);
  if (tags.length > 0) rule.tags = tags;
  const allowlists = [...base.allowlists ?? [], ...layer.allowlists];
  if (allowlists.length > 0) rule.allowlists = allowlists;
  return rule;
}
function extendRules(base, own, disabledRules, baseName, warn) {
  const baseIds = new Set(base.map((r) => r.id));
  const disabled = new Set(disabledRules);
  for (const id of disabled) {
    if (!baseIds.has(id)) warn(`disabledRules names ${id}, which is not a rule in ${baseName}`);
  }
  const ownById = new Map(own.map((l) => [l.id, l]));
  const rules47 = [];
  for (const rule of base) {
    if (disabled.has(rule.id)) continue;
    const layer = ownById.get(rule.id);
    rules47.push(layer ? mergeRule(rule, layer) : rule);
  }
  for (const layer of own) {
    if (!baseIds.has(layer.id) || disabled.has(layer.id)) rules47.push(toRule(layer));
  }
  return rules47;
}
function groupCount(re) {
  return new RegExp(`${re.source}|`, re.flags.replace(/[gy]/g, "")).exec("").length - 1;
}
function union(a, b) {
  return [.../* @__PURE__ */ new Set([...a, ...b])];
}

// scanner/config/go-regex-charset.ts
var MAX_UNIT = 65535;
var ASCII_POSIX = {
  alnum: [
    [48, 57],
    [65, 90],
    [97, 122]
  ],
  alpha: [
    [65, 90],
    [97, 122]
  ],
  ascii: [[0, 127]],
  blank: [
    [9, 9],
    [32, 32]
  ],
  cntrl: [
    [0, 31],
    [127, 127]
  ],
  digit: [[48, 57]],
  graph: [[33, 126]],
  lower: [[97, 122]],
  print: [[32, 126]],
  punct: [
    [33, 47],
    [58, 64],
    [91, 96],
    [123, 126]
  ],
  space: [
    [9, 13],
    [32, 32]
  ],
  upper: [[65, 90]],
  word: [
    [48, 57],
    [65, 90],
    [95, 95],
    [97, 122]
  ],
  xdigit: [
    [48, 57],
    [65, 70],
    [97, 102]
  ]
};
function posixRanges(name) {
  const negated = name.startsWith("^");
  const ranges = ASCII_POSIX[negated ? name.slice(1) : name];
  if (!ranges) return void 0;
  return negated ? complement(ranges) : ranges;
}
function normalize(ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}
function complement(ranges) {
  const out = [];
  let next = 0;
  for (const [lo, hi] of normalize(ranges)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_UNIT) out.push([next, MAX_UNIT]);
  return out;
}
function caseVariants(cp) {
  const seen = /* @__PURE__ */ new Set([cp]);
  const queue = [cp];
  while (queue.length > 0) {
    const ch = String.fromCodePoint(queue.pop());
    for (const v of [ch.toLowerCase(), ch.toUpperCase()]) {
      const vcp = v.codePointAt(0);
      if (v.length === String.fromCodePoint(vcp).length && !seen.has(vcp)) {
        seen.add(vcp);
        queue.push(vcp);
      }
    }
  }
  return [...seen];
}
function foldRanges(ranges) {
  const extra = [];
  for (const [lo, hi] of normalize(ranges)) {
    const top = Math.min(hi, MAX_UNIT);
    const visit = (cp) => {
      for (const v of caseVariants(cp)) if ((v < lo || v > hi) && v <= MAX_UNIT) extra.push([v, v]);
    };
    if (top - lo < 256) for (let cp = lo; cp <= top; cp++) visit(cp);
    else for (const cp of casedUnits()) if (cp >= lo && cp <= top) visit(cp);
  }
  return normalize([...ranges, ...extra]);
}
var cased;
function casedUnits() {
  if (!cased) {
    cased = [];
    for (let cp = 0; cp <= MAX_UNIT; cp++) if (caseVariants(cp).length > 1) cased.push(cp);
  }
  return cased;
}
function sameRanges(a, b) {
  const x = normalize(a);
  const y = normalize(b);
  return x.length === y.length && x.every((r, i) => r[0] === y[i][0] && r[1] === y[i][1]);
}
function renderClass(set) {
  const parts = normalize(set.ranges).map(([lo, hi]) => {
    if (lo === hi) return classChar(lo);
    if (hi === lo + 1) return classChar(lo) + classChar(hi);
    return `${classChar(lo)}-${classChar(hi)}`;
  });
  return `[${set.negated ? "^" : ""}${parts.join("")}${set.escapes.join("")}]`;
}
var CLASS_SPECIAL = /* @__PURE__ */ new Set(["\\", "]", "[", "^", "-"]);
var SYNTAX = /* @__PURE__ */ new Set(["\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}", "/"]);
function classChar(cp) {
  const ch = String.fromCharCode(cp);
  if (CLASS_SPECIAL.has(ch)) return `\\${ch}`;
  return printable(cp) ? ch : unitEscape(cp);
}
function renderChar(cp) {
  if (cp > MAX_UNIT) {
    const pair = String.fromCodePoint(cp);
    return `(?:${unitEscape(pair.charCodeAt(0))}${unitEscape(pair.charCodeAt(1))})`;
  }
  const ch = String.fromCharCode(cp);
  if (SYNTAX.has(ch)) return `\\${ch}`;
  return printable(cp) ? ch : unitEscape(cp);
}
var NAMED = { 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r" };
function printable(cp) {
  return cp >= 32 && cp < 127;
}
function unitEscape(unit) {
  const named = NAMED[unit];
  if (named) return named;
  const hex = unit.toString(16).toUpperCase();
  return unit < 256 ? `\\x${hex.padStart(2, "0")}` : `\\u${hex.padStart(4, "0")}`;
}

// scanner/config/go-regex-lexer.ts
var GoRegexError = class extends Error {
  name = "GoRegexError";
};
function untranslatable(construct) {
  return new GoRegexError(`uses ${construct}, which leakhound cannot translate; rewrite the pattern without it`);
}
function notGo(construct, fix = "rewrite the pattern without it") {
  return new GoRegexError(
    `uses ${construct}, which Go's regexp does not accept either (gitleaks would reject it); ${fix}`
  );
}
var CHAR_ESCAPES = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };
var Cursor = class {
  constructor(src) {
    this.src = src;
  }
  src;
  i = 0;
  nextCodePoint() {
    const cp = this.src.codePointAt(this.i);
    this.i += cp > 65535 ? 2 : 1;
    return cp;
  }
  unicodeClassText() {
    const braced = this.src[this.i + 2] === "{";
    const close = this.src.indexOf("}", this.i);
    const end2 = braced && close !== -1 ? close + 1 : this.i + 3;
    return this.src.slice(this.i, end2);
  }
  /** An escape that stands for one character (`\x41`, `\x{1F600}`, `\101`, `\n`, `\.`). */
  charEscape() {
    const c = this.src[this.i + 1];
    const start = this.i;
    this.i += 2;
    if (c in CHAR_ESCAPES) return CHAR_ESCAPES[c];
    if (c >= "0" && c <= "7") return this.octal(c, start);
    if (c === "x") return this.hex(start);
    const cp = c.codePointAt(0);
    if (cp < 128 && !/[0-9A-Za-z_]/.test(c)) return cp;
    if (c >= "1" && c <= "9") throw notGo(`the backreference \\${c}`);
    throw notGo(`the escape \\${c}`, "remove the backslash (only punctuation may be escaped)");
  }
  octal(first, start) {
    const more = /^[0-7]{0,2}/.exec(this.src.slice(this.i))[0];
    if (first !== "0" && more === "") throw notGo(`the backreference \\${first}`);
    this.i += more.length;
    return parseInt(this.src.slice(start + 1, this.i), 8);
  }
  hex(start) {
    const m = /^(?:\{([0-9A-Fa-f]{1,8})\}|([0-9A-Fa-f]{2}))/.exec(this.src.slice(this.i));
    const digits = m?.[1] ?? m?.[2];
    if (!m || digits === void 0 || parseInt(digits, 16) > 1114111) {
      throw notGo(`the escape ${this.src.slice(start, this.i + 2)}`, "write \\xHH or \\x{HHHH}");
    }
    this.i += m[0].length;
    return parseInt(digits, 16);
  }
  charClass() {
    this.i++;
    const set = { negated: this.src[this.i] === "^", ranges: [], escapes: [] };
    if (set.negated) this.i++;
    for (let first = true; ; first = false) {
      if (this.i >= this.src.length) throw notGo("a character class without its closing ]", "close it with ]");
      const c = this.src[this.i];
      if (c === "]" && !first) break;
      if (this.src.startsWith("[:", this.i) && this.posix(set)) continue;
      if (c === "\\" && /[dDsSwW]/.test(this.src[this.i + 1] ?? "")) {
        set.escapes.push(this.src.slice(this.i, this.i + 2));
        this.i += 2;
        continue;
      }
      if (c === "\\" && /[pP]/.test(this.src[this.i + 1] ?? "")) {
        throw untranslatable(`the Unicode class ${this.unicodeClassText()}`);
      }
      const lo = this.classChar();
      let hi = lo;
      if (this.src[this.i] === "-" && this.src[this.i + 1] !== void 0 && this.src[this.i + 1] !== "]") {
        this.i++;
        hi = this.classChar();
        if (hi < lo) throw notGo("a character range whose end comes before its start", "swap its ends");
      }
      if (hi > MAX_UNIT) {
        if (lo > MAX_UNIT) throw untranslatable("a character class holding characters above U+FFFF");
        hi = MAX_UNIT;
      }
      set.ranges.push([lo, hi]);
    }
    this.i++;
    return set;
  }
  posix(set) {
    const end2 = this.src.indexOf(":]", this.i + 2);
    if (end2 === -1) return false;
    const name = this.src.slice(this.i + 2, end2);
    const ranges = posixRanges(name);
    if (!ranges)
      throw notGo(
        `the unknown POSIX class [:${name}:]`,
        "use one of alnum, alpha, digit, lower, upper, space, word, xdigit…"
      );
    set.ranges.push(...ranges);
    this.i = end2 + 2;
    return true;
  }
  classChar() {
    if (this.src[this.i] === "\\") return this.charEscape();
    return this.nextCodePoint();
  }
};

// scanner/config/go-regex-parser.ts
var REPEAT = /\{\d+(?:,\d*)?\}/y;
var GROUP_NAME = /[A-Za-z0-9_]+>/y;
var LOOKAROUNDS = [
  ["(?=", "lookahead"],
  ["(?!", "negative lookahead"],
  ["(?<=", "lookbehind"],
  ["(?<!", "negative lookbehind"],
  ["(?>", "atomic group"],
  ["(?#", "comment group"]
];
function parseGoRegex(pattern) {
  return new Parser(pattern).run();
}
var Parser = class extends Cursor {
  flags = { i: false, m: false, s: false, U: false };
  saved = [];
  out = [];
  groups = 0;
  run() {
    while (this.i < this.src.length) this.step();
    return { pieces: this.out, groups: this.groups };
  }
  step() {
    const c = this.src[this.i];
    switch (c) {
      case "(":
        this.group();
        return;
      case ")":
        this.i++;
        this.flags = this.saved.pop() ?? this.flags;
        this.out.push(")");
        return;
      case "|":
        this.i++;
        this.out.push("|");
        return;
      case "*":
      case "+":
      case "?":
        this.i++;
        this.quantifier(c);
        return;
      case "{": {
        REPEAT.lastIndex = this.i;
        const m = REPEAT.exec(this.src);
        if (!m) break;
        this.i += m[0].length;
        this.quantifier(m[0]);
        return;
      }
      case "[":
        this.out.push({ kind: "class", set: this.charClass(), fold: this.flags.i });
        return;
      case ".":
        this.i++;
        this.out.push({ kind: "dot", s: this.flags.s });
        return;
      case "^":
      case "$":
        this.i++;
        this.out.push({ kind: "anchor", text: c, m: this.flags.m });
        return;
      case "\\":
        this.escape();
        return;
    }
    this.literal(this.nextCodePoint());
  }
  literal(cp) {
    this.out.push({ kind: "char", cp, fold: this.flags.i });
  }
  /** `(?U)` swaps greedy and lazy, which JavaScript spells out per quantifier. */
  quantifier(op) {
    const lazy = this.src[this.i] === "?";
    if (lazy) this.i++;
    this.out.push(lazy !== this.flags.U ? `${op}?` : op);
  }
  group() {
    const rest = this.src.slice(this.i, this.i + 4);
    if (!rest.startsWith("(?")) {
      this.i++;
      this.open("(");
      return;
    }
    if (rest.startsWith("(?P<") || rest.startsWith("(?<") && rest[3] !== "=" && rest[3] !== "!") {
      this.i += rest.startsWith("(?P<") ? 4 : 3;
      GROUP_NAME.lastIndex = this.i;
      const m = GROUP_NAME.exec(this.src);
      if (!m) throw notGo("a group name that is not letters, digits and _", "rename the group");
      const name = m[0].slice(0, -1);
      if (/^\d/.test(name)) throw untranslatable(`the group name ${name} (JavaScript names cannot start with a digit)`);
      this.i += m[0].length;
      this.open(`(?<${name}>`);
      return;
    }
    for (const [syntax, what] of LOOKAROUNDS) {
      if (rest.startsWith(syntax)) throw notGo(`the ${what} ${syntax}`);
    }
    if (rest.startsWith("(?P=")) throw notGo("the backreference (?P=");
    this.flagGroup();
  }
  open(text) {
    this.saved.push({ ...this.flags });
    if (text !== "(?:") this.groups++;
    this.out.push(text);
  }
  /** `(?i)` sets flags to the end of the enclosing group; `(?i:…)` only inside its own. */
  flagGroup() {
    const start = this.i;
    const next = { ...this.flags };
    let negate = false;
    let seen = false;
    for (this.i += 2; this.i < this.src.length; this.i++) {
      const c = this.src[this.i];
      if (c === ":" || c === ")") {
        if (negate && !seen) break;
        this.i++;
        if (c === ":") this.open("(?:");
        this.flags = next;
        return;
      }
      if (c === "-" && !negate) {
        negate = true;
        seen = false;
      } else if (c === "i" || c === "m" || c === "s" || c === "U") {
        next[c] = !negate;
        seen = true;
      } else {
        throw notGo(`the flag group ${this.src.slice(start, this.i + 1)}`, "use only the flags i, m, s and U");
      }
    }
    throw notGo(`the flag group ${this.src.slice(start, this.i + 1)}`, "use only the flags i, m, s and U");
  }
  escape() {
    const c = this.src[this.i + 1];
    if (c === void 0) throw notGo("a trailing backslash", "escape it as \\\\");
    switch (c) {
      case "A":
      case "z":
        this.i += 2;
        this.out.push({ kind: "anchor", text: c === "A" ? "^" : "$", m: false });
        return;
      case "b":
      case "B":
      case "d":
      case "D":
      case "s":
      case "S":
      case "w":
      case "W":
        this.i += 2;
        this.out.push(`\\${c}`);
        return;
      case "Q":
        this.quoted();
        return;
      case "C":
        throw untranslatable("\\C");
      case "p":
      case "P":
        throw untranslatable(`the Unicode class ${this.unicodeClassText()}`);
    }
    this.literal(this.charEscape());
  }
  /** `\Q…\E`: everything between is literal; without `\E`, up to the end. */
  quoted() {
    const end2 = this.src.indexOf("\\E", this.i + 2);
    const stop = end2 === -1 ? this.src.length : end2;
    this.i += 2;
    while (this.i < stop) this.literal(this.nextCodePoint());
    if (end2 !== -1) this.i += 2;
  }
};

// scanner/config/go-regex.ts
function translateGoRegex(pattern) {
  const { pieces, groups } = parseGoRegex(pattern);
  return render(pieces, groups);
}
function compileGoRegex(pattern) {
  const t = translateGoRegex(pattern);
  try {
    return { regex: new RegExp(t.source, t.flags), groups: t.groups };
  } catch (err) {
    throw new GoRegexError(`is not a valid regular expression (${engineReason(err)}); fix the pattern`);
  }
}
function engineReason(err) {
  const message = err instanceof Error ? err.message : String(err);
  return message.slice(message.lastIndexOf(": ") + 2);
}
function render(pieces, groups) {
  let folded = false;
  let sensitive = false;
  const dots = [];
  const anchors = [];
  for (const p of pieces) {
    if (typeof p === "string") continue;
    if (p.kind === "dot") dots.push(p.s);
    else if (p.kind === "anchor") anchors.push(p.m);
    else if (foldMatters(p)) {
      if (p.fold) folded = true;
      else sensitive = true;
    }
  }
  if (anchors.includes(true) && anchors.includes(false)) {
    throw untranslatable("both (?m) line anchors and whole-text anchors (^, $, \\A or \\z outside (?m))");
  }
  const flagI = folded && !sensitive;
  const flagS = dots.length > 0 && dots.every(Boolean);
  const flagM = anchors.length > 0 && anchors.every(Boolean);
  const source = pieces.map((p) => {
    if (typeof p === "string") return p;
    switch (p.kind) {
      case "char":
        return p.fold && !flagI && foldMatters(p) ? renderClass(charSet(caseVariants(p.cp))) : renderChar(p.cp);
      case "class":
        return renderClass(p.fold && !flagI ? { ...p.set, ranges: foldRanges(p.set.ranges) } : p.set);
      case "dot":
        return flagS ? "." : p.s ? "[\\s\\S]" : "[^\\n]";
      case "anchor":
        return p.text;
      default:
        return assertNever(p);
    }
  }).join("");
  return { source, flags: `${flagI ? "i" : ""}${flagM ? "m" : ""}${flagS ? "s" : ""}`, groups };
}
function foldMatters(p) {
  if (p.kind === "char") return p.cp <= MAX_UNIT && caseVariants(p.cp).length > 1;
  return !sameRanges(p.set.ranges, foldRanges(p.set.ranges));
}
function charSet(cps) {
  return { negated: false, ranges: cps.map((cp) => [cp, cp]), escapes: [] };
}
function assertNever(p) {
  throw new Error(`unhandled regex piece ${JSON.stringify(p)}`);
}

// scanner/config/parse-allowlist.ts
var TARGETS = ["secret", "match", "line"];
function parseAllowlist(f) {
  const description = f.string("description", 'description = "test fixtures"');
  const condition = parseCondition(f);
  const regexTarget = parseRegexTarget(f);
  const regexes2 = regexList(f, "regexes", `regexes = ['''^EXAMPLE''']`);
  const paths2 = regexList(f, "paths", `paths = ['''^test/fixtures/''']`);
  const commits = f.strings("commits", 'commits = ["9f2a6c1d"]')?.map((c) => c.trim().toLowerCase()).filter((c) => c !== "");
  const stopwords = f.strings("stopwords", 'stopwords = ["example"]');
  const targetRules = f.strings("targetRules", 'targetRules = ["generic-api-key"]') ?? [];
  if (!regexes2?.length && !paths2?.length && !commits?.length && !stopwords?.length) {
    f.fail('must contain at least one of commits, paths, regexes or stopwords; e.g. stopwords = ["example"]');
  }
  const allowlist = {};
  if (description !== void 0) allowlist.description = description;
  if (condition !== void 0) allowlist.condition = condition;
  if (regexTarget !== void 0) allowlist.regexTarget = regexTarget;
  if (regexes2?.length) allowlist.regexes = regexes2;
  if (paths2?.length) allowlist.paths = paths2;
  if (commits?.length) allowlist.commits = commits;
  if (stopwords?.length) allowlist.stopwords = stopwords;
  return { allowlist, targetRules, where: f.where, file: f.file };
}
function parseCondition(f) {
  const raw = f.string("condition", 'condition = "AND"');
  if (raw === void 0) return void 0;
  const upper = raw.trim().toUpperCase();
  if (upper === "AND" || upper === "&&") return "AND";
  if (upper === "" || upper === "OR" || upper === "||") return "OR";
  f.fail(`condition ${JSON.stringify(raw)} is not OR or AND; use condition = "AND", or leave it out for OR`);
}
function parseRegexTarget(f) {
  const raw = f.string("regexTarget", 'regexTarget = "line"');
  if (raw === void 0 || raw === "") return void 0;
  if (TARGETS.includes(raw)) return raw;
  f.fail(`regexTarget ${JSON.stringify(raw)} is not secret, match or line; e.g. regexTarget = "line"`);
}
function regexList(f, key, example) {
  return f.strings(key, example)?.map((pattern, i) => compileAt(f, `${key}[${i}]`, pattern));
}
function compileAt(f, label, pattern) {
  try {
    return compileGoRegex(pattern).regex;
  } catch (err) {
    if (err instanceof GoRegexError) f.fail(`${label} ${err.message}`);
    throw err;
  }
}

// scanner/detect/backtracking-risk.ts
function hasBacktrackingRisk(source) {
  const stack = [];
  let lastUnbounded = false;
  let unboundedSeen = false;
  for (let i = 0; i < source.length; ) {
    const c = source[i];
    if (unboundedSeen && c !== ")" && c !== "|") return true;
    if (c === "(") {
      stack.push({ inner: false });
      i += groupPrefixLength(source, i);
      lastUnbounded = false;
      continue;
    }
    if (c === "|") {
      if (stack.length > 0) stack[stack.length - 1].inner = true;
      lastUnbounded = false;
      i++;
      continue;
    }
    let atomEnd;
    let complexGroup = false;
    if (c === ")") {
      complexGroup = stack.pop()?.inner ?? false;
      atomEnd = i + 1;
    } else if (c === "\\") atomEnd = i + 2;
    else if (c === "[") atomEnd = skipClass(source, i) + 1;
    else atomEnd = i + 1;
    const q = quantifierAt(source, atomEnd);
    if (q?.repeats && complexGroup) return true;
    if (q?.unbounded && lastUnbounded) return true;
    if (stack.length > 0 && (q || complexGroup)) stack[stack.length - 1].inner = true;
    lastUnbounded = !!q?.unbounded;
    if (q?.unbounded) unboundedSeen = true;
    i = atomEnd + (q?.length ?? 0);
  }
  return false;
}
function groupPrefixLength(s, i) {
  if (s[i + 1] !== "?") return 1;
  if (s[i + 2] === "<" && s[i + 3] !== "=" && s[i + 3] !== "!") return s.indexOf(">", i) - i + 1;
  return s[i + 2] === "<" ? 4 : 3;
}
function quantifierAt(s, i) {
  const c = s[i];
  let q = null;
  if (c === "*" || c === "+") q = { length: 1, repeats: true, unbounded: true };
  else if (c === "?") q = { length: 1, repeats: false, unbounded: false };
  else if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(i, i + 24));
    if (m) {
      const max = m[2] === void 0 ? Number(m[1]) : m[3] === "" ? Infinity : Number(m[3]);
      q = { length: m[0].length, repeats: max > 1, unbounded: max === Infinity };
    }
  }
  if (q && s[i + q.length] === "?") q.length++;
  return q;
}
function skipClass(s, i) {
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] === "\\") j++;
    else if (s[j] === "]" && j > i + 1) return j;
  }
  return s.length;
}

// scanner/config/parse-rule.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var MAX_ENTROPY = 8;
function parseRule(table, warnings) {
  const id = table.string("id", 'id = "my-token"')?.trim();
  if (!id) table.fail('has no id; add one, e.g. id = "my-token" (the id names its findings and fingerprints)');
  const f = table.at(`rule ${id}`);
  const regexSource = f.string("regex", `regex = '''tok_[a-z0-9]{32}'''`);
  const pathSource = f.string("path", `path = '''\\.env$'''`);
  const layer = {
    id,
    keywords: (f.strings("keywords", 'keywords = ["tok_"]') ?? []).map((k) => k.trim().toLowerCase()).filter(Boolean),
    tags: f.strings("tags", 'tags = ["internal"]') ?? [],
    allowlists: parseRuleAllowlists(f),
    skipReport: f.boolean("skipReport", "skipReport = true") ?? false
  };
  const description = f.string("description", 'description = "Internal API token"');
  if (description) layer.description = description;
  const severity = f.string("severity", 'severity = "high"');
  if (severity !== void 0) {
    const lower = severity.trim().toLowerCase();
    if (!SEVERITIES.includes(lower)) {
      f.fail(`severity ${JSON.stringify(severity)} is not one of ${SEVERITIES.join(", ")}; e.g. severity = "high"`);
    }
    layer.severity = lower;
  }
  if (regexSource) {
    layer.regex = compileAt(f, "regex", regexSource);
    if (hasBacktrackingRisk(layer.regex.source)) layer.re2 = regexSource;
  }
  if (pathSource) layer.path = compileAt(f, "path", pathSource);
  const secretGroup = f.integer("secretGroup", "secretGroup = 1");
  if (secretGroup !== void 0 && secretGroup < 0)
    f.fail(`secretGroup must be 0 or more (e.g. secretGroup = 1), not ${secretGroup}`);
  if (secretGroup) layer.secretGroup = secretGroup;
  const entropy = f.number("entropy", "entropy = 3.5");
  if (entropy !== void 0 && (entropy < 0 || entropy > MAX_ENTROPY)) {
    f.fail(`entropy must be between 0 and ${MAX_ENTROPY} bits per character (e.g. entropy = 3.5), not ${entropy}`);
  }
  if (entropy) layer.entropy = entropy;
  if (f.has("required")) {
    warnings.push(`rule ${id}: [[rules.required]] is not supported yet, so the rule reports on its own match`);
  }
  if (layer.skipReport) warnings.push(`rule ${id}: skipReport = true, so the rule reports nothing`);
  return layer;
}
function parseRuleAllowlists(f) {
  const old = f.table("allowlist", `${f.where}: [rules.allowlist]`, `[rules.allowlist] with stopwords = ["example"]`);
  const tables = f.tables("allowlists", (n) => `${f.where}: [[rules.allowlists]] #${n}`, "[[rules.allowlists]] tables");
  if (old && tables.length > 0) {
    f.fail(
      "[rules.allowlist] cannot be used alongside [[rules.allowlists]]; move its keys into a [[rules.allowlists]] table"
    );
  }
  return (old ? [old] : tables).map((t) => parseAllowlist(t).allowlist);
}

// scanner/config/toml-fields.ts
import { parse, TomlError } from "smol-toml";
function parseToml(text, file) {
  try {
    return parse(text);
  } catch (err) {
    if (!(err instanceof TomlError)) throw err;
    const reason = err.message.split("\n")[0].replace(/^Invalid TOML document: /, "");
    throw new ConfigError(
      `invalid TOML at line ${err.line}, column ${err.column}: ${reason}; fix the syntax (see https://toml.io)`,
      file
    );
  }
}
var Fields = class _Fields {
  constructor(values, where, file) {
    this.values = values;
    this.where = where;
    this.file = file;
  }
  values;
  where;
  file;
  /** The same table, described differently in messages. */
  at(where) {
    return new _Fields(this.values, where, this.file);
  }
  fail(message) {
    throw new ConfigError(this.where ? `${this.where}: ${message}` : message, this.file);
  }
  has(key) {
    return this.raw(key) !== void 0;
  }
  string(key, example) {
    return this.typed(key, "a string", example, (v) => typeof v === "string");
  }
  number(key, example) {
    return this.typed(key, "a number", example, (v) => typeof v === "number" && Number.isFinite(v));
  }
  integer(key, example) {
    return this.typed(key, "a whole number", example, (v) => Number.isInteger(v));
  }
  boolean(key, example) {
    return this.typed(key, "true or false", example, (v) => typeof v === "boolean");
  }
  strings(key, example) {
    const value = this.typed(key, "an array of strings", example, (v) => Array.isArray(v));
    value?.forEach((item, i) => {
      if (typeof item !== "string") this.wrongType(`${key}[${i}]`, "a string", example, item);
    });
    return value;
  }
  /** A single table: `[rules.allowlist]`, `[extend]`. */
  table(key, where, example) {
    const value = this.typed(key, "a table", example, isTable);
    return value && new _Fields(value, where, this.file);
  }
  /** An array of tables: `[[rules]]`, `[[allowlists]]`. */
  tables(key, where, example) {
    const value = this.typed(key, "an array of tables", example, (v) => Array.isArray(v)) ?? [];
    return value.map((item, i) => {
      if (!isTable(item)) this.wrongType(`${key}[${i}]`, "a table", example, item);
      return new _Fields(item, where(i + 1), this.file);
    });
  }
  raw(key) {
    if (key in this.values) return this.values[key];
    const lower = key.toLowerCase();
    const found = Object.keys(this.values).find((k) => k.toLowerCase() === lower);
    return found === void 0 ? void 0 : this.values[found];
  }
  typed(key, expected, example, ok) {
    const value = this.raw(key);
    if (value === void 0) return void 0;
    if (!ok(value)) this.wrongType(key, expected, example, value);
    return value;
  }
  wrongType(key, expected, example, value) {
    this.fail(`${key} must be ${expected} (e.g. ${example}), not ${describe(value)}`);
  }
};
function isTable(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function describe(value) {
  if (Array.isArray(value)) return "an array";
  if (value instanceof Date) return "a date";
  if (typeof value === "number") return Number.isInteger(value) ? "a whole number" : "a number";
  if (typeof value === "object" && value !== null) return "a table";
  if (typeof value === "boolean") return "a boolean";
  return `a ${typeof value}`;
}

// scanner/config/parse.ts
var MAX_EXTEND_DEPTH = 2;
function defaultScanConfig() {
  return { rules: defaultRules, allowlists: defaultAllowlists, file: null, warnings: [] };
}
function parseConfig(text, file, extended = {}) {
  const warnings = [];
  const doc = parseDocument(text, file, 0, extended, warnings);
  const fail = (message) => {
    throw new ConfigError(message, file);
  };
  const rules47 = [...doc.rules];
  for (const t of doc.targeted) {
    for (const id of t.targetRules) {
      const i = rules47.findIndex((r) => r.id === id);
      if (i === -1) {
        throw new ConfigError(
          `${t.where}: targetRules names ${id}, which is not an active rule; use the id of a rule in this config or one it extends`,
          t.file
        );
      }
      const rule = rules47[i];
      rules47[i] = { ...rule, allowlists: [...rule.allowlists ?? [], t.allowlist] };
    }
  }
  for (const rule of rules47) validateRule(rule, fail);
  const active = rules47.filter((r) => !doc.skipReport.has(r.id));
  if (active.length === 0 && !doc.extends) {
    warnings.push(
      `${file}: has no active rules, so nothing will be reported; to keep the built-in rules, add [extend] useDefault = true`
    );
  }
  const config = { rules: active, allowlists: doc.allowlists, file, warnings };
  if (doc.title !== void 0) config.title = doc.title;
  if (doc.description !== void 0) config.description = doc.description;
  if (doc.maxFileSize !== void 0) config.maxFileSize = doc.maxFileSize;
  return config;
}
function extendPathKey(file, path) {
  return isAbsolute(path) ? normalize2(path) : join(dirname(file), path);
}
function extendPathOf(text, file) {
  return readExtend(new Fields(parseToml(text, file), "", file)).path;
}
function parseDocument(text, file, depth, extended, warnings) {
  const warn = (message) => void warnings.push(`${file}: ${message}`);
  const top = new Fields(parseToml(text, file), "", file);
  const extend = readExtend(top);
  const disabled = [
    ...extend.disabledRules,
    ...top.strings("disabledRules", 'disabledRules = ["generic-api-key"]') ?? []
  ];
  const layers = parseRules(top, warn);
  const allowlists = parseGlobalAllowlists(top);
  let base;
  let baseName = "";
  if ((extend.useDefault || extend.path) && depth >= MAX_EXTEND_DEPTH) {
    warn(`[extend] is ignored: configs extend at most ${MAX_EXTEND_DEPTH} levels deep, as in gitleaks`);
  } else if (extend.useDefault) {
    base = { rules: defaultRules, allowlists: defaultAllowlists, targeted: [], skipReport: /* @__PURE__ */ new Set(), extends: false };
    baseName = "the default rules";
  } else if (extend.path) {
    baseName = extendPathKey(file, extend.path);
    const baseText = extended[baseName];
    if (baseText === void 0) {
      throw new ConfigError(
        `[extend]: path ${extend.path} was not loaded (${baseName}); load configs with loadConfig, which reads extended files`,
        file
      );
    }
    base = parseDocument(baseText, baseName, depth + 1, extended, warnings);
  }
  if (!base && disabled.length > 0)
    warn("disabledRules only applies to extended rules; add [extend] useDefault = true or remove it");
  if (extend.url)
    warn("[extend] url is not supported (gitleaks ignores it too); download the file and use [extend] path");
  const doc = {
    rules: base ? extendRules(base.rules, layers, disabled, baseName, warn) : layers.map(toRule),
    allowlists: [
      ...allowlists.filter((a) => a.targetRules.length === 0).map((a) => a.allowlist),
      ...base?.allowlists ?? []
    ],
    targeted: [...allowlists.filter((a) => a.targetRules.length > 0), ...base?.targeted ?? []],
    skipReport: /* @__PURE__ */ new Set([...layers.filter((l) => l.skipReport).map((l) => l.id), ...base?.skipReport ?? []]),
    extends: base !== void 0
  };
  const title = top.string("title", 'title = "my config"');
  const description = top.string("description", 'description = "rules for this repository"');
  const maxFileSize = top.number("maxFileSize", "maxFileSize = 25");
  if (maxFileSize !== void 0 && maxFileSize <= 0)
    top.fail(`maxFileSize must be a positive number of megabytes (e.g. maxFileSize = 25), not ${maxFileSize}`);
  if (title !== void 0) doc.title = title;
  if (description !== void 0) doc.description = description;
  if (maxFileSize !== void 0) doc.maxFileSize = maxFileSize;
  return doc;
}
function readExtend(top) {
  const fields = top.table("extend", "[extend]", "[extend] with useDefault = true");
  if (!fields) return { useDefault: false, disabledRules: [] };
  const useDefault = fields.boolean("useDefault", "useDefault = true") ?? false;
  const path = fields.string("path", 'path = "base.toml"') || void 0;
  if (useDefault && path)
    fields.fail("sets both useDefault and path; keep one (the file at path can itself set useDefault = true)");
  const disabledRules = fields.strings("disabledRules", 'disabledRules = ["generic-api-key"]') ?? [];
  const url = fields.string("url", 'url = "https://example.com/gitleaks.toml"') || void 0;
  return { useDefault, disabledRules, ...path ? { path } : {}, ...url ? { url } : {} };
}
function parseRules(top, warn) {
  const warnings = [];
  const layers = top.tables("rules", (n) => `[[rules]] #${n}`, "[[rules]] tables").map((t) => parseRule(t, warnings));
  warnings.forEach(warn);
  const first = /* @__PURE__ */ new Map();
  layers.forEach((layer, i) => {
    const earlier = first.get(layer.id);
    if (earlier !== void 0) {
      top.fail(
        `rule ${layer.id} is defined twice ([[rules]] #${earlier + 1} and #${i + 1}); give each rule its own id`
      );
    }
    first.set(layer.id, i);
  });
  return layers;
}
function parseGlobalAllowlists(top) {
  const old = top.table("allowlist", "[allowlist]", "[allowlist] with paths = [...]");
  const tables = top.tables("allowlists", (n) => `[[allowlists]] #${n}`, "[[allowlists]] tables");
  if (old && tables.length > 0) {
    top.fail("[allowlist] cannot be used alongside [[allowlists]]; move its keys into an [[allowlists]] table");
  }
  return (old ? [old] : tables).map(parseAllowlist);
}
function validateRule(rule, fail) {
  if (!rule.regex && !rule.path) {
    fail(`rule ${rule.id}: has neither regex nor path, so it can never match; add regex = '''…''' or path = '''…'''`);
  }
  if (rule.regex && rule.secretGroup !== void 0) {
    const groups = groupCount(rule.regex);
    if (rule.secretGroup > groups) {
      fail(
        `rule ${rule.id}: secretGroup ${rule.secretGroup} but the regex has ${groups} group${groups === 1 ? "" : "s"}`
      );
    }
  }
}

export {
  shannonEntropy,
  defaultRules,
  defaultScanConfig,
  parseConfig,
  extendPathKey,
  extendPathOf
};
