

// rules/presigned-url/rule.ts
var rules = [
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

// rules/generic/assignment.ts
var TYPED_ASSIGN = String.raw`:[ \t]{0,3}&?[A-Za-z_][\w.]{0,30}(?:<[^<>\r\n]{0,40}>)?\??[ \t]{0,3}=|[ \t]{1,3}(?:string|String|str)[ \t]{0,3}=`;
var TOKEN_END = String.raw`(?:[^A-Za-z0-9_-]|$)`;
function assignedTo(name, value, end = TOKEN_END) {
  return new RegExp(
    String.raw`${name}[\w.-]{0,30}?(?:\\?["'\x60]|\]){0,3}[ \t]{0,3}(?:${TYPED_ASSIGN}|={1,2}|:={1,2}|=>|:|,|\()[ \t]{0,3}(?:\\?["'\x60])?(${value})${end}`,
    "i"
  );
}

// rules/privateai/rule.ts
var rules2 = [
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
var rules3 = [
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

// rules/psexec/rule.ts
var rules4 = [
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
var rules5 = [
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
var rules6 = [
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
var rules7 = [
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
var rules8 = [
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
var rules9 = [
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
var rules10 = [
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
var rules11 = [
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
var rules12 = [
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

// rules/react/rule.ts
var PREFIX = String.raw`(?:REACT_APP|NEXT_PUBLIC|VITE|EXPO_PUBLIC|GATSBY|VUE_APP)_`;
var NAME = String.raw`\b${PREFIX}[A-Z0-9_]{0,40}?(?:SECRET|PASSWORD|PASSWD|PASS|PWD|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|SECRET_?KEY|AUTH_?KEY|CREDENTIALS?)[A-Z0-9_]{0,20}`;
var OPERATOR = String.raw`["']?[ \t]{0,3}[=:][ \t]{0,3}`;
var VALUE = String.raw`(?:"([^"\s]{6,200})"|'([^'\s]{6,200})'|([^\s"'\x60,;{}()\[\]<>#]{6,200})(?:[\s"'\x60,;{}()\[\]<>#]|$))`;
var NOT_THE_VALUE = /(?:^|_)(?:ID|URL|URI|ENDPOINT|HEADER|NAME|TYPE|FILE|PATH|EXPIRY|EXPIRES|TTL|LENGTH|ENABLED|REQUIRED|HINT)$/;
var PUBLIC_BY_DESIGN = /PUBLIC|PUBLISHABLE|SITE_?KEY|ANON|CLIENT_ID|APP_ID|MEASUREMENT|MAPS|RECAPTCHA|FIREBASE_API_KEY|VAPID/;
var REFERENCE = /^\$|^%|%$|\$\{|\{\{|process\.env|import\.meta|^<|>$|^\*+$|^x{4,}$/i;
function isSecretValue(name, value) {
  if (NOT_THE_VALUE.test(name) || PUBLIC_BY_DESIGN.test(name)) return false;
  if (REFERENCE.test(value) || /^https?:\/\//i.test(value) || isDocumentationPassword(value)) return false;
  if (isKnownFormat(value)) return false;
  if (/(?:PASSWORD|PASSWD|PASS|PWD)(?:_|$)/.test(name)) return isRealPassword(value);
  return new Set(value).size >= 8 && /[0-9]/.test(value) && /[A-Za-z]/.test(value);
}
var rules13 = [
  {
    id: "frontend-env-secret",
    description: "Secret, password or token in a variable the frontend build inlines into the browser bundle (REACT_APP_, NEXT_PUBLIC_, VITE_, EXPO_PUBLIC_, GATSBY_, VUE_APP_)",
    severity: "high",
    regex: new RegExp(NAME + OPERATOR + VALUE),
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
var rules14 = [
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
var rules15 = [
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
var rules16 = [
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
var rules17 = [
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
var rules18 = [
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
var rules19 = [
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
var rules20 = [
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
var rules21 = [
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
var rules22 = [
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
var rules23 = [
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
var rules24 = [
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
export {
  rules as presignedUrl,
  rules2 as privateai,
  rules3 as proof,
  rules4 as psexec,
  rules5 as pulumi,
  rules6 as pusher,
  rules7 as pyx,
  rules8 as rainforestPay,
  rules9 as ramp,
  rules10 as rancher,
  rules11 as rapidapi,
  rules12 as razorpay,
  rules13 as react,
  rules14 as readme,
  rules15 as redirectPizza,
  rules16 as render,
  rules17 as replicate,
  rules18 as resend,
  rules19 as retell,
  rules20 as rollbar,
  rules21 as rootly,
  rules22 as rubygems,
  rules23 as runpod,
  rules24 as salesforce
};
