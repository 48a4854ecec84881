

// rules/mapbox/rule.ts
var rules = [
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

// rules/generic/assignment.ts
var TYPED_ASSIGN = String.raw`:[ \t]{0,3}&?[A-Za-z_][\w.]{0,30}(?:<[^<>\r\n]{0,40}>)?\??[ \t]{0,3}=|[ \t]{1,3}(?:string|String|str)[ \t]{0,3}=`;
var TOKEN_END = String.raw`(?:[^A-Za-z0-9_-]|$)`;
function assignedTo(name, value, end = TOKEN_END) {
  return new RegExp(
    String.raw`${name}[\w.-]{0,30}?(?:\\?["'\x60]|\]){0,3}[ \t]{0,3}(?:${TYPED_ASSIGN}|={1,2}|:={1,2}|=>|:|,|\()[ \t]{0,3}(?:\\?["'\x60])?(${value})${end}`,
    "i"
  );
}

// rules/mattermost/rule.ts
var rules2 = [
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
var rules3 = [
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
var rules4 = [
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
var rules5 = [
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
var rules6 = [
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
var rules7 = [
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
var rules8 = [
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
var rules9 = [
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
var rules10 = [
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
var rules11 = [
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
var rules12 = [
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
var rules13 = [
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
var rules14 = [
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
var rules15 = [
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
var rules16 = [
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
var rules17 = [
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
var rules18 = [
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
var rules19 = [
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
var rules20 = [
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
var rules21 = [
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
var rules22 = [
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
var rules23 = [
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
var rules24 = [
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
var rules25 = [
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
var rules26 = [
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
var rules27 = [
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
var rules28 = [
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
var rules29 = [
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
var rules30 = [
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
export {
  rules as mapbox,
  rules2 as mattermost,
  rules3 as maxmind,
  rules4 as mem0,
  rules5 as meraki,
  rules6 as mercury,
  rules7 as mergify,
  rules8 as messagebird,
  rules9 as mezmo,
  rules10 as microsoftTeams,
  rules11 as midtrans,
  rules12 as minimax,
  rules13 as miro,
  rules14 as mistral,
  rules15 as mixpanel,
  rules16 as mollie,
  rules17 as monday,
  rules18 as mongodb,
  rules19 as moonshot,
  rules20 as mux,
  rules21 as nasa,
  rules22 as neon,
  rules23 as netlify,
  rules24 as ngrok,
  rules25 as nuget,
  rules26 as nvidia,
  rules27 as nylas,
  rules28 as nytimes,
  rules29 as octopusDeploy,
  rules30 as okta
};
