

// rules/generic/assignment.ts
var TYPED_ASSIGN = String.raw`:[ \t]{0,3}&?[A-Za-z_][\w.]{0,30}(?:<[^<>\r\n]{0,40}>)?\??[ \t]{0,3}=|[ \t]{1,3}(?:string|String|str)[ \t]{0,3}=`;
var TOKEN_END = String.raw`(?:[^A-Za-z0-9_-]|$)`;
function assignedTo(name, value, end = TOKEN_END) {
  return new RegExp(
    String.raw`${name}[\w.-]{0,30}?(?:\\?["'\x60]|\]){0,3}[ \t]{0,3}(?:${TYPED_ASSIGN}|={1,2}|:={1,2}|=>|:|,|\()[ \t]{0,3}(?:\\?["'\x60])?(${value})${end}`,
    "i"
  );
}

// rules/coinbase/rule.ts
var rules = [
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
var rules2 = [
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
var rules3 = [
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
var rules4 = [
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
var rules5 = [
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
var rules6 = [
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
var rules7 = [
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

// rules/curl/rule.ts
var USER = /(?:-u|--user)(?:=|[ \t]{1,4})["']?([^\s"':]{1,64}):/;
var REFERENCE = /^\$|\$\{|\$\(|\{\{|%[A-Z_]+%/;
var rules8 = [
  {
    id: "curl-basic-auth",
    description: "Password in a curl `-u user:password` / `--user` argument",
    severity: "high",
    // Groups 1-3: the password, double-quoted, single-quoted or bare.
    regex: /\bcurl\b[^\r\n]{0,400}?[ \t](?:-u|--user)(?:=|[ \t]{1,4})(?:"[^"\s:]{1,64}:([^"\r\n]{3,128})"|'[^'\s:]{1,64}:([^'\r\n]{3,128})'|[^\s"'\x60:]{1,64}:([^\s"'\x60]{3,128}))/,
    keywords: ["curl"],
    validate: (secret, match) => !REFERENCE.test(secret) && isRealPassword(secret, USER.exec(match)?.[1] ?? ""),
    tags: ["curl", "password"]
  },
  {
    id: "curl-bearer-token",
    description: 'Token in a curl `-H "Authorization: Bearer …"` header',
    severity: "medium",
    regex: /\bcurl\b[^\r\n]{0,400}?[ \t](?:-H|--header)(?:=|[ \t]{1,4})["']?Authorization:[ \t]{0,4}(?:Bearer|Token|token)[ \t]{1,4}([A-Za-z0-9._~+/=-]{20,512})/,
    keywords: ["curl"],
    entropy: 3.5,
    validate: (secret) => !REFERENCE.test(secret),
    tags: ["generic", "curl", "access-token"]
  }
];

// rules/cursor/rule.ts
var rules9 = [
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
var rules10 = [
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
var rules11 = [
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
var rules12 = [
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
var rules13 = [
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
var rules14 = [
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
var rules15 = [
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
var rules16 = [
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
var rules17 = [
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
var rules18 = [
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
var rules19 = [
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
var rules20 = [
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
var rules21 = [
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
var rules22 = [
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
var rules23 = [
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
var rules24 = [
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
var rules25 = [
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
var rules26 = [
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
var rules27 = [
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
export {
  rules as coinbase,
  rules2 as configcat,
  rules3 as confluent,
  rules4 as contentful,
  rules5 as couchbase,
  rules6 as coveralls,
  rules7 as cratesIo,
  rules8 as curl,
  rules9 as cursor,
  rules10 as databento,
  rules11 as datagov,
  rules12 as datastax,
  rules13 as deepgram,
  rules14 as deepseek,
  rules15 as definedNetworking,
  rules16 as deno,
  rules17 as dependencyTrack,
  rules18 as devcycle,
  rules19 as devin,
  rules20 as dingtalk,
  rules21 as disqus,
  rules22 as doppler,
  rules23 as drone,
  rules24 as dropbox,
  rules25 as duffel,
  rules26 as dynatrace,
  rules27 as easypost
};
