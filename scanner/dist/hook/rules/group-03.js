

// rules/generic/assignment.ts
var TYPED_ASSIGN = String.raw`:[ \t]{0,3}&?[A-Za-z_][\w.]{0,30}(?:<[^<>\r\n]{0,40}>)?\??[ \t]{0,3}=|[ \t]{1,3}(?:string|String|str)[ \t]{0,3}=`;
var TOKEN_END = String.raw`(?:[^A-Za-z0-9_-]|$)`;
function assignedTo(name, value, end = TOKEN_END) {
  return new RegExp(
    String.raw`${name}[\w.-]{0,30}?(?:\\?["'\x60]|\]){0,3}[ \t]{0,3}(?:${TYPED_ASSIGN}|={1,2}|:={1,2}|=>|:|,|\()[ \t]{0,3}(?:\\?["'\x60])?(${value})${end}`,
    "i"
  );
}

// rules/discord/rule.ts
function startsWithSnowflake(secret) {
  const id = Buffer.from(secret.slice(0, secret.indexOf(".")), "base64url").toString("latin1");
  return /^\d{17,20}$/.test(id);
}
var rules = [
  {
    id: "discord-bot-token",
    description: "Discord bot token (base64 user id . timestamp . HMAC)",
    severity: "high",
    regex: /\b([MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40})(?:[^A-Za-z0-9_.-]|$)/,
    keywords: ["discord"],
    entropy: 4,
    validate: startsWithSnowflake,
    tags: ["discord", "chat", "bot-token"]
  },
  {
    id: "discord-webhook-url",
    description: "Discord webhook URL: anyone holding it can post to the channel",
    severity: "medium",
    regex: /(https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api(?:\/v\d{1,2})?\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,80})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["discord"],
    entropy: 3,
    tags: ["discord", "chat", "webhook"]
  },
  // discord-client-secret: https://discord.com/developers/docs/topics/oauth2
  {
    id: "discord-client-secret",
    description: "Discord OAuth2 application client secret (32 characters) assigned to a Discord setting",
    severity: "high",
    regex: assignedTo(String.raw`discord[\w.-]{0,20}?client[_.-]?secret`, "[A-Za-z0-9_-]{32}", "(?:[^A-Za-z0-9_-]|$)"),
    keywords: ["discord"],
    entropy: 3,
    tags: ["discord", "chat", "client-secret"]
  }
];

// rules/figma/rule.ts
var rules2 = [
  {
    id: "figma-personal-access-token",
    description: "Figma personal access token",
    severity: "high",
    regex: /\b(figd_[A-Za-z0-9_-]{40,200})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["figd_"],
    entropy: 3.5,
    tags: ["figma", "saas", "api-key"]
  },
  {
    id: "figma-legacy-token",
    description: "Figma personal access token in the pre-2023 format, assigned to a figma-named setting",
    severity: "high",
    regex: assignedTo("figma", String.raw`\d{6}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`),
    keywords: ["figma"],
    entropy: 3,
    tags: ["figma", "saas", "api-key"]
  }
];

// rules/grafana/rule.ts
function isLegacyKeyPayload(secret) {
  const json = Buffer.from(secret, "base64").toString("utf8");
  return /^\{"k":"[^"]+","n":"[^"]*","id":\d+\}$/.test(json);
}
var rules3 = [
  {
    id: "grafana-cloud-token",
    description: "Grafana Cloud access policy / API token (`glc_…`)",
    severity: "high",
    regex: /\b(glc_[A-Za-z0-9+/]{32,400}={0,2})(?:[^A-Za-z0-9+/=]|$)/,
    keywords: ["glc_"],
    entropy: 3,
    tags: ["grafana", "monitoring", "api-key"]
  },
  {
    id: "grafana-service-account-token",
    description: "Grafana service account token (`glsa_…`)",
    severity: "high",
    regex: /\b(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})\b/,
    keywords: ["glsa_"],
    entropy: 3,
    tags: ["grafana", "monitoring", "api-key"]
  },
  {
    id: "grafana-api-key",
    description: "Grafana API key in the legacy format (`eyJrIjoi…`)",
    severity: "high",
    regex: /\b(eyJrIjoi[A-Za-z0-9]{50,400}={0,2})(?:[^A-Za-z0-9+/=]|$)/,
    keywords: ["eyjrijoi"],
    entropy: 3,
    validate: isLegacyKeyPayload,
    tags: ["grafana", "monitoring", "api-key"]
  }
];

// rules/groq/rule.ts
var rules4 = [
  {
    id: "groq-api-key",
    description: "Groq API key (`gsk_` and 52 alphanumerics)",
    severity: "high",
    regex: /\b(gsk_[A-Za-z0-9]{52})\b/,
    keywords: ["gsk_"],
    entropy: 3.5,
    tags: ["groq", "ai", "api-key"]
  }
];

// rules/hashicorp-vault/rule.ts
var END = String.raw`(?:[^A-Za-z0-9_-]|$)`;
var rules5 = [
  {
    id: "vault-service-token",
    description: "HashiCorp Vault service token (`hvs.…`)",
    severity: "critical",
    regex: new RegExp(String.raw`\b(hvs\.[A-Za-z0-9_-]{90,120})${END}`),
    keywords: ["hvs."],
    entropy: 3.5,
    tags: ["hashicorp-vault", "secrets-manager", "token"]
  },
  {
    id: "vault-batch-token",
    description: "HashiCorp Vault batch token (`hvb.…`)",
    severity: "high",
    regex: new RegExp(String.raw`\b(hvb\.[A-Za-z0-9_-]{138,300})${END}`),
    keywords: ["hvb."],
    entropy: 3.5,
    tags: ["hashicorp-vault", "secrets-manager", "token"]
  },
  {
    id: "vault-recovery-token",
    description: "HashiCorp Vault recovery token (`hvr.…`)",
    severity: "critical",
    regex: new RegExp(String.raw`\b(hvr\.[A-Za-z0-9_-]{90,120})${END}`),
    keywords: ["hvr."],
    entropy: 3.5,
    tags: ["hashicorp-vault", "secrets-manager", "token"]
  },
  {
    id: "vault-legacy-token",
    description: "HashiCorp Vault service token in the pre-1.10 `s.` format, next to a vault-named setting",
    severity: "critical",
    regex: new RegExp(
      assignedTo("vault", String.raw`s\.[A-Za-z0-9]{24}`, String.raw`(?:[^A-Za-z0-9]|$)`).source + String.raw`|x-vault-token[ \t]{0,3}:[ \t]{0,3}(s\.[A-Za-z0-9]{24})(?:[^A-Za-z0-9]|$)`,
      "i"
    ),
    keywords: ["vault"],
    entropy: 3.5,
    // Letters only is a word or identifier after `s.`, not a token (gitleaks draws the same line).
    validate: (secret) => /[0-9]/.test(secret),
    tags: ["hashicorp-vault", "secrets-manager", "token"]
  }
];

// rules/heroku/rule.ts
var UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
var rules6 = [
  {
    id: "heroku-api-key",
    description: "Heroku API key (`HRKU-AA…`)",
    severity: "critical",
    regex: /\b(HRKU-AA[A-Za-z0-9_-]{58})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["hrku-aa"],
    entropy: 4,
    tags: ["heroku", "cloud", "api-key"]
  },
  {
    id: "heroku-legacy-api-key",
    description: "Heroku API key in the legacy UUID format, assigned to a heroku-named key or token",
    severity: "critical",
    regex: assignedTo(
      String.raw`heroku[\w.-]{0,20}?(?:api|key|token|secret|auth|pass)`,
      UUID,
      String.raw`(?:[^a-z0-9-]|$)`
    ),
    keywords: ["heroku"],
    entropy: 3,
    tags: ["heroku", "cloud", "api-key"]
  }
];

// rules/huggingface/rule.ts
var rules7 = [
  {
    id: "huggingface-access-token",
    description: "Hugging Face user access token",
    severity: "high",
    regex: /\b(hf_[A-Za-z]{34})\b/,
    keywords: ["hf_"],
    entropy: 3,
    tags: ["huggingface", "ai", "api-key"]
  },
  {
    id: "huggingface-organization-token",
    description: "Hugging Face organization API token (legacy `api_org_`)",
    severity: "high",
    regex: /\b(api_org_[A-Za-z]{34})\b/,
    keywords: ["api_org_"],
    entropy: 3,
    tags: ["huggingface", "ai", "api-key"]
  }
];

// rules/linear/rule.ts
var rules8 = [
  {
    id: "linear-api-key",
    description: "Linear personal API key (`lin_api_…`) or OAuth access token (`lin_oauth_…`)",
    severity: "high",
    regex: /\b(lin_api_[A-Za-z0-9]{32,64}|lin_oauth_[a-f0-9]{64})\b/,
    keywords: ["lin_api_", "lin_oauth_"],
    entropy: 3.5,
    tags: ["linear", "saas", "api-key"]
  },
  // linear-client-secret: https://linear.app/developers/oauth-2-0-authentication
  {
    id: "linear-client-secret",
    description: "Linear OAuth application client secret (32 hex) assigned to a Linear client setting",
    severity: "high",
    regex: assignedTo(
      String.raw`linear[_.-]?(?:oauth[_.-]?)?client[_.-]?secret`,
      "[a-f0-9]{32}",
      "(?:[^A-Za-z0-9_-]|$)"
    ),
    keywords: ["linear_client", "linear-client", "linear.client", "linearclient", "linear_oauth", "linearoauth"],
    entropy: 3,
    tags: ["linear", "project-management", "client-secret"]
  }
];

// rules/newrelic/rule.ts
var rules9 = [
  {
    id: "new-relic-user-api-key",
    description: "New Relic user API key (`NRAK-…`)",
    severity: "high",
    regex: /\b(NRAK-[A-Z0-9]{27})\b/,
    keywords: ["nrak-"],
    entropy: 3,
    tags: ["newrelic", "monitoring", "api-key"]
  },
  {
    id: "new-relic-browser-api-key",
    description: "New Relic browser ingest key (`NRJS-…`)",
    severity: "medium",
    regex: /\b(NRJS-[a-f0-9]{19})\b/,
    keywords: ["nrjs-"],
    entropy: 3,
    tags: ["newrelic", "monitoring", "api-key"]
  },
  {
    id: "new-relic-insert-key",
    description: "New Relic Insights insert key (`NRII-…`)",
    severity: "medium",
    regex: /\b(NRII-[A-Za-z0-9_-]{32})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["nrii-"],
    entropy: 3,
    tags: ["newrelic", "monitoring", "api-key"]
  },
  {
    id: "new-relic-license-key",
    description: "New Relic ingest license key (40 characters ending in `NRAL`)",
    severity: "high",
    regex: /\b([a-z0-9]{36}NRAL)\b/,
    keywords: ["nral"],
    entropy: 3,
    tags: ["newrelic", "monitoring", "api-key"]
  }
];

// rules/notion/rule.ts
function looksRandom(secret) {
  const body = secret.slice("secret_".length);
  return /[0-9]/.test(body) && /[a-z]/.test(body) && /[A-Z]/.test(body) && !/[a-z]{12}/.test(body);
}
var rules10 = [
  {
    id: "notion-integration-token",
    description: "Notion integration token (`ntn_…`)",
    severity: "high",
    regex: /\b(ntn_\d{11}[A-Za-z0-9]{35})\b/,
    keywords: ["ntn_"],
    entropy: 4,
    tags: ["notion", "saas", "api-key"]
  },
  {
    id: "notion-legacy-integration-token",
    description: "Notion integration token in the legacy `secret_…` format",
    severity: "high",
    regex: /\b(secret_[A-Za-z0-9]{43})\b/,
    keywords: ["secret_"],
    entropy: 4.2,
    validate: looksRandom,
    tags: ["notion", "saas", "api-key"]
  }
];

// rules/openai/rule.ts
var HALF = "[A-Za-z0-9_-]{20,120}";
var BODY = `${HALF}T3BlbkFJ${HALF}`;
var END2 = String.raw`(?:[^A-Za-z0-9_-]|$)`;
var rules11 = [
  {
    id: "openai-api-key",
    description: "OpenAI user API key (legacy `sk-…` and `sk-None-…`)",
    severity: "high",
    regex: new RegExp(String.raw`\b(sk-(?:[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|None-${BODY}))${END2}`),
    keywords: ["t3blbkfj"],
    entropy: 3.5,
    tags: ["openai", "ai", "api-key"]
  },
  {
    id: "openai-project-api-key",
    description: "OpenAI project API key (`sk-proj-…`)",
    severity: "high",
    regex: new RegExp(String.raw`\b(sk-proj-${BODY})${END2}`),
    keywords: ["sk-proj-"],
    entropy: 3.5,
    tags: ["openai", "ai", "api-key"]
  },
  {
    id: "openai-service-account-key",
    description: "OpenAI service account key (`sk-svcacct-…`)",
    severity: "high",
    regex: new RegExp(String.raw`\b(sk-svcacct-${BODY})${END2}`),
    keywords: ["sk-svcacct-"],
    entropy: 3.5,
    tags: ["openai", "ai", "api-key"]
  },
  {
    id: "openai-admin-key",
    description: "OpenAI admin key (`sk-admin-…`): manages an organisation, its keys and billing",
    severity: "critical",
    regex: new RegExp(String.raw`\b(sk-admin-${BODY})${END2}`),
    keywords: ["sk-admin-"],
    entropy: 3.5,
    tags: ["openai", "ai", "admin"]
  }
];

// rules/postman/rule.ts
var rules12 = [
  {
    id: "postman-api-key",
    description: "Postman API key (`PMAK-` + 24 hex + `-` + 34 hex)",
    severity: "high",
    regex: /\b(PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34})\b/,
    keywords: ["pmak-"],
    entropy: 3,
    tags: ["postman", "saas", "api-key"]
  },
  {
    id: "postman-collection-access-token",
    description: "Postman collection access token (`PMAT-` and 26 alphanumerics), reads a shared collection",
    severity: "medium",
    regex: /\b(PMAT-[A-Za-z0-9]{26})(?:[^A-Za-z0-9]|$)/,
    keywords: ["pmat-"],
    entropy: 3,
    tags: ["postman", "saas", "access-token"]
  }
];

// rules/shopify/rule.ts
var DOCUMENTED = [
  ["shpss_", "QlRSJy5AXX1cILNjVatTsEIhFxuPF5ex"],
  ["shpat_", "r8TRc9ZXAvcVvcrmtr7qoVw69WeeY1ex"],
  ["shpca_", "7jqbg9cupMkZRxJKXWz3v8BvS8QBa7hMdJfAex"],
  ["shppa_", "7jqbg9cupMkZRxJKXWz3v8BvS8QBa7hMdJfAex"]
].map(([prefix, body]) => new RegExp(`^${prefix}${body}$`));
var documentedExamples = { description: "samples from the Shopify changelog", regexes: DOCUMENTED };
var rules13 = [
  {
    id: "shopify-access-token",
    description: "Shopify Admin API access token (`shpat_`, `shpca_`, `shppa_`)",
    severity: "critical",
    regex: /\b(shp(?:at|ca|pa)_[A-Za-z0-9]{32,64})\b/,
    keywords: ["shpat_", "shpca_", "shppa_"],
    entropy: 3,
    allowlists: [documentedExamples],
    tags: ["shopify", "ecommerce", "api-key"]
  },
  {
    id: "shopify-shared-secret",
    description: "Shopify app shared secret (`shpss_`), signs OAuth and webhook payloads",
    severity: "high",
    regex: /\b(shpss_[A-Za-z0-9]{32,64})\b/,
    keywords: ["shpss_"],
    entropy: 3,
    allowlists: [documentedExamples],
    tags: ["shopify", "ecommerce", "webhook-secret"]
  }
];

// rules/square/rule.ts
var END3 = String.raw`(?:[^A-Za-z0-9_-]|$)`;
var rules14 = [
  {
    id: "square-access-token",
    description: "Square access token (`EAAA…` or legacy `sq0atp-…`)",
    severity: "critical",
    regex: new RegExp(String.raw`\b(EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})${END3}`),
    keywords: ["eaaa", "sq0atp-"],
    entropy: 3.5,
    tags: ["square", "payments", "api-key"]
  },
  {
    id: "square-oauth-secret",
    description: "Square OAuth application secret (`sq0csp-…`)",
    severity: "high",
    regex: new RegExp(String.raw`\b(sq0csp-[A-Za-z0-9_-]{43})${END3}`),
    keywords: ["sq0csp-"],
    entropy: 3.5,
    tags: ["square", "payments", "oauth"]
  }
];

// rules/tailscale/rule.ts
var rules15 = [
  {
    id: "tailscale-key",
    description: "Tailscale key (auth key, API access token, OAuth client secret, SCIM or webhook key)",
    severity: "high",
    regex: /(?:^|[^A-Za-z])(tskey-[a-z]{2,16}-[A-Za-z0-9]{6,40}-[A-Za-z0-9]{16,80})(?:[^A-Za-z0-9]|$)/,
    keywords: ["tskey-"],
    entropy: 2,
    tags: ["tailscale", "network", "api-key"]
  }
];
export {
  rules as discord,
  rules2 as figma,
  rules3 as grafana,
  rules4 as groq,
  rules5 as hashicorpVault,
  rules6 as heroku,
  rules7 as huggingface,
  rules8 as linear,
  rules9 as newrelic,
  rules10 as notion,
  rules11 as openai,
  rules12 as postman,
  rules13 as shopify,
  rules14 as square,
  rules15 as tailscale
};
