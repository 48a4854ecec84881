

// rules/samsara/rule.ts
var rules = [
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

// rules/generic/assignment.ts
var TYPED_ASSIGN = String.raw`:[ \t]{0,3}&?[A-Za-z_][\w.]{0,30}(?:<[^<>\r\n]{0,40}>)?\??[ \t]{0,3}=|[ \t]{1,3}(?:string|String|str)[ \t]{0,3}=`;
var TOKEN_END = String.raw`(?:[^A-Za-z0-9_-]|$)`;
function assignedTo(name, value, end = TOKEN_END) {
  return new RegExp(
    String.raw`${name}[\w.-]{0,30}?(?:\\?["'\x60]|\]){0,3}[ \t]{0,3}(?:${TYPED_ASSIGN}|={1,2}|:={1,2}|=>|:|,|\()[ \t]{0,3}(?:\\?["'\x60])?(${value})${end}`,
    "i"
  );
}

// rules/saucelabs/rule.ts
var rules2 = [
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
var rules3 = [
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
var rules4 = [
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
var rules5 = [
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
var rules6 = [
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
var rules7 = [
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
var rules8 = [
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
var rules9 = [
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
var rules10 = [
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
var rules11 = [
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
var rules12 = [
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
var rules13 = [
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
var rules14 = [
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
var rules15 = [
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
var rules16 = [
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
var rules17 = [
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
var rules18 = [
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
var rules19 = [
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
var rules20 = [
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
var rules21 = [
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
var rules22 = [
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
var rules23 = [
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
var rules24 = [
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
var rules25 = [
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
var rules26 = [
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
var rules27 = [
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
var rules28 = [
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
export {
  rules as samsara,
  rules2 as saucelabs,
  rules3 as scaleway,
  rules4 as scalingo,
  rules5 as scalr,
  rules6 as segment,
  rules7 as sendbird,
  rules8 as sentry,
  rules9 as settlemint,
  rules10 as shippo,
  rules11 as sidekiq,
  rules12 as snowflake,
  rules13 as snyk,
  rules14 as sonarqube,
  rules15 as sourcegraph,
  rules16 as splunk,
  rules17 as squarespace,
  rules18 as sslmate,
  rules19 as stability,
  rules20 as stackhawk,
  rules21 as statsig,
  rules22 as sumologic,
  rules23 as supabase,
  rules24 as tableau,
  rules25 as tavily,
  rules26 as teamcity,
  rules27 as telnyx,
  rules28 as temporal
};
