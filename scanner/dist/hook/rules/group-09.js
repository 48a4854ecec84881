

// rules/intra42/rule.ts
var rules = [
  {
    id: "intra42-client-secret",
    description: "42 Intra API client secret (`s-s4t2ud-`/`s-s4t2af-` and 64 hex)",
    severity: "high",
    regex: /\b(s-s4t2(?:ud|af)-[a-f0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ["s-s4t2ud-", "s-s4t2af-"],
    entropy: 3,
    tags: ["intra42", "education", "oauth"]
  }
];

// rules/ionic/rule.ts
var rules2 = [
  {
    id: "ionic-personal-access-token",
    description: "Ionic Appflow personal access token (`ion_` and 42 alphanumerics)",
    severity: "high",
    regex: /\b(ion_[A-Za-z0-9]{42})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["ion_"],
    entropy: 3,
    tags: ["ionic", "ci", "access-token"]
  }
];

// rules/jenkins/rule.ts
var rules3 = [
  {
    id: "jenkins-encrypted-secret",
    description: "Jenkins encrypted secret (`{AQAAABAAAA…}` in credentials.xml or job config): decrypts with the controller's master key",
    severity: "high",
    regex: /\{(AQAAABAAAA[A-Za-z0-9+/]{32,4096}={0,2})\}/,
    keywords: ["{aqaaabaaaa"],
    entropy: 3,
    tags: ["jenkins", "ci", "encrypted-secret"]
  },
  {
    id: "jenkins-api-token",
    description: "Jenkins user API token (`11` and 32 hex) next to a Jenkins URL or setting",
    severity: "high",
    regex: /\b(11[a-f0-9]{32})(?:[^A-Za-z0-9]|$)/,
    keywords: ["jenkins"],
    entropy: 3,
    tags: ["jenkins", "ci", "api-key"]
  }
];

// rules/jfrog/rule.ts
var rules4 = [
  {
    id: "jfrog-api-key",
    description: "JFrog Artifactory API key (`AKCp` and 69 alphanumerics)",
    severity: "critical",
    regex: /\b(AKCp[A-Za-z0-9]{69})(?:[^A-Za-z0-9]|$)/,
    keywords: ["akcp"],
    entropy: 3,
    tags: ["jfrog", "package-registry", "api-key"]
  },
  {
    id: "jfrog-reference-token",
    description: "JFrog access reference token (base64 of `reftkn:01:…`)",
    severity: "critical",
    regex: /\b(cmVmdGtuOjAxOj[A-Za-z0-9]{40,100})(?:[^A-Za-z0-9]|$)/,
    keywords: ["cmvmdgtuojaxoj"],
    entropy: 3,
    tags: ["jfrog", "package-registry", "api-key"]
  }
];

// rules/jina/rule.ts
var rules5 = [
  {
    id: "jina-api-key",
    description: "Jina AI API key (`jina_` and 60 characters)",
    severity: "high",
    regex: /\b(jina_[A-Za-z0-9]{60})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["jina_"],
    entropy: 3,
    tags: ["jina", "ai", "api-key"]
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

// rules/jumpcloud/rule.ts
var rules6 = [
  {
    id: "jumpcloud-api-key",
    description: "JumpCloud API key (40 characters) assigned to a JumpCloud setting",
    severity: "critical",
    regex: assignedTo(String.raw`(?:jumpcloud|\bjc)[\w.-]{0,20}?api[_.-]?key`, "[a-z0-9]{40}", "(?:[^A-Za-z0-9]|$)"),
    keywords: ["jumpcloud", "jc_api_key", "jc-api-key"],
    entropy: 3,
    tags: ["jumpcloud", "identity", "api-key"]
  }
];

// rules/kagi/rule.ts
var rules7 = [
  {
    id: "kagi-api-key",
    description: "Kagi API key assigned to a Kagi setting",
    severity: "high",
    regex: assignedTo(String.raw`kagi[\w.-]{0,20}?(?:key|token)`, String.raw`[A-Za-z0-9_-]{11}\.[A-Za-z0-9_-]{43}`),
    keywords: ["kagi"],
    entropy: 3,
    tags: ["kagi", "search", "api-key"]
  }
];

// rules/kerberos/rule.ts
var rules8 = [
  {
    id: "kerberos-roastable-hash",
    description: "Kerberos AS-REP or TGS-REP hash (`$krb5asrep$`, `$krb5tgs$`): AS-REP/Kerberoasting output, cracks offline to the account password",
    severity: "high",
    regex: /(\$krb5asrep\$(?:\d{1,2}\$)?[^:$\s]{1,256}:[a-f0-9]{32}\$[a-f0-9]{64,16384}|\$krb5tgs\$\d{1,2}\$\*[^*\s]{1,512}\*\$[a-f0-9]{24,32}\$[a-f0-9]{64,16384}|\$krb5pa\$\d{1,2}\$[^$\s]{1,256}\$[^$\s]{1,256}\$[^$\s]{0,256}\$[a-f0-9]{72,128})/,
    keywords: ["$krb5asrep$", "$krb5tgs$", "$krb5pa$"],
    tags: ["kerberos", "active-directory", "password-hash"]
  }
];

// rules/klaviyo/rule.ts
var rules9 = [
  {
    id: "klaviyo-private-api-key",
    description: "Klaviyo private API key (`pk_` and 34 hex)",
    severity: "high",
    regex: /\b(pk_[a-f0-9]{34})(?:[^A-Za-z0-9]|$)/,
    keywords: ["pk_"],
    entropy: 3,
    tags: ["klaviyo", "marketing", "api-key"]
  }
];

// rules/kraken/rule.ts
var rules10 = [
  {
    id: "kraken-api-secret",
    description: "Kraken exchange API private key (88 base64) assigned to a Kraken setting",
    severity: "critical",
    regex: assignedTo(
      String.raw`kraken[\w.-]{0,20}?(?:secret|private[_.-]?key|api[_.-]?key)`,
      "[A-Za-z0-9+/]{86}==",
      "(?:[^A-Za-z0-9+/=]|$)"
    ),
    keywords: ["kraken"],
    entropy: 3,
    tags: ["kraken", "crypto", "api-key"]
  }
];

// rules/kubernetes/rule.ts
var rules11 = [
  {
    id: "kubernetes-bootstrap-token",
    description: "Kubernetes bootstrap token (`<6>.<16>` lower-case alphanumerics) for kubeadm join or a bootstrap-token Secret",
    severity: "high",
    regex: /\b([a-z0-9]{6}\.[a-z0-9]{16})\b/,
    keywords: ["kubeadm", "bootstrap-token", "--token"],
    entropy: 3,
    // The token the kubeadm documentation uses in every example.
    allowlists: [{ regexes: [/^abcdef\.0123456789abcdef$/] }],
    tags: ["kubernetes", "cluster", "token"]
  }
];

// rules/kucoin/rule.ts
var rules12 = [
  {
    id: "kucoin-api-secret",
    description: "KuCoin API secret (a UUID) assigned to a KuCoin setting",
    severity: "critical",
    regex: assignedTo(
      String.raw`kucoin[\w.-]{0,20}?(?:api[_.-]?)?secret`,
      "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}",
      "(?:[^a-z0-9-]|$)"
    ),
    keywords: ["kucoin"],
    entropy: 3,
    tags: ["kucoin", "crypto", "api-key"]
  }
];

// rules/labelbox/rule.ts
var rules13 = [
  {
    id: "labelbox-api-key",
    description: "Labelbox API key (`lbx_` and 43 characters)",
    severity: "high",
    regex: /\b(lbx_[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048])(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["lbx_"],
    entropy: 3.5,
    tags: ["labelbox", "ai", "api-key"]
  }
];

// rules/langfuse/rule.ts
var rules14 = [
  {
    id: "langfuse-secret-key",
    description: "Langfuse secret key (`sk-lf-` and a UUID)",
    severity: "high",
    regex: /\b(sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
    keywords: ["sk-lf-"],
    entropy: 2.5,
    tags: ["langfuse", "ai", "api-key"]
  }
];

// rules/langsmith/rule.ts
var rules15 = [
  {
    id: "langsmith-api-key",
    description: "LangSmith API key (`lsv2_pt_` personal or `lsv2_sk_` service key)",
    severity: "high",
    regex: /\b(lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})(?:[^A-Za-z0-9]|$)/,
    keywords: ["lsv2_pt_", "lsv2_sk_"],
    entropy: 3,
    tags: ["langsmith", "ai", "api-key"]
  }
];

// rules/lark/rule.ts
var rules16 = [
  {
    id: "lark-webhook-url",
    description: "Feishu/Lark custom bot webhook URL: anyone holding it can post to the group",
    severity: "medium",
    regex: /(https:\/\/open\.(?:feishu\.cn|larksuite\.com)\/open-apis\/bot\/v2\/hook\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/,
    keywords: ["/open-apis/bot/v2/hook/"],
    tags: ["lark", "chat", "webhook"]
  }
];

// rules/launchdarkly/rule.ts
var rules17 = [
  {
    id: "launchdarkly-key",
    description: "LaunchDarkly API access token or SDK key (`api-`/`sdk-` and a UUID) where LaunchDarkly is named",
    severity: "high",
    regex: /\b((?:api|sdk)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
    keywords: ["launchdarkly", "ldclient"],
    entropy: 2.5,
    tags: ["launchdarkly", "feature-flags", "api-key"]
  }
];

// rules/lichess/rule.ts
var rules18 = [
  {
    id: "lichess-personal-access-token",
    description: "Lichess personal API access token (`lip_` and 16 to 60 characters)",
    severity: "high",
    regex: /\b(lip_[A-Za-z0-9_]{16,60})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["lip_"],
    entropy: 3,
    tags: ["lichess", "gaming", "access-token"]
  }
];

// rules/lighton/rule.ts
var rules19 = [
  {
    id: "lighton-api-key",
    description: "LightOn Paradigm API key (40 to 80 characters) assigned to a LightOn setting",
    severity: "high",
    regex: assignedTo(String.raw`lighton[\w.-]{0,20}?(?:key|token)`, "[A-Za-z0-9_-]{40,80}"),
    keywords: ["lighton"],
    entropy: 3,
    tags: ["lighton", "ai", "api-key"]
  }
];

// rules/linkedin/rule.ts
var rules20 = [
  {
    id: "linkedin-client-secret",
    description: "LinkedIn app client secret (16 alphanumerics) assigned to a LinkedIn secret setting",
    severity: "high",
    regex: assignedTo(
      String.raw`linked[_.-]?in[\w.-]{0,20}?(?:client[_.-]?)?secret`,
      "[A-Za-z0-9]{16}",
      "(?:[^A-Za-z0-9]|$)"
    ),
    keywords: ["linkedin", "linked_in", "linked-in"],
    entropy: 3,
    tags: ["linkedin", "social", "client-secret"]
  }
];

// rules/linode/rule.ts
var rules21 = [
  {
    id: "linode-api-token",
    description: "Linode (Akamai) personal access token (64 hex) assigned to a Linode token setting",
    severity: "critical",
    regex: /\b(?:LINODE_TOKEN|LINODE_CLI_TOKEN|LINODE_API_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{64})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["linode_token", "linode_cli_token", "linode_api_token"],
    entropy: 3,
    tags: ["linode", "cloud", "api-key"]
  }
];

// rules/llamaindex/rule.ts
var rules22 = [
  {
    id: "llamacloud-api-key",
    description: "LlamaCloud (LlamaIndex) API key (`llx-` and 44-52 alphanumerics)",
    severity: "high",
    regex: /\b(llx-[A-Za-z0-9]{44,52})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["llx-"],
    entropy: 3,
    tags: ["llamaindex", "ai", "api-key"]
  }
];

// rules/lob/rule.ts
var rules23 = [
  {
    id: "lob-api-key",
    description: "Lob API key (`live_`/`test_` and 35 hex) assigned to a Lob setting",
    severity: "high",
    regex: assignedTo(
      String.raw`\blob[_.-]?(?:live[_.-]?|test[_.-]?|secret[_.-]?)?(?:api[_.-]?)?key`,
      "(?:live|test)_(?:pub_)?[a-f0-9]{31,35}",
      "(?:[^A-Za-z0-9]|$)"
    ),
    // Names, not the bare word: `lob` is inside `global` and `blob`.
    keywords: ["lob_", "lob-", "lob.", "lobapi", "lobkey", "loblive", "lobtest", "lobsecret"],
    entropy: 3,
    tags: ["lob", "saas", "api-key"]
  }
];

// rules/loggly/rule.ts
var rules24 = [
  {
    id: "loggly-customer-token",
    description: "Loggly customer token (a UUID) assigned to a Loggly token setting",
    severity: "medium",
    regex: /\b(?:LOGGLY_TOKEN|LOGGLY_CUSTOMER_TOKEN)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["loggly_token", "loggly_customer_token"],
    entropy: 2.5,
    tags: ["loggly", "observability", "api-key"]
  }
];

// rules/looker/rule.ts
var rules25 = [
  {
    id: "looker-client-secret",
    description: "Looker API client secret (24 alphanumerics) assigned to a Looker setting",
    severity: "high",
    regex: assignedTo(String.raw`looker[\w.-]{0,20}?client[_.-]?secret`, "[A-Za-z0-9]{24}", "(?:[^A-Za-z0-9]|$)"),
    keywords: ["looker"],
    entropy: 3,
    tags: ["looker", "analytics", "client-secret"]
  }
];

// rules/mailersend/rule.ts
var rules26 = [
  {
    id: "mailersend-api-token",
    description: "MailerSend API token (`mlsn.` and 64 hex)",
    severity: "high",
    regex: /\b(mlsn\.[a-f0-9]{64})(?:[^A-Za-z0-9]|$)/,
    keywords: ["mlsn."],
    entropy: 3,
    tags: ["mailersend", "email", "api-key"]
  }
];

// rules/mailjet/rule.ts
var rules27 = [
  {
    id: "mailjet-secret-key",
    description: "Mailjet API secret key (32 hex) assigned to a Mailjet secret setting",
    severity: "high",
    regex: /\b(?:MJ_APIKEY_PRIVATE|MAILJET_SECRET_KEY|MAILJET_API_SECRET)["']?[ \t]{0,4}[=:][ \t]{0,4}["']?([a-f0-9]{32})(?:[^A-Za-z0-9]|$)/i,
    keywords: ["mj_apikey_private", "mailjet_secret_key", "mailjet_api_secret"],
    entropy: 3,
    tags: ["mailjet", "email", "api-key"]
  }
];

// rules/mandrill/rule.ts
var rules28 = [
  {
    id: "mandrill-api-key",
    description: "Mailchimp Transactional (Mandrill) API key (`md-` and 22 characters) where Mandrill is named",
    severity: "high",
    regex: /\b(md-[A-Za-z0-9_-]{22})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ["mandrill"],
    entropy: 3,
    tags: ["mandrill", "email", "api-key"]
  }
];
export {
  rules as intra42,
  rules2 as ionic,
  rules3 as jenkins,
  rules4 as jfrog,
  rules5 as jina,
  rules6 as jumpcloud,
  rules7 as kagi,
  rules8 as kerberos,
  rules9 as klaviyo,
  rules10 as kraken,
  rules11 as kubernetes,
  rules12 as kucoin,
  rules13 as labelbox,
  rules14 as langfuse,
  rules15 as langsmith,
  rules16 as lark,
  rules17 as launchdarkly,
  rules18 as lichess,
  rules19 as lighton,
  rules20 as linkedin,
  rules21 as linode,
  rules22 as llamaindex,
  rules23 as lob,
  rules24 as loggly,
  rules25 as looker,
  rules26 as mailersend,
  rules27 as mailjet,
  rules28 as mandrill
};
