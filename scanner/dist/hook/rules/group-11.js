

// rules/generic/assignment.ts
var TYPED_ASSIGN = String.raw`:[ \t]{0,3}&?[A-Za-z_][\w.]{0,30}(?:<[^<>\r\n]{0,40}>)?\??[ \t]{0,3}=|[ \t]{1,3}(?:string|String|str)[ \t]{0,3}=`;
var TOKEN_END = String.raw`(?:[^A-Za-z0-9_-]|$)`;
function assignedTo(name, value, end = TOKEN_END) {
  return new RegExp(
    String.raw`${name}[\w.-]{0,30}?(?:\\?["'\x60]|\]){0,3}[ \t]{0,3}(?:${TYPED_ASSIGN}|={1,2}|:={1,2}|=>|:|,|\()[ \t]{0,3}(?:\\?["'\x60])?(${value})${end}`,
    "i"
  );
}

// rules/ollama/rule.ts
var rules = [
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
var rules2 = [
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
var rules3 = [
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
var rules4 = [
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
var rules5 = [
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
var rules6 = [
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
var rules7 = [
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
var rules8 = [
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
var rules9 = [
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
var rules10 = [
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
var rules11 = [
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
var rules12 = [
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
var rules13 = [
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
var rules14 = [
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
var rules15 = [
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

// rules/phpmailer/rule.ts
var rules16 = [
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
var rules17 = [
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
var rules18 = [
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
var rules19 = [
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
var rules20 = [
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
var rules21 = [
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
var rules22 = [
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
var rules23 = [
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
var rules24 = [
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
var rules25 = [
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
var rules26 = [
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
var rules27 = [
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
export {
  rules as ollama,
  rules2 as onesignal,
  rules3 as onfido,
  rules4 as openrouter,
  rules5 as openshift,
  rules6 as openweather,
  rules7 as opsgenie,
  rules8 as ovh,
  rules9 as packagist,
  rules10 as paddle,
  rules11 as pagerduty,
  rules12 as particle,
  rules13 as paypal,
  rules14 as perplexity,
  rules15 as persona,
  rules16 as phpmailer,
  rules17 as pinecone,
  rules18 as pinterest,
  rules19 as plaid,
  rules20 as planetscale,
  rules21 as plivo,
  rules22 as polar,
  rules23 as polymarket,
  rules24 as portainer,
  rules25 as posthog,
  rules26 as postmark,
  rules27 as prefect
};
