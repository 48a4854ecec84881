

// rules/generic/assignment.ts
var TYPED_ASSIGN = String.raw`:[ \t]{0,3}&?[A-Za-z_][\w.]{0,30}(?:<[^<>\r\n]{0,40}>)?\??[ \t]{0,3}=|[ \t]{1,3}(?:string|String|str)[ \t]{0,3}=`;
var TOKEN_END = String.raw`(?:[^A-Za-z0-9_-]|$)`;
function assignedTo(name, value, end = TOKEN_END) {
  return new RegExp(
    String.raw`${name}[\w.-]{0,30}?(?:\\?["'\x60]|\]){0,3}[ \t]{0,3}(?:${TYPED_ASSIGN}|={1,2}|:={1,2}|=>|:|,|\()[ \t]{0,3}(?:\\?["'\x60])?(${value})${end}`,
    "i"
  );
}

// rules/ebay/rule.ts
var rules = [
  {
    id: "ebay-client-secret",
    description: "eBay application cert id (client secret, `PRD-…`) assigned to an eBay setting",
    severity: "high",
    regex: assignedTo(
      String.raw`ebay[\w.-]{0,20}?(?:client[_.-]?secret|cert[_.-]?id|secret)`,
      "PRD-[a-f0-9]{8,12}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4,12}",
      "(?:[^a-z0-9]|$)"
    ),
    keywords: ["ebay"],
    entropy: 3,
    tags: ["ebay", "commerce", "client-secret"]
  }
];

// rules/elastic/rule.ts
var rules2 = [
  {
    id: "elastic-cloud-api-key",
    description: "Elastic Cloud API key (`essu_` and a base64url body)",
    severity: "critical",
    regex: /\b(essu_[A-Za-z0-9_-]{60,200}={0,2})(?:[^A-Za-z0-9_=-]|$)/,
    keywords: ["essu_"],
    entropy: 3,
    tags: ["elastic", "search", "api-key"]
  }
];

// rules/elevenlabs/rule.ts
var rules3 = [
  {
    id: "elevenlabs-api-key",
    description: "ElevenLabs API key (`sk_` and 48 hex)",
    severity: "high",
    regex: /\b(sk_[a-f0-9]{48})(?:[^A-Za-z0-9]|$)/,
    keywords: ["sk_"],
    entropy: 3,
    tags: ["elevenlabs", "ai", "api-key"]
  }
];

// rules/endorlabs/rule.ts
var rules4 = [
  {
    id: "endorlabs-api-credential",
    description: "Endor Labs API key or secret (`endr+` and 16 characters)",
    severity: "high",
    regex: /\b(endr\+[A-Za-z0-9-]{16})(?:[^A-Za-z0-9_+-]|$)/,
    keywords: ["endr+"],
    entropy: 3,
    tags: ["endorlabs", "security", "api-key"]
  }
];

// rules/etherscan/rule.ts
var rules5 = [
  {
    id: "etherscan-api-key",
    description: "Etherscan API key (34 characters) assigned to ETHERSCAN_API_KEY",
    severity: "low",
    regex: /\b(?:ETHERSCAN_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Z0-9]{34})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["etherscan_api_key"],
    entropy: 3,
    tags: ["etherscan", "blockchain", "api-key"]
  }
];

// rules/etsy/rule.ts
var rules6 = [
  {
    id: "etsy-api-key",
    description: "Etsy Open API keystring (24 characters) assigned to an Etsy setting",
    severity: "high",
    regex: assignedTo(
      String.raw`etsy[\w.-]{0,20}?(?:api[_.-]?)?(?:key|keystring|secret)`,
      "[a-z0-9]{24}",
      "(?:[^A-Za-z0-9]|$)"
    ),
    keywords: ["etsy"],
    entropy: 3,
    tags: ["etsy", "commerce", "api-key"]
  }
];

// rules/exoscale/rule.ts
var rules7 = [
  {
    id: "exoscale-api-key",
    description: "Exoscale IAM API key (`EXO` and 24 characters)",
    severity: "high",
    regex: /\b(EXO[a-zA-Z0-9]{24})(?:[^A-Za-z0-9]|$)/,
    keywords: ["exo"],
    entropy: 3,
    validate: (secret) => /[0-9]/.test(secret),
    tags: ["exoscale", "cloud", "api-key"]
  }
];

// rules/expo/rule.ts
var rules8 = [
  {
    id: "expo-access-token",
    description: "Expo access token (40 characters) assigned to EXPO_TOKEN",
    severity: "high",
    regex: /\b(?:EXPO_TOKEN|EXPO_ACCESS_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9_-]{40})(?:[^A-Za-z0-9_-]|$)/i,
    keywords: ["expo_token", "expo_access_token"],
    entropy: 3,
    tags: ["expo", "mobile", "api-key"]
  }
];

// rules/facebook/rule.ts
var rules9 = [
  {
    id: "facebook-access-token",
    description: "Facebook/Meta Graph API access token (`EAA` and a long base62 body)",
    severity: "high",
    regex: /(?:^|[^A-Za-z0-9+/])(EAA[A-Z][A-Za-z0-9]{90,400})(?:[^A-Za-z0-9+/=]|$)/,
    keywords: ["eaa"],
    entropy: 4,
    tags: ["facebook", "social", "access-token"]
  },
  {
    id: "facebook-app-secret",
    description: "Facebook/Meta app secret (32 hex) assigned to a Facebook app-secret setting",
    severity: "high",
    regex: assignedTo(String.raw`(?:facebook|fb)[\w.-]{0,20}?(?:app[_.-]?)?secret`, "[a-f0-9]{32}", "(?:[^a-z0-9]|$)"),
    keywords: ["facebook", "fb_", "fb-", "fb."],
    entropy: 3,
    tags: ["facebook", "social", "client-secret"]
  }
];

// rules/fal/rule.ts
var rules10 = [
  {
    id: "fal-api-key",
    description: "fal.ai API key (UUID, `:`, 32 hex) assigned to FAL_KEY or a fal setting",
    severity: "high",
    regex: assignedTo(
      String.raw`\bfal[_.-]?(?:ai[_.-]?)?(?:api[_.-]?)?key`,
      "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}:[a-f0-9]{32}",
      "(?:[^a-z0-9]|$)"
    ),
    keywords: ["fal_key", "fal-key", "fal_ai", "fal-ai", "fal.ai", "falai", "fal_api", "falkey"],
    entropy: 3,
    tags: ["fal", "ai", "api-key"]
  }
];

// rules/fastly/rule.ts
var rules11 = [
  {
    id: "fastly-api-token",
    description: "Fastly API token (32 characters) assigned to FASTLY_API_TOKEN",
    severity: "critical",
    regex: /\b(?:FASTLY_API_TOKEN|FASTLY_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9_-]{32})(?:[^A-Za-z0-9_-]|$)/i,
    keywords: ["fastly_api_token", "fastly_api_key"],
    entropy: 3,
    tags: ["fastly", "cdn", "api-key"]
  }
];

// rules/finicity/rule.ts
var rules12 = [
  {
    id: "finicity-app-key",
    description: "Finicity (Mastercard Open Banking) app key (32 hex) assigned to a Finicity setting",
    severity: "high",
    regex: assignedTo(String.raw`finicity[\w.-]{0,20}?(?:app[_.-]?)?key`, "[a-f0-9]{32}"),
    keywords: ["finicity"],
    entropy: 3,
    tags: ["finicity", "finance", "api-key"]
  },
  {
    id: "finicity-partner-secret",
    description: "Finicity (Mastercard Open Banking) partner secret (20 alphanumerics) assigned to a Finicity secret setting",
    severity: "critical",
    regex: assignedTo(String.raw`finicity[\w.-]{0,20}?secret`, "[A-Za-z0-9]{20}"),
    keywords: ["finicity"],
    entropy: 3,
    tags: ["finicity", "finance", "client-secret"]
  }
];

// rules/finnhub/rule.ts
var rules13 = [
  {
    id: "finnhub-api-key",
    description: "Finnhub API key (20 characters) assigned to a Finnhub setting",
    severity: "high",
    regex: assignedTo(String.raw`finnhub[\w.-]{0,20}?(?:key|token)`, "[a-z0-9]{20}", "(?:[^A-Za-z0-9]|$)"),
    keywords: ["finnhub"],
    entropy: 3,
    tags: ["finnhub", "finance", "api-key"]
  }
];

// rules/firebase/rule.ts
var rules14 = [
  {
    id: "firebase-cloud-messaging-server-key",
    description: "Firebase Cloud Messaging legacy server key (`AAAA…:APA91b…`): sends pushes to every app instance",
    severity: "high",
    regex: /\b(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?:[^A-Za-z0-9_-]|$)/,
    keywords: [":apa91b"],
    entropy: 3,
    tags: ["firebase", "google", "push", "api-key"]
  }
];

// rules/firecrawl/rule.ts
var rules15 = [
  {
    id: "firecrawl-api-key",
    description: "Firecrawl API key (`fc-` and 32 hex)",
    severity: "high",
    regex: /\b(fc-[a-f0-9]{32})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["fc-"],
    entropy: 3,
    tags: ["firecrawl", "ai", "api-key"]
  }
];

// rules/fireworks/rule.ts
var rules16 = [
  {
    id: "fireworks-api-key",
    description: "Fireworks AI API key (`fw_` and 24 alphanumerics)",
    severity: "high",
    regex: /\b(fw_[A-Za-z0-9]{24})(?:[^A-Za-z0-9]|$)/,
    keywords: ["fw_"],
    entropy: 3,
    tags: ["fireworks", "ai", "api-key"]
  }
];

// rules/flickr/rule.ts
var rules17 = [
  {
    id: "flickr-api-key",
    description: "Flickr API key (32 hex) assigned to a Flickr setting",
    severity: "high",
    regex: assignedTo(String.raw`flickr[\w.-]{0,20}?(?:api[_.-]?)?key`, "[a-f0-9]{32}", "(?:[^a-z0-9]|$)"),
    keywords: ["flickr"],
    entropy: 3,
    tags: ["flickr", "media", "api-key"]
  }
];

// rules/flutterwave/rule.ts
var rules18 = [
  {
    id: "flutterwave-secret-key",
    description: "Flutterwave secret key (`FLWSECK-…-X`, or `FLWSECK_TEST-…-X`)",
    severity: "critical",
    regex: /\b(FLWSECK(?:_TEST)?-[a-h0-9]{32}-X)(?:[^A-Za-z0-9]|$)/,
    keywords: ["flwseck"],
    entropy: 3,
    tags: ["flutterwave", "payments", "api-key"]
  },
  // flutterwave-encryption-key: https://developer.flutterwave.com/docs/encryption
  // The 3DES key that encrypts card payloads; test-mode keys are `FLWSECK_TEST` and 12 hex.
  {
    id: "flutterwave-encryption-key",
    description: "Flutterwave test-mode encryption key (`FLWSECK_TEST` and 12 hex) for card payloads",
    severity: "low",
    regex: /\b(FLWSECK_TEST[a-f0-9]{12})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["flwseck_test"],
    entropy: 2.5,
    tags: ["flutterwave", "payments", "encryption-key"]
  }
];

// rules/flyio/rule.ts
var rules19 = [
  {
    id: "flyio-access-token",
    description: "Fly.io access token (`fo1_` and 43 characters)",
    severity: "critical",
    regex: /\b(fo1_[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["fo1_"],
    entropy: 3,
    tags: ["flyio", "paas", "api-key"]
  }
];

// rules/frameio/rule.ts
var rules20 = [
  {
    id: "frameio-api-token",
    description: "Frame.io API token (`fio-u-` and 64 characters)",
    severity: "high",
    regex: /\b(fio-u-[A-Za-z0-9_-]{64})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["fio-u-"],
    entropy: 3,
    tags: ["frameio", "media", "api-key"]
  }
];

// rules/freemius/rule.ts
var rules21 = [
  {
    id: "freemius-secret-key",
    description: "Freemius SDK secret key (`sk_` and 29 characters) in the SDK's `'secret_key' =>` setting",
    severity: "critical",
    regex: /["']secret_key["'][ \t]{0,3}=>[ \t]{0,3}["'](sk_[^\s'"]{29})["']/,
    keywords: ["'secret_key'", '"secret_key"'],
    entropy: 3,
    tags: ["freemius", "saas", "secret-key"]
  }
];

// rules/freshbooks/rule.ts
var rules22 = [
  {
    id: "freshbooks-access-token",
    description: "FreshBooks OAuth access token (64 characters) assigned to a FreshBooks setting",
    severity: "high",
    regex: assignedTo(String.raw`freshbooks[\w.-]{0,20}?(?:access[_.-]?)?token`, "[a-z0-9]{64}", "(?:[^A-Za-z0-9]|$)"),
    keywords: ["freshbooks"],
    entropy: 3,
    tags: ["freshbooks", "accounting", "access-token"]
  }
];

// rules/freshdesk/rule.ts
var rules23 = [
  {
    id: "freshdesk-api-key",
    description: "Freshdesk API key (20 characters) assigned to FRESHDESK_API_KEY",
    severity: "high",
    regex: /\b(?:FRESHDESK_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{20})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["freshdesk_api_key"],
    entropy: 3,
    tags: ["freshdesk", "support", "api-key"]
  }
];

// rules/fullstory/rule.ts
var rules24 = [
  {
    id: "fullstory-api-key",
    description: "FullStory API key (`na1.`/`eu1.` and a base64 body) assigned to a FullStory setting",
    severity: "high",
    regex: assignedTo(
      String.raw`(?:fullstory|\bfs)[\w.-]{0,20}?(?:api[_.-]?)?key`,
      String.raw`(?:na1|eu1)\.[A-Za-z0-9+/=_-]{20,200}`,
      "(?:[^A-Za-z0-9+/=_-]|$)"
    ),
    keywords: ["fullstory", "fs_api", "fs-api"],
    entropy: 3,
    tags: ["fullstory", "analytics", "api-key"]
  }
];

// rules/gc-notify/rule.ts
var rules25 = [
  {
    id: "gc-notify-api-key",
    description: "GC Notify (Canadian Digital Service) API key (`gcntfy-`, key name, service id and secret UUIDs)",
    severity: "high",
    regex: /\b(gcntfy-[a-z0-9_]{1,64}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[^A-Za-z0-9_-]|$)/i,
    keywords: ["gcntfy-"],
    entropy: 3,
    tags: ["gc-notify", "messaging", "api-key"]
  }
];

// rules/ghost/rule.ts
var rules26 = [
  {
    id: "ghost-admin-api-key",
    description: "Ghost Admin API key (`<24 hex id>:<64 hex secret>`) where Ghost is named",
    severity: "critical",
    regex: /\b([a-f0-9]{24}:[a-f0-9]{64})\b/,
    keywords: ["ghost"],
    entropy: 3,
    tags: ["ghost", "cms", "api-key"]
  }
];

// rules/gitea/rule.ts
var rules27 = [
  {
    id: "gitea-access-token",
    description: "Gitea/Forgejo access token (40 hex) assigned to a Gitea token setting",
    severity: "high",
    regex: assignedTo(
      String.raw`(?:gitea|forgejo)[\w.-]{0,20}?(?:token|key|secret)`,
      "[a-f0-9]{40}",
      "(?:[^a-z0-9]|$)"
    ),
    keywords: ["gitea", "forgejo"],
    entropy: 3,
    tags: ["gitea", "code-host", "access-token"]
  }
];

// rules/gitter/rule.ts
var rules28 = [
  {
    id: "gitter-access-token",
    description: "Gitter access token (40 characters) assigned to a Gitter setting",
    severity: "high",
    regex: assignedTo(String.raw`gitter[\w.-]{0,20}?token`, "[A-Za-z0-9_-]{40}"),
    keywords: ["gitter"],
    entropy: 3,
    tags: ["gitter", "chat", "access-token"]
  }
];

// rules/gocardless/rule.ts
var rules29 = [
  {
    id: "gocardless-access-token",
    description: "GoCardless access token (`live_`/`sandbox_` and 40 characters) assigned to a GoCardless setting",
    severity: "critical",
    regex: assignedTo(String.raw`gocardless[\w.-]{0,20}?(?:token|key|secret)`, "(?:live|sandbox)_[A-Za-z0-9_=-]{40}"),
    keywords: ["gocardless"],
    entropy: 3,
    tags: ["gocardless", "payments", "access-token"]
  }
];
export {
  rules as ebay,
  rules2 as elastic,
  rules3 as elevenlabs,
  rules4 as endorlabs,
  rules5 as etherscan,
  rules6 as etsy,
  rules7 as exoscale,
  rules8 as expo,
  rules9 as facebook,
  rules10 as fal,
  rules11 as fastly,
  rules12 as finicity,
  rules13 as finnhub,
  rules14 as firebase,
  rules15 as firecrawl,
  rules16 as fireworks,
  rules17 as flickr,
  rules18 as flutterwave,
  rules19 as flyio,
  rules20 as frameio,
  rules21 as freemius,
  rules22 as freshbooks,
  rules23 as freshdesk,
  rules24 as fullstory,
  rules25 as gcNotify,
  rules26 as ghost,
  rules27 as gitea,
  rules28 as gitter,
  rules29 as gocardless
};
