

// rules/rate-limit.ts
var realClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((r) => setTimeout(r, ms))
};
function createThrottle(ratePerMinute, clock = realClock) {
  const buckets = /* @__PURE__ */ new Map();
  return (id) => {
    const rate = Math.max(1, ratePerMinute(id));
    const burst = Math.max(1, Math.floor(rate / 10));
    let b = buckets.get(id);
    if (!b) {
      b = { tokens: burst, at: clock.now(), queue: Promise.resolve() };
      buckets.set(id, b);
    }
    const bucket = b;
    const take = async () => {
      for (; ; ) {
        const now = clock.now();
        bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * rate / 6e4);
        bucket.at = now;
        if (bucket.tokens >= 1) {
          bucket.tokens -= 1;
          return;
        }
        await clock.sleep(Math.ceil((1 - bucket.tokens) * 6e4 / rate));
      }
    };
    const turn = bucket.queue.then(take);
    bucket.queue = turn.catch(() => {
    });
    return turn;
  };
}

// rules/provider-http.ts
var ProviderConfigError = class extends Error {
  name = "ProviderConfigError";
};
function overrideVariable(providerId) {
  return `LEAKHOUND_${providerId.toUpperCase().replace(/-/g, "_")}_API_URL`;
}
var LOOPBACK = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "[::1]"]);
function apiBase(p, ctx) {
  const name = overrideVariable(p.id);
  const raw = ctx.env[name];
  if (!raw) return p.apiUrl.replace(/\/+$/, "");
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new ProviderConfigError(`${name} is not a URL: expected e.g. https://api.example.com`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) {
    throw new ProviderConfigError(`${name} must be an https:// URL (http:// is accepted for localhost only)`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new ProviderConfigError(`${name} must not carry credentials, a query or a fragment`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}
var ProviderCallError = class extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
  kind;
  name = "ProviderCallError";
};
async function call(p, ctx, opts) {
  let base;
  try {
    base = opts.base ?? apiBase(p, ctx);
  } catch (err) {
    throw new ProviderCallError("config", err.message);
  }
  await ctx.throttle?.(p.id);
  const headers3 = { "user-agent": "leakhound", accept: "application/json", ...opts.headers };
  let body;
  if (opts.body instanceof URLSearchParams) {
    body = opts.body;
  } else if (typeof opts.body === "string") {
    body = opts.body;
  } else if (opts.body !== void 0) {
    body = JSON.stringify(opts.body);
    headers3["content-type"] ??= "application/json";
  }
  let res;
  try {
    res = await ctx.fetch(`${base}${opts.path}`, {
      method: opts.method ?? "GET",
      headers: headers3,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(ctx.timeoutMs)
    });
  } catch (err) {
    const e = err;
    if (e?.name === "TimeoutError" || e?.name === "AbortError") {
      throw new ProviderCallError("timeout", `${p.name} did not answer within ${ctx.timeoutMs} ms`);
    }
    throw new ProviderCallError(
      "network",
      `could not reach ${p.name} (${e?.cause?.code ?? e?.name ?? "network error"})`
    );
  }
  const text = (await res.text().catch(() => "")).slice(0, 65536);
  let parsed = text;
  if (text && /json/i.test(res.headers.get("content-type") ?? "")) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  return { status: res.status, headers: res.headers, body: parsed };
}
function field(body, ...path) {
  let v = body;
  for (const k of path) {
    if (typeof v !== "object" || v === null) return void 0;
    v = v[k];
  }
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : void 0;
}
function safeText(value, secret) {
  if (value === void 0) return void 0;
  const clean = value.replace(/[^\w .@:/+-]/g, "").slice(0, 80);
  return clean && (!secret || !clean.includes(secret) && !secret.includes(clean)) ? clean : void 0;
}
function unexpected(p, a) {
  if (a.status === 429) {
    const after = a.headers.get("retry-after") ?? a.headers.get("x-ratelimit-reset-after");
    return { state: "unknown", reason: `rate limited by ${p.name}${after ? `; retry after ${after} s` : ""}` };
  }
  if (a.status >= 500) return { state: "unknown", reason: `${p.name} answered HTTP ${a.status} (server error)` };
  if (a.status >= 300 && a.status < 400)
    return { state: "unknown", reason: `${p.name} redirected (HTTP ${a.status}); not followed` };
  return { state: "unknown", reason: `${p.name} answered an unexpected HTTP ${a.status}` };
}
function unreachable(err) {
  if (err instanceof ProviderCallError) return { state: "unknown", reason: err.message };
  throw err;
}
function httpVerifier(options) {
  return async function verify2(credential, ctx) {
    let a;
    try {
      a = await call(this, ctx, {
        method: options.method,
        path: options.path,
        headers: options.headers(credential),
        body: options.body
      });
    } catch (err) {
      return unreachable(err);
    }
    const special = options.classify?.(a);
    if (special) return special;
    if (a.status >= 200 && a.status < 300) return { state: "live", reason: options.live(a) };
    if ((options.invalid ?? [401, 403]).includes(a.status)) {
      return { state: "invalid", reason: `${this.name} rejected the credential (HTTP ${a.status})` };
    }
    return unexpected(this, a);
  };
}
var bearer = ({ secret }) => ({
  authorization: `Bearer ${secret}`
});

// rules/anthropic/provider.ts
var headers = ({ secret }) => ({ "x-api-key": secret, "anthropic-version": "2023-06-01" });
var key = httpVerifier({
  path: "/v1/models?limit=1",
  headers,
  live: () => "Anthropic accepts the key (it can list models)"
});
var admin = httpVerifier({
  path: "/v1/organizations/users?limit=1",
  headers,
  live: () => "Anthropic accepts the admin key (it can list organization members)"
});
var anthropic = {
  id: "anthropic",
  name: "Anthropic",
  rules: ["anthropic-api-key", "anthropic-admin-key"],
  githubSecretTypes: ["anthropic_api_key", "anthropic_admin_api_key"],
  apiUrl: "https://api.anthropic.com",
  docs: ["https://docs.anthropic.com/en/api/models-list"],
  ratePerMinute: 50,
  verify(c, ctx) {
    return c.ruleId === "anthropic-admin-key" ? admin.call(this, c, ctx) : key.call(this, c, ctx);
  },
  containment: [],
  revokes: [],
  manualRevocation: "disable or delete the key at https://console.anthropic.com/settings/keys",
  permissions: "verify: none (the leaked key itself)",
  rotates: false
};

// rules/aws/clients.ts
async function defaultAwsClients(ctx) {
  const [{ IAMClient }, { STSClient }] = await Promise.all([
    import("@aws-sdk/client-iam"),
    import("@aws-sdk/client-sts")
  ]);
  const endpoint = ctx.env.LEAKHOUND_AWS_API_URL ? apiBase({ id: "aws", apiUrl: "" }, ctx) : void 0;
  const common = {
    region: ctx.env.AWS_REGION ?? ctx.env.AWS_DEFAULT_REGION ?? "us-east-1",
    maxAttempts: 1,
    ...endpoint ? { endpoint } : {}
  };
  return {
    iam: new IAMClient(common),
    sts: new STSClient(common),
    keyPairSts: (accessKeyId, secretAccessKey) => new STSClient({ ...common, credentials: { accessKeyId, secretAccessKey } })
  };
}

// rules/aws/provider.ts
var revokeModule = () => import("./revoke-E5EUYHPP.js");
var verifyModule = () => import("./verify-WGXMUSIC.js");
var verifyRevokedModule = () => import("./verify-revoked-72WBKBO3.js");
var DEFAULT_QUARANTINE_POLICY = "arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3";
function awsTimeout(ctx) {
  return Number(ctx.options?.["aws.timeoutMs"] ?? ctx.timeoutMs);
}
async function clients(ctx) {
  return ctx.aws ?? defaultAwsClients(ctx);
}
async function verify(c, ctx) {
  if (!c.pair) {
    return {
      state: "unknown",
      reason: "an access key id alone cannot be tested: the secret access key must be found beside it"
    };
  }
  let aws2;
  try {
    aws2 = await clients(ctx);
  } catch (err) {
    if (err instanceof ProviderConfigError) return { state: "unknown", reason: err.message };
    throw err;
  }
  await ctx.throttle?.("aws");
  const { verifyKeyPair } = await verifyModule();
  const v = await verifyKeyPair(aws2.keyPairSts(c.secret, c.pair), { timeoutMs: awsTimeout(ctx) });
  return v.status === "unknown" ? { state: "unknown", reason: v.error } : { state: v.status, reason: v.detail };
}
async function step(run) {
  try {
    const r = await run();
    return r.outcome === "done" ? r : { outcome: "task", detail: r.task };
  } catch (err) {
    const { AwsStepError } = await revokeModule();
    if (err instanceof AwsStepError) return { outcome: "retry", detail: err.message };
    throw err;
  }
}
async function owner(c, ctx, aws2) {
  const { findKeyOwner } = await revokeModule();
  return findKeyOwner(aws2.iam, aws2.sts, c.secret, { timeoutMs: awsTimeout(ctx) });
}
var aws = {
  id: "aws",
  name: "AWS",
  rules: ["aws-access-key-id"],
  pairRules: ["aws-secret-access-key"],
  githubSecretTypes: ["aws_access_key_id"],
  apiUrl: "https://sts.amazonaws.com",
  docs: [
    "https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html",
    "https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccessKey.html"
  ],
  ratePerMinute: 120,
  verify,
  verifyAfter: "identify",
  containment: [
    {
      id: "identify",
      title: "Find the key owner (iam:GetAccessKeyLastUsed, sts:GetAccessKeyInfo)",
      provenByRevocation: true,
      readOnly: true,
      run: async (c, ctx) => {
        const aws2 = await clients(ctx);
        return step(() => owner(c, ctx, aws2));
      }
    },
    {
      id: "deactivate",
      title: "Deactivate the access key (iam:UpdateAccessKey → Inactive)",
      provenByRevocation: true,
      run: async (c, ctx) => {
        const aws2 = await clients(ctx);
        return step(async () => {
          const o = await owner(c, ctx, aws2);
          if (o.outcome === "task" || !o.owner.userName)
            return o.outcome === "task" ? o : { outcome: "done", detail: o.detail };
          const { deactivateKey } = await revokeModule();
          return deactivateKey(aws2.iam, o.owner.userName, c.secret, { timeoutMs: awsTimeout(ctx) });
        });
      }
    },
    {
      id: "quarantine",
      title: "Attach the AWS compromised-key quarantine policy to the owner",
      run: async (c, ctx) => {
        const aws2 = await clients(ctx);
        const policy = String(ctx.options?.["aws.quarantinePolicyArn"] ?? DEFAULT_QUARANTINE_POLICY);
        return step(async () => {
          const o = await owner(c, ctx, aws2);
          if (o.outcome === "task" || !o.owner.userName)
            return o.outcome === "task" ? o : { outcome: "done", detail: o.detail };
          const { attachQuarantine } = await revokeModule();
          return attachQuarantine(aws2.iam, o.owner.userName, policy, { timeoutMs: awsTimeout(ctx) });
        });
      }
    },
    {
      id: "verify",
      title: "Verify the leaked key no longer works (sts:GetCallerIdentity signed with it)",
      readOnly: true,
      run: async (c, ctx) => {
        const aws2 = await clients(ctx);
        await ctx.throttle?.("aws");
        const { verifyRevoked } = await verifyRevokedModule();
        return verifyRevoked(c, aws2, { timeoutMs: awsTimeout(ctx) });
      }
    }
  ],
  revokes: ["aws-access-key-id"],
  manualRevocation: "deactivate and delete the key in IAM → Users → Security credentials, in the account that owns it",
  permissions: "sts:GetAccessKeyInfo, sts:GetCallerIdentity, iam:GetAccessKeyLastUsed, iam:ListAccessKeys, iam:UpdateAccessKey, iam:AttachUserPolicy (for the quarantine policy) in the account that owns the key",
  rotates: true
};

// rules/provider-steps.ts
function httpRevokeStep(p, r) {
  return {
    id: "revoke",
    title: r.title,
    provenByRevocation: true,
    async run(c, ctx) {
      const req = r.request(c, ctx);
      if ("outcome" in req) return req;
      let a;
      try {
        a = await call(p, ctx, req);
      } catch (err) {
        return { outcome: "retry", detail: unreachable(err).reason };
      }
      if (r.done.includes(a.status))
        return { outcome: "done", detail: `${p.name} accepted the revocation (HTTP ${a.status})` };
      if ((r.gone ?? [401]).includes(a.status)) {
        return { outcome: "done", detail: `${p.name} no longer accepts the credential (HTTP ${a.status})` };
      }
      if (a.status === 429 || a.status >= 500)
        return { outcome: "retry", detail: `${p.name} answered HTTP ${a.status}` };
      return { outcome: "task", detail: `${p.name} refused to revoke it (HTTP ${a.status}): ${r.refused}` };
    }
  };
}
function confirmRevokedStep(p) {
  return {
    id: "confirm-revoked",
    title: `Verify ${p.name} no longer accepts the credential`,
    readOnly: true,
    async run(c, ctx) {
      if (!p.verify)
        return { outcome: "task", detail: `${p.name} cannot be asked; check by hand that the credential is gone` };
      const v = await p.verify(c, ctx);
      if (v.state === "invalid") return { outcome: "done", detail: `revocation verified: ${v.reason}` };
      return { outcome: "retry", detail: v.state === "live" ? `${p.name} still accepts the credential` : v.reason };
    }
  };
}

// rules/buildkite/provider.ts
function scopes(body) {
  const list = body?.scopes;
  return Array.isArray(list) ? list.flatMap((s) => {
    const clean = typeof s === "string" ? safeText(s, "") : void 0;
    return clean ? [clean] : [];
  }) : [];
}
var buildkite = {
  id: "buildkite",
  name: "Buildkite",
  rules: ["buildkite-api-token"],
  // GitHub secret scanning does not name Buildkite tokens.
  githubSecretTypes: [],
  apiUrl: "https://api.buildkite.com",
  docs: ["https://buildkite.com/docs/apis/rest-api/access-token"],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: "/v2/access-token",
    headers: bearer,
    invalid: [401],
    classify: (a) => {
      if (a.status !== 200) return void 0;
      const held = scopes(a.body);
      const id = safeText(field(a.body, "uuid"), "");
      return {
        state: "live",
        reason: `Buildkite accepts the token${id ? ` (token ${id})` : ""}; scopes: ${held.join(", ") || "none"}`,
        permissions: held
      };
    },
    live: () => "Buildkite accepts the token"
  }),
  containment: [],
  revokes: ["buildkite-api-token"],
  manualRevocation: "revoke the token at https://buildkite.com/user/api-access-tokens",
  permissions: "none: the token revokes itself (DELETE /v2/access-token)",
  rotates: false
};
buildkite.containment = [
  httpRevokeStep(buildkite, {
    title: "Revoke the token (DELETE /v2/access-token, as the token itself)",
    request: (c) => ({ method: "DELETE", path: "/v2/access-token", headers: bearer(c) }),
    done: [204, 200],
    refused: buildkite.manualRevocation
  }),
  confirmRevokedStep(buildkite)
];

// rules/cloudflare/provider.ts
var cloudflare = {
  id: "cloudflare",
  name: "Cloudflare",
  rules: ["cloudflare-api-token", "cloudflare-global-api-key", "cloudflare-origin-ca-key"],
  githubSecretTypes: ["cloudflare_api_token", "cloudflare_global_api_key"],
  apiUrl: "https://api.cloudflare.com/client/v4",
  docs: [
    "https://developers.cloudflare.com/api/resources/user/subresources/tokens/methods/verify/",
    "https://developers.cloudflare.com/api/resources/user/subresources/tokens/methods/delete/"
  ],
  ratePerMinute: 120,
  unverifiable: {
    "cloudflare-global-api-key": "a global API key only works together with the account e-mail",
    "cloudflare-origin-ca-key": "an Origin CA key only authorises certificate calls that would change the account"
  },
  verify(c, ctx) {
    const why = this.unverifiable?.[c.ruleId];
    if (why) return Promise.resolve({ state: "unknown", reason: why });
    return tokenVerifier.call(this, c, ctx);
  },
  containment: [],
  revokes: ["cloudflare-api-token"],
  manualRevocation: "delete the token at https://dash.cloudflare.com/profile/api-tokens (global keys: View → Change)",
  permissions: 'none: a token with "API Tokens: Edit" deletes itself; otherwise a person does',
  rotates: false
};
var tokenVerifier = httpVerifier({
  path: "/user/tokens/verify",
  headers: bearer,
  invalid: [401, 403],
  classify: (a) => a.status === 200 && field(a.body, "result", "status") !== "active" ? {
    state: "invalid",
    reason: `Cloudflare knows the token but it is ${field(a.body, "result", "status") ?? "not active"}`
  } : void 0,
  live: () => "Cloudflare accepts the token (status active)"
});
async function revoke(c, ctx) {
  if (c.ruleId !== "cloudflare-api-token") return { outcome: "task", detail: cloudflare.manualRevocation };
  let a;
  try {
    a = await call(cloudflare, ctx, { path: "/user/tokens/verify", headers: bearer(c) });
    if (a.status === 401 || a.status === 403)
      return { outcome: "done", detail: "Cloudflare no longer accepts the token" };
    const id = field(a.body, "result", "id");
    if (a.status !== 200 || !id || !/^[A-Za-z0-9]{16,64}$/.test(id)) {
      return {
        outcome: a.status >= 500 || a.status === 429 ? "retry" : "task",
        detail: `could not learn the token's id (HTTP ${a.status})`
      };
    }
    a = await call(cloudflare, ctx, { method: "DELETE", path: `/user/tokens/${id}`, headers: bearer(c) });
  } catch (err) {
    return { outcome: "retry", detail: unreachable(err).reason };
  }
  if (a.status === 200) return { outcome: "done", detail: "token deleted (DELETE /user/tokens/{id})" };
  if (a.status === 429 || a.status >= 500) return { outcome: "retry", detail: `Cloudflare answered HTTP ${a.status}` };
  return {
    outcome: "task",
    detail: `the token may not delete itself (HTTP ${a.status}): ${cloudflare.manualRevocation}`
  };
}
cloudflare.containment = [
  {
    id: "revoke",
    title: "Delete the token (DELETE /user/tokens/{id}, as the token itself)",
    run: revoke,
    provenByRevocation: true
  },
  confirmRevokedStep(cloudflare)
];

// rules/datadog/provider.ts
var datadog = {
  id: "datadog",
  name: "Datadog",
  rules: ["datadog-api-key"],
  githubSecretTypes: ["datadog_api_key"],
  apiUrl: "https://api.datadoghq.com",
  docs: ["https://docs.datadoghq.com/api/latest/authentication/#validate-api-key"],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: "/api/v1/validate",
    headers: (c) => ({ "dd-api-key": c.secret }),
    live: () => "Datadog accepts the API key (US1 site; set LEAKHOUND_DATADOG_API_URL for another site)"
  }),
  containment: [],
  revokes: [],
  manualRevocation: "revoke the key in Organization Settings → API Keys",
  permissions: "verify: none (the leaked credential itself)",
  rotates: false
};

// rules/digitalocean/provider.ts
var digitalocean = {
  id: "digitalocean",
  name: "DigitalOcean",
  rules: ["digitalocean-pat", "digitalocean-oauth-token"],
  githubSecretTypes: ["digitalocean_personal_access_token", "digitalocean_oauth_token"],
  apiUrl: "https://api.digitalocean.com",
  docs: ["https://docs.digitalocean.com/reference/api/digitalocean/#tag/Account/operation/account_get"],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: "/v2/account",
    headers: bearer,
    invalid: [401],
    live: (a) => `DigitalOcean accepts the token (account status: ${safeText(field(a.body, "account", "status"), "") ?? "?"})`
  }),
  containment: [],
  revokes: ["digitalocean-oauth-token"],
  manualRevocation: "delete the token at https://cloud.digitalocean.com/account/api/tokens",
  permissions: "none: an OAuth token revokes itself; personal access tokens are deleted by their owner",
  rotates: false
};
digitalocean.containment = [
  httpRevokeStep(digitalocean, {
    title: "Revoke the OAuth token (POST cloud.digitalocean.com/v1/oauth/revoke, as the token itself)",
    request: (c, ctx) => {
      if (c.ruleId !== "digitalocean-oauth-token") return { outcome: "task", detail: digitalocean.manualRevocation };
      let base = "https://cloud.digitalocean.com";
      try {
        if (ctx.env.LEAKHOUND_DIGITALOCEAN_API_URL) base = new URL(apiBase(digitalocean, ctx)).origin;
      } catch (err) {
        if (err instanceof ProviderConfigError) return { outcome: "task", detail: err.message };
        throw err;
      }
      return {
        method: "POST",
        base,
        path: "/v1/oauth/revoke",
        headers: bearer(c),
        body: new URLSearchParams({ token: c.secret })
      };
    },
    done: [200, 204],
    refused: digitalocean.manualRevocation
  }),
  confirmRevokedStep(digitalocean)
];

// rules/discord/provider.ts
var WEBHOOK = "discord-webhook-url";
function webhookPath(url) {
  const m = /discord(?:app)?\.com\/api(?:\/v\d{1,2})?(\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,80})$/.exec(url);
  return m ? m[1] : null;
}
async function verifyDiscord(c, ctx) {
  let a;
  try {
    if (c.ruleId === WEBHOOK) {
      const path = webhookPath(c.secret);
      if (!path) return { state: "unknown", reason: "not a Discord webhook URL" };
      a = await call(discord, ctx, { path });
    } else {
      a = await call(discord, ctx, { path: "/users/@me", headers: { authorization: `Bot ${c.secret}` } });
    }
  } catch (err) {
    return unreachable(err);
  }
  if (a.status === 200) {
    const name = safeText(field(a.body, c.ruleId === WEBHOOK ? "name" : "username"), c.secret);
    return {
      state: "live",
      reason: `Discord accepts the ${c.ruleId === WEBHOOK ? "webhook" : "bot token"}${name ? ` (${name})` : ""}`
    };
  }
  if (a.status === 401 || a.status === 404)
    return { state: "invalid", reason: `Discord does not accept it (HTTP ${a.status})` };
  return unexpected(discord, a);
}
async function revoke2(c, ctx) {
  if (c.ruleId !== WEBHOOK)
    return {
      outcome: "task",
      detail: "reset the bot token in the developer portal (Applications → Bot → Reset Token)"
    };
  const path = webhookPath(c.secret);
  if (!path) return { outcome: "task", detail: "delete the webhook in the channel settings (Integrations → Webhooks)" };
  let a;
  try {
    a = await call(discord, ctx, { method: "DELETE", path });
  } catch (err) {
    return { outcome: "retry", detail: unreachable(err).reason };
  }
  if (a.status === 204) return { outcome: "done", detail: "webhook deleted (DELETE on the webhook URL)" };
  if (a.status === 401 || a.status === 404)
    return { outcome: "done", detail: `the webhook no longer exists (HTTP ${a.status})` };
  if (a.status === 429 || a.status >= 500) return { outcome: "retry", detail: `Discord answered HTTP ${a.status}` };
  return { outcome: "task", detail: `Discord answered HTTP ${a.status}: delete the webhook in the channel settings` };
}
var discord = {
  id: "discord",
  name: "Discord",
  rules: ["discord-bot-token", WEBHOOK],
  githubSecretTypes: ["discord_bot_token"],
  apiUrl: "https://discord.com/api/v10",
  docs: [
    "https://discord.com/developers/docs/resources/user#get-current-user",
    "https://discord.com/developers/docs/resources/webhook#delete-webhook-with-token"
  ],
  ratePerMinute: 30,
  verify: verifyDiscord,
  containment: [],
  revokes: [WEBHOOK],
  manualRevocation: "reset the bot token in the developer portal, or delete the webhook in the channel settings",
  permissions: "none: a webhook URL deletes itself; bot tokens are reset by an app owner",
  rotates: false
};
discord.containment = [
  { id: "revoke", title: "Delete the webhook (DELETE on its URL)", run: revoke2, provenByRevocation: true },
  confirmRevokedStep(discord)
];

// rules/doppler/provider.ts
var doppler = {
  id: "doppler",
  name: "Doppler",
  rules: ["doppler-token"],
  githubSecretTypes: [
    "doppler_personal_token",
    "doppler_service_token",
    "doppler_cli_token",
    "doppler_scim_token",
    "doppler_audit_token",
    "doppler_service_account_token"
  ],
  apiUrl: "https://api.doppler.com",
  docs: [
    "https://docs.doppler.com/reference/auth-me",
    "https://docs.doppler.com/reference/auth-revoke",
    "https://docs.doppler.com/reference/api"
  ],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: "/v3/me",
    headers: bearer,
    invalid: [401],
    live: (a) => {
      const details = [
        safeText(field(a.body, "type"), ""),
        safeText(field(a.body, "workplace", "name"), "")?.replace(/^/, "workplace ")
      ].filter(Boolean);
      return `Doppler accepts the token${details.length ? ` (${details.join(", ")})` : ""}`;
    }
  }),
  containment: [],
  revokes: ["doppler-token"],
  manualRevocation: "revoke the token in the Doppler dashboard (Tokens for personal/CLI tokens, Project → Config → Access for service tokens, Team → Service Accounts for service account tokens)",
  permissions: "none: the token revokes itself (POST /v3/auth/revoke)",
  rotates: false
};
doppler.containment = [
  httpRevokeStep(doppler, {
    title: "Revoke the token (POST /v3/auth/revoke, as the token itself)",
    request: (c) => ({ method: "POST", path: "/v3/auth/revoke", headers: bearer(c), body: { token: c.secret } }),
    done: [200, 204],
    refused: doppler.manualRevocation
  }),
  confirmRevokedStep(doppler)
];

// rules/dropbox/provider.ts
var rpc = (c) => ({ ...bearer(c), "content-type": "application/json" });
var dropbox = {
  id: "dropbox",
  name: "Dropbox",
  rules: ["dropbox-access-token"],
  githubSecretTypes: ["dropbox_access_token", "dropbox_short_lived_access_token"],
  apiUrl: "https://api.dropboxapi.com",
  docs: [
    "https://www.dropbox.com/developers/documentation/http/documentation#users-get_current_account",
    "https://www.dropbox.com/developers/documentation/http/documentation#auth-token-revoke"
  ],
  ratePerMinute: 60,
  verify: httpVerifier({
    method: "POST",
    path: "/2/users/get_current_account",
    headers: rpc,
    body: "null",
    // 400 is Dropbox's answer to an authorization header it cannot parse as a token.
    invalid: [400, 401],
    live: (a) => {
      const kind = safeText(field(a.body, "account_type", ".tag"), "");
      return `Dropbox accepts the token${kind ? ` (${kind} account)` : ""}`;
    }
  }),
  containment: [],
  revokes: ["dropbox-access-token"],
  manualRevocation: "disconnect the app at https://www.dropbox.com/account/connected_apps (or, as its developer, regenerate its tokens in the App Console)",
  permissions: "none: the token revokes itself (POST /2/auth/token/revoke)",
  rotates: false
};
dropbox.containment = [
  httpRevokeStep(dropbox, {
    title: "Revoke the token and its refresh token (POST /2/auth/token/revoke, as the token itself)",
    request: (c) => ({ method: "POST", path: "/2/auth/token/revoke", headers: rpc(c), body: "null" }),
    done: [200],
    refused: dropbox.manualRevocation
  }),
  confirmRevokedStep(dropbox)
];

// rules/figma/provider.ts
var figma = {
  id: "figma",
  name: "Figma",
  rules: ["figma-personal-access-token", "figma-legacy-token"],
  githubSecretTypes: ["figma_personal_access_token"],
  apiUrl: "https://api.figma.com",
  docs: ["https://www.figma.com/developers/api#get-me-endpoint"],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: "/v1/me",
    headers: (c) => ({ "x-figma-token": c.secret }),
    live: () => "Figma accepts the token"
  }),
  containment: [],
  revokes: [],
  manualRevocation: "revoke the token in Figma: Settings → Security → Personal access tokens",
  permissions: "verify: none (the leaked credential itself)",
  rotates: false
};

// rules/github/revoke-queue.ts
var MAX_PER_REQUEST = 1e3;
var REQUEST_SPACING_MS = 6e4;
var RevocationQueue = class {
  constructor(send, gatherMs = 2e3, clock = realClock) {
    this.send = send;
    this.gatherMs = gatherMs;
    this.clock = clock;
  }
  send;
  gatherMs;
  clock;
  waiting = [];
  timer = null;
  nextAllowed = 0;
  revoke(secret) {
    return new Promise((resolve) => {
      this.waiting.push({ secret, resolve });
      this.timer ??= this.drain();
    });
  }
  async drain() {
    await this.clock.sleep(this.gatherMs);
    while (this.waiting.length > 0) {
      const wait = this.nextAllowed - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait);
      const batch = this.waiting.splice(0, MAX_PER_REQUEST);
      this.nextAllowed = this.clock.now() + REQUEST_SPACING_MS;
      let result;
      try {
        result = await this.send([...new Set(batch.map((w) => w.secret))]);
      } catch {
        result = { outcome: "retry", detail: "the revocation request failed" };
      }
      for (const w of batch) w.resolve(result);
    }
    this.timer = null;
  }
};

// rules/github/provider.ts
var HEADERS = { accept: "application/vnd.github+json", "x-github-api-version": "2022-11-28" };
var isInstallation = (secret) => secret.startsWith("ghs_");
function rateLimited(a) {
  return a.status === 429 || a.status === 403 && a.headers.get("x-ratelimit-remaining") === "0";
}
async function verifyGithubToken(c, ctx) {
  const path = isInstallation(c.secret) ? "/installation/repositories?per_page=1" : "/user";
  let a;
  try {
    a = await call(github, ctx, { path, headers: { ...HEADERS, authorization: `token ${c.secret}` } });
  } catch (err) {
    return unreachable(err);
  }
  if (rateLimited(a)) {
    const reset = a.headers.get("x-ratelimit-reset");
    return {
      state: "unknown",
      reason: `rate limited by GitHub${reset ? ` until ${new Date(Number(reset) * 1e3).toISOString()}` : ""}`
    };
  }
  if (a.status === 200) {
    const scopes3 = (a.headers.get("x-oauth-scopes") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    if (isInstallation(c.secret)) {
      const n = field(a.body, "total_count");
      return { state: "live", reason: `GitHub accepts the installation token (${n ?? "?"} repositories)` };
    }
    const login = safeText(field(a.body, "login"), c.secret);
    return {
      state: "live",
      reason: `GitHub accepts the token as ${login ?? "a user"}${scopes3.length ? `; scopes: ${scopes3.join(", ")}` : ""}`,
      ...scopes3.length ? { permissions: scopes3 } : {}
    };
  }
  if (a.status === 401) return { state: "invalid", reason: "GitHub rejected the token (HTTP 401: bad credentials)" };
  if (a.status === 403)
    return { state: "live", reason: "GitHub accepts the token, but it may not read this resource (HTTP 403)" };
  return unexpected(github, a);
}
async function sendRevocation(credentials, ctx) {
  let a;
  await ctx.throttle?.(`${github.id}/credentials-revoke`);
  try {
    a = await call(github, ctx, {
      method: "POST",
      path: "/credentials/revoke",
      headers: HEADERS,
      body: { credentials }
    });
  } catch (err) {
    return { outcome: "retry", detail: unreachable(err).reason };
  }
  if (a.status === 202)
    return { outcome: "done", detail: "GitHub accepted the revocation request (202); the owner is notified" };
  if (a.status === 422 || a.status === 429 || a.status >= 500 || rateLimited(a)) {
    return {
      outcome: "retry",
      detail: `GitHub's revocation API answered HTTP ${a.status} (limit: 60 requests an hour)`
    };
  }
  return { outcome: "task", detail: `GitHub's revocation API answered HTTP ${a.status}: revoke the token by hand` };
}
var queues = /* @__PURE__ */ new WeakMap();
function queueFor(ctx) {
  let q = queues.get(ctx);
  if (!q) {
    const gather = Number(ctx.options?.["github.revokeGatherMs"] ?? 2e3);
    q = new RevocationQueue((creds) => sendRevocation(creds, ctx), gather);
    queues.set(ctx, q);
  }
  return q;
}
async function revoke3(c, ctx) {
  if (c.ruleId === "github-refresh-token" || !isInstallation(c.secret)) {
    if (!/^(?:gh[pour]_|github_pat_)/.test(c.secret)) {
      return {
        outcome: "task",
        detail: "GitHub revokes only prefixed tokens through its API: delete this token in the owner's settings"
      };
    }
    return queueFor(ctx).revoke(c.secret);
  }
  let a;
  try {
    a = await call(github, ctx, {
      method: "DELETE",
      path: "/installation/token",
      headers: { ...HEADERS, authorization: `token ${c.secret}` }
    });
  } catch (err) {
    return { outcome: "retry", detail: unreachable(err).reason };
  }
  if (a.status === 204) return { outcome: "done", detail: "installation token revoked (DELETE /installation/token)" };
  if (a.status === 401)
    return { outcome: "done", detail: "GitHub no longer accepts the installation token (expired or revoked)" };
  if (a.status === 429 || a.status >= 500 || rateLimited(a))
    return { outcome: "retry", detail: `GitHub answered HTTP ${a.status}` };
  return { outcome: "task", detail: `GitHub answered HTTP ${a.status}: revoke the installation token by hand` };
}
async function confirmRevoked(c, ctx) {
  if (c.ruleId === "github-refresh-token") {
    return { outcome: "done", detail: "a refresh token cannot be checked directly; GitHub accepted its revocation" };
  }
  const v = await verifyGithubToken(c, ctx);
  if (v.state === "invalid") return { outcome: "done", detail: `revocation verified: ${v.reason}` };
  return { outcome: "retry", detail: v.state === "live" ? "GitHub still accepts the token" : v.reason };
}
var github = {
  id: "github",
  name: "GitHub",
  rules: [
    "github-pat",
    "github-fine-grained-pat",
    "github-oauth-token",
    "github-user-to-server-token",
    "github-server-to-server-token",
    "github-app-installation-token",
    "github-refresh-token",
    "github-oauth-basic-url"
  ],
  githubSecretTypes: [
    "github_personal_access_token",
    "github_oauth_access_token",
    "github_app_installation_access_token",
    "github_refresh_token"
  ],
  apiUrl: "https://api.github.com",
  docs: [
    "https://docs.github.com/en/rest/users/users#get-the-authenticated-user",
    "https://docs.github.com/en/rest/credentials/revoke#revoke-a-list-of-credentials",
    "https://docs.github.com/en/rest/apps/installations#revoke-an-installation-access-token"
  ],
  ratePerMinute: 60,
  // POST /credentials/revoke: 60 unauthenticated requests an hour.
  limits: { "credentials-revoke": 1 },
  unverifiable: {
    "github-refresh-token": "a refresh token only works with its app's client secret; GitHub can still revoke it"
  },
  verify: async (c, ctx) => c.ruleId === "github-refresh-token" ? { state: "unknown", reason: github.unverifiable["github-refresh-token"] } : verifyGithubToken(c, ctx),
  containment: [
    {
      id: "revoke",
      title: "Revoke the token (POST /credentials/revoke, or DELETE /installation/token for ghs_)",
      run: revoke3,
      provenByRevocation: true
    },
    { id: "confirm-revoked", title: "Verify GitHub no longer accepts the token", run: confirmRevoked, readOnly: true }
  ],
  revokes: [
    "github-pat",
    "github-fine-grained-pat",
    "github-oauth-token",
    "github-user-to-server-token",
    "github-server-to-server-token",
    "github-app-installation-token",
    "github-refresh-token"
  ],
  manualRevocation: "delete the token in the owner's Settings → Developer settings, or ask GitHub Support",
  permissions: "none: the revocation API is unauthenticated on github.com; installation tokens revoke themselves",
  rotates: false
};

// rules/gitlab/hosts.ts
var HOSTS_VARIABLE = "LEAKHOUND_GITLAB_HOSTS";
var LOOPBACK2 = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "[::1]"]);
var HOST = /^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?(?::\d{1,5})?$/;
function trustedGitlabHosts(env) {
  const out = /* @__PURE__ */ new Map();
  for (const raw of (env[HOSTS_VARIABLE] ?? "").split(",")) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    let url;
    try {
      url = new URL(entry.includes("://") ? entry : `https://${entry}`);
    } catch {
      url = void 0;
    }
    const plain = url && (url.protocol === "https:" || url.protocol === "http:" && LOOPBACK2.has(url.hostname));
    if (!url || !plain || !HOST.test(url.host) || url.username || url.password || url.search || url.hash || url.pathname !== "/") {
      throw new ProviderConfigError(
        `${HOSTS_VARIABLE} has an entry that is not a host name or origin: expected e.g. gitlab.example.com,https://git.example.org:8443`
      );
    }
    out.set(url.host, url.origin);
  }
  return out;
}
function gitlabOrigin(c, ctx) {
  if (!c.hosts?.length) return void 0;
  const trusted = trustedGitlabHosts(ctx.env);
  for (const h of c.hosts) {
    const origin = trusted.get(h.toLowerCase());
    if (origin) return origin;
  }
  return void 0;
}

// rules/gitlab/provider.ts
var PAT = "gitlab-pat";
var RUNNER = "gitlab-runner-token";
var JOB = "gitlab-ci-job-token";
function instance(c, ctx) {
  try {
    const base = gitlabOrigin(c, ctx);
    return base ? { base, at: ` at ${new URL(base).host}` } : { at: "" };
  } catch (err) {
    if (err instanceof ProviderConfigError) return { error: err.message };
    throw err;
  }
}
async function verifyGitlab(c, ctx) {
  const where = instance(c, ctx);
  if ("error" in where) return { state: "unknown", reason: where.error };
  const { base, at } = where;
  let a;
  try {
    if (c.ruleId === RUNNER) {
      a = await call(gitlab, ctx, { method: "POST", path: "/api/v4/runners/verify", body: { token: c.secret }, base });
    } else if (c.ruleId === JOB) {
      a = await call(gitlab, ctx, { path: "/api/v4/job", headers: { "job-token": c.secret }, base });
    } else {
      a = await call(gitlab, ctx, {
        path: "/api/v4/personal_access_tokens/self",
        headers: { "private-token": c.secret },
        base
      });
    }
  } catch (err) {
    return unreachable(err);
  }
  if (a.status === 200) {
    if (c.ruleId !== PAT)
      return { state: "live", reason: `GitLab${at} accepts the ${c.ruleId === RUNNER ? "runner" : "job"} token` };
    if (field(a.body, "revoked") === "true" || field(a.body, "active") === "false") {
      return { state: "invalid", reason: "GitLab knows the token but it is revoked or expired" };
    }
    const scopes3 = Array.isArray(a.body?.scopes) ? a.body.scopes.filter((s) => typeof s === "string") : [];
    const name = safeText(field(a.body, "name"), c.secret);
    const expires = safeText(field(a.body, "expires_at"), c.secret);
    return {
      state: "live",
      reason: `GitLab${at} accepts the token${name ? ` "${name}"` : ""}${scopes3.length ? `; scopes: ${scopes3.join(", ")}` : ""}${expires ? `; expires ${expires}` : ""}`,
      ...scopes3.length ? { permissions: scopes3 } : {}
    };
  }
  if (a.status === 401 || a.status === 403 && c.ruleId === RUNNER) {
    return { state: "invalid", reason: `GitLab${at} rejected the token (HTTP ${a.status})` };
  }
  if (a.status === 403 && c.ruleId === JOB)
    return { state: "invalid", reason: "the job is no longer running (HTTP 403)" };
  return unexpected(gitlab, a);
}
async function revoke4(c, ctx) {
  if (c.ruleId !== PAT && c.ruleId !== RUNNER) {
    return {
      outcome: "task",
      detail: c.ruleId === JOB ? "a job token dies with its job: cancel the job if it is still running" : gitlab.manualRevocation
    };
  }
  const where = instance(c, ctx);
  if ("error" in where) return { outcome: "task", detail: where.error };
  const { base } = where;
  let a;
  try {
    a = c.ruleId === RUNNER ? await call(gitlab, ctx, { method: "DELETE", path: "/api/v4/runners", body: { token: c.secret }, base }) : await call(gitlab, ctx, {
      method: "DELETE",
      path: "/api/v4/personal_access_tokens/self",
      headers: { "private-token": c.secret },
      base
    });
  } catch (err) {
    return { outcome: "retry", detail: unreachable(err).reason };
  }
  if (a.status === 204)
    return {
      outcome: "done",
      detail: c.ruleId === RUNNER ? "runner deleted (DELETE /api/v4/runners)" : "token revoked (DELETE /api/v4/personal_access_tokens/self)"
    };
  if (a.status === 401 || a.status === 403 && c.ruleId === RUNNER)
    return { outcome: "done", detail: `GitLab no longer accepts the token (HTTP ${a.status})` };
  if (a.status === 429 || a.status >= 500) return { outcome: "retry", detail: `GitLab answered HTTP ${a.status}` };
  return { outcome: "task", detail: `GitLab answered HTTP ${a.status}: ${gitlab.manualRevocation}` };
}
async function confirmRevoked2(c, ctx) {
  const v = await verifyGitlab(c, ctx);
  if (v.state === "invalid") return { outcome: "done", detail: `revocation verified: ${v.reason}` };
  return { outcome: "retry", detail: v.state === "live" ? "GitLab still accepts the token" : v.reason };
}
var gitlab = {
  id: "gitlab",
  name: "GitLab",
  rules: [PAT, RUNNER, JOB],
  githubSecretTypes: ["gitlab_access_token"],
  apiUrl: "https://gitlab.com",
  docs: [
    "https://docs.gitlab.com/api/personal_access_tokens/",
    "https://docs.gitlab.com/api/runners/#delete-a-runner-by-authentication-token",
    "https://docs.gitlab.com/api/jobs/#get-job-tokens-job"
  ],
  ratePerMinute: 300,
  verify: verifyGitlab,
  containment: [
    {
      id: "revoke",
      title: "Revoke the token (DELETE /personal_access_tokens/self, or delete the runner)",
      run: revoke4,
      provenByRevocation: true
    },
    { id: "confirm-revoked", title: "Verify GitLab no longer accepts the token", run: confirmRevoked2, readOnly: true }
  ],
  revokes: [PAT, RUNNER],
  manualRevocation: "revoke the token in GitLab: User settings → Access tokens (or the project/group/runner settings)",
  permissions: "none: the token revokes itself (it needs the `api` or `self_rotate` scope, else this is a task); a runner token deletes its runner. Rotation (a rotation map entry for its owner): the token rotates itself with the same scope",
  rotates: true
};

// rules/groq/provider.ts
var groq = {
  id: "groq",
  name: "Groq",
  rules: ["groq-api-key"],
  githubSecretTypes: ["groq_api_key"],
  apiUrl: "https://api.groq.com",
  docs: ["https://console.groq.com/docs/api-reference#models-list"],
  ratePerMinute: 30,
  verify: httpVerifier({
    path: "/openai/v1/models",
    headers: bearer,
    invalid: [401],
    live: () => "Groq accepts the key"
  }),
  containment: [],
  revokes: [],
  manualRevocation: "delete the key at https://console.groq.com/keys",
  permissions: "verify: none (the leaked key itself)",
  rotates: false
};

// rules/heroku/provider.ts
const { timingSafeEqual } = process.getBuiltinModule("node:crypto");
var headers2 = (c) => ({ ...bearer(c), accept: "application/vnd.heroku+json; version=3" });
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function sameToken(a, secret) {
  if (typeof a !== "string") return false;
  const x = Buffer.from(a);
  const y = Buffer.from(secret);
  return x.length === y.length && timingSafeEqual(x, y);
}
function ownAuthorization(body, secret) {
  if (!Array.isArray(body)) return void 0;
  const own = body.find((a) => sameToken(a?.access_token?.token, secret));
  const id = own?.id;
  return typeof id === "string" && UUID.test(id) ? id : void 0;
}
var heroku = {
  id: "heroku",
  name: "Heroku",
  rules: ["heroku-api-key", "heroku-legacy-api-key"],
  githubSecretTypes: ["heroku_platform_api_key"],
  apiUrl: "https://api.heroku.com",
  docs: [
    "https://devcenter.heroku.com/articles/platform-api-reference#account-info",
    "https://devcenter.heroku.com/articles/platform-api-reference#oauth-authorization-list",
    "https://devcenter.heroku.com/articles/platform-api-reference#oauth-authorization-delete"
  ],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: "/account",
    headers: headers2,
    invalid: [401],
    live: () => "Heroku accepts the key (it can read the account)"
  }),
  containment: [],
  revokes: ["heroku-api-key", "heroku-legacy-api-key"],
  manualRevocation: "revoke the authorization at https://dashboard.heroku.com/account/applications (or regenerate the API key in Account settings)",
  permissions: "none: the token deletes its own OAuth authorization (GET /oauth/authorizations, DELETE /oauth/authorizations/{id}); a token with a narrower scope than global becomes a task",
  rotates: false
};
async function revoke5(c, ctx) {
  let a;
  try {
    a = await call(heroku, ctx, {
      path: "/oauth/authorizations",
      headers: { ...headers2(c), range: "id ..; max=1000" }
    });
  } catch (err) {
    return { outcome: "retry", detail: unreachable(err).reason };
  }
  if (a.status === 401) return { outcome: "done", detail: "Heroku no longer accepts the key (HTTP 401)" };
  if (a.status === 429 || a.status >= 500) return { outcome: "retry", detail: `Heroku answered HTTP ${a.status}` };
  if (a.status !== 200 && a.status !== 206) {
    return {
      outcome: "task",
      detail: `Heroku refused to list the key's authorizations (HTTP ${a.status}): ${heroku.manualRevocation}`
    };
  }
  const id = ownAuthorization(a.body, c.secret);
  if (!id) {
    return {
      outcome: "task",
      detail: `none of the account's OAuth authorizations holds this key (it is likely the account's API key): regenerate it in Account settings at https://dashboard.heroku.com/account`
    };
  }
  let d;
  try {
    d = await call(heroku, ctx, { method: "DELETE", path: `/oauth/authorizations/${id}`, headers: headers2(c) });
  } catch (err) {
    return { outcome: "retry", detail: unreachable(err).reason };
  }
  if (d.status === 200 || d.status === 204)
    return { outcome: "done", detail: `Heroku deleted authorization ${id} (HTTP ${d.status})` };
  if (d.status === 401 || d.status === 404)
    return { outcome: "done", detail: `Heroku no longer has the authorization (HTTP ${d.status})` };
  if (d.status === 429 || d.status >= 500) return { outcome: "retry", detail: `Heroku answered HTTP ${d.status}` };
  return {
    outcome: "task",
    detail: `Heroku refused to delete authorization ${id} (HTTP ${d.status}): ${heroku.manualRevocation}`
  };
}
heroku.containment = [
  {
    id: "revoke",
    title: "Delete the OAuth authorization holding the key (DELETE /oauth/authorizations/{id}, as the key itself)",
    provenByRevocation: true,
    run: revoke5
  },
  confirmRevokedStep(heroku)
];

// rules/huggingface/provider.ts
var huggingface = {
  id: "huggingface",
  name: "Hugging Face",
  rules: ["huggingface-access-token", "huggingface-organization-token"],
  githubSecretTypes: ["hf_user_access_token", "hf_org_api_token"],
  apiUrl: "https://huggingface.co",
  docs: ["https://huggingface.co/docs/hub/api#get-apiwhoami-v2"],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: "/api/whoami-v2",
    headers: bearer,
    invalid: [401],
    live: (a) => {
      const role = safeText(field(a.body, "auth", "accessToken", "role"), "");
      return `Hugging Face accepts the token${role ? ` (role: ${role})` : ""}`;
    }
  }),
  containment: [],
  revokes: [],
  manualRevocation: "invalidate the token at https://huggingface.co/settings/tokens (⋯ → Invalidate and refresh)",
  permissions: "verify: none (the leaked token itself)",
  rotates: false
};

// rules/linear/provider.ts
var linear = {
  id: "linear",
  name: "Linear",
  rules: ["linear-api-key"],
  githubSecretTypes: ["linear_api_key"],
  apiUrl: "https://api.linear.app",
  docs: ["https://developers.linear.app/docs/graphql/working-with-the-graphql-api"],
  ratePerMinute: 60,
  verify: httpVerifier({
    method: "POST",
    path: "/graphql",
    headers: (c) => ({ authorization: c.secret }),
    body: { query: "{ viewer { id } }" },
    invalid: [400, 401],
    live: () => "Linear accepts the key (viewer query)"
  }),
  containment: [],
  revokes: [],
  manualRevocation: "revoke the key at https://linear.app/settings/account/security",
  permissions: "verify: none (the leaked credential itself)",
  rotates: false
};

// rules/mailchimp/provider.ts
var mailchimp = {
  id: "mailchimp",
  name: "Mailchimp",
  rules: ["mailchimp-api-key"],
  githubSecretTypes: ["mailchimp_api_key"],
  apiUrl: "https://login.mailchimp.com",
  docs: ["https://mailchimp.com/developer/marketing/api/ping/"],
  ratePerMinute: 60,
  async verify(c, ctx) {
    const dc = /-(us\d{1,3})$/.exec(c.secret)?.[1];
    if (!dc) return { state: "unknown", reason: "the key names no data centre (-usNN)" };
    let a;
    try {
      const base = ctx.env.LEAKHOUND_MAILCHIMP_API_URL ? apiBase(mailchimp, ctx) : `https://${dc}.api.mailchimp.com`;
      const auth = `Basic ${Buffer.from(`leakhound:${c.secret}`).toString("base64")}`;
      a = await call(mailchimp, ctx, { base, path: "/3.0/ping", headers: { authorization: auth } });
    } catch (err) {
      if (err instanceof ProviderConfigError) return { state: "unknown", reason: err.message };
      return unreachable(err);
    }
    if (a.status === 200) return { state: "live", reason: `Mailchimp accepts the key (data centre ${dc})` };
    if (a.status === 401 || a.status === 403)
      return { state: "invalid", reason: `Mailchimp rejected the key (HTTP ${a.status})` };
    return unexpected(mailchimp, a);
  },
  containment: [],
  revokes: [],
  manualRevocation: "disable the key in Mailchimp: Profile → Extras → API keys",
  permissions: "verify: none (the leaked key itself)",
  rotates: false
};

// rules/mailgun/provider.ts
var mailgun = {
  id: "mailgun",
  name: "Mailgun",
  rules: ["mailgun-api-key", "mailgun-private-api-key"],
  githubSecretTypes: ["mailgun_api_key"],
  apiUrl: "https://api.mailgun.net",
  docs: ["https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Domains/"],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: "/v3/domains?limit=1",
    headers: (c) => ({ authorization: `Basic ${Buffer.from(`api:${c.secret}`).toString("base64")}` }),
    invalid: [401, 403],
    live: () => "Mailgun accepts the key (US region; set LEAKHOUND_MAILGUN_API_URL for EU)"
  }),
  containment: [],
  revokes: [],
  manualRevocation: "delete the key at https://app.mailgun.com/settings/api_security",
  permissions: "verify: none (the leaked credential itself)",
  rotates: false
};

// rules/newrelic/provider.ts
var newrelic = {
  id: "newrelic",
  name: "New Relic",
  rules: ["new-relic-user-api-key"],
  githubSecretTypes: ["new_relic_user_api_key"],
  apiUrl: "https://api.newrelic.com",
  docs: ["https://docs.newrelic.com/docs/apis/nerdgraph/get-started/introduction-new-relic-nerdgraph/"],
  ratePerMinute: 60,
  verify: httpVerifier({
    method: "POST",
    path: "/graphql",
    headers: (c) => ({ "api-key": c.secret }),
    body: { query: "{ actor { user { id } } }" },
    invalid: [401, 403],
    classify: (a) => a.status === 200 && a.body?.errors ? { state: "invalid", reason: "New Relic rejected the key (NerdGraph error)" } : void 0,
    live: () => "New Relic accepts the user key (US region)"
  }),
  containment: [],
  revokes: [],
  manualRevocation: "delete the key at https://one.newrelic.com/api-keys",
  permissions: "verify: none (the leaked credential itself)",
  rotates: false
};

// rules/notion/provider.ts
var notion = {
  id: "notion",
  name: "Notion",
  rules: ["notion-integration-token", "notion-legacy-integration-token"],
  githubSecretTypes: ["notion_integration_token"],
  apiUrl: "https://api.notion.com",
  docs: ["https://developers.notion.com/reference/get-self"],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: "/v1/users/me",
    headers: (c) => ({ ...bearer(c), "notion-version": "2022-06-28" }),
    invalid: [401],
    live: () => "Notion accepts the integration token"
  }),
  containment: [],
  revokes: [],
  manualRevocation: "refresh the secret in the integration settings at https://www.notion.so/my-integrations",
  permissions: "verify: none (the leaked credential itself)",
  rotates: false
};

// rules/npm/provider.ts
var npm = {
  id: "npm",
  name: "npm",
  rules: ["npm-access-token", "npmrc-auth-token"],
  githubSecretTypes: ["npm_access_token"],
  apiUrl: "https://registry.npmjs.org",
  docs: ["https://docs.npmjs.com/cli/v11/commands/npm-whoami"],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: "/-/whoami",
    headers: bearer,
    live: (a) => `the npm registry accepts the token as ${safeText(field(a.body, "username"), "") ?? "a user"}`
  }),
  containment: [],
  revokes: ["npm-access-token", "npmrc-auth-token"],
  manualRevocation: "revoke the token at https://www.npmjs.com/settings/~/tokens or with npm token revoke",
  permissions: "none: the token deletes itself (not when the account requires a one-time password for writes)",
  rotates: false
};
async function revoke6(c, ctx) {
  let a;
  try {
    a = await call(npm, ctx, {
      method: "DELETE",
      path: `/-/npm/v1/tokens/token/${encodeURIComponent(c.secret)}`,
      headers: bearer(c)
    });
  } catch (err) {
    return { outcome: "retry", detail: unreachable(err).reason };
  }
  if (a.status === 200 || a.status === 204)
    return { outcome: "done", detail: `the registry deleted the token (HTTP ${a.status})` };
  if (a.status === 401 && /otp/i.test(a.headers.get("www-authenticate") ?? "")) {
    return { outcome: "task", detail: `the account requires a one-time password: ${npm.manualRevocation}` };
  }
  if (a.status === 401) return { outcome: "done", detail: "the registry no longer accepts the token (HTTP 401)" };
  if (a.status === 429 || a.status >= 500)
    return { outcome: "retry", detail: `the registry answered HTTP ${a.status}` };
  return { outcome: "task", detail: `the registry refused (HTTP ${a.status}): ${npm.manualRevocation}` };
}
npm.containment = [
  {
    id: "revoke",
    title: "Delete the token (DELETE /-/npm/v1/tokens/token/…, as the token itself)",
    run: revoke6,
    provenByRevocation: true
  },
  confirmRevokedStep(npm)
];

// rules/openai/provider.ts
var keys = httpVerifier({
  path: "/v1/models",
  headers: bearer,
  invalid: [401],
  live: () => "OpenAI accepts the key (it can list models)",
  classify: (a) => a.status === 403 ? { state: "live", reason: "OpenAI accepts the key, but it is restricted (HTTP 403 on models)" } : void 0
});
var admin2 = httpVerifier({
  path: "/v1/organization/admin_api_keys?limit=1",
  headers: bearer,
  invalid: [401, 403],
  live: () => "OpenAI accepts the admin key (it can list admin keys)"
});
var openai = {
  id: "openai",
  name: "OpenAI",
  rules: ["openai-api-key", "openai-project-api-key", "openai-service-account-key", "openai-admin-key"],
  githubSecretTypes: ["openai_api_key"],
  apiUrl: "https://api.openai.com",
  docs: ["https://platform.openai.com/docs/api-reference/models/list"],
  ratePerMinute: 60,
  verify(c, ctx) {
    return c.ruleId === "openai-admin-key" ? admin2.call(this, c, ctx) : keys.call(this, c, ctx);
  },
  containment: [],
  revokes: [],
  manualRevocation: "delete the key at https://platform.openai.com/api-keys (or the project's API keys page)",
  permissions: "verify: none (the leaked key itself)",
  rotates: false
};

// rules/postman/provider.ts
var postman = {
  id: "postman",
  name: "Postman",
  rules: ["postman-api-key"],
  githubSecretTypes: ["postman_api_key"],
  apiUrl: "https://api.getpostman.com",
  docs: ["https://learning.postman.com/docs/developer/postman-api/authentication/"],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: "/me",
    headers: (c) => ({ "x-api-key": c.secret }),
    invalid: [401],
    live: () => "Postman accepts the key"
  }),
  containment: [],
  revokes: [],
  manualRevocation: "revoke the key at https://go.postman.co/settings/me/api-keys",
  permissions: "verify: none (the leaked credential itself)",
  rotates: false
};

// rules/sendgrid/provider.ts
function scopes2(body) {
  const s = body?.scopes;
  return Array.isArray(s) ? s.filter((x) => typeof x === "string" && /^[a-z0-9._-]{1,64}$/.test(x)) : [];
}
var sendgrid = {
  id: "sendgrid",
  name: "SendGrid",
  rules: ["sendgrid-api-key"],
  githubSecretTypes: ["sendgrid_api_key"],
  apiUrl: "https://api.sendgrid.com",
  docs: [
    "https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions",
    "https://www.twilio.com/docs/sendgrid/api-reference/api-keys/delete-api-keys"
  ],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: "/v3/scopes",
    headers: bearer,
    live: (a) => {
      const s = scopes2(a.body);
      return `SendGrid accepts the key (${s.length} scopes${s.includes("mail.send") ? ", including mail.send" : ""})`;
    }
  }),
  containment: [],
  revokes: ["sendgrid-api-key"],
  manualRevocation: "delete the key at https://app.sendgrid.com/settings/api_keys",
  permissions: "none: a key with the api_keys.delete scope deletes itself; otherwise a person does",
  rotates: false
};
sendgrid.containment = [
  httpRevokeStep(sendgrid, {
    title: "Delete the key (DELETE /v3/api_keys/{id}, as the key itself)",
    request: (c) => {
      const id = /^SG\.([\w-]{16,32})\./.exec(c.secret)?.[1];
      if (!id) return { outcome: "task", detail: `the key's id cannot be read from it: ${sendgrid.manualRevocation}` };
      return { method: "DELETE", path: `/v3/api_keys/${id}`, headers: bearer(c) };
    },
    done: [204],
    refused: sendgrid.manualRevocation
  }),
  confirmRevokedStep(sendgrid)
];

// rules/slack/provider.ts
var INVALID = /* @__PURE__ */ new Set([
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "token_expired",
  "no_permission"
]);
var WEBHOOK_RULES = /* @__PURE__ */ new Set(["slack-webhook-url"]);
async function method(c, ctx, name) {
  return call(slack, ctx, {
    method: "POST",
    path: `/${name}`,
    headers: { authorization: `Bearer ${c.secret}`, "content-type": "application/x-www-form-urlencoded" },
    body: ""
  });
}
function fromWebApi(a, secret) {
  if (a.status === 429) return unexpected(slack, a);
  if (a.status !== 200) return unexpected(slack, a);
  const error = field(a.body, "error");
  if (field(a.body, "ok") === "true") {
    const team = safeText(field(a.body, "team"), secret);
    const user = safeText(field(a.body, "user"), secret);
    const scopes3 = (a.headers.get("x-oauth-scopes") ?? "").split(",").map((s) => s.trim()).filter((s) => /^[a-z][a-z0-9:._-]{0,60}$/.test(s));
    return {
      state: "live",
      reason: `Slack accepts the token${user ? ` as ${user}` : ""}${team ? ` in ${team}` : ""}`,
      ...scopes3.length > 0 ? { permissions: scopes3 } : {}
    };
  }
  if (error && INVALID.has(error)) return { state: "invalid", reason: `Slack rejected the token (${error})` };
  if (error === "ratelimited") return { state: "unknown", reason: "rate limited by Slack" };
  return { state: "unknown", reason: `Slack answered ok:false (${safeText(error, secret) ?? "no error code"})` };
}
function webhookTarget(url, ctx) {
  const m = /hooks\.slack\.com(\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]+)$/.exec(url);
  if (!m) return null;
  const override = ctx.env.LEAKHOUND_SLACK_API_URL;
  return { base: override ? new URL(apiBase(slack, ctx)).origin : "https://hooks.slack.com", path: m[1] };
}
async function verifyWebhook(c, ctx) {
  let target;
  try {
    target = webhookTarget(c.secret, ctx);
  } catch (err) {
    if (err instanceof ProviderConfigError) return { state: "unknown", reason: err.message };
    throw err;
  }
  if (!target) return { state: "unknown", reason: "not a hooks.slack.com/services URL" };
  let a;
  try {
    a = await call(slack, ctx, {
      method: "POST",
      base: target.base,
      path: target.path,
      body: "",
      headers: { "content-type": "application/json" }
    });
  } catch (err) {
    return unreachable(err);
  }
  const text = typeof a.body === "string" ? a.body.trim() : "";
  if (a.status === 400 && /^(?:invalid_payload|no_text|missing_text_or_fallback_or_attachments)$/.test(text)) {
    return { state: "live", reason: `Slack accepts the webhook URL (it refused an empty message: ${text})` };
  }
  if ([403, 404, 410].includes(a.status)) {
    const known = /^[a-z_]{3,40}$/.test(text) ? text : `HTTP ${a.status}`;
    return { state: "invalid", reason: `Slack no longer accepts the webhook URL (${known})` };
  }
  return unexpected(slack, a);
}
async function verifySlack(c, ctx) {
  if (WEBHOOK_RULES.has(c.ruleId)) return verifyWebhook(c, ctx);
  const unverifiable = slack.unverifiable?.[c.ruleId];
  if (unverifiable) return { state: "unknown", reason: unverifiable };
  try {
    const isAppToken = c.secret.startsWith("xapp-");
    return fromWebApi(await method(c, ctx, isAppToken ? "apps.connections.open" : "auth.test"), c.secret);
  } catch (err) {
    return unreachable(err);
  }
}
async function revoke7(c, ctx) {
  if (WEBHOOK_RULES.has(c.ruleId) || c.ruleId === "slack-workflow-webhook-url") {
    return { outcome: "task", detail: slack.manualRevocation };
  }
  if (c.secret.startsWith("xapp-") || c.ruleId === "slack-config-refresh-token") {
    return {
      outcome: "task",
      detail: "Slack has no API to revoke this token: regenerate it in the app's settings (api.slack.com/apps → Basic Information)"
    };
  }
  let a;
  try {
    a = await method(c, ctx, "auth.revoke");
  } catch (err) {
    return { outcome: "retry", detail: unreachable(err).reason };
  }
  if (a.status === 429 || a.status >= 500) return { outcome: "retry", detail: `Slack answered HTTP ${a.status}` };
  const error = field(a.body, "error");
  if (field(a.body, "ok") === "true") return { outcome: "done", detail: "token revoked (auth.revoke)" };
  if (error && INVALID.has(error)) return { outcome: "done", detail: `Slack no longer accepts the token (${error})` };
  return {
    outcome: "task",
    detail: `auth.revoke failed (${safeText(error, c.secret) ?? `HTTP ${a.status}`}): revoke the token in the app's settings`
  };
}
async function confirmRevoked3(c, ctx) {
  const v = await verifySlack(c, ctx);
  if (v.state === "invalid") return { outcome: "done", detail: `revocation verified: ${v.reason}` };
  return { outcome: "retry", detail: v.state === "live" ? "Slack still accepts the token" : v.reason };
}
var slack = {
  id: "slack",
  name: "Slack",
  rules: [
    "slack-bot-token",
    "slack-user-token",
    "slack-app-token",
    "slack-config-access-token",
    "slack-config-refresh-token",
    "slack-legacy-token",
    "slack-webhook-url",
    "slack-workflow-webhook-url"
  ],
  githubSecretTypes: ["slack_api_token", "slack_incoming_webhook_url", "slack_workflow_webhook_url"],
  apiUrl: "https://slack.com/api",
  docs: [
    "https://api.slack.com/methods/auth.test",
    "https://api.slack.com/methods/auth.revoke",
    "https://api.slack.com/messaging/webhooks#handling_errors"
  ],
  ratePerMinute: 50,
  unverifiable: {
    "slack-config-refresh-token": "a configuration refresh token only works in tooling.tokens.rotate, which would spend it",
    "slack-workflow-webhook-url": "posting to a workflow webhook starts the workflow, so it is not probed"
  },
  verify: verifySlack,
  containment: [
    { id: "revoke", title: "Revoke the token (auth.revoke)", run: revoke7, provenByRevocation: true },
    { id: "confirm-revoked", title: "Verify Slack no longer accepts the token", run: confirmRevoked3, readOnly: true }
  ],
  revokes: ["slack-bot-token", "slack-user-token", "slack-config-access-token", "slack-legacy-token"],
  manualRevocation: "remove the webhook: api.slack.com/apps → the app → Incoming Webhooks → Remove (or Workflow Builder → the workflow → disable the trigger)",
  manualRevocationByRule: {
    "slack-app-token": "regenerate the app-level token: api.slack.com/apps → the app → Basic Information → App-Level Tokens",
    "slack-config-refresh-token": "revoke the configuration tokens: api.slack.com/apps → Your App Configuration Tokens → Revoke"
  },
  permissions: "none: tokens revoke themselves with auth.revoke; webhooks need an app collaborator to remove them",
  rotates: false
};

// rules/stripe/app-roll.ts
var API_VERSION = "2025-09-30.preview";
var NO_APP_KEY = {
  outcome: "task",
  detail: "app-managed roll is on but LEAKHOUND_STRIPE_APP_KEY is not set"
};
function appHeaders(ctx) {
  const appKey = ctx.env.LEAKHOUND_STRIPE_APP_KEY;
  return appKey ? { authorization: `Bearer ${appKey}`, "stripe-version": API_VERSION } : void 0;
}
function matchesRedacted(secret, redacted) {
  if (!redacted) return false;
  const prefix = secret.slice(0, secret.indexOf("_", 3) + 1);
  const tail = redacted.replace(/^.*[^A-Za-z0-9]/, "");
  return redacted.startsWith(prefix) && tail.length >= 4 && secret.endsWith(tail);
}
async function findThroughApp(credential, ctx) {
  const headers3 = appHeaders(ctx);
  if (!headers3) return NO_APP_KEY;
  const live = !/^[sr]k_test_/.test(credential.secret);
  let found;
  let page = "/v2/iam/api_keys?limit=100";
  try {
    for (let pages = 0; page && pages < 20 && !found; pages++) {
      const a = await call(stripe, ctx, { path: page, headers: headers3 });
      if (a.status === 401 || a.status === 403) {
        return {
          outcome: "task",
          detail: `the Stripe App key may not list API keys (HTTP ${a.status}); it needs api_key_write`
        };
      }
      if (a.status === 429 || a.status >= 500) return { outcome: "retry", detail: `Stripe answered HTTP ${a.status}` };
      if (a.status !== 200) return { outcome: "task", detail: `listing API keys answered HTTP ${a.status}` };
      const data = a.body?.data ?? [];
      found = data.find((k) => k.livemode === live && matchesRedacted(credential.secret, k.secret_key?.redacted_token));
      const next = field(a.body, "next_page_url");
      page = next?.startsWith("/v2/iam/api_keys") ? next : void 0;
    }
  } catch (err) {
    return { outcome: "retry", detail: unreachable(err).reason };
  }
  if (!found)
    return { outcome: "task", detail: "the Stripe App cannot see the leaked key among the account's API keys" };
  return found;
}
async function expireThroughApp(credential, ctx) {
  const headers3 = appHeaders(ctx);
  if (!headers3) return NO_APP_KEY;
  const found = await findThroughApp(credential, ctx);
  if ("outcome" in found) return found;
  if (found.status === "expired") return { outcome: "done", detail: `API key ${found.id} is already expired` };
  try {
    const a = await call(stripe, ctx, {
      method: "POST",
      path: `/v2/iam/api_keys/${encodeURIComponent(found.id)}/expire`,
      headers: headers3,
      body: {}
    });
    if (a.status === 200) return { outcome: "done", detail: `expired API key ${found.id} through the Stripe App` };
    if (a.status === 429 || a.status >= 500) return { outcome: "retry", detail: `Stripe answered HTTP ${a.status}` };
    return { outcome: "task", detail: `expiring API key ${found.id} answered HTTP ${a.status}` };
  } catch (err) {
    return { outcome: "retry", detail: unreachable(err).reason };
  }
}

// rules/stripe/provider.ts
var isTest = (secret) => /^[sr]k_test_/.test(secret);
function dashboardLink(secret) {
  return isTest(secret) ? "https://dashboard.stripe.com/test/apikeys" : "https://dashboard.stripe.com/apikeys";
}
async function client(secret, ctx) {
  const { default: StripeSdk } = await import("stripe");
  const base = new URL(apiBase(stripe, ctx));
  return new StripeSdk(secret, {
    host: base.hostname,
    port: base.port ? Number(base.port) : base.protocol === "https:" ? 443 : 80,
    protocol: base.protocol === "https:" ? "https" : "http",
    httpClient: StripeSdk.createFetchHttpClient(ctx.fetch),
    timeout: ctx.timeoutMs,
    maxNetworkRetries: 0,
    telemetry: false
  });
}
function citedPermissions(message) {
  return [...new Set([...message.matchAll(/'(rak_[a-z_]+)'/g)].map((m) => m[1]))];
}
async function verifyStripeKey(credential, ctx) {
  let sdk;
  try {
    sdk = await client(credential.secret, ctx);
  } catch (err) {
    if (err instanceof ProviderConfigError) return { state: "unknown", reason: err.message };
    throw err;
  }
  await ctx.throttle?.(stripe.id);
  try {
    const balance = await sdk.balance.retrieve();
    const status = balance.lastResponse?.statusCode;
    if (balance.object !== "balance" || status !== 200) {
      return { state: "unknown", reason: `Stripe answered an unexpected HTTP ${status ?? "?"}` };
    }
    const mode = balance.livemode ? "live mode" : "test mode";
    return { state: "live", reason: `Stripe accepts the key (${mode}; it can read the balance)` };
  } catch (err) {
    const e = err;
    if (e.type === "StripeAuthenticationError" || e.statusCode === 401) {
      const why = e.code === "api_key_expired" ? "the key has expired (api_key_expired)" : "invalid API key";
      return { state: "invalid", reason: `Stripe rejected the key (HTTP 401: ${why})` };
    }
    if (e.type === "StripePermissionError" || e.statusCode === 403) {
      const cited = citedPermissions(e.message ?? "");
      return {
        state: "live",
        reason: `Stripe accepts the key, but it is restricted and may not read the balance${cited.length ? ` (needs ${cited.join(", ")})` : ""}`,
        ...cited.length ? { permissions: cited.map((p) => `lacks ${p}`) } : {}
      };
    }
    if (e.type === "StripeRateLimitError" || e.statusCode === 429)
      return { state: "unknown", reason: "rate limited by Stripe" };
    if (e.type === "StripeConnectionError")
      return { state: "unknown", reason: "could not reach Stripe (connection error or timeout)" };
    if (typeof e.statusCode === "number")
      return { state: "unknown", reason: `Stripe answered an unexpected HTTP ${e.statusCode}` };
    return { state: "unknown", reason: `Stripe call failed (${e.type ?? "error"})` };
  }
}
async function roll(credential, ctx) {
  if (ctx.options?.["stripe.appManagedRoll"] === true) {
    const r = await expireThroughApp(credential, ctx);
    if (r.outcome !== "task") return r;
    return { outcome: "task", detail: `${r.detail}. ${guidedRoll(credential.secret)}` };
  }
  return { outcome: "task", detail: guidedRoll(credential.secret) };
}
function guidedRoll(secret) {
  const kind = secret.startsWith("rk_") ? "restricted key" : "secret key";
  return `Roll the leaked ${kind} at ${dashboardLink(secret)} (⋯ → Roll key…, expiration "now"), then deploy the new key where services read it. leakhound re-verifies the leaked key every minute and marks the revocation verified itself as soon as Stripe rejects it`;
}
async function confirmRevoked4(credential, ctx) {
  const v = await verifyStripeKey(credential, ctx);
  if (v.state === "invalid") return { outcome: "done", detail: `revocation verified: ${v.reason}` };
  if (v.state === "live") return { outcome: "retry", detail: "the leaked key still works; waiting for the roll" };
  return { outcome: "retry", detail: `could not tell yet: ${v.reason}` };
}
var stripe = {
  id: "stripe",
  name: "Stripe",
  rules: ["stripe-secret-key", "stripe-restricted-key", "stripe-test-key", "stripe-webhook-secret"],
  githubSecretTypes: [
    "stripe_api_key",
    "stripe_test_secret_key",
    "stripe_live_restricted_key",
    "stripe_test_restricted_key",
    "stripe_webhook_signing_secret"
  ],
  apiUrl: "https://api.stripe.com",
  docs: [
    "https://docs.stripe.com/api/balance/balance_retrieve",
    "https://docs.stripe.com/keys#rolling-keys",
    "https://docs.stripe.com/api/v2/iam/api-keys"
  ],
  ratePerMinute: 600,
  unverifiable: {
    "stripe-webhook-secret": "a webhook signing secret only signs events; Stripe has no API that accepts it. Roll it in Developers → Webhooks"
  },
  verify: verifyStripeKey,
  containment: [
    {
      id: "roll",
      title: "Roll the key in the Stripe dashboard (guided; app-managed expiry when enabled)",
      run: roll,
      provenByRevocation: true
    },
    {
      id: "confirm-revoked",
      title: "Re-verify until Stripe rejects the leaked key (401)",
      run: confirmRevoked4,
      readOnly: true
    }
  ],
  revokes: ["stripe-secret-key", "stripe-restricted-key", "stripe-test-key"],
  manualRevocation: "roll the key in the Stripe dashboard: Developers → API keys → ⋯ → Roll key…",
  manualRevocationByRule: {
    "stripe-webhook-secret": "roll the signing secret in the Stripe dashboard: Developers → Webhooks → the endpoint → Roll secret, then deploy the new one"
  },
  permissions: "verify: none (the leaked key itself, read-only GET /v1/balance). Guided roll: a dashboard user with the Administrator or Developer role. App-managed roll: a Stripe App installed on the account with the `api_key_write` permission, its key in LEAKHOUND_STRIPE_APP_KEY; rotation into a store (a rotation map entry) only through the app-managed roll",
  rotates: true
};

// rules/tailscale/provider.ts
var isApiToken = (secret) => secret.startsWith("tskey-api-");
var keys2 = httpVerifier({
  path: "/api/v2/tailnet/-/keys",
  headers: bearer,
  live: () => "Tailscale accepts the API access token (it can list keys)"
});
var tailscale = {
  id: "tailscale",
  name: "Tailscale",
  rules: ["tailscale-key"],
  githubSecretTypes: ["tailscale_api_key"],
  apiUrl: "https://api.tailscale.com",
  docs: ["https://tailscale.com/api#tag/keys"],
  ratePerMinute: 60,
  verify(c, ctx) {
    if (!isApiToken(c.secret)) {
      return Promise.resolve({
        state: "unknown",
        reason: "only API access tokens (tskey-api-) can be checked without using the key"
      });
    }
    return keys2.call(this, c, ctx);
  },
  containment: [],
  revokes: ["tailscale-key"],
  manualRevocation: "revoke the key at https://login.tailscale.com/admin/settings/keys",
  permissions: "none: an API access token deletes itself; other keys are revoked by a tailnet admin",
  rotates: false
};
tailscale.containment = [
  httpRevokeStep(tailscale, {
    title: "Delete the key (DELETE /api/v2/tailnet/-/keys/{id}, as the token itself)",
    request: (c) => {
      const id = /^tskey-api-([A-Za-z0-9]{6,32})-/.exec(c.secret)?.[1];
      if (!id) return { outcome: "task", detail: tailscale.manualRevocation };
      return { method: "DELETE", path: `/api/v2/tailnet/-/keys/${id}`, headers: bearer(c) };
    },
    done: [200, 204],
    refused: tailscale.manualRevocation
  }),
  confirmRevokedStep(tailscale)
];

// rules/telegram/provider.ts
var telegram = {
  id: "telegram",
  name: "Telegram",
  rules: ["telegram-bot-token"],
  githubSecretTypes: ["telegram_bot_token"],
  apiUrl: "https://api.telegram.org",
  docs: ["https://core.telegram.org/bots/api#getme"],
  ratePerMinute: 30,
  async verify(c, ctx) {
    if (!/^\d{5,16}:[A-Za-z0-9_-]{30,40}$/.test(c.secret)) return { state: "unknown", reason: "not a bot token" };
    let a;
    try {
      a = await call(telegram, ctx, { path: `/bot${c.secret}/getMe` });
    } catch (err) {
      return unreachable(err);
    }
    if (a.status === 200 && field(a.body, "ok") === "true") {
      const name = safeText(field(a.body, "result", "username"), c.secret);
      return { state: "live", reason: `Telegram accepts the bot token${name ? ` (@${name})` : ""}` };
    }
    if (a.status === 401 || a.status === 404)
      return { state: "invalid", reason: `Telegram rejected the token (HTTP ${a.status})` };
    return unexpected(telegram, a);
  },
  containment: [],
  revokes: [],
  manualRevocation: "revoke the token with @BotFather: /revoke, then choose the bot",
  permissions: "verify: none (the leaked token itself)",
  rotates: false
};

// rules/terraform-cloud/provider.ts
var terraformCloud = {
  id: "terraform-cloud",
  name: "HCP Terraform",
  rules: ["terraform-cloud-token"],
  githubSecretTypes: ["terraform_api_token"],
  apiUrl: "https://app.terraform.io",
  docs: ["https://developer.hashicorp.com/terraform/cloud-docs/api-docs/account#get-your-account-details"],
  ratePerMinute: 30,
  verify: httpVerifier({
    path: "/api/v2/account/details",
    headers: (c) => ({ ...bearer(c), "content-type": "application/vnd.api+json" }),
    invalid: [401],
    live: () => "HCP Terraform accepts the token"
  }),
  containment: [],
  revokes: [],
  manualRevocation: "delete the token at https://app.terraform.io/app/settings/tokens (or the team/organization token page)",
  permissions: "verify: none (the leaked credential itself)",
  rotates: false
};

// rules/vercel/provider.ts
var vercel = {
  id: "vercel",
  name: "Vercel",
  rules: ["vercel-token", "vercel-legacy-token"],
  githubSecretTypes: ["vercel_api_access_token", "vercel_personal_access_token"],
  apiUrl: "https://api.vercel.com",
  docs: [
    "https://vercel.com/docs/rest-api/reference/endpoints/user/get-the-user",
    "https://vercel.com/docs/rest-api/authentication/delete-an-authentication-token"
  ],
  ratePerMinute: 60,
  verify: httpVerifier({
    path: "/v2/user",
    headers: bearer,
    live: (a) => {
      const user = safeText(field(a.body, "user", "username"), "");
      return `Vercel accepts the token${user ? ` as ${user}` : ""}`;
    }
  }),
  containment: [],
  revokes: ["vercel-token", "vercel-legacy-token"],
  manualRevocation: "delete the token at https://vercel.com/account/settings/tokens",
  permissions: "none: the token deletes itself (DELETE /v3/user/tokens/current)",
  rotates: false
};
vercel.containment = [
  httpRevokeStep(vercel, {
    title: "Invalidate the token (DELETE /v3/user/tokens/current)",
    request: (c) => ({ method: "DELETE", path: "/v3/user/tokens/current", headers: bearer(c) }),
    done: [200, 204],
    gone: [401, 403],
    refused: vercel.manualRevocation
  }),
  confirmRevokedStep(vercel)
];

// rules/providers.ts
var PROVIDERS = [
  aws,
  stripe,
  github,
  slack,
  gitlab,
  vercel,
  cloudflare,
  sendgrid,
  discord,
  tailscale,
  openai,
  anthropic,
  huggingface,
  groq,
  digitalocean,
  npm,
  heroku,
  notion,
  linear,
  postman,
  datadog,
  mailgun,
  mailchimp,
  figma,
  terraformCloud,
  newrelic,
  telegram,
  doppler,
  buildkite,
  dropbox
];
function providerById(id) {
  return PROVIDERS.find((p) => p.id === id);
}
function ratePerMinuteOf(name) {
  const [id = "", limit] = name.split("/", 2);
  const p = providerById(id);
  return (limit ? p?.limits?.[limit] : p?.ratePerMinute) ?? 60;
}
function providerForRule(ruleId) {
  return PROVIDERS.find((p) => p.rules.includes(ruleId));
}
function providerForPairRule(ruleId) {
  return PROVIDERS.find((p) => p.pairRules?.includes(ruleId));
}
function howToRevokeByHand(ruleId) {
  const p = providerForRule(ruleId);
  return p ? p.manualRevocationByRule?.[ruleId] ?? p.manualRevocation : void 0;
}
function verifiableRules(p) {
  return p.verify ? p.rules.filter((r) => !p.unverifiable?.[r]) : [];
}
function summarise(p) {
  return {
    id: p.id,
    name: p.name,
    rules: [...p.rules, ...p.pairRules ?? []],
    verify: verifiableRules(p).length > 0,
    revoke: p.revokes.length > 0 && p.containment.length > 0,
    rotate: p.rotates
  };
}

export {
  ProviderConfigError,
  call,
  field,
  unreachable,
  realClock,
  createThrottle,
  trustedGitlabHosts,
  gitlab,
  NO_APP_KEY,
  appHeaders,
  findThroughApp,
  verifyStripeKey,
  stripe,
  PROVIDERS,
  providerById,
  ratePerMinuteOf,
  providerForRule,
  providerForPairRule,
  howToRevokeByHand,
  summarise
};
