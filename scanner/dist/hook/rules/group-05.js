

// rules/generic/assignment.ts
var TYPED_ASSIGN = String.raw`:[ \t]{0,3}&?[A-Za-z_][\w.]{0,30}(?:<[^<>\r\n]{0,40}>)?\??[ \t]{0,3}=|[ \t]{1,3}(?:string|String|str)[ \t]{0,3}=`;
var TOKEN_END = String.raw`(?:[^A-Za-z0-9_-]|$)`;
function assignedTo(name, value, end = TOKEN_END) {
  return new RegExp(
    String.raw`${name}[\w.-]{0,30}?(?:\\?["'\x60]|\]){0,3}[ \t]{0,3}(?:${TYPED_ASSIGN}|={1,2}|:={1,2}|=>|:|,|\()[ \t]{0,3}(?:\\?["'\x60])?(${value})${end}`,
    "i"
  );
}

// rules/bitly/rule.ts
var rules = [
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
var rules2 = [
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
var rules3 = [
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
var rules4 = [
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
var rules5 = [
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
var rules6 = [
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
var rules7 = [
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
var rules8 = [
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
var rules9 = [
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
var rules10 = [
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
var rules11 = [
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
var rules12 = [
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
var rules13 = [
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
var rules14 = [
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
var rules15 = [
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
var rules16 = [
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
var rules17 = [
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
var rules18 = [
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
var rules19 = [
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
var rules20 = [
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
var rules21 = [
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
var rules22 = [
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
var rules23 = [
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
var rules24 = [
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
var rules25 = [
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
var rules26 = [
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
var rules27 = [
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
var rules28 = [
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
var rules29 = [
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
export {
  rules as bitly,
  rules2 as bitrise,
  rules3 as bittrex,
  rules4 as bitwarden,
  rules5 as blynk,
  rules6 as box,
  rules7 as braintree,
  rules8 as brave,
  rules9 as braze,
  rules10 as brevo,
  rules11 as browserstack,
  rules12 as bugsnag,
  rules13 as buildkite,
  rules14 as canva,
  rules15 as cartesia,
  rules16 as cerebras,
  rules17 as checkout,
  rules18 as circleci,
  rules19 as civo,
  rules20 as clerk,
  rules21 as clickhouse,
  rules22 as clickup,
  rules23 as clojars,
  rules24 as cloudinary,
  rules25 as cloudsmith,
  rules26 as cockroachlabs,
  rules27 as codeclimate,
  rules28 as codecov,
  rules29 as cohere
};
