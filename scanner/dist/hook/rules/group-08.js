

// rules/google-chat/rule.ts
var rules = [
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
var rules2 = [
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

// rules/gradle/rule.ts
var GRADLE_SCRIPTS = /(?:^|\/)[\w.-]*\.gradle(?:\.kts)?$/;
var ANDROID_DEBUG = /^android$/;
var rules3 = [
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

// rules/generic/assignment.ts
var TYPED_ASSIGN = String.raw`:[ \t]{0,3}&?[A-Za-z_][\w.]{0,30}(?:<[^<>\r\n]{0,40}>)?\??[ \t]{0,3}=|[ \t]{1,3}(?:string|String|str)[ \t]{0,3}=`;
var TOKEN_END = String.raw`(?:[^A-Za-z0-9_-]|$)`;
function assignedTo(name, value, end = TOKEN_END) {
  return new RegExp(
    String.raw`${name}[\w.-]{0,30}?(?:\\?["'\x60]|\]){0,3}[ \t]{0,3}(?:${TYPED_ASSIGN}|={1,2}|:={1,2}|=>|:|,|\()[ \t]{0,3}(?:\\?["'\x60])?(${value})${end}`,
    "i"
  );
}

// rules/greptile/rule.ts
var rules4 = [
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
var rules5 = [
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
var rules6 = [
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
var rules7 = [
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
var rules8 = [
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
var rules9 = [
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
var rules10 = [
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
var rules11 = [
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

// rules/docker/basic-auth.ts
var PLACEHOLDER_PASSWORD = /^(?:password|passwd|pass|secret|token|changeme|<[^>]*>|\$\{[^}]*\})$/i;
function isUserPassBase64(secret) {
  const decoded = Buffer.from(secret, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon <= 0 || colon === decoded.length - 1 || !/^[\x20-\x7e]+$/.test(decoded)) return false;
  return !PLACEHOLDER_PASSWORD.test(decoded.slice(colon + 1));
}

// rules/http-auth/rule.ts
var rules12 = [
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
var rules13 = [
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
var rules14 = [
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
var rules15 = [
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
var rules16 = [
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
var rules17 = [
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
var rules18 = [
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
var rules19 = [
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
var rules20 = [
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
var rules21 = [
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
var rules22 = [
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
var rules23 = [
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
export {
  rules as googleChat,
  rules2 as googleOauth,
  rules3 as gradle,
  rules4 as greptile,
  rules5 as gumroad,
  rules6 as harness,
  rules7 as hcp,
  rules8 as hetzner,
  rules9 as highnote,
  rules10 as honeybadger,
  rules11 as honeycomb,
  rules12 as httpAuth,
  rules13 as hubspot,
  rules14 as hunter,
  rules15 as ibmCloud,
  rules16 as ifttt,
  rules17 as infisical,
  rules18 as influxdb,
  rules19 as infomaniak,
  rules20 as infracost,
  rules21 as infura,
  rules22 as instantly,
  rules23 as intercom
};
