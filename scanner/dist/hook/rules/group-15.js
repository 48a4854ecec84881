

// rules/workato/rule.ts
var rules = [
  {
    id: "workato-developer-api-token",
    description: "Workato developer API client token (`wrka-` or `wrkaXX-` then a JWT)",
    severity: "critical",
    regex: /\b(wrka(?:[a-z]{2})?-eyJ[A-Za-z0-9_-]{8,2000}\.[A-Za-z0-9_-]{16,8000}\.[A-Za-z0-9_-]{64,1000})(?:[^A-Za-z0-9_.=-]|$)/,
    keywords: ["wrka"],
    entropy: 3,
    tags: ["workato", "automation", "api-key"]
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

// rules/workos/rule.ts
var rules2 = [
  {
    id: "workos-api-key",
    description: "WorkOS API key (`sk_live_`/`sk_test_` then base64 of `key_…`) assigned to a WorkOS setting",
    severity: "critical",
    regex: assignedTo(
      String.raw`workos[\w.-]{0,20}?(?:secret|key|token)`,
      "sk_(?:live|test)_a2V5Xz[A-Za-z0-9+/]{60,100}={0,2}",
      "(?:[^A-Za-z0-9+/=]|$)"
    ),
    keywords: ["workos"],
    entropy: 3,
    tags: ["workos", "auth", "api-key"]
  }
];

// rules/xai/rule.ts
var rules3 = [
  {
    id: "xai-api-key",
    description: "xAI (Grok) API key (`xai-` and 80 alphanumerics)",
    severity: "high",
    regex: /\b(xai-[A-Za-z0-9]{80})(?:[^A-Za-z0-9]|$)/,
    keywords: ["xai-"],
    entropy: 3,
    tags: ["xai", "ai", "api-key"]
  }
];

// rules/xata/rule.ts
var rules4 = [
  {
    id: "xata-api-key",
    description: "Xata API key (`xau_` and 32-40 alphanumerics)",
    severity: "high",
    regex: /\b(xau_[A-Za-z0-9]{32,40})(?:[^A-Za-z0-9]|$)/,
    keywords: ["xau_"],
    entropy: 3,
    tags: ["xata", "database", "api-key"]
  }
];

// rules/xendit/rule.ts
var rules5 = [
  {
    id: "xendit-api-key",
    description: "Xendit secret API key (`xnd_production_`/`xnd_development_` and 56-72 characters)",
    severity: "critical",
    regex: /\b(xnd_(?:production|development)_[A-Za-z0-9]{56,72})(?:[^A-Za-z0-9_]|$)/,
    keywords: ["xnd_production_", "xnd_development_"],
    entropy: 3,
    tags: ["xendit", "payments", "api-key"]
  }
];

// rules/yandex/rule.ts
var rules6 = [
  {
    id: "yandex-cloud-api-key",
    description: "Yandex Cloud API key (`AQVN` and 35-38 characters)",
    severity: "high",
    regex: /\b(AQVN[A-Za-z0-9_-]{35,38})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["aqvn"],
    entropy: 3,
    tags: ["yandex", "cloud", "api-key"]
  },
  // yandex-iam-token: https://yandex.cloud/en/docs/iam/concepts/authorization/iam-token
  // `t1.`, a variable base64url header, `.` and an 86-character signature; valid up to 12 hours.
  {
    id: "yandex-iam-token",
    description: "Yandex Cloud IAM token (`t1.` header `.` 86-character signature): acts as the account for up to 12 hours",
    severity: "high",
    regex: /\b(t1\.[A-Za-z0-9_-]{20,400}={0,2}\.[A-Za-z0-9_-]{86}={0,2})(?:[^A-Za-z0-9_=.-]|$)/,
    keywords: ["t1."],
    entropy: 3.5,
    tags: ["yandex", "cloud", "access-token"]
  },
  // yandex-static-access-key-secret: https://yandex.cloud/en/docs/iam/concepts/authorization/access-key
  // The secret of an S3-compatible static key is `YC` and 38 characters (the key id is `YCA…`, 25).
  {
    id: "yandex-static-access-key-secret",
    description: "Yandex Cloud static access key secret (`YC` and 38 base64url characters) for Object Storage and other S3-style APIs",
    severity: "high",
    regex: /\b(YC[A-Za-z0-9_-]{38})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["yc"],
    entropy: 3.5,
    validate: (secret) => /[0-9]/.test(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret.slice(2)),
    tags: ["yandex", "cloud", "secret-key"]
  }
];

// rules/zapier/rule.ts
var rules7 = [
  {
    id: "zapier-webhook-url",
    description: "Zapier catch hook URL: anyone holding it can trigger the Zap",
    severity: "medium",
    regex: /(https:\/\/hooks\.zapier\.com\/hooks\/catch\/\d{3,12}\/[a-z0-9]{5,12}\/?)/,
    keywords: ["hooks.zapier.com/hooks/catch/"],
    entropy: 3,
    tags: ["zapier", "automation", "webhook"]
  }
];

// rules/zendesk/rule.ts
var rules8 = [
  {
    id: "zendesk-api-token",
    description: "Zendesk API token (40 alphanumerics) assigned to a Zendesk token setting",
    severity: "high",
    regex: /\b(?:ZENDESK_API_TOKEN|ZENDESK_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9]{40})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["zendesk_api_token", "zendesk_token"],
    entropy: 3,
    tags: ["zendesk", "support", "api-key"]
  }
];

// rules/zhipu/rule.ts
var rules9 = [
  {
    id: "zhipu-api-key",
    description: "Zhipu AI / Z.ai (GLM) API key (32 hex, `.`, 16 characters) assigned to its setting",
    severity: "high",
    regex: assignedTo(
      String.raw`(?:(?:zhipu(?:ai)?|bigmodel)[\w.-]{0,20}?|\b(?:zai|glm)[_.-]?)(?:api[_.-]?)?key`,
      String.raw`[a-f0-9]{32}\.[A-Za-z0-9]{16}`,
      "(?:[^A-Za-z0-9]|$)"
    ),
    // `zai` and `glm` only as names (ZAI_API_KEY, GLM_KEY): as bare words they are in too much text.
    keywords: [
      "zhipu",
      "bigmodel",
      "zai_",
      "zai-",
      "zai.",
      "zaiapi",
      "zaikey",
      "glm_",
      "glm-",
      "glm.",
      "glmapi",
      "glmkey"
    ],
    entropy: 3,
    tags: ["zhipu", "ai", "api-key"]
  }
];

// rules/zoho/rule.ts
var rules10 = [
  {
    id: "zoho-oauth-token",
    description: "Zoho OAuth access/refresh token (`1000.` and two 32-hex parts) assigned to a Zoho setting",
    severity: "high",
    regex: assignedTo(
      String.raw`zoho[\w.-]{0,20}?(?:token|secret|key)`,
      String.raw`1000\.[a-f0-9]{32}\.[a-f0-9]{32}`,
      "(?:[^a-z0-9]|$)"
    ),
    keywords: ["zoho"],
    entropy: 3,
    tags: ["zoho", "saas", "access-token"]
  }
];

// rules/zuplo/rule.ts
var rules11 = [
  {
    id: "zuplo-api-key",
    description: "Zuplo consumer API key (`zpka_`, 32 and 8 hex)",
    severity: "high",
    regex: /\b(zpka_[a-z0-9]{32}_[a-f0-9]{8})(?:[^A-Za-z0-9_]|$)/,
    keywords: ["zpka_"],
    entropy: 3,
    tags: ["zuplo", "api-gateway", "api-key"]
  }
];
export {
  rules as workato,
  rules2 as workos,
  rules3 as xai,
  rules4 as xata,
  rules5 as xendit,
  rules6 as yandex,
  rules7 as zapier,
  rules8 as zendesk,
  rules9 as zhipu,
  rules10 as zoho,
  rules11 as zuplo
};
