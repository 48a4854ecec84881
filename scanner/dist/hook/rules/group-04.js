

// rules/generic/assignment.ts
var TYPED_ASSIGN = String.raw`:[ \t]{0,3}&?[A-Za-z_][\w.]{0,30}(?:<[^<>\r\n]{0,40}>)?\??[ \t]{0,3}=|[ \t]{1,3}(?:string|String|str)[ \t]{0,3}=`;
var TOKEN_END = String.raw`(?:[^A-Za-z0-9_-]|$)`;
function assignedTo(name, value, end = TOKEN_END) {
  return new RegExp(
    String.raw`${name}[\w.-]{0,30}?(?:\\?["'\x60]|\]){0,3}[ \t]{0,3}(?:${TYPED_ASSIGN}|={1,2}|:={1,2}|=>|:|,|\()[ \t]{0,3}(?:\\?["'\x60])?(${value})${end}`,
    "i"
  );
}

// rules/telegram/rule.ts
var TOKEN = String.raw`\d{5,12}:A[A-Za-z0-9_-]{34}`;
var BY_NAME = assignedTo("(?:telegram|tg|bot)", TOKEN).source;
var IN_URL = String.raw`api\.telegram\.org/bot(${TOKEN})(?:[^A-Za-z0-9_-]|$)`;
var rules = [
  {
    id: "telegram-bot-token",
    description: "Telegram bot token, assigned to a telegram/bot-named setting or in a Bot API URL",
    severity: "high",
    regex: new RegExp(`${BY_NAME}|${IN_URL}`, "i"),
    keywords: ["telegram", "tg", "bot"],
    entropy: 3.5,
    tags: ["telegram", "chat", "bot-token"]
  }
];

// rules/terraform-cloud/rule.ts
var rules2 = [
  {
    id: "terraform-cloud-token",
    description: "Terraform Cloud / Enterprise API token (`….atlasv1.…`)",
    severity: "critical",
    regex: /\b([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?:[^A-Za-z0-9_=-]|$)/,
    keywords: ["atlasv1"],
    entropy: 3.5,
    tags: ["terraform-cloud", "hashicorp", "api-key"]
  }
];

// rules/vercel/rule.ts
var rules3 = [
  {
    id: "vercel-token",
    description: "Vercel access token, refresh token or AI Gateway key (`vcp_`, `vci_`, `vca_`, `vcr_`, `vck_`)",
    severity: "high",
    regex: /\b(vc[pikar]_[A-Za-z0-9]{20,80})\b/,
    keywords: ["vcp_", "vci_", "vca_", "vcr_", "vck_"],
    entropy: 3.5,
    tags: ["vercel", "saas", "api-key"]
  },
  {
    id: "vercel-legacy-token",
    description: "Vercel access token (24 characters) assigned to a vercel-named setting",
    severity: "high",
    regex: assignedTo(
      String.raw`vercel[\w.-]{0,20}?(?:token|key|secret|auth)`,
      "[A-Za-z0-9]{24}",
      String.raw`(?:[^A-Za-z0-9]|$)`
    ),
    keywords: ["vercel"],
    entropy: 3.5,
    validate: (secret) => /[0-9]/.test(secret) && /[A-Za-z]/.test(secret),
    tags: ["vercel", "saas", "api-key"]
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

// rules/jwt/rule.ts
function jsonSegment(segment) {
  try {
    const value = JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}
var MONDAY_SETTING = /\bmonday[_.-]?(?:com[_.-]?)?(?:api[_.-]?)?(?:token|key)[\w.-]{0,30}["'\]]{0,3}[ \t]{0,3}(?::=?|=)[ \t]{0,3}["'\x60]?$/i;
function providerToken(payload, before) {
  if (payload.iss === "user" && typeof payload.jti === "string" && payload.jti.startsWith("at-")) return true;
  return /\bwrka(?:[a-z]{2})?-$/.test(before) || MONDAY_SETTING.test(before);
}
var rules4 = [
  {
    id: "jwt",
    description: "Signed JSON Web Token (a bearer credential until it expires)",
    severity: "medium",
    regex: /\b(eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{16,1000})(?:[^A-Za-z0-9_.=-]|$)/,
    keywords: ["eyj"],
    entropy: 4,
    validate: (token, _match, before) => {
      const [header, payload] = token.split(".");
      const h = jsonSegment(header);
      const p = jsonSegment(payload);
      if (!h || typeof h.alg !== "string" || h.alg.toLowerCase() === "none" || !p) return false;
      if (p.sub === "1234567890" && p.name === "John Doe") return false;
      return p.role !== "anon" && !providerToken(p, before) && !isTemporalCloudKey(token);
    },
    tags: ["jwt"]
  }
];

// rules/abuseipdb/rule.ts
var rules5 = [
  {
    id: "abuseipdb-api-key",
    description: "AbuseIPDB API key (80 hex) assigned to an AbuseIPDB key setting",
    severity: "high",
    regex: assignedTo(String.raw`abuse[_.-]?ipdb[\w.-]{0,20}?(?:api[_.-]?)?key`, "[a-f0-9]{80}", "(?:[^a-z0-9]|$)"),
    keywords: ["abuseipdb", "abuse_ipdb", "abuse-ipdb"],
    entropy: 3,
    tags: ["abuseipdb", "security", "api-key"]
  }
];

// rules/adafruit/rule.ts
var rules6 = [
  {
    id: "adafruit-io-key",
    description: "Adafruit IO key (`aio_` and 28 alphanumerics): reads and writes the account's feeds",
    severity: "high",
    regex: /\b(aio_[A-Za-z0-9]{28})(?:[^A-Za-z0-9]|$)/,
    keywords: ["aio_"],
    entropy: 3,
    tags: ["adafruit", "iot", "api-key"]
  }
];

// rules/adobe/rule.ts
var rules7 = [
  {
    id: "adobe-client-secret",
    description: "Adobe Developer Console client secret (`p8e-` and 32 characters)",
    severity: "high",
    regex: /\b(p8e-[A-Za-z0-9]{32})(?:[^A-Za-z0-9]|$)/,
    keywords: ["p8e-"],
    entropy: 3,
    tags: ["adobe", "saas", "oauth"]
  }
];

// rules/aikido/rule.ts
var rules8 = [
  {
    id: "aikido-ci-token",
    description: "Aikido CI API token (`AIK_CI_` and 20-44 alphanumerics)",
    severity: "high",
    regex: /\b(AIK_CI_[A-Za-z0-9]{20,44})(?:[^A-Za-z0-9_]|$)/,
    keywords: ["aik_ci_"],
    entropy: 3,
    tags: ["aikido", "security", "api-key"]
  },
  {
    id: "aikido-client-secret",
    description: "Aikido REST API client secret (`AIK_SECRET_` and 64 alphanumerics)",
    severity: "high",
    regex: /\b(AIK_SECRET_[A-Za-z0-9]{64})(?:[^A-Za-z0-9_]|$)/,
    keywords: ["aik_secret_"],
    entropy: 3,
    tags: ["aikido", "security", "client-secret"]
  }
];

// rules/aiven/rule.ts
var rules9 = [
  {
    id: "aiven-auth-token",
    description: "Aiven authentication token (372 base64) assigned to an Aiven setting",
    severity: "critical",
    regex: assignedTo(
      String.raw`aiven[\w.-]{0,20}?(?:auth[_.-]?|api[_.-]?)?token`,
      "[A-Za-z0-9/+=]{372}",
      "(?:[^A-Za-z0-9/+=]|$)"
    ),
    keywords: ["aiven"],
    entropy: 3,
    tags: ["aiven", "cloud", "access-token"]
  }
];

// rules/alchemy/rule.ts
var rules10 = [
  {
    id: "alchemy-api-key",
    description: "Alchemy API key (32 characters) assigned to ALCHEMY_API_KEY",
    severity: "high",
    regex: /\b(?:ALCHEMY_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9_-]{32})(?:[^A-Za-z0-9_-]|$)/i,
    keywords: ["alchemy_api_key"],
    entropy: 3,
    tags: ["alchemy", "blockchain", "api-key"]
  }
];

// rules/algolia/rule.ts
var rules11 = [
  {
    id: "algolia-admin-api-key",
    description: "Algolia admin or write API key (32 hex) assigned to an Algolia key setting",
    severity: "high",
    regex: /\b(?:ALGOLIA_ADMIN_API_KEY|ALGOLIA_ADMIN_KEY|ALGOLIA_WRITE_API_KEY|ALGOLIA_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["algolia_admin_api_key", "algolia_admin_key", "algolia_write_api_key", "algolia_api_key"],
    entropy: 3,
    tags: ["algolia", "search", "api-key"]
  }
];

// rules/alibaba/rule.ts
var rules12 = [
  {
    id: "alibaba-access-key-id",
    description: "Alibaba Cloud AccessKey ID (`LTAI` and 20 alphanumerics); its secret is usually beside it",
    severity: "high",
    regex: /\b(LTAI[A-Za-z0-9]{20})(?:[^A-Za-z0-9]|$)/,
    keywords: ["ltai"],
    entropy: 3,
    tags: ["alibaba", "cloud", "access-key-id"]
  },
  // alibaba-access-key-secret: https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair
  {
    id: "alibaba-access-key-secret",
    description: "Alibaba Cloud AccessKey secret (30 alphanumerics) assigned to an Alibaba setting",
    severity: "high",
    regex: assignedTo(
      String.raw`alibaba[\w.-]{0,20}?(?:access[_.-]?key[_.-]?)?secret`,
      "[A-Za-z0-9]{30}",
      "(?:[^A-Za-z0-9_-]|$)"
    ),
    keywords: ["alibaba"],
    entropy: 3,
    tags: ["alibaba", "cloud", "secret-key"]
  }
];

// rules/amplitude/rule.ts
var rules13 = [
  {
    id: "amplitude-secret-key",
    description: "Amplitude secret key (32 hex) assigned to AMPLITUDE_SECRET_KEY",
    severity: "high",
    regex: /\b(?:AMPLITUDE_SECRET_KEY|AMPLITUDE_API_SECRET)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["amplitude_secret_key", "amplitude_api_secret"],
    entropy: 3,
    tags: ["amplitude", "analytics", "api-key"]
  }
];

// rules/apify/rule.ts
var rules14 = [
  {
    id: "apify-api-token",
    description: "Apify API token (`apify_api_` and 34-38 alphanumerics)",
    severity: "high",
    regex: /\b(apify_api_[A-Za-z0-9]{34,38})(?:[^A-Za-z0-9_]|$)/,
    keywords: ["apify_api_"],
    entropy: 3,
    tags: ["apify", "saas", "api-key"]
  }
];

// rules/apollo/rule.ts
var rules15 = [
  {
    id: "apollo-api-key",
    description: "Apollo.io API key (22 characters) assigned to an Apollo setting",
    severity: "high",
    regex: assignedTo(String.raw`apollo(?:[_.-]?io)?[\w.-]{0,20}?api[_.-]?key`, "[A-Za-z0-9_-]{22}"),
    keywords: ["apollo"],
    entropy: 3,
    tags: ["apollo", "saas", "api-key"]
  }
];

// rules/asaas/rule.ts
var rules16 = [
  {
    id: "asaas-api-key",
    description: "Asaas payments API key (`$aact_prod_`/`$aact_hmlg_` and a base64url body)",
    severity: "critical",
    regex: /(?:^|[^A-Za-z0-9_$-])\$(aact_(?:prod|hmlg)_[A-Za-z0-9_-]{20,200})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["$aact_"],
    entropy: 3,
    tags: ["asaas", "payments", "api-key"]
  }
];

// rules/asana/rule.ts
var rules17 = [
  {
    id: "asana-client-secret",
    description: "Asana OAuth client secret (32 characters) assigned to an Asana secret setting",
    severity: "high",
    regex: assignedTo(String.raw`asana[\w.-]{0,20}?(?:client[_.-]?)?secret`, "[a-z0-9]{32}", "(?:[^A-Za-z0-9]|$)"),
    keywords: ["asana"],
    entropy: 3,
    tags: ["asana", "saas", "client-secret"]
  }
];

// rules/assemblyai/rule.ts
var rules18 = [
  {
    id: "assemblyai-api-key",
    description: "AssemblyAI API key (32 hex) assigned to ASSEMBLYAI_API_KEY",
    severity: "high",
    regex: /\b(?:ASSEMBLYAI_API_KEY)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["assemblyai_api_key"],
    entropy: 3,
    tags: ["assemblyai", "ai", "api-key"]
  }
];

// rules/auth0/rule.ts
var rules19 = [
  {
    id: "auth0-client-secret",
    description: "Auth0 application client secret (64 characters) assigned to AUTH0_CLIENT_SECRET",
    severity: "critical",
    regex: /\b(?:AUTH0_CLIENT_SECRET)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([A-Za-z0-9_-]{64})(?:[^A-Za-z0-9_-]|$)/i,
    keywords: ["auth0_client_secret"],
    entropy: 3,
    tags: ["auth0", "identity", "oauth"]
  }
];

// rules/authress/rule.ts
var rules20 = [
  {
    id: "authress-service-client-access-key",
    description: "Authress service client access key (`sc_…`/`ext_…` id, `.acc_` key id and private key)",
    severity: "critical",
    regex: /\b((?:sc|ext|scauth|authress)_[a-z0-9]{5,30}\.[a-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[a-z0-9+/_=-]{30,120})(?:[^A-Za-z0-9+/_=.-]|$)/i,
    keywords: [".acc_", ".acc-"],
    entropy: 3,
    tags: ["authress", "auth", "access-key"]
  }
];

// rules/aws-bedrock/rule.ts
var rules21 = [
  {
    id: "aws-bedrock-api-key",
    description: "Amazon Bedrock API key (`ABSK` and base64): calls Bedrock models as its IAM user",
    severity: "high",
    regex: /\b(ABSK[A-Za-z0-9+/]{109,269}={0,2})(?:[^A-Za-z0-9+/=]|$)/,
    keywords: ["absk"],
    entropy: 3,
    tags: ["aws-bedrock", "aws", "ai", "api-key"]
  }
];

// rules/axiom/rule.ts
var rules22 = [
  {
    id: "axiom-token",
    description: "Axiom API or personal token (`xaat-`/`xapt-` and a UUID)",
    severity: "high",
    regex: /\b(xa[ap]t-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
    keywords: ["xaat-", "xapt-"],
    entropy: 2.5,
    tags: ["axiom", "observability", "api-key"]
  }
];

// rules/beamer/rule.ts
var rules23 = [
  {
    id: "beamer-api-key",
    description: "Beamer API key (`b_` and 44 characters) assigned to a Beamer setting",
    severity: "high",
    regex: assignedTo(String.raw`beamer[\w.-]{0,20}?(?:key|token)`, "b_[A-Za-z0-9=_-]{44}"),
    keywords: ["beamer"],
    entropy: 3,
    tags: ["beamer", "saas", "api-key"]
  }
];

// rules/bigcommerce/rule.ts
var rules24 = [
  {
    id: "bigcommerce-access-token",
    description: "BigCommerce API account access token (31 characters) assigned to BIGCOMMERCE_ACCESS_TOKEN",
    severity: "critical",
    regex: /\b(?:BIGCOMMERCE_ACCESS_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-z0-9]{31})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["bigcommerce_access_token"],
    entropy: 3,
    tags: ["bigcommerce", "ecommerce", "api-key"]
  }
];

// rules/bitbucket/rule.ts
var rules25 = [
  {
    id: "bitbucket-data-center-token",
    description: "Bitbucket Data Center HTTP access token (`BBDC-` and 32-64 base64)",
    severity: "high",
    regex: /\b(BBDC-[A-Za-z0-9+/]{32,64}={0,2})(?:[^A-Za-z0-9+/=]|$)/,
    keywords: ["bbdc-"],
    entropy: 3,
    tags: ["bitbucket", "code-host", "access-token"]
  },
  {
    id: "bitbucket-app-password",
    description: "Bitbucket Cloud app password (`ATBB` and 32 alphanumerics)",
    severity: "high",
    regex: /\b(ATBB[A-Za-z0-9]{32}(?:[A-F0-9]{8})?)(?:[^A-Za-z0-9]|$)/,
    keywords: ["atbb"],
    entropy: 3.5,
    tags: ["bitbucket", "code-host", "password"]
  },
  {
    id: "bitbucket-access-token",
    description: "Bitbucket Cloud repository, project or workspace access token (`ATCTT3…` with a checksum)",
    severity: "high",
    regex: /\b(ATCTT3[A-Za-z0-9_-]{150,220}=[A-Fa-f0-9]{8})(?:[^A-Za-z0-9_=-]|$)/,
    keywords: ["atctt3"],
    entropy: 4,
    tags: ["bitbucket", "code-host", "access-token"]
  },
  // bitbucket-oauth-consumer-secret: https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/
  {
    id: "bitbucket-oauth-consumer-secret",
    description: "Bitbucket Cloud OAuth consumer secret (32 characters) assigned to a Bitbucket client setting",
    severity: "high",
    regex: assignedTo(
      String.raw`bitbucket[\w.-]{0,20}?(?:client|oauth|consumer)[_.-]?secret`,
      "[A-Za-z0-9]{32}",
      "(?:[^A-Za-z0-9_-]|$)"
    ),
    keywords: ["bitbucket"],
    entropy: 3,
    tags: ["bitbucket", "code-host", "client-secret"]
  }
];
export {
  rules5 as abuseipdb,
  rules6 as adafruit,
  rules7 as adobe,
  rules8 as aikido,
  rules9 as aiven,
  rules10 as alchemy,
  rules11 as algolia,
  rules12 as alibaba,
  rules13 as amplitude,
  rules14 as apify,
  rules15 as apollo,
  rules16 as asaas,
  rules17 as asana,
  rules18 as assemblyai,
  rules19 as auth0,
  rules20 as authress,
  rules21 as awsBedrock,
  rules22 as axiom,
  rules23 as beamer,
  rules24 as bigcommerce,
  rules25 as bitbucket,
  rules4 as jwt,
  rules as telegram,
  rules2 as terraformCloud,
  rules3 as vercel
};
