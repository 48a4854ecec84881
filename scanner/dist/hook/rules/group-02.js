

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

// rules/private-key/rule.ts
var KIND = "(?:(?:RSA|DSA|EC|OPENSSH|ENCRYPTED) )?";
var PEM_HEADERS = `(?:Proc-Type:[^\\r\\n\\\\]{1,80}${SEP}DEK-Info:[^\\r\\n\\\\]{1,200}${SEP}(?:${NL}[ \\t]{0,40})?)?`;
var B64_SHORT_LINE = "[A-Za-z0-9+/=]{1,128}";
var rules = [
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
var rules2 = [
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
var rules3 = [
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
var rules4 = [
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
var rules5 = [
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
var rules6 = [
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
var rules7 = [
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
var rules8 = [
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
var rules9 = [
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
var rules10 = [
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

// rules/generic/assignment.ts
var TYPED_ASSIGN = String.raw`:[ \t]{0,3}&?[A-Za-z_][\w.]{0,30}(?:<[^<>\r\n]{0,40}>)?\??[ \t]{0,3}=|[ \t]{1,3}(?:string|String|str)[ \t]{0,3}=`;
var TOKEN_END = String.raw`(?:[^A-Za-z0-9_-]|$)`;
function assignedTo(name, value, end2 = TOKEN_END) {
  return new RegExp(
    String.raw`${name}[\w.-]{0,30}?(?:\\?["'\x60]|\]){0,3}[ \t]{0,3}(?:${TYPED_ASSIGN}|={1,2}|:={1,2}|=>|:|,|\()[ \t]{0,3}(?:\\?["'\x60])?(${value})${end2}`,
    "i"
  );
}

// rules/cloudflare/rule.ts
var NAME = String.raw`(?:cloudflare|(?:^|[^a-z0-9])cf[_.-]?(?:api|auth|account)?)`;
var rules11 = [
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

// rules/databricks/rule.ts
var rules12 = [
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

// rules/digitalocean/rule.ts
var rules13 = [
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
export {
  rules8 as age,
  rules9 as anthropic,
  rules10 as atlassian,
  rules11 as cloudflare,
  rules12 as databricks,
  rules13 as digitalocean,
  rules7 as onePassword,
  rules as privateKey,
  rules2 as pypi,
  rules3 as sendgrid,
  rules4 as slack,
  rules5 as stripe,
  rules6 as twilio
};
