

// rules/tencent/rule.ts
var rules = [
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
var rules2 = [
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
var rules3 = [
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
var rules4 = [
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
var rules5 = [
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
var rules6 = [
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
var rules7 = [
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
var rules8 = [
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

// rules/generic/assignment.ts
var TYPED_ASSIGN = String.raw`:[ \t]{0,3}&?[A-Za-z_][\w.]{0,30}(?:<[^<>\r\n]{0,40}>)?\??[ \t]{0,3}=|[ \t]{1,3}(?:string|String|str)[ \t]{0,3}=`;
var TOKEN_END = String.raw`(?:[^A-Za-z0-9_-]|$)`;
function assignedTo(name, value, end = TOKEN_END) {
  return new RegExp(
    String.raw`${name}[\w.-]{0,30}?(?:\\?["'\x60]|\]){0,3}[ \t]{0,3}(?:${TYPED_ASSIGN}|={1,2}|:={1,2}|=>|:|,|\()[ \t]{0,3}(?:\\?["'\x60])?(${value})${end}`,
    "i"
  );
}

// rules/twitter/rule.ts
var rules9 = [
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
var rules10 = [
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
var rules11 = [
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
var rules12 = [
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
var rules13 = [
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
var rules14 = [
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
var rules15 = [
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
var rules16 = [
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

// rules/generic/values.ts
var LITERAL = /^(?:true|false|yes|no|on|off|null|nil|none|undefined|empty|blank|unset|not[-_ ]?set|required|optional|disabled|enabled|n\/a|tbd|todo|fixme|string|hidden|masked|removed|omitted|sensitive|redacted|\*+|\.+|-+|x+)$/i;
var DOC_PASSWORDS = /^(?:password|passwd|passphrase|pass|pwd|secret|token|key|apikey|changeit|changeme|letmein|qwerty|qwertyuiop|hunter2|abc123|123456|12345678|123456789|admin|root|guest|test|testing|foo|bar|baz|foobar|foobared|s3cr3t|p@ss|p@ssw[o0]rd|passw[o0]rd|pa\$\$w[o0]rd|welcome|trustno1|iloveyou|notasecret|opensesame|default|example|sample|dummy|fake|mock|demo|postgres|mysql|mongo|mongodb|redis|rabbitmq|oracle|sa|tiger|scott|user|username|login|pw)$/i;
var PLACEHOLDER = /^(?:my|your|the|some|test|dummy|fake|sample|example|default|demo|mock|super|top|insert|enter|put|replace|change|paste|fill|set)?(?:with|in|your|the)?(?:app|api|db|database|admin|root|user|client|access|secret|private|auth|service|account|jwt|session|encryption|signing|master|bearer)?(?:password|passwd|passphrase|pass|pwd|secret|token|key|apikey|credentials?|creds|value)(?:s|here|goeshere|value|please)?$/i;
function isDocumentationPassword(value) {
  const v = value.trim();
  if (v.length === 0 || LITERAL.test(v) || DOC_PASSWORDS.test(v)) return true;
  const squashed = v.replace(/[\s_.-]+/g, "");
  return squashed.length > 0 && squashed.length <= 48 && PLACEHOLDER.test(squashed);
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

// rules/vmware/rule.ts
var rules17 = [
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
var rules18 = [
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
var rules19 = [
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
var rules20 = [
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
var rules21 = [
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
var rules22 = [
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
var rules23 = [
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
var rules24 = [
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
var rules25 = [
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
var rules26 = [
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
var rules27 = [
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
export {
  rules as tencent,
  rules2 as thingsboard,
  rules3 as thunderstore,
  rules4 as together,
  rules5 as travisCi,
  rules6 as trello,
  rules7 as truenas,
  rules8 as twitch,
  rules9 as twitter,
  rules10 as typeform,
  rules11 as unkey,
  rules12 as upcloud,
  rules13 as upstage,
  rules14 as upstash,
  rules15 as valTown,
  rules16 as virustotal,
  rules17 as vmware,
  rules18 as vonage,
  rules19 as voyage,
  rules20 as vultr,
  rules21 as wakatime,
  rules22 as wandb,
  rules23 as weatherstack,
  rules24 as wecom,
  rules25 as wireguard,
  rules26 as wiz,
  rules27 as woocommerce
};
