
import {
  ruleMatchesWhole
} from "./chunk-ML7JBL3A.js";
import {
  NO_APP_KEY,
  PROVIDERS,
  ProviderConfigError,
  appHeaders,
  call,
  field,
  findThroughApp,
  gitlab,
  howToRevokeByHand,
  providerById,
  providerForPairRule,
  providerForRule,
  ratePerMinuteOf,
  stripe,
  trustedGitlabHosts,
  unreachable,
  verifyStripeKey
} from "./chunk-SVFWS7FN.js";
import {
  scanRange
} from "./chunk-ZN37QQAL.js";
import {
  DEFAULT_REPLACEMENT,
  applyRewrite,
  inspectRepo,
  planRewrite,
  pushCommands,
  scanMessages
} from "./chunk-SCHEWI5I.js";
import {
  scanHistory
} from "./chunk-EEQ7OQAG.js";
import "./chunk-NA6TV6IG.js";
import {
  IGNORE_FILES,
  IgnoreSet,
  parseBaseline
} from "./chunk-U7D7MJPN.js";
import {
  CONFIG_FILES
} from "./chunk-NNZ7RSNU.js";
import "./chunk-LSFDFXDP.js";
import "./chunk-EWH7UTEU.js";
import "./chunk-VOKC22WD.js";
import "./chunk-HOVNFE2D.js";
import "./chunk-GQ2ZQSK3.js";
import "./chunk-6LZDPEPI.js";
import {
  Detector,
  INLINE_ALLOWED
} from "./chunk-S3VMPW6Q.js";
import {
  enableRegexFallback
} from "./chunk-RXJJMENA.js";
import {
  parse,
  parseConfig
} from "./chunk-CPEGVR66.js";
import {
  ConfigError
} from "./chunk-XDM3T3X3.js";
import "./chunk-TFAF2CGQ.js";
import {
  defaultScanConfig
} from "./chunk-NLHHEF6U.js";
import {
  defaultRules
} from "./chunk-CBIVLD7W.js";
import "./chunk-QZ26FPVB.js";
import "./chunk-TBR4GLH5.js";
import {
  AwsStepError
} from "./chunk-MEPO7T4B.js";
import {
  classifyAwsError,
  describeFailure,
  verifyKeyPair,
  withTimeout
} from "./chunk-SYZRNAJM.js";
import "./chunk-WJDBHJ4B.js";

// rules/aws/known-networks.ts
const { BlockList, isIP } = process.getBuiltinModule("node:net");
function parseKnownNetworks(text) {
  const list = new BlockList();
  const cidrs = [];
  for (const raw of (text ?? "").split(/[\s,]+/)) {
    if (raw === "") continue;
    const [addr = "", bits, extra] = raw.split("/");
    const family = isIP(addr);
    const max = family === 6 ? 128 : 32;
    const prefix2 = bits === void 0 ? max : Number(bits);
    if (family === 0 || extra !== void 0 || !/^\d{1,3}$/.test(String(prefix2)) || prefix2 > max) {
      throw new Error(`${raw.slice(0, 60)} is not an IPv4 or IPv6 address or CIDR (e.g. 203.0.113.0/24)`);
    }
    list.addSubnet(addr, prefix2, family === 6 ? "ipv6" : "ipv4");
    cidrs.push(raw);
  }
  return {
    cidrs,
    contains: (ip) => {
      const family = isIP(ip);
      return family !== 0 && list.check(ip, family === 6 ? "ipv6" : "ipv4");
    }
  };
}

// responder/config-values.ts
function clusterNodes(v, url) {
  if (v === void 0) return [];
  if (url !== void 0) {
    throw new ConfigError(
      "REDIS_URL and REDIS_CLUSTER_NODES are both set: use REDIS_CLUSTER_NODES for a Redis Cluster, REDIS_URL otherwise"
    );
  }
  const nodes = v.split(/[\s,]+/).filter(Boolean);
  for (const n of nodes) {
    if (!/^[\w.-]+:\d{1,5}$/.test(n)) {
      throw new ConfigError(
        `REDIS_CLUSTER_NODES: ${n} is not host:port, e.g. REDIS_CLUSTER_NODES=redis-1:6379,redis-2:6379`
      );
    }
  }
  return nodes;
}
function serverUrl(v) {
  if (!/^https:\/\/[^/\s]+(\/[^\s]*)?$/i.test(v)) {
    throw new ConfigError(
      `GITHUB_SERVER_URL=${v}: expected an https:// URL, e.g. GITHUB_SERVER_URL=https://github.example.com`
    );
  }
  return v.replace(/\/+$/, "");
}
function urlTemplate(v) {
  if (v !== void 0 && !/^(https|file):\/\//i.test(v)) {
    throw new ConfigError(
      `LEAKHOUND_GIT_URL_TEMPLATE=${v}: expected an https:// (or file://) URL, e.g. https://git-mirror.example.com/{owner}/{repo}.git`
    );
  }
  return v;
}
function isoDate(v) {
  const t = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(v) ? Date.parse(v) : Number.NaN;
  if (Number.isNaN(t)) {
    throw new ConfigError(
      `GITHUB_WEBHOOK_SECRET_PREVIOUS_UNTIL=${v}: expected an ISO date, e.g. 2026-12-31 or 2026-12-31T12:00:00Z`
    );
  }
  return t;
}
function int(env, name, fallback, min, max) {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name}=${raw}: expected a whole number from ${min} to ${max}, e.g. ${name}=${fallback}`);
  }
  return n;
}
function prefix(p) {
  if (!/^[a-z0-9][a-z0-9_-]{0,31}$/i.test(p)) {
    throw new ConfigError(
      `LEAKHOUND_REDIS_PREFIX=${p}: expected letters, digits, '-' or '_' (no ':' or braces), e.g. leakhound`
    );
  }
  return p;
}
function slackId(v, name, pattern, example) {
  if (v !== void 0 && !pattern.test(v)) {
    throw new ConfigError(`${name}=${v}: expected a Slack id like ${example}`);
  }
  return v;
}
function responders(v) {
  const ids = (v ?? "").split(/[\s,]+/).filter(Boolean);
  for (const id of ids) {
    if (!/^[UWS][A-Z0-9]{2,}$/.test(id)) {
      throw new ConfigError(
        `LEAKHOUND_SLACK_RESPONDERS: ${id} is not a Slack user id (U…/W…) or user-group id (S…), e.g. LEAKHOUND_SLACK_RESPONDERS=U012ABCDEF,S0SECOPS`
      );
    }
  }
  return ids;
}
function pageMention(v) {
  const m = v ?? "here";
  if (m === "none") return "";
  if (m === "here" || m === "channel") return `<!${m}>`;
  if (/^S[A-Z0-9]{2,}$/.test(m)) return `<!subteam^${m}>`;
  if (/^[UW][A-Z0-9]{2,}$/.test(m)) return `<@${m}>`;
  throw new ConfigError(
    `LEAKHOUND_SLACK_PAGE_MENTION=${m.slice(0, 40)}: expected here, channel, none, a user-group id (S…) or a user id (U…), e.g. LEAKHOUND_SLACK_PAGE_MENTION=S0SECOPS`
  );
}

// responder/crypto/secret-box.ts
const { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } = process.getBuiltinModule("node:crypto");
var VERSION = "v1";
var IV_BYTES = 12;
var TAG_BYTES = 16;
var DecryptError = class extends Error {
  name = "DecryptError";
};
function parseEncryptionKey(raw) {
  const example = "e.g. LEAKHOUND_ENCRYPTION_KEY=$(openssl rand -base64 32)";
  if (!raw) {
    throw new ConfigError(
      `LEAKHOUND_ENCRYPTION_KEY is not set: it encrypts the secrets the responder keeps in Redis; ${example}`
    );
  }
  const key = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, "hex") : Buffer.from(raw, "base64");
  if (key.length !== 32 || !/^[0-9a-f]{64}$/i.test(raw) && key.toString("base64").replace(/=+$/, "") !== raw.replace(/=+$/, "")) {
    throw new ConfigError(
      `LEAKHOUND_ENCRYPTION_KEY must be 32 random bytes, written as 64 hex characters or as base64 (got ${key.length} bytes); ${example}`
    );
  }
  return key;
}
var SecretBox = class {
  encKey;
  idKey;
  constructor(masterKey) {
    this.encKey = Buffer.from(hkdfSync("sha256", masterKey, Buffer.alloc(0), "leakhound secret box v1", 32));
    this.idKey = Buffer.from(hkdfSync("sha256", masterKey, Buffer.alloc(0), "leakhound credential id v1", 32));
  }
  /** `v1.<iv>.<tag>.<ciphertext>`, base64url parts. */
  seal(plaintext, boundTo) {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.encKey, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(boundTo));
    const ct = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    return [
      VERSION,
      iv.toString("base64url"),
      cipher.getAuthTag().toString("base64url"),
      ct.toString("base64url")
    ].join(".");
  }
  open(sealed, boundTo) {
    const [version, iv, tag, ct] = sealed.split(".");
    if (version !== VERSION || iv === void 0 || tag === void 0 || ct === void 0) {
      throw new DecryptError(`stored value under ${boundTo} is not a ${VERSION} sealed box`);
    }
    const tagBytes = Buffer.from(tag, "base64url");
    if (tagBytes.length !== TAG_BYTES) {
      throw new DecryptError(`stored value under ${boundTo} has a ${tagBytes.length}-byte tag; expected ${TAG_BYTES}`);
    }
    try {
      const decipher = createDecipheriv("aes-256-gcm", this.encKey, Buffer.from(iv, "base64url"), {
        authTagLength: TAG_BYTES
      });
      decipher.setAAD(Buffer.from(boundTo));
      decipher.setAuthTag(tagBytes);
      return Buffer.concat([decipher.update(Buffer.from(ct, "base64url")), decipher.final()]).toString("utf8");
    } catch (err) {
      throw new DecryptError(
        `stored value under ${boundTo} does not decrypt: was LEAKHOUND_ENCRYPTION_KEY changed, or the value moved?`,
        { cause: err }
      );
    }
  }
  /**
   * A keyed hash that names a credential without revealing it: the same secret always maps to
   * the same id, and nobody without the key can test a guess against it.
   */
  credentialId(kind, secret) {
    return createHmac("sha256", this.idKey).update(`${kind}\0${secret}`).digest("hex").slice(0, 32);
  }
};

// responder/rotation/map.ts
const { readFileSync } = process.getBuiltinModule("node:fs");

// responder/rotation/grace.ts
var UNIT = { s: 1, m: 60, h: 3600, d: 86400 };
var MAX_SECONDS = 90 * 86400;
function parseGrace(raw) {
  const example = 'e.g. grace = "24h" (s, m, h or d; at most 90d)';
  let seconds;
  if (typeof raw === "number" && Number.isInteger(raw)) {
    seconds = raw;
  } else if (typeof raw === "string" && /^\d{1,7}[smhd]$/.test(raw.trim())) {
    const t = raw.trim();
    seconds = Number(t.slice(0, -1)) * UNIT[t.slice(-1)];
  } else {
    return `grace = ${JSON.stringify(raw)} is not a duration, ${example}`;
  }
  if (seconds < 0 || seconds > MAX_SECONDS) return `grace = ${JSON.stringify(raw)} is out of range, ${example}`;
  return seconds;
}

// responder/people/email.ts
var EMAIL = /^(?=.{3,254}$)[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
var GITHUB_LOGIN = /^[\w.-]{1,39}(?:\[bot\])?$/;
function isNoreply(email) {
  return /@users\.noreply\.github\.com$/i.test(email) || /^noreply@github\.com$/i.test(email);
}
function normalEmail(email) {
  const e = email?.trim();
  return e && EMAIL.test(e) ? e.toLowerCase() : void 0;
}

// responder/rotation/map.ts
var STORES = ["vault", "aws-secretsmanager"];
var ROTATING_PROVIDERS = ["aws", "gitlab", "stripe"];
var ENTRY_KEYS = ["provider", "match", "store", "path", "fields", "notify", "grace", "owner"];
var EXAMPLE = `[[rotation]] provider = "aws", match = "arn:aws:iam::123456789012:user/deploy-bot", store = "vault", path = "secret/data/payments-api/aws", fields = { id = "access_key_id", secret = "secret_access_key" }`;
function loadRotationMap(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    const code = err.code ?? "unreadable";
    throw new ConfigError(`LEAKHOUND_ROTATION_CONFIG=${file}: cannot read it (${code}); point it at a TOML file`);
  }
  return parseRotationMap(text, file);
}
function parseRotationMap(text, source) {
  let doc;
  try {
    doc = parse(text);
  } catch (err) {
    const first = String(err.message).split("\n")[0];
    throw new ConfigError(`not valid TOML: ${first}`, source);
  }
  const extra = Object.keys(doc).filter((k) => k !== "rotation");
  if (extra.length > 0) {
    throw new ConfigError(`unknown top-level key "${extra[0]}": only [[rotation]] tables belong here`, source);
  }
  const tables = doc.rotation ?? [];
  if (!Array.isArray(tables)) throw new ConfigError(`"rotation" must be an array of tables: ${EXAMPLE}`, source);
  const entries = tables.map((t, i) => parseEntry(t, `rotation[${i + 1}]`, source));
  const seen = /* @__PURE__ */ new Map();
  entries.forEach((e, i) => {
    const key = `${e.provider} ${e.match}`;
    const before = seen.get(key);
    if (before) {
      throw new ConfigError(
        `rotation[${i + 1}] repeats match "${e.match}" of ${before}: keep one entry per owner`,
        source
      );
    }
    seen.set(key, `rotation[${i + 1}]`);
  });
  return { source, entries };
}
function parseEntry(raw, at, source) {
  const fail2 = (msg) => {
    throw new ConfigError(`${at}: ${msg}`, source);
  };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail2(`expected a table: ${EXAMPLE}`);
  const t = raw;
  const unknownKey = Object.keys(t).find((k) => !ENTRY_KEYS.includes(k));
  if (unknownKey) return fail2(`unknown key "${unknownKey}"; known keys: ${ENTRY_KEYS.join(", ")}`);
  const str = (key, example) => {
    const v = t[key];
    if (typeof v !== "string" || v.trim() === "")
      return fail2(`${key} must be a non-empty string, e.g. ${key} = ${example}`);
    return v.trim();
  };
  const provider = str("provider", '"aws"');
  if (!ROTATING_PROVIDERS.includes(provider)) {
    fail2(
      `provider = "${provider}": leakhound rotates ${ROTATING_PROVIDERS.map((p) => `"${p}"`).join(", ")} credentials`
    );
  }
  const match = str("match", MATCH_EXAMPLES[provider] ?? MATCH_EXAMPLES.aws);
  if (provider === "gitlab") checkOwnerGlob(match, fail2);
  else if (provider === "stripe") checkStripeGlob(match, fail2);
  else checkGlob(match, fail2);
  const store3 = str("store", '"vault"');
  if (!STORES.includes(store3)) {
    fail2(`store = "${store3}" is unknown: use "vault" (Vault/OpenBao KV v2) or "aws-secretsmanager"`);
  }
  const path = str("path", store3 === "vault" ? '"secret/data/payments-api/aws"' : '"payments-api/aws"');
  if (store3 === "vault") checkKvPath(path, fail2);
  else checkSecretId(path, fail2);
  const fields = parseFields(t.fields, fail2);
  const notify3 = t.notify === void 0 ? void 0 : checkNotify(str("notify", '"https://ci.example/hooks/redeploy"'), fail2);
  const owner = t.owner === void 0 ? void 0 : str("owner", '"jane@example.com"');
  if (owner !== void 0 && !EMAIL.test(owner))
    fail2(`owner = "${owner.slice(0, 60)}" is not an email address, e.g. owner = "jane@example.com"`);
  let graceSeconds = 24 * 3600;
  if (t.grace !== void 0) {
    const g = parseGrace(t.grace);
    if (typeof g === "string") fail2(g);
    else graceSeconds = g;
  }
  return {
    provider,
    match,
    store: store3,
    path,
    fields,
    notify: notify3,
    ...owner ? { owner } : {},
    graceSeconds
  };
}
function parseFields(raw, fail2) {
  const example = 'fields = { id = "access_key_id", secret = "secret_access_key" }';
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail2(`fields is required: ${example}`);
  const f = raw;
  const unknownKey = Object.keys(f).find((k) => k !== "id" && k !== "secret");
  if (unknownKey) return fail2(`fields has an unknown key "${unknownKey}": ${example}`);
  const { id, secret } = f;
  if (typeof id !== "string" || !/^[\w.-]{1,128}$/.test(id) || typeof secret !== "string" || !/^[\w.-]{1,128}$/.test(secret)) {
    return fail2(`fields.id and fields.secret must be field names (letters, digits, _ . -): ${example}`);
  }
  if (id === secret) return fail2(`fields.id and fields.secret both name "${id}": they must differ`);
  return { id, secret };
}
function checkGlob(match, fail2) {
  const example = 'e.g. match = "arn:aws:iam::123456789012:user/ci/*"';
  if (!match.startsWith("arn:")) fail2(`match = "${match}" is not an ARN or a glob over one, ${example}`);
  const bad = match.match(/[^\w+=,.@\-/:*?]/);
  if (bad) fail2(`match = "${match}": "${bad[0]}" is not allowed; only * and ? are wildcards, ${example}`);
  if (match.includes("**")) fail2(`match = "${match}": "**" means nothing more than "*" here; write one, ${example}`);
  if (match.split(":").length < 6)
    fail2(`match = "${match}" has too few ARN parts (arn:partition:service:region:account:resource), ${example}`);
}
var MATCH_EXAMPLES = {
  aws: '"arn:aws:iam::123456789012:user/deploy-bot"',
  gitlab: '"deploy-bot/ci-token"',
  stripe: '"live/payments-api"'
};
function checkStripeGlob(match, fail2) {
  if (!/^(?:live|test|\*)\/[\w .@+*?-]+$/.test(match))
    fail2(
      `match = "${match}" is not <live|test>/<key name>, e.g. match = "live/payments-*" (the key's name in the dashboard)`
    );
}
function checkOwnerGlob(match, fail2) {
  const example = 'e.g. match = "deploy-bot/ci-*" (GitLab username, then the token name)';
  if (!/^(?:#\d+|[\w.*?-]+)\/[\w .@+*?-]+$/.test(match))
    fail2(
      `match = "${match}" is not <username>/<token name> (letters, digits, _ . - and spaces; * and ? as wildcards), ${example}`
    );
}
function globMatches(glob, arn) {
  const re = glob.replace(/[.+^${}()|[\]\\/#]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${re}$`).test(arn);
}
function checkKvPath(path, fail2) {
  const ok = /^[\w.-]+(?:\/[\w.-]+)*\/data\/[\w.-]+(?:\/[\w.-]+)*$/.test(path);
  if (!ok || path.split("/").some((s) => s === "." || s === "..")) {
    fail2(
      `path = "${path}" is not a KV v2 data path: write the mount, then data/, then the secret, e.g. path = "secret/data/payments-api/aws"`
    );
  }
}
function checkSecretId(path, fail2) {
  if (!/^[\w/+=.@:-]{1,2048}$/.test(path)) {
    fail2(`path = "${path}" is not a Secrets Manager secret name or ARN, e.g. path = "payments-api/aws"`);
  }
}
function checkNotify(url, fail2) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return fail2(`notify = "${url}" is not a URL, e.g. notify = "https://ci.example/hooks/redeploy"`);
  }
  const loopback2 = ["127.0.0.1", "localhost", "[::1]"].includes(u.hostname);
  if (u.protocol !== "https:" && !(u.protocol === "http:" && loopback2)) {
    fail2(
      `notify = "${url}" must be an https URL (plain http only to localhost), e.g. notify = "https://ci.example/hooks/redeploy"`
    );
  }
  if (u.username || u.password) fail2(`notify = "${u.host}…" must not carry credentials in the URL`);
  return u.toString();
}
function findRotation(map, provider, arn) {
  return map?.entries.find((e) => e.provider === provider && globMatches(e.match, arn));
}

// responder/github/git-cache.ts
const { createHash } = process.getBuiltinModule("node:crypto");
const { chmod, mkdir, rm, stat, utimes, writeFile } = process.getBuiltinModule("node:fs/promises");
const { homedir } = process.getBuiltinModule("node:os");
const { join } = process.getBuiltinModule("node:path");

// responder/github/repo-url.ts
import { UnrecoverableError } from "bullmq";
var PART = /^(?![-.])(?!.*\.\.)[A-Za-z0-9_.-]{1,100}$/;
function splitRepo(fullName) {
  const [owner = "", name = "", ...rest] = fullName.split("/");
  if (rest.length > 0 || !PART.test(owner) || !PART.test(name)) {
    throw new UnrecoverableError(`repository name ${JSON.stringify(fullName)} is not a valid owner/repo`);
  }
  return [owner, name];
}
function repoFetchUrl(github, fullName) {
  const [owner, name] = splitRepo(fullName);
  if (github.cloneUrlTemplate) {
    return github.cloneUrlTemplate.replace(/\{owner\}/g, owner).replace(/\{repo\}/g, name).replace(/\{full_name\}/g, `${owner}/${name}`);
  }
  return `${github.serverUrl}/${owner}/${name}.git`;
}

// responder/github/git-cache.ts
var USED = "leakhound-last-used";
var BUSY_MS = 6e4;
function defaultWorkDir(env) {
  return join(env.XDG_CACHE_HOME?.trim() || join(homedir(), ".cache"), "leakhound");
}
async function ensureCacheRoot(workDir) {
  const warnings = [];
  await mkdir(join(workDir, "repos"), { recursive: true, mode: 448 });
  for (const dir of [workDir, join(workDir, "repos")]) {
    const st = await stat(dir);
    if (typeof process.getuid === "function" && st.uid !== process.getuid()) {
      throw new ConfigError(
        `LEAKHOUND_WORK_DIR=${workDir}: ${dir} belongs to another user; the git cache holds leaked secrets, so it must be the service's own directory`
      );
    }
    if ((st.mode & 63) !== 0) {
      await chmod(dir, 448);
      warnings.push(`${dir} was readable by others (mode ${(st.mode & 511).toString(8)}); changed it to 0700`);
    }
  }
  return warnings;
}
function cacheDir(workDir, fetchUrl) {
  return join(workDir, "repos", `${createHash("sha256").update(fetchUrl).digest("hex").slice(0, 24)}.git`);
}
async function markUsed(dir) {
  const f = join(dir, USED);
  const now = /* @__PURE__ */ new Date();
  await utimes(f, now, now).catch(() => writeFile(f, "", { mode: 384 }));
}
async function requestPrune(s, repo) {
  const now = Date.now();
  await s.redis.multi().zadd(s.keys.cachePrune(), now, repo).zremrangebyscore(s.keys.cachePrune(), "-inf", now - 30 * 24 * 36e5).exec();
}
async function pruneCaches(s) {
  const pruned = [];
  const requests = await s.redis.zrangebyscore(s.keys.cachePrune(), "-inf", "+inf", "WITHSCORES");
  for (let i = 0; i + 1 < requests.length; i += 2) {
    const repo = requests[i];
    const closedAt = Number(requests[i + 1]);
    let dir;
    try {
      dir = cacheDir(s.config.workDir, repoFetchUrl(s.config.github, repo));
    } catch {
      continue;
    }
    const used = await stat(join(dir, USED)).then(
      (st) => st.mtimeMs,
      () => void 0
    );
    if (used === void 0 || used > closedAt || Date.now() - used < BUSY_MS) continue;
    await rm(dir, { recursive: true, force: true });
    pruned.push(repo);
  }
  return pruned;
}

// responder/slack/oidc-config.ts
var SLACK_ISSUER = "https://slack.com";
function slackOidc(read, teamId) {
  const clientId = read("LEAKHOUND_SLACK_CLIENT_ID");
  const clientSecret = read("LEAKHOUND_SLACK_CLIENT_SECRET");
  const redirectUrl = read("LEAKHOUND_SLACK_REDIRECT_URL");
  const given = [clientId, clientSecret, redirectUrl].filter((v) => v !== void 0).length;
  if (given === 0) return void 0;
  if (!clientId || !clientSecret || !redirectUrl) {
    throw new ConfigError(
      `Sign in with Slack needs LEAKHOUND_SLACK_CLIENT_ID, LEAKHOUND_SLACK_CLIENT_SECRET and LEAKHOUND_SLACK_REDIRECT_URL together (the Slack app's "OAuth & Permissions" page), e.g. LEAKHOUND_SLACK_REDIRECT_URL=https://leakhound.example.com/ui/auth/slack/callback`
    );
  }
  if (!teamId) {
    throw new ConfigError(
      "Sign in with Slack is configured without SLACK_TEAM_ID: set the workspace whose members may sign in, e.g. SLACK_TEAM_ID=T0123ABCD"
    );
  }
  const u = safeUrl(redirectUrl);
  if (!u?.pathname.endsWith("/ui/auth/slack/callback") || u.protocol !== "https:" && !loopback(u)) {
    throw new ConfigError(
      `LEAKHOUND_SLACK_REDIRECT_URL: expected the https URL of /ui/auth/slack/callback on this service, e.g. https://leakhound.example.com/ui/auth/slack/callback`
    );
  }
  const base = (read("LEAKHOUND_SLACK_OIDC_URL") ?? SLACK_ISSUER).replace(/\/+$/, "");
  const b = safeUrl(base);
  if (!b || b.protocol !== "https:" && !loopback(b)) {
    throw new ConfigError("LEAKHOUND_SLACK_OIDC_URL: expected an https URL, e.g. https://slack.com");
  }
  return { clientId, clientSecret, redirectUrl, baseUrl: base, teamId };
}
function safeUrl(v) {
  try {
    return new URL(v);
  } catch {
    return void 0;
  }
}
function loopback(u) {
  return u.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(u.hostname);
}

// responder/config.ts
var QUARANTINE_POLICY = "arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3";
function loadResponderConfig(env, role) {
  const read = (name) => {
    const v = env[name]?.trim();
    return v ? v : void 0;
  };
  const webhookSecrets = [read("GITHUB_WEBHOOK_SECRET"), read("GITHUB_WEBHOOK_SECRET_PREVIOUS")].filter(
    (s) => s !== void 0
  );
  if (role === "serve" && !read("GITHUB_WEBHOOK_SECRET")) {
    throw new ConfigError(
      "GITHUB_WEBHOOK_SECRET is not set: `leakhound serve` verifies every webhook with it. Set it to the secret configured on the GitHub webhook, e.g. GITHUB_WEBHOOK_SECRET=$(openssl rand -hex 32)"
    );
  }
  const previousUntil = read("GITHUB_WEBHOOK_SECRET_PREVIOUS_UNTIL");
  if (read("GITHUB_WEBHOOK_SECRET_PREVIOUS") && !previousUntil) {
    throw new ConfigError(
      "GITHUB_WEBHOOK_SECRET_PREVIOUS is set without GITHUB_WEBHOOK_SECRET_PREVIOUS_UNTIL: say when the rotation ends, e.g. GITHUB_WEBHOOK_SECRET_PREVIOUS_UNTIL=2026-12-31T00:00:00Z"
    );
  }
  const previousSecretUntil = previousUntil === void 0 ? void 0 : isoDate(previousUntil);
  const redisUrl = read("REDIS_URL") ?? "redis://127.0.0.1:6379";
  if (!/^rediss?:\/\//i.test(redisUrl)) {
    throw new ConfigError(
      `REDIS_URL: expected a redis:// or rediss:// URL, e.g. REDIS_URL=redis://127.0.0.1:6379 (got scheme ${redisUrl.split(":")[0]})`
    );
  }
  const logLevel = read("LEAKHOUND_LOG_LEVEL");
  if (logLevel !== void 0 && !["debug", "info", "warn", "error"].includes(logLevel)) {
    throw new ConfigError(
      `LEAKHOUND_LOG_LEVEL=${logLevel}: expected debug, info, warn or error, e.g. LEAKHOUND_LOG_LEVEL=info`
    );
  }
  if (read("SLACK_BOT_TOKEN") && !read("SLACK_CHANNEL")) {
    throw new ConfigError(
      "SLACK_BOT_TOKEN is set without SLACK_CHANNEL: incidents need a channel to go to, e.g. SLACK_CHANNEL=C0123ABCD (the channel id)"
    );
  }
  try {
    trustedGitlabHosts(env);
  } catch (err) {
    if (err instanceof ProviderConfigError) throw new ConfigError(err.message);
    throw err;
  }
  const appId = read("GITHUB_APP_ID");
  const appPrivateKey = read("GITHUB_APP_PRIVATE_KEY")?.replace(/\\n/g, "\n");
  if (appId === void 0 !== (appPrivateKey === void 0)) {
    throw new ConfigError(
      "GITHUB_APP_ID and GITHUB_APP_PRIVATE_KEY go together: set both (a GitHub App) or neither (GITHUB_TOKEN)"
    );
  }
  return {
    host: read("HOST") ?? "0.0.0.0",
    port: int(env, "PORT", 3e3, 0, 65535),
    redisUrl,
    redisClusterNodes: clusterNodes(read("REDIS_CLUSTER_NODES"), read("REDIS_URL")),
    prefix: prefix(read("LEAKHOUND_REDIS_PREFIX") ?? "leakhound"),
    encryptionKey: parseEncryptionKey(read("LEAKHOUND_ENCRYPTION_KEY")),
    apiToken: read("LEAKHOUND_API_TOKEN"),
    metricsToken: read("LEAKHOUND_METRICS_TOKEN"),
    bodyLimitBytes: int(env, "LEAKHOUND_WEBHOOK_BODY_LIMIT", 25 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    webhookSecrets,
    previousSecretUntil,
    github: {
      apiUrl: (read("GITHUB_API_URL") ?? "https://api.github.com").replace(/\/+$/, ""),
      token: read("GITHUB_TOKEN"),
      appId,
      appPrivateKey,
      serverUrl: serverUrl(read("GITHUB_SERVER_URL") ?? "https://github.com"),
      cloneUrlTemplate: urlTemplate(read("LEAKHOUND_GIT_URL_TEMPLATE"))
    },
    slack: {
      botToken: read("SLACK_BOT_TOKEN"),
      signingSecret: read("SLACK_SIGNING_SECRET"),
      channel: read("SLACK_CHANNEL"),
      apiUrl: read("SLACK_API_URL"),
      teamId: slackId(read("SLACK_TEAM_ID"), "SLACK_TEAM_ID", /^[TE][A-Z0-9]{2,}$/, "T0123ABCD"),
      responders: responders(read("LEAKHOUND_SLACK_RESPONDERS")),
      pageMention: pageMention(read("LEAKHOUND_SLACK_PAGE_MENTION")),
      oidc: slackOidc(read, slackId(read("SLACK_TEAM_ID"), "SLACK_TEAM_ID", /^[TE][A-Z0-9]{2,}$/, "T0123ABCD"))
    },
    aws: {
      region: read("AWS_REGION") ?? read("AWS_DEFAULT_REGION") ?? "us-east-1",
      endpoint: read("AWS_ENDPOINT_URL"),
      stsEndpoint: read("AWS_ENDPOINT_URL_STS") ?? read("AWS_ENDPOINT_URL"),
      quarantinePolicyArn: read("LEAKHOUND_AWS_QUARANTINE_POLICY_ARN") ?? QUARANTINE_POLICY,
      timeoutMs: int(env, "LEAKHOUND_AWS_TIMEOUT_MS", 1e4, 100, 12e4),
      cloudTrailEndpoint: read("AWS_ENDPOINT_URL_CLOUDTRAIL") ?? read("AWS_ENDPOINT_URL"),
      cloudTrailRegions: regions(
        read("LEAKHOUND_CLOUDTRAIL_REGIONS"),
        read("AWS_REGION") ?? read("AWS_DEFAULT_REGION")
      ),
      knownCidrs: knownCidrs(read("LEAKHOUND_KNOWN_CIDRS"))
    },
    monitor: {
      intervalMs: int(env, "LEAKHOUND_MONITOR_INTERVAL_MS", 864e5, 100, 7 * 864e5),
      days: int(env, "LEAKHOUND_MONITOR_DAYS", 30, 0, 365),
      stopOnClose: /^(?:1|true|yes)$/i.test(read("LEAKHOUND_MONITOR_STOP_ON_CLOSE") ?? "")
    },
    rotation: rotation(read),
    limits: {
      findingsPerPush: int(env, "LEAKHOUND_MAX_FINDINGS_PER_PUSH", 1e3, 1, 1e6),
      incidentsPerPush: int(env, "LEAKHOUND_MAX_INCIDENTS_PER_PUSH", 20, 1, 1e4)
    },
    providers: {
      timeoutMs: int(env, "LEAKHOUND_VERIFY_TIMEOUT_MS", 1e4, 100, 12e4),
      reverifyMs: int(env, "LEAKHOUND_REVERIFY_INTERVAL_MS", 6e4, 50, 36e5),
      stripeAppManagedRoll: /^(?:1|true|yes)$/i.test(read("LEAKHOUND_STRIPE_APP_MANAGED_ROLL") ?? ""),
      env: Object.fromEntries(
        Object.entries(env).filter(
          (e) => typeof e[1] === "string" && e[1] !== "" && /^LEAKHOUND_(?:[A-Z0-9_]+_API_URL|STRIPE_APP_KEY|GITLAB_HOSTS)$/.test(e[0])
        )
      )
    },
    secretTtlSeconds: int(env, "LEAKHOUND_SECRET_TTL_SECONDS", 7 * 24 * 3600, 60, 90 * 24 * 3600),
    workDir: read("LEAKHOUND_WORK_DIR") ?? defaultWorkDir(env),
    baselinePath: read("LEAKHOUND_BASELINE_PATH"),
    worker: {
      concurrency: int(env, "LEAKHOUND_WORKER_CONCURRENCY", 4, 1, 256),
      attempts: int(env, "LEAKHOUND_JOB_ATTEMPTS", 6, 1, 50),
      backoffMs: int(env, "LEAKHOUND_JOB_BACKOFF_MS", 2e3, 10, 36e5),
      lockDurationMs: int(env, "LEAKHOUND_JOB_LOCK_MS", 3e4, 500, 6e5),
      stalledIntervalMs: int(env, "LEAKHOUND_STALLED_INTERVAL_MS", 3e4, 500, 6e5),
      shutdownTimeoutMs: int(env, "LEAKHOUND_SHUTDOWN_TIMEOUT_MS", 25e3, 0, 6e5)
    }
  };
}
function startupWarnings(c, role) {
  const out = [];
  if (role === "worker" && !c.github.token && !c.github.appId) {
    out.push(
      "neither GITHUB_TOKEN nor GITHUB_APP_ID/GITHUB_APP_PRIVATE_KEY is set: secret scanning alerts cannot be fetched and private repositories cannot be read"
    );
  }
  return out;
}
function rotation(read) {
  const file = read("LEAKHOUND_ROTATION_CONFIG");
  const map = file ? loadRotationMap(file) : void 0;
  const vault2 = {
    addr: read("VAULT_ADDR")?.replace(/\/+$/, ""),
    token: read("VAULT_TOKEN"),
    namespace: read("VAULT_NAMESPACE")
  };
  const vaultEntry = map?.entries.findIndex((e) => e.store === "vault") ?? -1;
  if (vaultEntry >= 0 && (!vault2.addr || !vault2.token)) {
    throw new ConfigError(
      `${file}: rotation[${vaultEntry + 1}] writes to Vault, but ${vault2.addr ? "VAULT_TOKEN" : "VAULT_ADDR"} is not set: set VAULT_ADDR (e.g. https://vault.internal:8200) and VAULT_TOKEN`
    );
  }
  if (vault2.addr && !/^https?:\/\/[^\s/]+/.test(vault2.addr)) {
    throw new ConfigError(`VAULT_ADDR=${vault2.addr}: expected a URL, e.g. VAULT_ADDR=https://vault.internal:8200`);
  }
  return { map, vault: vault2 };
}
function regions(list, region) {
  const names = list ? list.split(/[\s,]+/).filter(Boolean) : [region ?? "us-east-1", "us-east-1"];
  const bad = names.find((r) => !/^[a-z]{2}(?:-[a-z]+)+-\d$/.test(r));
  if (bad !== void 0) {
    throw new ConfigError(
      `LEAKHOUND_CLOUDTRAIL_REGIONS: ${bad.slice(0, 40)} is not an AWS region name; expected a comma-separated list, e.g. LEAKHOUND_CLOUDTRAIL_REGIONS=us-east-1,eu-west-1`
    );
  }
  return [...new Set(names)];
}
function knownCidrs(text) {
  try {
    return parseKnownNetworks(text).cidrs;
  } catch (err) {
    throw new ConfigError(
      `LEAKHOUND_KNOWN_CIDRS: ${err.message}; expected a comma-separated list, e.g. LEAKHOUND_KNOWN_CIDRS=203.0.113.0/24,2001:db8::/32`
    );
  }
}

// responder/server.ts
import { serve } from "@hono/node-server";

// responder/http/app.ts
import { Hono as Hono7 } from "hono";

// responder/crypto/scrub.ts
var detector;
function redact(secret) {
  const n = secret.length;
  const [head, tail] = n >= 24 ? [4, 4] : n >= 20 ? [4, 2] : n >= 12 ? [2, 2] : n >= 8 ? [1, 1] : [0, 0];
  return head === 0 ? "…" : `${secret.slice(0, head)}…${secret.slice(-tail)}`;
}
var Scrubber = class {
  known = /* @__PURE__ */ new Set();
  /** Remember a secret so that it is redacted wherever it shows up later. */
  add(secret) {
    if (secret.length >= 6) this.known.add(secret);
  }
  text(s) {
    let out = s;
    for (const secret of this.known) out = out.split(secret).join(redact(secret));
    return scrubDetected(out);
  }
  /** A copy of `err` safe to store and log: same class and name, scrubbed message and stack. */
  error(err) {
    const safe = Object.create(Object.getPrototypeOf(err));
    Object.defineProperty(safe, "message", { value: this.text(err.message), writable: true, configurable: true });
    Object.defineProperty(safe, "name", { value: err.name, writable: true, configurable: true });
    Object.defineProperty(safe, "stack", { value: this.text(err.stack ?? ""), writable: true, configurable: true });
    return safe;
  }
};
function scrubDetected(s) {
  if (s.length === 0) return s;
  detector ??= new Detector({ rules: defaultRules });
  let out = s;
  for (const f of detector.detect({ text: s, path: "message" })) {
    if (f.secret) out = out.split(f.secret).join(redact(f.secret));
  }
  return out;
}

// responder/log.ts
var ORDER = { debug: 10, info: 20, warn: 30, error: 40 };
function createLogger(component, options = {}) {
  const min = ORDER[options.level ?? levelFromEnv()];
  const write = options.write ?? ((line) => process.stderr.write(line));
  const emit = (level, msg, fields = {}) => {
    if (ORDER[level] < min) return;
    const entry = {
      time: (/* @__PURE__ */ new Date()).toISOString(),
      level,
      component,
      msg: scrubDetected(msg)
    };
    for (const [k, v] of Object.entries(fields)) entry[k] = typeof v === "string" ? scrubDetected(v) : v;
    write(`${JSON.stringify(entry)}
`);
  };
  return {
    debug: (m, f) => emit("debug", m, f),
    info: (m, f) => emit("info", m, f),
    warn: (m, f) => emit("warn", m, f),
    error: (m, f) => emit("error", m, f)
  };
}
function levelFromEnv() {
  const l = process.env.LEAKHOUND_LOG_LEVEL;
  return l === "debug" || l === "info" || l === "warn" || l === "error" ? l : "info";
}
function errorMessage(err) {
  return err instanceof Error ? err.message : String(err);
}

// responder/schema.ts
var SchemaError = class extends Error {
  name = "SchemaError";
};
function fail(path, expected, value) {
  const got = value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
  throw new SchemaError(`${path}: expected ${expected}, got ${got}`);
}
var string = (pattern, example) => (v, path) => {
  if (typeof v !== "string" || v.length === 0) fail(path, "a non-empty string", v);
  if (pattern && !pattern.test(v))
    throw new SchemaError(`${path}: does not look right${example ? `, expected e.g. ${example}` : ""}`);
  return v;
};
var integer = (min = 0) => (v, path) => {
  if (typeof v !== "number" || !Number.isInteger(v) || v < min) fail(path, `a whole number ≥ ${min}`, v);
  return v;
};
var boolean = (v, path) => typeof v === "boolean" ? v : fail(path, "true or false", v);
var oneOf = (...values) => (v, path) => {
  if (typeof v !== "string" || !values.includes(v)) fail(path, `one of ${values.join(", ")}`, v);
  return v;
};
var optional = (s) => (v, path) => v === void 0 || v === null ? void 0 : s(v, path);
var array = (s) => (v, path) => {
  if (!Array.isArray(v)) fail(path, "an array", v);
  return v.map((item, i) => s(item, `${path}[${i}]`));
};
var object = (shape) => (v, path) => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) fail(path, "an object", v);
  const out = {};
  for (const [k, s] of Object.entries(shape)) {
    const value = s(v[k], `${path}.${k}`);
    if (value !== void 0) out[k] = value;
  }
  return out;
};
function parse2(schema, value, root = "data") {
  return schema(value, root);
}

// responder/http/errors.ts
var HttpError = class extends Error {
  constructor(status2, message, options) {
    super(message, options);
    this.status = status2;
  }
  status;
  name = "HttpError";
};
var badRequest = (message) => new HttpError(400, message);
var unauthorized = (message) => new HttpError(401, message);
async function withinDeadline(promise, ms, what) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new HttpError(503, `${what} timed out: Redis is unavailable; retry later`)), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

// responder/http/health.ts
import { Hono } from "hono";

// responder/redis/connect.ts
import { Cluster, Redis } from "ioredis";
function connectRedis(url, clusterNodes2 = [], extra = {}) {
  const options = {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (times) => Math.min(100 * times, 2e3),
    ...extra
  };
  if (clusterNodes2.length === 0) return new Redis(url, options);
  const nodes = clusterNodes2.map((n) => {
    const [host = "", port = ""] = n.split(/:(?=\d+$)/);
    return { host, port: Number(port) };
  });
  return new Cluster(nodes, {
    redisOptions: { maxRetriesPerRequest: null, enableReadyCheck: true, ...extra },
    clusterRetryStrategy: (times) => Math.min(100 * times, 2e3),
    enableReadyCheck: true
  });
}
async function ping(redis, timeoutMs = 1e3) {
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([redis.ping().then((r) => r === "PONG"), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

// responder/http/health.ts
function healthApp(s) {
  const app = new Hono();
  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    const redis = await ping(s.redis, 1e3);
    return c.json({ status: redis ? "ready" : "not ready", redis: redis ? "ok" : "unreachable" }, redis ? 200 : 503);
  });
  return app;
}

// responder/http/incidents.ts
import { Hono as Hono2 } from "hono";

// responder/http/bearer.ts
const { createHash: createHash2, timingSafeEqual } = process.getBuiltinModule("node:crypto");
function requireBearer(expected, variable, what) {
  return async (c, next) => {
    if (!expected) throw unauthorized(`${what} is disabled: set ${variable}`);
    const given = /^Bearer (.+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
    if (!given || !sameToken(given, expected)) {
      c.header("WWW-Authenticate", 'Bearer realm="leakhound"');
      throw unauthorized(`expected Authorization: Bearer <${variable}>`);
    }
    await next();
  };
}
function sameToken(given, expected) {
  const h = (v) => createHash2("sha256").update(v).digest();
  return timingSafeEqual(h(given), h(expected));
}

// responder/http/incidents.ts
function incidentsApp(s) {
  const app = new Hono2();
  app.use("*", requireBearer(s.config.apiToken, "LEAKHOUND_API_TOKEN", "the incidents API"));
  app.get("/", async (c) => {
    const limit = Math.min(Math.max(Number(c.req.query("limit") ?? 50) || 50, 1), 500);
    const state = c.req.query("state");
    const ids = await s.ledger.list(limit * (state ? 5 : 1));
    const all = await Promise.all(ids.map((id) => s.ledger.get(id)));
    const incidents = all.filter((i) => i !== void 0 && (!state || i.state === state)).slice(0, limit).map((i) => ({
      id: i.id,
      state: i.state,
      severity: i.severity,
      ruleId: i.ruleId,
      credential: i.credential,
      repo: i.repo,
      openedAt: i.openedAt,
      containedAt: i.containedAt,
      closedAt: i.closedAt
    }));
    return c.json({ incidents, total: await s.ledger.count() });
  });
  app.get("/:id", async (c) => {
    const id = c.req.param("id");
    const incident = /^[0-9a-f]{32}$/.test(id) ? await s.ledger.get(id) : void 0;
    if (!incident) throw new HttpError(404, `no incident ${id}`);
    return c.json({ incident, timeline: await s.ledger.timeline(id) });
  });
  app.get("/:id/report", async (c) => {
    const id = c.req.param("id");
    const report = /^[0-9a-f]{32}$/.test(id) ? await s.ledger.getField(id, "report") : void 0;
    if (!report) throw new HttpError(404, `no report for incident ${id}: it is written when the incident closes`);
    return c.body(report, 200, { "content-type": "text/markdown; charset=utf-8" });
  });
  return app;
}

// responder/http/metrics.ts
import { Hono as Hono3 } from "hono";

// responder/ledger/types.ts
var STATES = ["open", "needs-human", "contained", "closed"];

// responder/metrics/exposure.ts
var EXPOSURE_BUCKETS = [60, 300, 900, 3600, 14400, 86400, 604800, 2592e3, 7776e3, 31536e3];
var EXPOSURE_METRICS = [
  {
    id: "time-to-detect",
    name: "leakhound_time_to_detect_seconds",
    help: "From the credential becoming readable by others (push, else commit date) to the incident opening."
  },
  {
    id: "time-to-contain",
    name: "leakhound_time_to_contain_seconds",
    help: "From the credential becoming readable by others (push, else commit date) to its revocation verified."
  }
];
function exposureStart(i) {
  const valid = (d) => d !== void 0 && d !== "" && !Number.isNaN(Date.parse(d));
  if (valid(i.pushedAt)) return new Date(Date.parse(i.pushedAt)).toISOString();
  const commits = i.commitDates.filter(valid).sort((a, b) => Date.parse(a) - Date.parse(b));
  return commits[0] ?? (valid(i.alertCreatedAt) ? i.alertCreatedAt : void 0);
}
function secondsBetween(start, end) {
  if (!start) return void 0;
  const s = Date.parse(start);
  const e = typeof end === "string" ? Date.parse(end) : end.getTime();
  if (Number.isNaN(s) || Number.isNaN(e)) return void 0;
  return Math.max(0, (e - s) / 1e3);
}

// rules/rotation-finish.ts
const { createHash: createHash3 } = process.getBuiltinModule("node:crypto");

// rules/rotation.ts
var StoreRefused = class extends Error {
  name = "StoreRefused";
};

// rules/rotation-finish.ts
function describeStored(s) {
  const where = s.store === "vault" ? `vault \`${s.path.replace("/data/", "/")}\` v${s.version}` : `Secrets Manager \`${s.path}\` version ${s.version}`;
  return `replacement ${s.replacement} written to ${where}`;
}
function versionKey(incidentId2, replacementId) {
  const h = createHash3("sha256").update(`leakhound:${incidentId2}:${replacementId}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
async function stored(ctx) {
  const raw = await ctx.state.get("rotation:stored");
  return raw ? JSON.parse(raw) : void 0;
}
async function writeReplacement(ctx, target2, r, shown) {
  try {
    const w = await ctx.writer(target2.store).write(target2, r, versionKey(ctx.incidentId, r.id));
    const s = { store: target2.store, path: target2.path, version: w.version, replacement: shown };
    await ctx.state.set({ "rotation:stored": JSON.stringify(s) });
    await ctx.state.deleteReplacement();
    return { outcome: "done", detail: `${describeStored(s)} and verified` };
  } catch (err) {
    if (!(err instanceof StoreRefused)) return { outcome: "retry", detail: err.message };
    await ctx.state.set({ "rotation:refused": err.message });
    return { refused: err.message };
  }
}
async function announce(ctx, target2, provider) {
  if (!target2.notify)
    return { outcome: "done", detail: "no notify hook configured: the services pick up the new version themselves" };
  const s = await stored(ctx);
  if (!s) return { outcome: "task", detail: "nothing was written to the store, so there is nothing to announce" };
  const origin = new URL(target2.notify).origin;
  if (await ctx.state.get("rotation:notified")) return { outcome: "done", detail: `${origin} was told already` };
  const body = { event: "leakhound.rotation", incident: ctx.incidentId, provider, ...s };
  let status2;
  try {
    status2 = await ctx.post(target2.notify, body, ctx.timeoutMs);
  } catch (err) {
    const timedOut = err?.name === "TimeoutError";
    const why = timedOut ? `did not answer within ${ctx.timeoutMs} ms` : "could not be reached";
    return { outcome: "retry", detail: `the notify hook at ${origin} ${why}` };
  }
  if (status2 >= 200 && status2 < 300) {
    await ctx.state.set({ "rotation:notified": (/* @__PURE__ */ new Date()).toISOString() });
    return { outcome: "done", detail: `notified ${origin} (HTTP ${status2})` };
  }
  if (status2 === 429 || status2 >= 500)
    return { outcome: "retry", detail: `the notify hook at ${origin} answered HTTP ${status2}` };
  return { outcome: "task", detail: `the notify hook at ${origin} answered HTTP ${status2} (not retried)` };
}

// rules/aws/rotate-iam.ts
import {
  CreateAccessKeyCommand,
  DeleteAccessKeyCommand,
  GetAccessKeyLastUsedCommand,
  GetUserCommand,
  ListAccessKeysCommand,
  ListUserTagsCommand,
  TagUserCommand,
  UntagUserCommand
} from "@aws-sdk/client-iam";
var AwsDenied = class extends Error {
  constructor(action2) {
    super(`leakhound may not call ${action2} (AccessDenied): add it to the responder's IAM policy, or rotate by hand`);
    this.action = action2;
  }
  action;
  name = "AwsDenied";
};
async function iamCall(action2, run3, notFound) {
  try {
    return await run3();
  } catch (err) {
    const f = classifyAwsError(err);
    if (f.kind === "denied") throw new AwsDenied(action2);
    if (f.kind === "not-found" && notFound) return notFound();
    throw new AwsStepError(action2, f);
  }
}
var markerValue = (incidentId2) => `leakhound:${incidentId2}`;
async function keyOwner(iam, accessKeyId, opts2) {
  const used = await iamCall(
    "iam:GetAccessKeyLastUsed",
    () => iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: accessKeyId }), withTimeout(opts2)),
    () => void 0
  );
  if (!used?.UserName) return void 0;
  const user = await iamCall(
    "iam:GetUser",
    () => iam.send(new GetUserCommand({ UserName: used.UserName }), withTimeout(opts2))
  );
  if (!user.User?.Arn) throw new AwsStepError("iam:GetUser", { kind: "status", code: "NoArn" });
  return { userName: used.UserName, arn: user.User.Arn };
}
async function listKeys(iam, userName, opts2) {
  const out = await iamCall(
    "iam:ListAccessKeys",
    () => iam.send(new ListAccessKeysCommand({ UserName: userName }), withTimeout(opts2))
  );
  return (out.AccessKeyMetadata ?? []).map((k) => ({ id: k.AccessKeyId ?? "", status: String(k.Status) }));
}
async function ourKeys(iam, userName, incidentId2, opts2) {
  const out = await iamCall(
    "iam:ListUserTags",
    () => iam.send(new ListUserTagsCommand({ UserName: userName }), withTimeout(opts2))
  );
  return (out.Tags ?? []).filter((t) => t.Value === markerValue(incidentId2)).map((t) => t.Key ?? "");
}
async function createKey(iam, userName, opts2) {
  try {
    const out = await iam.send(new CreateAccessKeyCommand({ UserName: userName }), withTimeout(opts2));
    const k = out.AccessKey;
    if (!k?.AccessKeyId || !k.SecretAccessKey)
      throw new AwsStepError("iam:CreateAccessKey", { kind: "status", code: "NoKey" });
    return { id: k.AccessKeyId, secret: k.SecretAccessKey };
  } catch (err) {
    if (err instanceof AwsStepError) throw err;
    const f = classifyAwsError(err);
    if (f.kind === "denied") throw new AwsDenied("iam:CreateAccessKey");
    if (f.code === "LimitExceeded" || f.code === "LimitExceededException") return "limit";
    throw new AwsStepError("iam:CreateAccessKey", f);
  }
}
async function markOurs(iam, userName, keyId, incidentId2, opts2) {
  await iamCall(
    "iam:TagUser",
    () => iam.send(
      new TagUserCommand({ UserName: userName, Tags: [{ Key: keyId, Value: markerValue(incidentId2) }] }),
      withTimeout(opts2)
    )
  );
}
async function unmark(iam, userName, keyId, opts2) {
  await iamCall(
    "iam:UntagUser",
    () => iam.send(new UntagUserCommand({ UserName: userName, TagKeys: [keyId] }), withTimeout(opts2)),
    () => void 0
  );
}
async function deleteKey(iam, userName, keyId, opts2) {
  await iamCall(
    "iam:DeleteAccessKey",
    () => iam.send(new DeleteAccessKeyCommand({ UserName: userName, AccessKeyId: keyId }), withTimeout(opts2)),
    () => void 0
  );
}

// rules/aws/rotate.ts
var done = (detail) => ({ outcome: "done", detail });
var task = (detail) => ({ outcome: "task", detail });
var redactKeyId = (id) => `${id.slice(0, 4)}…${id.slice(-4)}`;
function manualRotation(userName, leaked) {
  return [
    `rotate by hand: \`aws iam create-access-key --user-name ${userName}\`,`,
    "write the new pair where the services read it and redeploy them, then",
    `\`aws iam update-access-key --user-name ${userName} --access-key-id ${leaked} --status Inactive\``,
    `and later \`aws iam delete-access-key --user-name ${userName} --access-key-id ${leaked}\``
  ].join(" ");
}
async function guard(run3) {
  try {
    return await run3();
  } catch (err) {
    if (err instanceof AwsDenied) return task(err.message);
    if (err instanceof AwsStepError) return { outcome: "retry", detail: err.message };
    throw err;
  }
}
async function planned(ctx) {
  const raw = await ctx.state.get("rotation:owner");
  if (!raw) return task('no replacement was planned (see "Create a replacement"): nothing to do here');
  const owner = JSON.parse(raw);
  const target2 = ctx.targetFor(owner.arn);
  if (!target2) return task(`the rotation map no longer has an entry for ${owner.arn}`);
  return { owner, target: target2 };
}
var opts = (ctx) => ({ timeoutMs: ctx.timeoutMs });
var create = {
  id: "rotate-create",
  title: "Create a replacement key for the same user (iam:CreateAccessKey)",
  run: (leaked, ctx) => guard(async () => {
    const stored2 = await ctx.state.get("rotation:stored");
    if (stored2)
      return done(
        `the replacement (${JSON.parse(stored2).replacement}) is written already`
      );
    const owner = await keyOwner(ctx.iam, leaked.secret, opts(ctx));
    const shown = redactKeyId(leaked.secret);
    if (!owner) return task(`the leaked key ${shown} no longer exists, so there is nothing to replace`);
    const target2 = ctx.targetFor(owner.arn);
    if (!target2) {
      return task(
        `no entry in LEAKHOUND_ROTATION_CONFIG matches ${owner.arn}; ${manualRotation(owner.userName, shown)}`
      );
    }
    await ctx.state.set({ "rotation:owner": JSON.stringify(owner) });
    const keys2 = await listKeys(ctx.iam, owner.userName, opts(ctx));
    const ours = await ourKeys(ctx.iam, owner.userName, ctx.incidentId, opts(ctx));
    const kept = await ctx.state.getReplacement();
    if (kept && keys2.some((k) => k.id === kept.id)) {
      await markOurs(ctx.iam, owner.userName, kept.id, ctx.incidentId, opts(ctx));
      return done(`replacement ${redactKeyId(kept.id)} already created for IAM user ${owner.userName}`);
    }
    if (kept) await ctx.state.deleteReplacement();
    for (const id of ours) {
      if (keys2.some((k) => k.id === id)) await deleteKey(ctx.iam, owner.userName, id, opts(ctx));
      await unmark(ctx.iam, owner.userName, id, opts(ctx));
    }
    const others = keys2.filter((k) => k.id !== leaked.secret && !ours.includes(k.id));
    if (others.length > 0) {
      const list = keys2.map((k) => `${redactKeyId(k.id)} (${k.status})`).join(", ");
      return task(
        `IAM user ${owner.userName} already has two access keys (${list}); leakhound never deletes a key it did not create. Delete the one no service uses, then ${manualRotation(owner.userName, shown).replace("rotate by hand: ", "")}`
      );
    }
    const created = await createKey(ctx.iam, owner.userName, opts(ctx));
    if (created === "limit")
      return task(
        `IAM user ${owner.userName} reached its limit of two access keys meanwhile; ${manualRotation(owner.userName, shown)}`
      );
    await ctx.state.putReplacement(created);
    await markOurs(ctx.iam, owner.userName, created.id, ctx.incidentId, opts(ctx));
    await ctx.state.set({
      "rotation:created": redactKeyId(created.id),
      "rotation:verified": "",
      "rotation:refused": ""
    });
    return done(`replacement ${redactKeyId(created.id)} created for IAM user ${owner.userName}`);
  })
};
async function replacement(ctx) {
  const r = await ctx.state.getReplacement();
  if (r) return r;
  return task(
    'the replacement key is no longer held (its encrypted copy expired or was removed): run "Create a replacement" again or rotate by hand'
  );
}
var verify = {
  id: "rotate-verify",
  title: "Verify the replacement authenticates (sts:GetCallerIdentity)",
  run: (_leaked, ctx) => guard(async () => {
    if (await ctx.state.get("rotation:stored")) return done("the replacement was verified before it was written");
    const p = await planned(ctx);
    if ("outcome" in p) return p;
    const r = await replacement(ctx);
    if ("outcome" in r) return r;
    const v = await verifyKeyPair(ctx.keyPairSts(r.id, r.secret), opts(ctx));
    if (v.status !== "live") {
      return {
        outcome: "retry",
        detail: `the replacement does not authenticate yet: ${v.status === "invalid" ? v.detail : v.error}`
      };
    }
    if (!v.detail.includes(p.owner.arn))
      return task(`the replacement authenticates, but not as ${p.owner.arn}: ${v.detail}`);
    await ctx.state.set({ "rotation:verified": (/* @__PURE__ */ new Date()).toISOString() });
    return done(`replacement ${redactKeyId(r.id)} verified: ${v.detail}`);
  })
};

// rules/aws/rotate-finish.ts
var store = {
  id: "rotate-store",
  title: "Write the replacement to the secret store as a new version",
  run: (leaked, ctx) => guard(async () => {
    const already = await stored(ctx);
    if (already) return done(`${describeStored(already)} and verified`);
    const p = await planned(ctx);
    if ("outcome" in p) return p;
    const r = await ctx.state.getReplacement();
    let refused = await ctx.state.get("rotation:refused");
    if (!refused) {
      if (!r)
        return task(
          'the replacement key is no longer held (its encrypted copy expired): run "Create a replacement" again or rotate by hand'
        );
      if (!await ctx.state.get("rotation:verified"))
        return task("the replacement was never verified, so it is not written");
      const w = await writeReplacement(ctx, p.target, r, redactKeyId(r.id));
      if ("outcome" in w) return w;
      refused = w.refused;
    }
    for (const id of await ourKeys(ctx.iam, p.owner.userName, ctx.incidentId, opts(ctx))) {
      await deleteKey(ctx.iam, p.owner.userName, id, opts(ctx));
      await unmark(ctx.iam, p.owner.userName, id, opts(ctx));
    }
    await ctx.state.deleteReplacement();
    const shown = r ? `replacement ${redactKeyId(r.id)}` : "replacement";
    return task(
      `${refused}. The ${shown} was deleted again; the leaked key is contained as without rotation. Fix the store's access, then ${manualRotation(p.owner.userName, redactKeyId(leaked.secret)).replace("rotate by hand: ", "")}`
    );
  })
};
var notify = {
  id: "rotate-notify",
  title: "Tell the services a new version is there (notify hook)",
  run: (_leaked, ctx) => guard(async () => {
    const p = await planned(ctx);
    if ("outcome" in p) return p;
    return announce(ctx, p.target, "aws");
  })
};
var retire = {
  id: "rotate-retire",
  title: "Delete the leaked key after the grace period (iam:DeleteAccessKey)",
  run: (leaked, ctx) => guard(async () => {
    const shown = redactKeyId(leaked.secret);
    const p = await planned(ctx);
    if ("outcome" in p) return p;
    if (await ctx.state.get("rotation:retired")) return done(`leaked key ${shown} deleted already`);
    const hand = `\`aws iam delete-access-key --user-name ${p.owner.userName} --access-key-id ${shown}\``;
    if (!await stored(ctx))
      return task(
        `no replacement was written, so the leaked key ${shown} is not deleted automatically; once the services have a new key: ${hand}`
      );
    if (await ctx.held())
      return task(`a responder holds the leaked key ${shown}: it stays Inactive; delete it when done: ${hand}`);
    await deleteKey(ctx.iam, p.owner.userName, leaked.secret, opts(ctx));
    for (const id of await ourKeys(ctx.iam, p.owner.userName, ctx.incidentId, opts(ctx))) {
      await unmark(ctx.iam, p.owner.userName, id, opts(ctx));
    }
    await ctx.state.set({ "rotation:retired": (/* @__PURE__ */ new Date()).toISOString() });
    return done(`leaked key ${shown} deleted after the grace period`);
  })
};
var awsRotation = {
  steps: [create, verify, store, notify],
  retire
};

// rules/gitlab/rotate.ts
var PAT = "gitlab-pat";
var DAY = 864e5;
var MANUAL = "create a new token with the same scopes in GitLab (User settings → Access tokens), write it where the services read it, and revoke the leaked one";
var task2 = (detail) => ({ outcome: "task", detail });
async function get(path, token2, ctx) {
  try {
    return await call(gitlab, ctx, { path, headers: { "private-token": token2 } });
  } catch (err) {
    return { outcome: "retry", detail: unreachable(err).reason };
  }
}
var plain = (v) => v !== void 0 && /^[\w .@+-]{1,255}$/.test(v) ? v : void 0;
async function whoIs(token2, ctx) {
  const self = await get("/api/v4/personal_access_tokens/self", token2, ctx);
  if ("outcome" in self) return self;
  if (self.status === 401)
    return task2("GitLab no longer accepts the leaked token (HTTP 401): there is nothing to rotate");
  if (self.status !== 200) return retryOrTask(self.status, "reading the token");
  const name = plain(field(self.body, "name"));
  const user = await get("/api/v4/user", token2, ctx);
  if ("outcome" in user) return user;
  const username = user.status === 200 ? plain(field(user.body, "username")) : `#${field(self.body, "user_id") ?? "?"}`;
  if (!name || !username) return task2("GitLab answered a token or user name leakhound cannot match safely");
  return { owner: `${username}/${name}`, expires: field(self.body, "expires_at") };
}
function retryOrTask(status2, what) {
  if (status2 === 429 || status2 >= 500) return { outcome: "retry", detail: `GitLab answered HTTP ${status2} ${what}` };
  return task2(`GitLab answered HTTP ${status2} ${what}; ${MANUAL}`);
}
function nextExpiry(current, now = /* @__PURE__ */ new Date()) {
  const at = current && /^\d{4}-\d{2}-\d{2}/.test(current) ? Date.parse(current.slice(0, 10)) : Number.NaN;
  const day = (t) => new Date(t).toISOString().slice(0, 10);
  return at >= now.getTime() + DAY ? day(at) : day(now.getTime() + 30 * DAY);
}
var gitlabRotation = {
  manual: MANUAL,
  async owner(c, ctx) {
    if (c.ruleId !== PAT) return task2(`GitLab rotates personal access tokens only, not this kind (${c.ruleId})`);
    const w = await whoIs(c.secret, ctx);
    return "outcome" in w ? w : { owner: w.owner };
  },
  async rotate(c, ctx) {
    const w = await whoIs(c.secret, ctx);
    if ("outcome" in w) return w;
    let a;
    try {
      a = await call(gitlab, ctx, {
        method: "POST",
        path: "/api/v4/personal_access_tokens/self/rotate",
        headers: { "private-token": c.secret },
        body: { expires_at: nextExpiry(w.expires) }
      });
    } catch (err) {
      return { outcome: "retry", detail: unreachable(err).reason };
    }
    const token2 = field(a.body, "token");
    const id = field(a.body, "id");
    if (a.status === 200 && token2 && id && /^\d+$/.test(id)) {
      const replacement2 = { id, secret: token2 };
      const shown = `token #${id}`;
      return {
        replacement: replacement2,
        shown,
        detail: `rotated through GitLab: ${shown} replaces the leaked token, which GitLab revoked; expires ${plain(field(a.body, "expires_at")) ?? "?"}`
      };
    }
    if (a.status === 200) return task2(`GitLab answered the rotation without a new token; ${MANUAL}`);
    if (a.status === 401)
      return task2(`GitLab no longer accepts the leaked token (HTTP 401), and no replacement is held; ${MANUAL}`);
    if (a.status === 403)
      return task2(
        `the leaked token may not rotate itself (HTTP 403: it lacks the api or self_rotate scope); ${MANUAL}`
      );
    if (a.status === 400)
      return task2(`GitLab refused the rotation (HTTP 400, e.g. an expiry its policy does not allow); ${MANUAL}`);
    return retryOrTask(a.status, "to the rotation");
  },
  async verify(r, ctx) {
    const w = await whoIs(r.secret, ctx);
    if ("outcome" in w) {
      return w.outcome === "task" ? { outcome: "retry", detail: `the replacement does not authenticate yet: ${w.detail}` } : w;
    }
    return { owner: w.owner, detail: `GitLab accepts it as ${w.owner}` };
  },
  async revoke(r, ctx) {
    let a;
    try {
      a = await call(gitlab, ctx, {
        method: "DELETE",
        path: "/api/v4/personal_access_tokens/self",
        headers: { "private-token": r.secret }
      });
    } catch (err) {
      return { outcome: "retry", detail: unreachable(err).reason };
    }
    if (a.status === 204 || a.status === 401) return { outcome: "done", detail: `token #${r.id} revoked` };
    return retryOrTask(a.status, `revoking token #${r.id}`);
  }
};

// rules/stripe/rotate.ts
const { randomBytes: randomBytes2 } = process.getBuiltinModule("node:crypto");

// rules/stripe/jwe.ts
const { createDecipheriv: createDecipheriv2, generateKeyPairSync, privateDecrypt, constants } = process.getBuiltinModule("node:crypto");
function recipientKey() {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { publicPem: publicKey.export({ type: "spki", format: "pem" }).toString(), privateKey };
}
var b64u = (s) => Buffer.from(s, "base64url");
function decryptJwe(ciphertext, key) {
  let compact = ciphertext.trim();
  if (compact.split(".").length !== 5) compact = Buffer.from(compact, "base64").toString("utf8").trim();
  const parts = compact.split(".");
  if (parts.length !== 5) throw new Error("the encrypted secret is not a JWE compact serialization");
  const [protectedHeader, encryptedKey, iv, data, tag] = parts;
  const header = JSON.parse(b64u(protectedHeader).toString("utf8"));
  const oaepHash = header.alg === "RSA-OAEP-256" ? "sha256" : header.alg === "RSA-OAEP" ? "sha1" : void 0;
  const bits = { A128GCM: 128, A192GCM: 192, A256GCM: 256 }[header.enc ?? ""];
  if (!oaepHash || !bits) throw new Error(`unsupported JWE algorithms alg=${header.alg} enc=${header.enc}`);
  const cek = privateDecrypt({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash }, b64u(encryptedKey));
  if (cek.length * 8 !== bits) throw new Error("the JWE content key has the wrong length");
  const decipher = createDecipheriv2(`aes-${bits}-gcm`, cek, b64u(iv));
  decipher.setAAD(Buffer.from(protectedHeader, "ascii"));
  decipher.setAuthTag(b64u(tag));
  return Buffer.concat([decipher.update(b64u(data)), decipher.final()]).toString("utf8");
}

// rules/stripe/rotate.ts
var MANUAL2 = "roll the key in the Stripe dashboard (Developers → API keys → ⋯ → Roll key…) and write the new key where the services read it";
var task3 = (detail) => ({ outcome: "task", detail });
var ownerOf = (k) => k.name && /^[\w .@+-]{1,255}$/.test(k.name) ? `${k.livemode ? "live" : "test"}/${k.name}` : void 0;
function answer(a, what) {
  if (a.status === 401 || a.status === 403)
    return task3(`the Stripe App key may not ${what} (HTTP ${a.status}); it needs api_key_write. ${MANUAL2}`);
  if (a.status === 429 || a.status >= 500) return { outcome: "retry", detail: `Stripe answered HTTP ${a.status}` };
  return task3(`Stripe answered HTTP ${a.status} to ${what}; ${MANUAL2}`);
}
async function found(c, ctx) {
  if (ctx.options?.["stripe.appManagedRoll"] !== true) {
    return task3(
      `Stripe keys are rolled by a person here (guided roll; LEAKHOUND_STRIPE_APP_MANAGED_ROLL is off), so leakhound never sees the new key and cannot write it: ${MANUAL2}`
    );
  }
  return findThroughApp(c, ctx);
}
var stripeRotation = {
  manual: MANUAL2,
  async owner(c, ctx) {
    const k = await found(c, ctx);
    if ("outcome" in k) return k;
    const owner = ownerOf(k);
    return owner ? { owner } : task3(`API key ${k.id} has no name leakhound can match; ${MANUAL2}`);
  },
  async rotate(c, ctx) {
    const k = await found(c, ctx);
    if ("outcome" in k) return k;
    if (k.status === "expired") return task3(`API key ${k.id} is already expired and no replacement is held; ${MANUAL2}`);
    const headers = appHeaders(ctx);
    if (!headers) return NO_APP_KEY;
    const recipient = recipientKey();
    const keyId = `leakhound-${randomBytes2(6).toString("hex")}`;
    let a;
    try {
      a = await call(stripe, ctx, {
        method: "POST",
        path: `/v2/iam/api_keys/${encodeURIComponent(k.id)}/rotate`,
        headers,
        body: { public_key: { id: keyId, pem_key: { algorithm: "rsa", data: recipient.publicPem } } }
      });
    } catch (err) {
      return { outcome: "retry", detail: unreachable(err).reason };
    }
    if (a.status !== 200) return answer(a, "rotate API keys");
    const id = field(a.body, "id");
    let secret = field(a.body, "secret_key", "token");
    const sealed = field(a.body, "secret_key", "encrypted_secret", "ciphertext");
    if (!secret && sealed) {
      try {
        secret = decryptJwe(sealed, recipient.privateKey);
      } catch (err) {
        return task3(
          `Stripe rotated API key ${k.id}, but its new secret could not be decrypted (${err.message}); ${MANUAL2}`
        );
      }
    }
    if (!id || !/^[\w-]{1,255}$/.test(id) || !secret || !/^[rs]k_(?:live|test)_\w+$/.test(secret)) {
      return task3(`Stripe rotated API key ${k.id} but answered no usable new key; ${MANUAL2}`);
    }
    return {
      replacement: { id, secret },
      shown: `API key ${id}`,
      detail: `rotated API key ${k.id} through the Stripe App; its secret expired, API key ${id} replaces it`
    };
  },
  async verify(r, ctx) {
    const v = await verifyStripeKey({ ruleId: "stripe-secret-key", secret: r.secret }, ctx);
    if (v.state !== "live")
      return { outcome: "retry", detail: `the replacement does not authenticate yet: ${v.reason}` };
    const headers = appHeaders(ctx);
    if (!headers) return NO_APP_KEY;
    let a;
    try {
      a = await call(stripe, ctx, { path: `/v2/iam/api_keys/${encodeURIComponent(r.id)}`, headers });
    } catch (err) {
      return { outcome: "retry", detail: unreachable(err).reason };
    }
    if (a.status !== 200) return answer(a, "read API keys");
    const owner = ownerOf(a.body);
    if (!owner) return task3(`API key ${r.id} has no name leakhound can match; ${MANUAL2}`);
    return { owner, detail: v.reason };
  },
  async revoke(r, ctx) {
    const headers = appHeaders(ctx);
    if (!headers) return NO_APP_KEY;
    try {
      const a = await call(stripe, ctx, {
        method: "POST",
        path: `/v2/iam/api_keys/${encodeURIComponent(r.id)}/expire`,
        headers,
        body: {}
      });
      return a.status === 200 ? { outcome: "done", detail: `API key ${r.id} expired` } : answer(a, "expire API keys");
    } catch (err) {
      return { outcome: "retry", detail: unreachable(err).reason };
    }
  }
};

// rules/token-rotation.ts
var done2 = (detail) => ({ outcome: "done", detail });
var task4 = (detail) => ({ outcome: "task", detail });
async function planned2(ctx) {
  const owner = await ctx.state.get("rotation:owner");
  if (!owner) return task4('no replacement was planned (see "Rotate the credential"): nothing to do here');
  const target2 = ctx.targetFor(owner);
  if (!target2) return task4(`the rotation map no longer has an entry for ${owner}`);
  return { owner, target: target2 };
}
var create2 = {
  id: "rotate-create",
  title: "Rotate the credential at its provider (the provider's rotate API)",
  async run(leaked, ctx) {
    const written = await stored(ctx);
    if (written) return done2(`the replacement (${written.replacement}) is written already`);
    if (await ctx.state.getReplacement()) {
      return done2(`replacement ${await ctx.state.get("rotation:created") ?? ""} already issued`.trim());
    }
    const who = await ctx.rotation.owner(leaked, ctx.pctx);
    if ("outcome" in who) return who;
    const target2 = ctx.targetFor(who.owner);
    if (!target2)
      return task4(`no entry in LEAKHOUND_ROTATION_CONFIG matches ${who.owner}; rotate by hand: ${ctx.rotation.manual}`);
    await ctx.state.set({ "rotation:owner": who.owner });
    const r = await ctx.rotation.rotate(leaked, ctx.pctx);
    if ("outcome" in r) return r;
    await ctx.state.putReplacement(r.replacement);
    await ctx.state.set({ "rotation:created": r.shown, "rotation:verified": "", "rotation:refused": "" });
    return done2(r.detail);
  }
};
var verify2 = {
  id: "rotate-verify",
  title: "Verify the replacement authenticates as the same owner",
  async run(_leaked, ctx) {
    if (await stored(ctx)) return done2("the replacement was verified before it was written");
    const p = await planned2(ctx);
    if ("outcome" in p) return p;
    const r = await ctx.state.getReplacement();
    if (!r) return task4("the replacement is no longer held (its encrypted copy expired): rotate by hand");
    const v = await ctx.rotation.verify(r, ctx.pctx);
    if ("outcome" in v) return v;
    if (v.owner !== p.owner) return task4(`the replacement authenticates, but as ${v.owner}, not ${p.owner}`);
    await ctx.state.set({ "rotation:verified": (/* @__PURE__ */ new Date()).toISOString() });
    return done2(`replacement ${await ctx.state.get("rotation:created") ?? ""} verified: ${v.detail}`);
  }
};
var store2 = {
  id: "rotate-store",
  title: "Write the replacement to the secret store as a new version",
  async run(_leaked, ctx) {
    const already = await stored(ctx);
    if (already) return done2(`${describeStored(already)} and verified`);
    const p = await planned2(ctx);
    if ("outcome" in p) return p;
    const r = await ctx.state.getReplacement();
    const shown = await ctx.state.get("rotation:created") ?? "replacement";
    let refused = await ctx.state.get("rotation:refused");
    if (!refused) {
      if (!r) return task4("the replacement is no longer held (its encrypted copy expired): rotate by hand");
      if (!await ctx.state.get("rotation:verified"))
        return task4("the replacement was never verified, so it is not written");
      const w = await writeReplacement(ctx, p.target, r, shown);
      if ("outcome" in w) return w;
      refused = w.refused;
    }
    if (r) {
      const undone = await ctx.rotation.revoke(r, ctx.pctx);
      if (undone.outcome === "retry") return undone;
      if (undone.outcome === "task") return task4(`${refused}. Revoke the unwritten ${shown} by hand: ${undone.detail}`);
      await ctx.state.deleteReplacement();
    }
    return task4(
      `${refused}. The ${shown} was revoked again, and the leaked credential no longer works: fix the store's access, then ${ctx.rotation.manual}`
    );
  }
};
var notify2 = {
  id: "rotate-notify",
  title: "Tell the services a new version is there (notify hook)",
  async run(_leaked, ctx) {
    const p = await planned2(ctx);
    if ("outcome" in p) return p;
    return announce(ctx, p.target, ctx.provider);
  }
};
var tokenRotationSteps = [create2, verify2, store2, notify2];

// responder/providers/registry.ts
function providerForRule2(ruleId) {
  const p = providerForRule(ruleId);
  return p && p.containment.length > 0 && p.revokes.includes(ruleId) ? p.id : null;
}
function isPairRule(ruleId) {
  return providerForPairRule(ruleId) !== void 0;
}
function stepId(p, step) {
  return `${p.id}-${step.id}`;
}
function providerSteps(id) {
  const p = providerById(id);
  return p ? p.containment.map((s) => stepId(p, s)) : [];
}
var CONTAINMENT_STEPS = new Map(
  PROVIDERS.flatMap((p) => p.containment.map((s, index) => [stepId(p, s), { provider: p, index }]))
);
var ROTATIONS = {
  aws: { steps: awsRotation.steps.map((s) => s.id), retire: awsRotation.retire.id },
  gitlab: { steps: tokenRotationSteps.map((s) => s.id) },
  stripe: { steps: tokenRotationSteps.map((s) => s.id) }
};
var ROTATION_JOBS = new Map(
  Object.entries(ROTATIONS).flatMap(
    ([provider, r]) => [...r.steps, ...r.retire ? [r.retire] : []].map(
      (step) => [`${provider}-${step}`, { provider, step, retire: step === r.retire }]
    )
  )
);
var TOKEN_ROTATIONS = {
  gitlab: gitlabRotation,
  stripe: stripeRotation
};
function rotationJobs(id) {
  return (ROTATIONS[id]?.steps ?? []).map((step) => `${id}-${step}`);
}
function retriable(id) {
  return !!id && !!ROTATIONS[id]?.retire;
}
function retireJob(id) {
  const r = ROTATIONS[id];
  return r?.retire && `${id}-${r.retire}`;
}
function firstActingStep(id) {
  const p = providerById(id);
  const i = p ? p.containment.findIndex((s) => !s.readOnly) : -1;
  return i === -1 ? p?.containment.length ?? 0 : i;
}
function ruleForSecretType(secretType, secret) {
  const p = PROVIDERS.find((e) => e.githubSecretTypes.includes(secretType));
  const own = p && secret ? defaultRules.filter((r) => p.rules.includes(r.id)).find((r) => ruleMatchesWhole(r, secret)) : void 0;
  return own?.id ?? `github-${secretType.replace(/_/g, "-")}`;
}
var APPROVE_LABELS = {
  aws: {
    label: "Deactivate this key",
    confirm: "Deactivate this access key, attach the quarantine policy to its owner and verify? Only if you know the key should stop working."
  }
};
function approveButton(id) {
  const p = providerById(id);
  if (!p || p.containment.length === 0) return void 0;
  const steps = p.containment.map((s) => s.title).join("; ");
  return APPROVE_LABELS[id] ?? {
    label: "Revoke this credential",
    confirm: `Run the ${p.name} containment (${steps})? Only if you know the credential should stop working.`
  };
}

// responder/playbook/playbook.ts
var PHASES = ["containment", "investigation", "eradication", "review"];
var STEP_IDS = [
  ...CONTAINMENT_STEPS.keys(),
  "revoke",
  "rotate",
  "redeploy",
  "access",
  "exposure",
  "history",
  "compliance",
  "customers",
  "report"
];
var STEP_TITLES = {
  revoke: "Revoke the credential at its provider",
  rotate: "Create a replacement credential and deploy it",
  // Only in the playbook when a rotation's redeploy hook failed: the services still need the new version.
  redeploy: "Redeploy the services onto the new version",
  access: "Who had access (repository visibility)",
  exposure: "Exposure window (introducing commit to revocation)",
  history: "Remove the secret from git history (`leakhound rewrite`)",
  compliance: "Tell compliance: the credential was used from outside the known networks",
  customers: "Decide with compliance whether customers must be notified",
  report: "Post-incident report"
};
function planSteps(provider, ruleId) {
  const step = (id, phase, mode) => ({
    id,
    phase,
    title: stepTitle(id),
    mode
  });
  const containment = provider ? providerSteps(provider).map((id) => step(id, "containment", "auto")) : [withDetail(step("revoke", "containment", "task"), ruleId && howToRevokeByHand(ruleId))];
  return [
    ...containment,
    step("rotate", "containment", "task"),
    step("access", "investigation", "auto"),
    step("exposure", "investigation", "auto"),
    step("history", "eradication", "task"),
    step("report", "review", "auto")
  ];
}
function withDetail(s, detail) {
  return detail ? { ...s, detail } : s;
}
function stepTitle(id) {
  const provider = CONTAINMENT_STEPS.get(id);
  if (provider) return provider.provider.containment[provider.index].title;
  return STEP_TITLES[id] ?? id;
}
var ORDER2 = [...CONTAINMENT_STEPS.keys(), ...Object.keys(STEP_TITLES)];
function orderedSteps(steps, phase) {
  const order = [...ORDER2, ...Object.keys(steps).filter((id) => !ORDER2.includes(id))];
  return order.filter((id) => steps[id] && (phase === void 0 || phaseOf(id) === phase)).map((id) => [id, steps[id]]);
}
function phaseOf(id) {
  if (id === "access" || id === "exposure") return "investigation";
  if (id === "history" || id === "compliance" || id === "customers") return "eradication";
  if (id === "report") return "review";
  return "containment";
}
function allSettled(steps) {
  return Object.entries(steps).every(([id, s]) => id === "report" || s?.status === "done" || s?.status === "skipped");
}
function openTasks(steps, phase) {
  return Object.entries(steps).filter(([id, s]) => s.status === "task" && (phase === void 0 || phaseOf(id) === phase)).map(([id]) => id);
}

// responder/queue/job-map.ts
var sha = string(/^[0-9a-f]{40}$/, "a 40-character commit SHA");
var incidentId = string(/^[0-9a-f]{32}$/, "a 32-character incident id");
var repoRef = object({
  fullName: string(/^[\w.-]+\/[\w.-]+$/, "octo-org/octo-repo"),
  cloneUrl: string(),
  htmlUrl: string(),
  visibility: oneOf("public", "private", "internal", "unknown")
});
var incidentOnly = object({ incidentId });
var slackId2 = string(/^[A-Z0-9]{2,32}$/, "U012ABCDEF");
var slackTs = string(/^\d{1,12}\.\d{1,9}$/, "1700000000.000100");
var CONTAINMENT_JOBS = [...CONTAINMENT_STEPS.keys(), ...ROTATION_JOBS.keys()];
var containmentStep = object({ incidentId, step: oneOf(...CONTAINMENT_JOBS) });
var containmentJobs = Object.fromEntries(CONTAINMENT_JOBS.map((id) => [id, containmentStep]));
var SLACK_ACTIONS = [
  "acknowledge",
  "false-positive",
  "false-positive-confirm",
  "used-in-tests",
  "rotated",
  "contain",
  "rotate-retry",
  "done",
  "history-prepare",
  "history-push",
  "history-not-needed",
  "close",
  "review"
];
var JOBS = {
  intake: {
    "scan-push": object({
      delivery: string(),
      repo: repoRef,
      before: sha,
      after: sha,
      ref: string(),
      installationId: optional(integer(1)),
      /** The repository's default branch: its policy files, and what a new branch is compared with. */
      defaultBranch: optional(string(/^(?!-)(?!.*\.\.)[\w./-]{1,255}$/, "main"))
    }),
    "fetch-alert": object({
      delivery: string(),
      repo: repoRef,
      alertNumber: integer(1),
      installationId: optional(integer(1))
    }),
    /** Parent of a scan-push or fetch-alert job: reads the child's stash. */
    triage: object({
      source: oneOf("push", "secret-scanning"),
      repo: repoRef,
      installationId: optional(integer(1)),
      /** ISO 8601: when the push reached GitHub, where the exposure window starts. */
      pushedAt: optional(string()),
      /** The GitHub login that pushed (the push payload's sender). */
      pushedBy: optional(string(GITHUB_LOGIN, "octocat")),
      /** The alert action (`validated:<validity>` for validated) that led here. */
      alertAction: optional(string(/^[a-z_:]{1,60}$/, "reopened")),
      /** Who pushed (the push payload's pusher and sender), to be told about the leak. */
      pusher: optional(
        object({
          name: optional(string(/^.{1,100}$/, "Jane Doe")),
          email: optional(string(EMAIL, "jane@example.com")),
          login: optional(string(GITHUB_LOGIN, "octocat"))
        })
      )
    }),
    "alert-event": object({
      repo: repoRef,
      alertNumber: integer(1),
      action: oneOf("resolved", "validated", "publicly_leaked"),
      resolution: optional(string()),
      validity: optional(string()),
      actor: string()
    })
  },
  containment: containmentJobs,
  incident: {
    /** Parent of the containment steps: runs when they all succeeded. */
    contained: incidentOnly,
    review: incidentOnly,
    /** Investigation (jobs/investigate.ts): CloudTrail after containment, GitHub after opening, monitoring. */
    "investigate-aws": incidentOnly,
    "investigate-github": incidentOnly,
    "monitor-aws": incidentOnly,
    "slack-action": object({
      incidentId,
      action: oneOf(...SLACK_ACTIONS),
      /** The Slack user; absent only for a web action by the API token holder. */
      user: optional(slackId2),
      /** `web`: a form on the incident page (session and CSRF token checked by the server). */
      via: optional(oneOf("slack", "web")),
      /** The step a `done` button confirms. */
      step: optional(oneOf(...STEP_IDS)),
      /** Why a `history-not-needed` press says the rewrite is not needed. */
      reason: optional(oneOf("private", "revoked", "not-pushed")),
      team: optional(slackId2),
      channel: optional(slackId2),
      messageTs: optional(slackTs),
      actionTs: optional(slackTs)
    })
  },
  notify: {
    "slack-sync": incidentOnly,
    "slack-alert": object({ text: string() }),
    /** Direct messages to the authors, the pusher and the credential's owners. */
    people: incidentOnly,
    "github-resolve-alert": object({ incidentId, resolution: oneOf("false_positive", "used_in_tests", "revoked") })
  }
};
var QUEUE_NAMES = Object.keys(JOBS);

// responder/http/metrics.ts
var JOB_STATES = ["waiting", "active", "delayed", "waiting-children", "prioritized", "completed", "failed"];
function metricsApp(s) {
  const app = new Hono3();
  app.use("/metrics", requireBearer(s.config.metricsToken, "LEAKHOUND_METRICS_TOKEN", "/metrics"));
  app.get("/metrics", async (c) => {
    const text = await withinDeadline(render(s), 5e3, "collecting metrics");
    return c.body(text, 200, { "content-type": "text/plain; version=0.0.4; charset=utf-8" });
  });
  return app;
}
async function render(s) {
  const out = [];
  const metric = (name, type, help) => {
    out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
  };
  metric("leakhound_queue_jobs", "gauge", "Jobs in each queue by state.");
  for (const q of QUEUE_NAMES) {
    const counts2 = await s.producer.queues[q].getJobCounts(...JOB_STATES);
    for (const st of JOB_STATES) out.push(`leakhound_queue_jobs{queue="${q}",state="${st}"} ${counts2[st] ?? 0}`);
  }
  const counters = await s.metrics.jobCounters();
  for (const outcome of ["completed", "failed"]) {
    metric(
      `leakhound_jobs_${outcome}_total`,
      "counter",
      `Jobs ${outcome}${outcome === "failed" ? " for good (retries exhausted or unrecoverable)" : ""}.`
    );
    for (const c of counters.filter((x) => x.outcome === outcome)) {
      out.push(`leakhound_jobs_${outcome}_total{queue="${c.queue}",name="${c.name}"} ${c.value}`);
    }
  }
  metric("leakhound_incidents", "gauge", "Incidents by state.");
  const counts = await s.metrics.incidentsByState();
  const byState = new Map(STATES.map((st) => [st, Math.max(0, counts[st] ?? 0)]));
  for (const [st, n] of byState) out.push(`leakhound_incidents{state="${st}"} ${n}`);
  const h = await s.metrics.containmentHistogram();
  metric("leakhound_time_to_containment_seconds", "histogram", "From incident opened to credential contained.");
  for (const [le, n] of h.buckets) out.push(`leakhound_time_to_containment_seconds_bucket{le="${le}"} ${n}`);
  out.push(`leakhound_time_to_containment_seconds_bucket{le="+Inf"} ${h.count}`);
  out.push(
    `leakhound_time_to_containment_seconds_sum ${h.sum}`,
    `leakhound_time_to_containment_seconds_count ${h.count}`
  );
  for (const e of EXPOSURE_METRICS) {
    metric(e.name, "histogram", e.help);
    for (const p of await s.metrics.exposureHistogram(e.id)) {
      for (const [le, n] of p.buckets) out.push(`${e.name}_bucket{provider="${p.provider}",le="${le}"} ${n}`);
      out.push(`${e.name}_bucket{provider="${p.provider}",le="+Inf"} ${p.count}`);
      out.push(
        `${e.name}_sum{provider="${p.provider}"} ${p.sum}`,
        `${e.name}_count{provider="${p.provider}"} ${p.count}`
      );
    }
  }
  return `${out.join("\n")}
`;
}

// responder/http/slack.ts
import { App, LogLevel, verifySlackRequest } from "@slack/bolt";
import { Hono as Hono4 } from "hono";
import { bodyLimit } from "hono/body-limit";

// responder/queue/producer.ts
const { createHash: createHash4 } = process.getBuiltinModule("node:crypto");
import { FlowProducer, Queue } from "bullmq";

// responder/redis/keys.ts
function keys(prefix2) {
  return {
    incident: (id) => `${prefix2}:{inc:${id}}:record`,
    timeline: (id) => `${prefix2}:{inc:${id}}:timeline`,
    timelineKeys: (id) => `${prefix2}:{inc:${id}}:timeline-keys`,
    locations: (id) => `${prefix2}:{inc:${id}}:locations`,
    secret: (id, name) => `${prefix2}:{inc:${id}}:secret:${name}`,
    lock: (id, what) => `${prefix2}:{inc:${id}}:lock:${what}`,
    stash: (id) => `${prefix2}:{stash:${id}}`,
    delivery: (id) => `${prefix2}:{delivery:${id}}`,
    alert: (repo, number) => `${prefix2}:{alert:${repo}#${number}}`,
    slackGroup: (id) => `${prefix2}:{slack}:group:${id}`,
    cachePrune: () => `${prefix2}:{cache}:prune`,
    slackPause: () => `${prefix2}:{slack}:pause-until`,
    slackWindow: (second) => `${prefix2}:{slack}:window:${second}`,
    incidentIndex: () => `${prefix2}:{index}:incidents`,
    jobCounters: () => `${prefix2}:{metrics}:jobs`,
    incidentCounts: () => `${prefix2}:{metrics}:incidents`,
    containmentHistogram: () => `${prefix2}:{metrics}:time-to-containment`,
    exposureHistogram: (metric) => `${prefix2}:{metrics}:${metric}`,
    rateSlot: (name) => `${prefix2}:{rate:${name}}`,
    uiSession: (hash) => `${prefix2}:{ui-session:${hash}}`,
    uiOidc: (hash) => `${prefix2}:{ui-oidc:${hash}}`
  };
}
function bullPrefix(prefix2) {
  return `{${prefix2}}`;
}

// responder/queue/producer.ts
function jobId(name, ...parts) {
  return `${name}-${createHash4("sha256").update(parts.join("\0")).digest("hex").slice(0, 40)}`;
}
var Producer = class {
  queues;
  flows;
  defaults;
  constructor(redis, prefix2, retry, onError) {
    const opts2 = { connection: redis, prefix: bullPrefix(prefix2) };
    this.queues = Object.fromEntries(QUEUE_NAMES.map((q) => [q, new Queue(q, opts2)]));
    this.flows = new FlowProducer(opts2);
    for (const q of Object.values(this.queues)) q.on("error", onError);
    this.flows.on("error", onError);
    this.defaults = {
      attempts: retry.attempts,
      backoff: { type: "exponential", delay: retry.backoffMs },
      // Completed jobs stay a week so that re-adding the same id stays a no-op.
      removeOnComplete: { age: 7 * 24 * 3600, count: 5e4 },
      removeOnFail: { age: 30 * 24 * 3600 }
    };
  }
  async add(queue, name, data, jobId2, opts2 = {}) {
    await this.queues[queue].add(name, data, { ...this.defaults, ...opts2, jobId: jobId2 });
  }
  /** Adds a tree whose parents run after all their children completed. */
  async addFlow(root) {
    await this.flows.add(this.toFlowJob(root, true));
  }
  toFlowJob(node, isRoot) {
    return {
      name: node.name,
      queueName: node.queue,
      data: node.data,
      // A child that fails for good has already put its incident in front of a person; the
      // later steps still run, because each checks for itself what is left to do.
      opts: { ...this.defaults, jobId: node.jobId, ...isRoot ? {} : { ignoreDependencyOnFailure: true } },
      children: node.children?.map((c) => this.toFlowJob(c, false))
    };
  }
  async close() {
    await Promise.all([...Object.values(this.queues).map((q) => q.close()), this.flows.close()]);
  }
};

// rules/aws/activity-summary.ts
const { isIP: isIP2 } = process.getBuiltinModule("node:net");
var RETENTION_DAYS = 90;
var PERSISTENCE = /* @__PURE__ */ new Set([
  "CreateUser",
  "CreateAccessKey",
  "CreateLoginProfile",
  "UpdateLoginProfile",
  "AttachUserPolicy",
  "PutUserPolicy",
  "AddUserToGroup",
  "CreateRole",
  "AttachRolePolicy",
  "PutRolePolicy",
  "UpdateAssumeRolePolicy",
  "CreatePolicyVersion"
]);
var ROLE_ASSUMPTION = /* @__PURE__ */ new Set(["AssumeRole", "AssumeRoleWithSAML", "GetFederationToken", "GetSessionToken"]);
var TOP = 20;
var MAX_FLAGGED = 50;
function summariseActivity(lookup, window, known, at) {
  const events = lookup.events;
  const exposed = window.exposedFrom;
  const before = events.filter((e) => e.at < exposed);
  const seenBefore = new Set(before.map((e) => e.sourceIp));
  const network = (ip) => isIP2(ip) === 0 ? "aws-service" : known.contains(ip) ? "known" : "unknown";
  const flagged = [];
  for (const e of events) {
    if (e.at < exposed) continue;
    const reasons = flagReasons(e, network(e.sourceIp), known.cidrs.length > 0, seenBefore.has(e.sourceIp));
    if (reasons.length === 0) continue;
    flagged.push({
      at: e.at,
      eventName: e.eventName,
      sourceIp: e.sourceIp,
      region: e.region,
      reasons,
      ...e.target ? { target: e.target } : {},
      ...e.via ? { via: e.via } : {}
    });
  }
  const ips = count(events.map((e) => e.sourceIp));
  return {
    searched: {
      ...window,
      regions: lookup.regions,
      at: at.toISOString(),
      requests: lookup.requests,
      throttled: lookup.throttled
    },
    ...window.from > window.requestedFrom ? { retentionNote: retentionNote(window) } : {},
    failures: lookup.failures,
    total: events.length,
    afterExposure: events.length - before.length,
    truncated: lookup.truncated,
    ...events.length > 0 ? { firstUse: events[0].at, lastUse: events[events.length - 1].at } : {},
    byEventName: count(events.map((e) => e.eventName)),
    sourceIps: ips.map((c) => ({ ...c, network: network(c.value) })),
    userAgents: count(events.map((e) => e.userAgent)),
    regions: count(events.map((e) => e.region)),
    errors: count(events.flatMap((e) => e.errorCode ? [e.errorCode] : [])),
    flagged: flagged.slice(0, MAX_FLAGGED),
    flaggedTotal: flagged.length,
    possibleAttackerActivity: flagged.length > 0,
    knownNetworks: known.cidrs,
    sessionKeys: lookup.sessionKeys
  };
}
function flagReasons(e, net, haveKnown, seenBefore) {
  const reasons = [];
  if (PERSISTENCE.has(e.eventName)) reasons.push(`persistence: ${e.eventName}`);
  if (ROLE_ASSUMPTION.has(e.eventName)) reasons.push(`role assumption: ${e.eventName}`);
  if (e.via) reasons.push(`made with a session key from ${e.via}`);
  if (net === "unknown") {
    if (haveKnown) reasons.push(`from ${e.sourceIp}, outside LEAKHOUND_KNOWN_CIDRS`);
    else if (!seenBefore) reasons.push(`from ${e.sourceIp}, not seen in the 90 days before the exposure`);
  }
  return reasons;
}
function retentionNote(w) {
  const missingDays = Math.round((Date.parse(w.from) - Date.parse(w.requestedFrom)) / 864e5);
  const exposureLost = w.exposedFrom < w.from;
  return exposureLost ? `CloudTrail's event history keeps ${RETENTION_DAYS} days, and the exposure began on ${w.exposedFrom.slice(0, 10)}, before the oldest event it still has (${w.from.slice(0, 10)}): use of the key early in the exposure cannot be seen here. Search the trail's S3 logs or CloudTrail Lake for ${w.requestedFrom.slice(0, 10)} to ${w.from.slice(0, 10)}.` : `CloudTrail's event history keeps ${RETENTION_DAYS} days: the ${missingDays} days from ${w.requestedFrom.slice(0, 10)} to ${w.from.slice(0, 10)} before the exposure (the key's normal use, for comparison) could not be searched here.`;
}
function count(values) {
  const m = /* @__PURE__ */ new Map();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, TOP);
}
function summaryLine(s) {
  const head = `CloudTrail (${s.searched.regions.join(", ")}, ${s.searched.from.slice(0, 10)} to ${s.searched.to.slice(0, 10)}): ${s.total}${s.truncated ? "+" : ""} calls, ${s.afterExposure} since the exposure, from ${s.sourceIps.length} source${s.sourceIps.length === 1 ? "" : "s"}`;
  const use = s.lastUse ? `; last used ${s.lastUse}` : "; never used in that window";
  const flag = s.possibleAttackerActivity ? `. Possible attacker activity: ${s.flaggedTotal} call${s.flaggedTotal === 1 ? "" : "s"}, e.g. ${s.flagged[0].eventName} (${s.flagged[0].reasons.join("; ")})` : ". No sign of attacker activity";
  const lost = s.searched.exposedFrom < s.searched.from;
  const gaps = [
    lost ? " The exposure began before the 90 days CloudTrail keeps: its early use cannot be seen." : "",
    ...s.failures.map((f) => ` ${f}.`)
  ];
  return `${head}${use}${flag}.${gaps.join("")}`;
}
function breakdownLines(s) {
  const list = (cs, label = (c) => c.value) => cs.length === 0 ? "none" : cs.map((c) => `${label(c)} ×${c.count}`).join(", ");
  const lines = [
    `Calls by name: ${list(s.byEventName)}`,
    `Source IPs: ${list(s.sourceIps, (c) => `${c.value}${s.sourceIps.find((i) => i.value === c.value)?.network === "unknown" ? " (unknown network)" : ""}`)}`,
    `User agents: ${list(s.userAgents)}`,
    `Regions: ${list(s.regions)}`,
    `Errors: ${list(s.errors)}`
  ];
  if (s.firstUse) lines.push(`First use in the window: ${s.firstUse}; last use: ${s.lastUse}`);
  return lines;
}

// responder/github/investigate.ts
var MAX_COMMITS = 5;
var MAX_BRANCHES = 30;
async function investigateRepository(octokit, fullName, commits, pushedBy2, now = /* @__PURE__ */ new Date()) {
  const [owner = "", repo = ""] = fullName.split("/");
  const out = { at: now.toISOString(), repo: fullName, commits: [], failures: [] };
  if (pushedBy2) out.pushedBy = pushedBy2;
  const ask = async (what, call3) => {
    try {
      return await call3();
    } catch (err) {
      const status2 = err.status;
      out.failures.push(`${what}: ${status2 ? `HTTP ${status2}` : "no answer"}`);
      return void 0;
    }
  };
  const r = await ask("repository", () => octokit.rest.repos.get({ owner, repo }));
  if (r) {
    out.visibility = r.data.visibility ?? (r.data.private ? "private" : "public");
    out.forks = r.data.forks_count;
    out.defaultBranch = r.data.default_branch;
  }
  const branches = await ask("branches", () => octokit.rest.repos.listBranches({ owner, repo, per_page: 100 }));
  const names = (branches?.data ?? []).map((b) => b.name);
  names.sort((a, b) => Number(b === out.defaultBranch) - Number(a === out.defaultBranch));
  const unique = [...new Map(commits.filter((c) => /^[0-9a-f]{40}$/.test(c.sha)).map((c) => [c.sha, c])).values()];
  for (const c of unique.slice(0, MAX_COMMITS)) {
    const found2 = {
      sha: c.sha,
      author: c.author,
      email: c.email,
      branches: [],
      branchesChecked: 0,
      branchesTotal: names.length
    };
    const g = await ask(`commit ${c.sha.slice(0, 8)}`, () => octokit.rest.repos.getCommit({ owner, repo, ref: c.sha }));
    if (g) {
      if (g.data.author?.login) found2.login = g.data.author.login;
      if (g.data.commit.committer?.name) found2.committer = g.data.commit.committer.name;
      if (g.data.commit.author?.date) found2.date = g.data.commit.author.date;
    }
    for (const name of names.slice(0, MAX_BRANCHES)) {
      const cmp = await ask(
        `compare ${name}`,
        () => octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${c.sha}...${name}`, per_page: 1 })
      );
      found2.branchesChecked++;
      if (cmp && (cmp.data.status === "ahead" || cmp.data.status === "identical")) found2.branches.push(name);
    }
    out.commits.push(found2);
  }
  return out;
}
function githubFindingLines(f) {
  const lines = [];
  const vis = f.visibility ?? "of unknown visibility";
  const forks = f.forks === void 0 ? "" : f.forks > 0 ? `; ${f.forks} fork${f.forks === 1 ? "" : "s"} at ${f.at}: a fork keeps the secret after any rewrite of this repository, so revoking it is the only fix` : "; no forks";
  lines.push(`GitHub: ${f.repo} is ${vis}${forks}`);
  if (f.pushedBy) lines.push(`pushed by ${f.pushedBy}`);
  for (const c of f.commits) {
    const who = `${c.author || "unknown"}${c.email ? ` <${c.email}>` : ""}${c.login ? ` (GitHub ${c.login})` : ""}`;
    const where = c.branchesTotal === 0 ? "branches unknown" : c.branches.length > 0 ? `on ${c.branches.join(", ")}` : "on no branch (only in a ref GitHub did not list, or already rewritten)";
    const partial = c.branchesChecked < c.branchesTotal ? ` (checked ${c.branchesChecked} of ${c.branchesTotal} branches)` : "";
    lines.push(
      `commit ${c.sha.slice(0, 12)} authored by ${who}${c.committer && c.committer !== c.author ? `, committed by ${c.committer}` : ""}, ${where}${partial}`
    );
  }
  if (f.failures.length > 0) lines.push(`could not ask GitHub for: ${f.failures.join("; ")}`);
  return lines;
}

// responder/people/messages.ts
var ROLE_TEXT = {
  author: "you committed it",
  pusher: "you pushed it",
  owner: "you are named as its owner"
};
var HOOK_COMMAND = "leakhound hook install";
function leakMessage(i, roles, ownerSource) {
  const loc = i.locations[0];
  const where = loc ? `\`${esc(loc.file)}:${loc.startLine}\`${loc.commit ? ` (commit \`${loc.commit.slice(0, 12)}\`)` : ""}` : "an unknown place";
  const why = roles.map((r) => r === "owner" && ownerSource ? `${ROLE_TEXT[r]} (${esc(ownerSource)})` : ROLE_TEXT[r]);
  const leaked = `*A ${esc(i.description)} leaked in ${esc(i.repo)}* (${i.visibility}), and ${why.join(" and ")}.
Credential: \`${esc(i.credential)}\` (shown redacted) at ${where}.`;
  const done3 = orderedSteps(i.steps).filter(([, s]) => s.status === "done" && s.by === "leakhound").map(([id]) => `• ${stepTitle(id)}`);
  const already = done3.length > 0 ? done3.join("\n") : "• Opened an incident for the security team; nothing else yet.";
  const next = [];
  if (roles.includes("owner")) {
    next.push(
      "• Make sure every service that used this credential now has its replacement, and tell the security team what used it."
    );
  }
  if (roles.includes("author") || roles.includes("pusher")) {
    next.push(
      "• Do not use, copy or re-commit this credential again, even where it still seems to work.",
      "• Keep your branches: once the history is rewritten, re-clone instead of pushing old commits back.",
      `• Install the pre-commit hook in your clone so this is caught before it is committed: \`${HOOK_COMMAND}\``
    );
  }
  const tasks = openTasks(i.steps);
  if (tasks.length > 0)
    next.push(
      `• The security team still has to: ${tasks.map((t) => stepTitle(t)).join("; ")}. Answer them if they ask you.`
    );
  const text = `${leaked}

*What leakhound already did*
${already}

*What you need to do now*
${next.join("\n")}`;
  return {
    text: `A ${i.description} leaked in ${i.repo}: what happened and what to do`,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: text.slice(0, 2900) } },
      { type: "context", elements: [{ type: "mrkdwn", text: `leakhound incident \`${i.id}\`` }] }
    ]
  };
}
function esc(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// responder/review/review.ts
var REVIEW_FIELD = "review";
var PENDING_REVIEW_FIELD = "review:pending";
var ROOT_CAUSES = {
  "local-config": "committed a local config file",
  "test-fixture": "test fixture with a live key",
  "ci-log": "CI log",
  copied: "copied into docs/issue/chat",
  other: "other"
};
var LIMITS = { rootCauseText: 500, whatFailed: 3e3, followUp: 300, followUps: 20 };
function parseReview(input, by, at = /* @__PURE__ */ new Date()) {
  const fail2 = (field3, error) => ({ ok: false, field: field3, error });
  const rootCause = typeof input.rootCause === "string" ? input.rootCause : "";
  if (!Object.hasOwn(ROOT_CAUSES, rootCause)) {
    return fail2("rootCause", `Choose a root cause: ${Object.values(ROOT_CAUSES).join(", ")}.`);
  }
  const rootCauseText2 = clean(input.rootCauseText, false);
  if (rootCauseText2.length > LIMITS.rootCauseText)
    return fail2("rootCauseText", `Keep the root cause to ${LIMITS.rootCauseText} characters.`);
  if (rootCause === "other" && rootCauseText2 === "")
    return fail2("rootCauseText", 'With "other", say in a few words what the root cause was.');
  const whatFailed = clean(input.whatFailed, true);
  if (whatFailed === "") return fail2("whatFailed", "Say what failed: which safeguard did not stop this leak.");
  if (whatFailed.length > LIMITS.whatFailed)
    return fail2("whatFailed", `Keep "what failed" to ${LIMITS.whatFailed} characters.`);
  const followUps = clean(input.followUps, true).split("\n").map((l) => l.trim().replace(/^[-*•]\s*/, "")).filter(Boolean);
  if (followUps.length > LIMITS.followUps)
    return fail2("followUps", `At most ${LIMITS.followUps} follow-ups, one per line.`);
  if (followUps.some((l) => l.length > LIMITS.followUp))
    return fail2("followUps", `Keep each follow-up to ${LIMITS.followUp} characters.`);
  const addHook = input.addHook === true || input.addHook === "on" || input.addHook === "add-hook";
  return {
    ok: true,
    review: {
      by,
      at: at.toISOString(),
      rootCause,
      ...rootCauseText2 ? { rootCauseText: rootCauseText2 } : {},
      whatFailed,
      followUps,
      addHook
    }
  };
}
function followUpTasks(r, repo) {
  const hook = `Add the pre-commit hook to ${repo}: in a clone, run \`${HOOK_COMMAND}\` (or add leakhound to .pre-commit-config.yaml as the README shows, then \`pre-commit install\`)`;
  return r.addHook ? [...r.followUps, hook] : r.followUps;
}
function rootCauseText(r) {
  const label = ROOT_CAUSES[r.rootCause];
  return r.rootCauseText ? `${label}: ${r.rootCauseText}` : label;
}
function readReview(raw) {
  if (!raw) return void 0;
  try {
    const r = JSON.parse(raw);
    const ok = typeof r.by === "string" && typeof r.at === "string" && Object.hasOwn(ROOT_CAUSES, r.rootCause) && typeof r.whatFailed === "string" && Array.isArray(r.followUps) && r.followUps.every((f) => typeof f === "string");
    return ok ? r : void 0;
  } catch {
    return void 0;
  }
}
function clean(v, multiline) {
  if (typeof v !== "string") return "";
  const bounded = v.slice(0, 2e4).replace(/\r\n?/g, "\n");
  const lines = bounded.split("\n").map(withoutControl);
  return scrubDetected((multiline ? lines.join("\n") : lines.join(" ")).trim());
}
function withoutControl(s) {
  return s.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, " ");
}

// responder/ledger/report.ts
var MARK = { done: "x", skipped: "-", task: " ", pending: " " };
var NOTIFICATION_KINDS = /* @__PURE__ */ new Set(["notified", "not-notified", "notification"]);
function postIncidentReport(incident, timeline, findings = {}) {
  const i = incident;
  const end = i.containedAt ?? i.closedAt;
  const lines = [
    `# Post-incident report: ${i.description} in ${i.repo}`,
    "",
    "| | |",
    "|---|---|",
    `| Incident | \`${i.id}\` |`,
    `| Credential | \`${i.credential}\` (rule \`${i.ruleId}\`) |`,
    `| Severity | ${i.severity} |`,
    `| Repository | ${i.repo} (${i.visibility}) |`,
    `| Source | ${i.alert ? `GitHub secret scanning alert #${i.alert.number}` : "push scan"} |`,
    `| Opened | ${i.openedAt} |`,
    `| Evidence | ${i.evidence ? `${i.evidence.kind} (${i.evidence.by}, ${i.evidence.at})` : "none: not contained automatically"} |`,
    `| Acknowledged | ${i.acknowledged ? `${i.acknowledged.at} by ${i.acknowledged.by}` : "no"} |`,
    `| Contained | ${i.containedAt ?? "not by leakhound"} |`,
    `| Closed | ${i.closedAt ?? "open"}${i.resolution ? ` (${i.resolution})` : ""} |`,
    `| Exposure window | ${exposure(i.exposureStart, end)} |`,
    `| Time to detect | ${since(i.exposureStart, i.openedAt)} from exposure |`,
    `| Time to contain | ${i.containedAt ? `${since(i.exposureStart, i.containedAt)} from exposure, ${duration(Date.parse(i.containedAt) - Date.parse(i.openedAt))} after detection` : "n/a"} |`,
    "",
    "## Summary",
    "",
    summary(i, findings),
    "",
    "## Where it was found",
    "",
    ...i.locations.map(
      (l) => `- \`${l.file}:${l.startLine}\`${l.commit ? ` in commit \`${l.commit.slice(0, 12)}\`` : ""}${l.author ? ` by ${l.author}` : ""}${l.date ? ` on ${l.date}` : ""}`
    ),
    "",
    "## Actions"
  ];
  for (const phase of PHASES) {
    const steps = orderedSteps(i.steps, phase);
    if (steps.length === 0) continue;
    lines.push("", `### ${phase[0].toUpperCase()}${phase.slice(1)}`, "");
    for (const [id, s] of steps) {
      const who = s.status === "task" ? "open task for a person" : `${s.status} by ${s.by} at ${s.at}`;
      lines.push(`- [${MARK[s.status] ?? " "}] ${stepTitle(id)}: ${who}${s.detail ? `. ${oneLine(s.detail)}` : ""}`);
    }
  }
  lines.push(...investigation(findings));
  lines.push(...notifications(timeline));
  lines.push(...reviewSections(i, findings.review));
  lines.push("", "## Timeline", "", "| When | Who | What |", "|---|---|---|");
  for (const e of timeline) lines.push(`| ${e.at} | ${e.actor} | ${oneLine(e.text).replace(/\|/g, "\\|")} |`);
  lines.push("");
  return lines.join("\n");
}
function summary(i, f) {
  const how = i.containedAt ? `contained at ${i.containedAt}` : "not contained by leakhound";
  const cause = f.review ? ` Root cause: ${oneLine(rootCauseText(f.review))}.` : "";
  return `A ${i.description} (\`${i.credential}\`) leaked in ${i.repo} (${i.visibility}); ${how}; ${i.closedAt ? `closed at ${i.closedAt} (${i.resolution ?? "closed"})` : "still open"}.${cause}`;
}
function notifications(timeline) {
  const sent = timeline.filter((e) => NOTIFICATION_KINDS.has(e.kind));
  return [
    "",
    "## Notifications sent",
    "",
    ...sent.length ? sent.map((e) => `- ${e.at}: ${oneLine(e.text)}`) : ["- none recorded"]
  ];
}
function reviewSections(i, r) {
  if (!r) {
    const why = i.resolution && i.resolution !== "contained" ? ` (closed as ${i.resolution})` : "";
    return ["", "## Root cause", "", `Not reviewed${why}: nobody wrote a post-incident review.`];
  }
  const tasks = followUpTasks(r, i.repo);
  return [
    "",
    "## Root cause",
    "",
    `${oneLine(rootCauseText(r))} (review by ${r.by}, ${r.at})`,
    "",
    "## Lessons and follow-ups",
    "",
    `What failed: ${oneLine(r.whatFailed)}`,
    "",
    ...tasks.length ? tasks.map((t) => `- [ ] ${oneLine(t)}`) : ["- no follow-ups"]
  ];
}
function investigation(f) {
  const ct = f.cloudTrail;
  if (!ct && !f.github && !f.capabilities) return [];
  const out = ["", "## Investigation findings", ""];
  if (f.capabilities) {
    const c = f.capabilities;
    out.push(
      `- What an attacker could do with it (${c.provider}, checked ${c.at}): ${oneLine(c.summary)}. ${oneLine(c.reason)}.`
    );
  }
  if (f.github) out.push(...githubFindingLines(f.github).map((l) => `- ${oneLine(l)}`));
  if (!ct) return out;
  out.push(`- ${summaryLine(ct)}`, ...breakdownLines(ct).map((l) => `  - ${oneLine(l)}`));
  if (ct.retentionNote) out.push(`- ${ct.retentionNote}`);
  for (const c of ct.flagged.slice(0, 10)) {
    const what = `${c.eventName}${c.target ? ` ${c.target}` : ""}`.replace(/`/g, "'");
    out.push(
      `- Flagged: ${c.at} \`${oneLine(what)}\` from ${c.sourceIp} in ${c.region}: ${oneLine(c.reasons.join("; "))}`
    );
  }
  if (ct.flaggedTotal > 10) out.push(`- … and ${ct.flaggedTotal - 10} more flagged calls (see the incident page)`);
  return out;
}
function exposure(start, end) {
  if (!start) return "unknown start";
  if (!end) return `${start} → still exposed`;
  return `${start} → ${end} (${duration(Date.parse(end) - Date.parse(start))})`;
}
function since(start, end) {
  return start ? duration(Date.parse(end) - Date.parse(start)) : "unknown";
}
function duration(ms) {
  if (!Number.isFinite(ms) || ms < 0) return "n/a";
  if (ms < 6e4) return `${(ms / 1e3).toFixed(1)} s`;
  const m = Math.floor(ms / 6e4);
  const d = Math.floor(m / 1440);
  const h = Math.floor(m % 1440 / 60);
  return [d ? `${d}d` : "", h ? `${h}h` : "", `${m % 60}m`].filter(Boolean).join(" ");
}
function oneLine(s) {
  return s.replace(/\s*\n\s*/g, " ");
}

// responder/triage/evidence.ts
function hasEvidence(incident) {
  return incident.evidence !== void 0;
}
function awaitingApproval(incident) {
  if (hasEvidence(incident) || !incident.provider || incident.state === "closed") return false;
  return incident.heldForEvidence !== void 0;
}
var NO_EVIDENCE = "nothing shows this credential is live or really leaked (no verifying secret beside it, no GitHub secret scanning alert), so leakhound does not act on it by itself";

// responder/review/closable.ts
function closable(i) {
  if (i.state === "closed") return { ok: false, reason: "the incident is already closed" };
  if (allSettled(i.steps)) return { ok: true };
  const open2 = orderedSteps(i.steps).filter(([id, s]) => id !== "report" && s.status !== "done" && s.status !== "skipped").map(([id]) => stepTitle(id));
  return {
    ok: false,
    reason: `these steps are still open: ${open2.join("; ")}. Finish them, or mark them not needed, first`
  };
}

// responder/slack/blocks.ts
var SEVERITY_ICON = { critical: "🔴", high: "🟠", medium: "🟡", low: "🔵", info: "⚪" };
var STEP_ICON = { done: "✅", task: "🧑‍💻", pending: "⏳", skipped: "➖" };
var STATE_TEXT = {
  open: "Open: containment running",
  "needs-human": "⚠️ Needs a human",
  contained: "Contained",
  closed: "Closed"
};
var ACTION_PREFIX = "leakhound_";
var DONE_LABEL = {
  "aws-identify": "I found the owner",
  "aws-deactivate": "I deactivated the key",
  "aws-quarantine": "I quarantined the owner",
  "aws-verify": "I checked it no longer works",
  revoke: "I revoked it",
  rotate: "I rotated it",
  redeploy: "I redeployed the services",
  history: "I cleaned the history",
  compliance: "Compliance was told",
  customers: "Customer notice decided"
};
var EVIDENCE_TEXT = {
  "verified-live": "verified live with its own secret",
  "github-alert": "reported by GitHub secret scanning",
  "responder-approved": "a responder approved containment"
};
function incidentMessage(i, now = /* @__PURE__ */ new Date()) {
  const loc = i.locations[0];
  const where = loc ? link(fileUrl(i, loc.file, loc.startLine, loc.commit), `${loc.file}:${loc.startLine}`) : "unknown";
  const more = i.locations.length > 1 ? ` (+${i.locations.length - 1} more)` : "";
  const commit = loc?.commit ? `\`${loc.commit.slice(0, 8)}\` by ${esc2(loc.author || "unknown")}` : "n/a";
  const exposedUntil = i.containedAt ? Date.parse(i.containedAt) : now.getTime();
  const exposure2 = i.exposureStart ? `${duration(exposedUntil - Date.parse(i.exposureStart))} since ${i.exposureStart}` : "unknown";
  const title = `${SEVERITY_ICON[i.severity] ?? ""} Leaked ${i.description} in ${i.repo}${i.suppressedInCode ? " (suppressed in code, but live)" : ""}`;
  const blocks = [
    { type: "header", text: { type: "plain_text", text: title.slice(0, 150), emoji: true } },
    {
      type: "section",
      fields: [
        field2("Severity", i.severity),
        field2("Credential", `\`${i.credential}\` (${i.ruleId})`),
        field2("Repository", `${link(i.repoUrl, i.repo)} (${i.visibility})`),
        field2("Location", where + more),
        field2("Introduced in", commit),
        field2("Exposed", exposure2),
        field2("State", `${STATE_TEXT[i.state] ?? i.state}${i.resolution ? ` (${i.resolution})` : ""}`),
        field2(
          "Evidence",
          i.evidence ? EVIDENCE_TEXT[i.evidence.kind] ?? i.evidence.kind : "none: leakhound will not act on it by itself"
        ),
        field2("Acknowledged", i.acknowledged ? `by <@${i.acknowledged.by.replace(/^slack:/, "")}>` : "not yet")
      ]
    },
    { type: "section", text: { type: "mrkdwn", text: checklist(i) } }
  ];
  if (i.needsHuman && i.state === "needs-human") {
    blocks.push({ type: "section", text: { type: "mrkdwn", text: `*Needs a human:* ${esc2(i.needsHuman)}` } });
  }
  if (i.state !== "closed") blocks.push({ type: "actions", block_id: `incident_${i.id}`, elements: buttons(i) });
  blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: `leakhound incident \`${i.id}\`` }] });
  return { text: `${title}: ${STATE_TEXT[i.state] ?? i.state}`, blocks };
}
function timelineReply(e) {
  const who = e.actor.startsWith("slack:") ? `<@${e.actor.slice(6)}>` : e.actor;
  const text = `${e.step ? `*${stepTitle(e.step)}*: ` : ""}${esc2(e.text)} (${who})`;
  return { text, blocks: [{ type: "section", text: { type: "mrkdwn", text } }] };
}
function taskNote(detail) {
  if (!detail) return " _(task for a person)_";
  const short = detail.length > 300 ? `${detail.slice(0, 299)}…` : detail;
  return ` _(task for a person: ${esc2(short)})_`;
}
function checklist(i) {
  const rows = [];
  for (const phase of PHASES) {
    const steps = orderedSteps(i.steps, phase);
    if (steps.length === 0) continue;
    rows.push(`*${phase[0].toUpperCase()}${phase.slice(1)}*`);
    for (const [id, s] of steps)
      rows.push(`${STEP_ICON[s.status] ?? ""} ${stepTitle(id)}${s.status === "task" ? taskNote(s.detail) : ""}`);
  }
  return rows.join("\n");
}
function buttons(i) {
  const button = (action2, text, style, confirm) => ({
    type: "button",
    action_id: `${ACTION_PREFIX}${action2}`,
    text: { type: "plain_text", text },
    value: i.id,
    ...style ? { style } : {},
    ...confirm ? {
      confirm: {
        title: { type: "plain_text", text: "Sure?" },
        text: { type: "plain_text", text: confirm },
        confirm: { type: "plain_text", text: "Yes" },
        deny: { type: "plain_text", text: "No" }
      }
    } : {}
  });
  const out = [];
  const approve = i.provider ? approveButton(i.provider) : void 0;
  if (approve && awaitingApproval(i)) out.push(button("contain", approve.label, "danger", approve.confirm));
  if (!i.acknowledged) out.push(button("acknowledge", "Acknowledge", "primary"));
  if (i.falsePositiveAskedBy && i.evidence?.kind === "verified-live") {
    out.push(
      button(
        "false-positive-confirm",
        "Yes, false positive although live",
        "danger",
        "leakhound verified this credential as live. Close the incident as a false positive anyway?"
      )
    );
  } else {
    out.push(
      button(
        "false-positive",
        "False positive",
        void 0,
        "Close the incident as a false positive (and resolve the GitHub alert)?"
      )
    );
  }
  out.push(
    button("used-in-tests", "Used in tests", void 0, "Close the incident: the credential is only used in tests?")
  );
  if (i.steps.rotate?.status === "task" && retriable(i.provider))
    out.push(button("rotate-retry", "Retry rotation", void 0, "Run the rotation again from its first step?"));
  out.push(...historyControls(i, button));
  if (closable(i).ok) out.unshift(button("close", "Close with review", "primary"));
  for (const step of openTasks(i.steps).filter((st) => st !== "report")) {
    out.push({
      ...button(
        "done",
        DONE_LABEL[step] ?? `Done: ${step}`,
        void 0,
        `Confirm this step only: ${stepTitle(step)}. You did it?`
      ),
      value: `${i.id}:${step}`
    });
  }
  return out;
}
function historyControls(i, button) {
  if (i.steps.history?.status !== "task") return [];
  const out = [
    button(
      "history-prepare",
      i.historyRewrite ? "Prepare history rewrite again" : "Prepare history rewrite",
      void 0,
      `Rewrite a mirror clone of the repository in leakhound's cache? Nothing is pushed until someone presses "Push rewritten history".`
    )
  ];
  if (i.historyRewrite) {
    const n = i.historyRewrite.refs.length;
    out.push(
      button(
        "history-push",
        "Push rewritten history",
        "danger",
        `Force-push ${n} rewritten ref(s) of ${i.repo} (with lease)? Everyone will have to re-clone.`
      )
    );
  }
  out.push({
    type: "static_select",
    action_id: `${ACTION_PREFIX}history-not-needed`,
    placeholder: { type: "plain_text", text: "History rewrite not needed…" },
    options: Object.entries(NOT_NEEDED_LABELS).map(([reason, text]) => ({
      text: { type: "plain_text", text },
      value: `${i.id}:history:${reason}`
    }))
  });
  return out;
}
var NOT_NEEDED_LABELS = {
  private: "Not needed: private repository",
  revoked: "Not needed: secret revoked",
  "not-pushed": "Not needed: never on a shared branch"
};
function field2(name, value) {
  return { type: "mrkdwn", text: `*${name}*
${value}` };
}
function link(url, text) {
  return url ? `<${url}|${esc2(text)}>` : esc2(text);
}
function fileUrl(i, file, line, commit) {
  if (!i.repoUrl) return "";
  return `${i.repoUrl}/blob/${commit || "HEAD"}/${file.split("/").map(encodeURIComponent).join("/")}#L${line}`;
}
function esc2(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// responder/slack/review-modal.ts
var REVIEW_CALLBACK = "leakhound_review";
var REVIEW_BLOCKS = {
  rootCause: "root_cause",
  rootCauseText: "root_cause_text",
  whatFailed: "what_failed",
  followUps: "follow_ups",
  addHook: "add_hook"
};
var plain2 = (text) => ({ type: "plain_text", text });
function reviewModal(i, meta) {
  return {
    type: "modal",
    callback_id: REVIEW_CALLBACK,
    private_metadata: JSON.stringify(meta),
    title: plain2("Close with review"),
    submit: plain2("Close incident"),
    close: plain2("Cancel"),
    blocks: [
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: `Post-incident review of the leaked ${esc3(i.description)} \`${esc3(i.credential)}\` in ${esc3(i.repo)}. The report is written from what you enter here.`
        }
      },
      {
        type: "input",
        block_id: REVIEW_BLOCKS.rootCause,
        label: plain2("Root cause"),
        element: {
          type: "static_select",
          action_id: "value",
          placeholder: plain2("How did the secret get there?"),
          options: Object.entries(ROOT_CAUSES).map(([value, text]) => ({ text: plain2(text), value }))
        }
      },
      {
        type: "input",
        block_id: REVIEW_BLOCKS.rootCauseText,
        optional: true,
        label: plain2('Root cause in your words (needed for "other")'),
        element: { type: "plain_text_input", action_id: "value", max_length: LIMITS.rootCauseText }
      },
      {
        type: "input",
        block_id: REVIEW_BLOCKS.whatFailed,
        label: plain2("What failed"),
        element: { type: "plain_text_input", action_id: "value", multiline: true, max_length: LIMITS.whatFailed }
      },
      {
        type: "input",
        block_id: REVIEW_BLOCKS.followUps,
        optional: true,
        label: plain2("Follow-ups (one per line; each becomes a task)"),
        element: { type: "plain_text_input", action_id: "value", multiline: true, max_length: 3e3 }
      },
      {
        type: "input",
        block_id: REVIEW_BLOCKS.addHook,
        optional: true,
        label: plain2("Prevention"),
        element: {
          type: "checkboxes",
          action_id: "value",
          options: [
            {
              text: plain2("Add the pre-commit hook to this repository"),
              description: plain2(`Adds a follow-up with the command: ${HOOK_COMMAND}`),
              value: "add-hook"
            }
          ]
        }
      }
    ]
  };
}
function reviewInput(values) {
  const v = (block) => {
    const b = values?.[block];
    return b && typeof b === "object" ? b.value : void 0;
  };
  return {
    rootCause: v(REVIEW_BLOCKS.rootCause)?.selected_option?.value,
    rootCauseText: v(REVIEW_BLOCKS.rootCauseText)?.value,
    whatFailed: v(REVIEW_BLOCKS.whatFailed)?.value,
    followUps: v(REVIEW_BLOCKS.followUps)?.value,
    addHook: (v(REVIEW_BLOCKS.addHook)?.selected_options ?? []).some((o) => o?.value === "add-hook")
  };
}
function readMetadata(raw) {
  if (typeof raw !== "string" || raw.length > 500) return void 0;
  try {
    const m = JSON.parse(raw);
    if (typeof m.incidentId !== "string" || !/^[0-9a-f]{32}$/.test(m.incidentId)) return void 0;
    const channel = typeof m.channel === "string" && /^[A-Z0-9]{2,32}$/.test(m.channel) ? m.channel : void 0;
    const messageTs = typeof m.messageTs === "string" && /^\d{1,12}\.\d{1,9}$/.test(m.messageTs) ? m.messageTs : void 0;
    return { incidentId: m.incidentId, ...channel ? { channel } : {}, ...messageTs ? { messageTs } : {} };
  } catch {
    return void 0;
  }
}
function esc3(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// responder/slack/responders.ts
var GROUP_TTL_SECONDS = 60;
var teams = /* @__PURE__ */ new Map();
async function authorizeClick(s, click, incident) {
  const { slack } = s;
  const cfg = s.config.slack;
  const refuse2 = (reason, tell2 = reason) => ({ ok: false, reason, tell: tell2 });
  if (!slack)
    return refuse2("the worker has no SLACK_BOT_TOKEN/SLACK_CHANNEL, so it cannot check who pressed the button");
  const team = cfg.teamId ?? await ourTeam(s);
  if (click.team !== team) return refuse2(`the click came from another Slack workspace (${click.team ?? "none"})`);
  if (click.channel !== slack.channel)
    return refuse2(`the click came from another channel (${click.channel ?? "none"})`);
  if (incident.slack && click.messageTs && click.messageTs !== incident.slack.ts) {
    return refuse2("the button is not on this incident's message");
  }
  return responderVerdict(s, click.user);
}
async function authorizeWebAction(s, user) {
  if (user === void 0) return { ok: true };
  const groups = s.config.slack.responders.some((id) => id.startsWith("S"));
  if (!s.slack && groups && !s.config.slack.responders.includes(user)) {
    const why = "the worker has no SLACK_BOT_TOKEN/SLACK_CHANNEL, so it cannot check the responder groups";
    return { ok: false, reason: why, tell: why };
  }
  return responderVerdict(s, user);
}
async function responderVerdict(s, user) {
  const cfg = s.config.slack;
  const refuse2 = (reason, tell2 = reason) => ({ ok: false, reason, tell: tell2 });
  if (cfg.responders.length === 0) {
    const why = "LEAKHOUND_SLACK_RESPONDERS is not set, so nobody may change incidents from Slack";
    return refuse2(why, `${why}; ask whoever runs leakhound to list the security responders in it.`);
  }
  if (cfg.responders.includes(user)) return { ok: true };
  for (const group of cfg.responders.filter((id) => id.startsWith("S"))) {
    if ((await groupMembers(s, group)).includes(user)) return { ok: true };
  }
  const who = cfg.responders.map((id) => id.startsWith("S") ? `<!subteam^${id}>` : `<@${id}>`).join(", ");
  return refuse2(
    "not one of the security responders (LEAKHOUND_SLACK_RESPONDERS)",
    `Only the security responders (${who}) can do this. Nothing changed.`
  );
}
async function ourTeam(s) {
  const key = s.config.slack.botToken ?? "";
  let team = teams.get(key);
  if (!team) {
    team = s.slack.teamId();
    teams.set(key, team);
    team.catch(() => teams.delete(key));
  }
  return team;
}
async function groupMembers(s, group) {
  const key = s.keys.slackGroup(group);
  const cached = await s.redis.get(key);
  if (cached) return JSON.parse(cached);
  const members = await s.slack.groupMembers(group);
  await s.redis.set(key, JSON.stringify(members), "EX", GROUP_TTL_SECONDS);
  return members;
}

// responder/http/slack-review.ts
var SLACK_ID = /^[A-Z0-9]{2,32}$/;
async function openReviewForm(s, data, triggerId) {
  const incident = await s.ledger.get(data.incidentId);
  if (!incident || !s.slack || !data.user) return false;
  const verdict = await authorizeClick(s, { ...data, user: data.user }, incident);
  if (!verdict.ok || !closable(incident).ok) return false;
  try {
    const meta = {
      incidentId: incident.id,
      ...data.channel ? { channel: data.channel } : {},
      ...data.messageTs ? { messageTs: data.messageTs } : {}
    };
    await s.slack.openView(triggerId, reviewModal(incident, meta));
    return true;
  } catch (err) {
    s.log.warn("could not open the review form in Slack", { error: err instanceof Error ? err.message : String(err) });
    return false;
  }
}
async function submitReview(s, body, view) {
  const error = (field3, text) => ({
    response_action: "errors",
    errors: { [REVIEW_BLOCKS[field3]]: text.slice(0, 300) }
  });
  const meta = readMetadata(view.private_metadata);
  const user = typeof body.user?.id === "string" && SLACK_ID.test(body.user.id) ? body.user.id : void 0;
  const rawTeam = body.team?.id ?? body.user?.team_id;
  const team = typeof rawTeam === "string" && SLACK_ID.test(rawTeam) ? rawTeam : void 0;
  if (!meta || !user) return error("rootCause", "This form did not come from leakhound. Nothing changed.");
  const incident = await s.ledger.get(meta.incidentId);
  if (!incident) return error("rootCause", "The incident no longer exists. Nothing changed.");
  const parsed = parseReview(reviewInput(view.state?.values), `slack:${user}`);
  if (!parsed.ok) return error(parsed.field, parsed.error);
  const click = {
    incidentId: incident.id,
    action: "review",
    user,
    team,
    channel: meta.channel,
    messageTs: meta.messageTs
  };
  const verdict = await authorizeClick(s, click, incident);
  const job = () => s.producer.add(
    "incident",
    "slack-action",
    stripUndefined(click),
    jobId("slack-action", incident.id, "review", user, parsed.review.at)
  );
  if (!verdict.ok) {
    await job();
    return error("rootCause", verdict.tell);
  }
  const can = closable(incident);
  if (!can.ok) return error("rootCause", `The incident cannot be closed yet: ${can.reason}.`);
  await s.ledger.setFields(incident.id, { [PENDING_REVIEW_FIELD]: JSON.stringify(parsed.review) });
  await job();
  return void 0;
}
function stripUndefined(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}

// responder/http/slack.ts
var ACK_DEADLINE_MS = 2500;
var SLACK_BODY_LIMIT = 1024 * 1024;
var HonoReceiver = class {
  app;
  init(app) {
    this.app = app;
  }
  async start() {
  }
  async stop() {
  }
  dispatch(event) {
    if (!this.app) throw new Error("the Slack receiver was used before Bolt initialised it");
    return this.app.processEvent(event);
  }
};
function slackApp(s) {
  const app = new Hono4();
  const { signingSecret, botToken, apiUrl } = s.config.slack;
  if (!signingSecret) {
    app.post("/actions", () => {
      throw new HttpError(503, "Slack is not configured: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN");
    });
    return app;
  }
  const receiver = new HonoReceiver();
  const bolt = new App({
    // An explicit authorize keeps Bolt from calling auth.test: this process never posts to Slack.
    authorize: async () => ({ botToken: botToken ?? "" }),
    receiver,
    logLevel: LogLevel.ERROR,
    ...apiUrl ? { clientOptions: { slackApiUrl: apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/` } } : {}
  });
  bolt.action(new RegExp(`^${ACTION_PREFIX}`), async ({ ack, action: action2, body }) => {
    const a = action2;
    const name = a.action_id?.slice(ACTION_PREFIX.length);
    const [incidentId2 = "", step, reason] = (a.value ?? a.selected_option?.value ?? "").split(":");
    if (!SLACK_ACTIONS.includes(name) || !/^[0-9a-f]{32}$/.test(incidentId2)) {
      await ack();
      return;
    }
    const b = body;
    const actionTs = action2.action_ts;
    const click = {
      incidentId: incidentId2,
      action: name,
      user: b.user.id,
      step,
      reason,
      team: b.team?.id,
      channel: b.channel?.id,
      messageTs: b.container?.message_ts,
      actionTs
    };
    let data;
    try {
      data = parse2(JOBS.incident["slack-action"], click, "payload");
    } catch (err) {
      s.log.warn("ignored a malformed Slack click", { error: err.message });
      await ack();
      return;
    }
    if (name === "close" && b.trigger_id && await openReviewForm(s, data, b.trigger_id)) {
      await ack();
      return;
    }
    await withinDeadline(
      // Slack retries a click it got no answer for with the same action_ts: one job per click.
      s.producer.add(
        "incident",
        "slack-action",
        data,
        jobId(
          "slack-action",
          incidentId2,
          name,
          step ?? "",
          ...reason ? [reason] : [],
          data.user ?? "",
          actionTs ?? ""
        )
      ),
      ACK_DEADLINE_MS - 500,
      "enqueuing the Slack action"
    );
    await ack();
  });
  bolt.view(REVIEW_CALLBACK, async ({ ack, body, view }) => {
    const answer2 = await submitReview(s, body, view);
    await ack(answer2);
  });
  app.post(
    "/actions",
    // Slack's interactive payloads are a few kilobytes; anything near this is not from Slack.
    bodyLimit({
      maxSize: SLACK_BODY_LIMIT,
      onError: () => {
        throw new HttpError(413, `a Slack action is at most ${SLACK_BODY_LIMIT} bytes`);
      }
    }),
    async (c) => {
      const raw = await c.req.text();
      const signature = c.req.header("x-slack-signature");
      const timestamp = Number(c.req.header("x-slack-request-timestamp"));
      if (!signature || !Number.isFinite(timestamp))
        throw unauthorized("missing X-Slack-Signature or X-Slack-Request-Timestamp");
      try {
        verifySlackRequest({
          signingSecret,
          body: raw,
          headers: { "x-slack-signature": signature, "x-slack-request-timestamp": timestamp }
        });
      } catch {
        throw unauthorized("Slack signature does not verify: check SLACK_SIGNING_SECRET (and the server clock)");
      }
      const payload = new URLSearchParams(raw).get("payload");
      let body;
      try {
        body = JSON.parse(payload ?? "");
      } catch {
        throw badRequest("expected a form field `payload` holding Slack's JSON");
      }
      if (typeof body !== "object" || body === null) throw badRequest("payload is not a JSON object");
      let acked = () => {
      };
      const ack = new Promise((resolve) => {
        acked = resolve;
      });
      const handled = receiver.dispatch({ body, ack: async (response) => acked(response ?? "") });
      handled.catch(
        (err) => s.log.warn("Slack action failed", { error: err instanceof Error ? err.message : String(err) })
      );
      let answer2;
      const outcome = await Promise.race([
        ack.then((response) => {
          answer2 = response;
          return "acked";
        }),
        handled.then(
          () => "done",
          () => "failed"
        ),
        new Promise((resolve) => setTimeout(() => resolve("late"), ACK_DEADLINE_MS).unref())
      ]);
      if (outcome === "failed") throw new HttpError(503, "could not record the action; press the button again");
      if (outcome === "acked" && typeof answer2 === "object" && answer2 !== null) return c.json(answer2, 200);
      return c.body(null, 200);
    }
  );
  return app;
}

// responder/http/ui/ui-app.tsx
import { Hono as Hono5 } from "hono";
import { bodyLimit as bodyLimit3 } from "hono/body-limit";

// responder/ledger/investigation.ts
var CLOUDTRAIL_FIELD = "aws:cloudtrail";
var GITHUB_FIELD = "github:investigation";
var CAPABILITIES_FIELD = "capabilities";
async function readCloudTrailSummary(ledger, id) {
  const s = parseJson(await ledger.getField(id, CLOUDTRAIL_FIELD));
  if (!s) return void 0;
  const lists = [s.byEventName, s.sourceIps, s.userAgents, s.regions, s.errors, s.flagged, s.failures];
  return typeof s.total === "number" && s.searched && lists.every(Array.isArray) ? s : void 0;
}
async function writeCloudTrailSummary(ledger, id, s) {
  await ledger.setFields(id, { [CLOUDTRAIL_FIELD]: JSON.stringify(s) });
}
async function readGitHubFindings(ledger, id) {
  const f = parseJson(await ledger.getField(id, GITHUB_FIELD));
  return f && typeof f.repo === "string" && Array.isArray(f.commits) && Array.isArray(f.failures) ? f : void 0;
}
async function writeGitHubFindings(ledger, id, f) {
  await ledger.setFields(id, { [GITHUB_FIELD]: JSON.stringify(f) });
}
async function readCapabilities(ledger, id) {
  const c = parseJson(await ledger.getField(id, CAPABILITIES_FIELD));
  return c && typeof c.provider === "string" && typeof c.reason === "string" ? c : void 0;
}
async function writeCapabilities(ledger, id, c) {
  await ledger.setFields(id, { [CAPABILITIES_FIELD]: JSON.stringify(c) });
}
async function readFindings(ledger, id) {
  const [cloudTrail, github, capabilities] = await Promise.all([
    readCloudTrailSummary(ledger, id),
    readGitHubFindings(ledger, id),
    readCapabilities(ledger, id)
  ]);
  return {
    ...cloudTrail ? { cloudTrail } : {},
    ...github ? { github } : {},
    ...capabilities ? { capabilities } : {}
  };
}
function parseJson(raw) {
  if (!raw) return void 0;
  try {
    const v = JSON.parse(raw);
    return v && typeof v === "object" ? v : void 0;
  } catch {
    return void 0;
  }
}

// responder/http/ui/format.ts
function safeHref(url) {
  if (!url) return void 0;
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : void 0;
  } catch {
    return void 0;
  }
}
function humanTime(iso) {
  if (!iso) return "";
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return `${new Date(t).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function isoOrUndefined(iso) {
  return iso && !Number.isNaN(Date.parse(iso)) ? new Date(Date.parse(iso)).toISOString() : void 0;
}

// responder/http/ui/layout.tsx
import { jsx, jsxs } from "hono/jsx/jsx-runtime";
function Layout(props) {
  return /* @__PURE__ */ jsxs("html", { lang: "en", children: [
    /* @__PURE__ */ jsxs("head", { children: [
      /* @__PURE__ */ jsx("meta", { charset: "utf-8" }),
      /* @__PURE__ */ jsx("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
      /* @__PURE__ */ jsx("meta", { name: "referrer", content: "same-origin" }),
      /* @__PURE__ */ jsx("title", { children: `${props.title} · leakhound` }),
      /* @__PURE__ */ jsx("link", { rel: "stylesheet", href: "/ui/style.css" })
    ] }),
    /* @__PURE__ */ jsxs("body", { children: [
      /* @__PURE__ */ jsx("a", { class: "skip", href: "#main", children: "Skip to content" }),
      /* @__PURE__ */ jsxs("header", { class: "site", children: [
        /* @__PURE__ */ jsx("a", { class: "brand", href: "/ui", children: "leakhound incidents" }),
        props.signedIn && /* @__PURE__ */ jsx("form", { method: "post", action: "/ui/logout", children: /* @__PURE__ */ jsx("button", { type: "submit", class: "link", children: "Sign out" }) })
      ] }),
      /* @__PURE__ */ jsx("main", { id: "main", tabindex: -1, children: props.children })
    ] })
  ] });
}
function Time(props) {
  if (!props.iso) return /* @__PURE__ */ jsx("span", { class: "muted", children: props.empty ?? "—" });
  return /* @__PURE__ */ jsx("time", { datetime: props.iso, children: humanTime(props.iso) });
}
function LoginPage(props) {
  return /* @__PURE__ */ jsxs(Layout, { title: "Sign in", signedIn: false, children: [
    /* @__PURE__ */ jsx("h1", { children: "Sign in" }),
    props.disabled ? /* @__PURE__ */ jsx("p", { class: "error", role: "alert", children: "The incident pages are disabled: set LEAKHOUND_API_TOKEN on the server to enable them." }) : /* @__PURE__ */ jsxs("form", { class: "login", method: "post", action: "/ui/login", children: [
      props.error && /* @__PURE__ */ jsx("p", { class: "error", role: "alert", id: "login-error", children: props.error }),
      /* @__PURE__ */ jsx("input", { type: "hidden", name: "next", value: props.next }),
      /* @__PURE__ */ jsxs("label", { children: [
        "API token (LEAKHOUND_API_TOKEN)",
        /* @__PURE__ */ jsx(
          "input",
          {
            type: "password",
            name: "token",
            required: true,
            autocomplete: "current-password",
            autofocus: true,
            "aria-describedby": props.error ? "login-error" : void 0
          }
        )
      ] }),
      /* @__PURE__ */ jsx("button", { type: "submit", children: "Sign in" })
    ] }),
    props.slack && !props.disabled && /* @__PURE__ */ jsx("p", { children: /* @__PURE__ */ jsx("a", { class: "button", href: `/ui/auth/slack?next=${encodeURIComponent(props.next)}`, children: "Sign in with Slack" }) })
  ] });
}
function MessagePage(props) {
  return /* @__PURE__ */ jsxs(Layout, { title: props.title, signedIn: props.signedIn, children: [
    /* @__PURE__ */ jsx("h1", { children: props.title }),
    /* @__PURE__ */ jsx("p", { role: "alert", children: props.message }),
    /* @__PURE__ */ jsx("p", { children: /* @__PURE__ */ jsx("a", { href: "/ui", children: "Back to the incident list" }) })
  ] });
}

// responder/http/ui/cloudtrail-section.tsx
import { Fragment, jsx as jsx2, jsxs as jsxs2 } from "hono/jsx/jsx-runtime";
function CloudTrailSection({ summary: s }) {
  return /* @__PURE__ */ jsxs2("section", { "aria-labelledby": "cloudtrail", children: [
    /* @__PURE__ */ jsx2("h3", { id: "cloudtrail", children: "AWS CloudTrail" }),
    s.possibleAttackerActivity ? /* @__PURE__ */ jsx2("p", { class: "flag", children: /* @__PURE__ */ jsx2("strong", { children: `Possible attacker activity: ${s.flaggedTotal} call${s.flaggedTotal === 1 ? "" : "s"} flagged.` }) }) : /* @__PURE__ */ jsx2("p", { children: "No sign of attacker activity in the calls CloudTrail kept." }),
    /* @__PURE__ */ jsxs2("dl", { class: "facts", children: [
      /* @__PURE__ */ jsx2("dt", { children: "Searched" }),
      /* @__PURE__ */ jsxs2("dd", { children: [
        `${s.searched.regions.join(", ")}, `,
        /* @__PURE__ */ jsx2(Time, { iso: s.searched.from }),
        " to ",
        /* @__PURE__ */ jsx2(Time, { iso: s.searched.to }),
        ` (${s.searched.requests} requests${s.searched.throttled ? `, ${s.searched.throttled} throttled and retried` : ""}), on `,
        /* @__PURE__ */ jsx2(Time, { iso: s.searched.at })
      ] }),
      /* @__PURE__ */ jsx2("dt", { children: "Exposure began" }),
      /* @__PURE__ */ jsx2("dd", { children: /* @__PURE__ */ jsx2(Time, { iso: s.searched.exposedFrom }) }),
      /* @__PURE__ */ jsx2("dt", { children: "Calls" }),
      /* @__PURE__ */ jsx2("dd", { children: `${s.total}${s.truncated ? " (stopped there: more exist)" : ""}, ${s.afterExposure} since the exposure` }),
      /* @__PURE__ */ jsx2("dt", { children: "First use" }),
      /* @__PURE__ */ jsx2("dd", { children: /* @__PURE__ */ jsx2(Time, { iso: s.firstUse, empty: "none in the window" }) }),
      /* @__PURE__ */ jsx2("dt", { children: "Last use" }),
      /* @__PURE__ */ jsx2("dd", { children: /* @__PURE__ */ jsx2(Time, { iso: s.lastUse, empty: "none in the window" }) }),
      /* @__PURE__ */ jsx2("dt", { children: "Known networks" }),
      /* @__PURE__ */ jsx2("dd", { children: s.knownNetworks.length > 0 ? s.knownNetworks.join(", ") : "none configured (LEAKHOUND_KNOWN_CIDRS): sources not seen before the exposure are flagged instead" }),
      s.sessionKeys > 0 && /* @__PURE__ */ jsxs2(Fragment, { children: [
        /* @__PURE__ */ jsx2("dt", { children: "Session keys followed" }),
        /* @__PURE__ */ jsx2("dd", { children: `${s.sessionKeys} (issued to the leaked key by AssumeRole or similar)` })
      ] })
    ] }),
    s.retentionNote && /* @__PURE__ */ jsx2("p", { role: "note", children: s.retentionNote }),
    s.failures.length > 0 && /* @__PURE__ */ jsx2("ul", { class: "error", children: s.failures.map((f) => /* @__PURE__ */ jsx2("li", { children: `Not searched: ${f}` })) }),
    s.flagged.length > 0 && /* @__PURE__ */ jsxs2("table", { children: [
      /* @__PURE__ */ jsx2("caption", { children: s.flaggedTotal > s.flagged.length ? `Flagged calls (the first ${s.flagged.length} of ${s.flaggedTotal})` : "Flagged calls" }),
      /* @__PURE__ */ jsx2("thead", { children: /* @__PURE__ */ jsxs2("tr", { children: [
        /* @__PURE__ */ jsx2("th", { scope: "col", children: "When" }),
        /* @__PURE__ */ jsx2("th", { scope: "col", children: "Call" }),
        /* @__PURE__ */ jsx2("th", { scope: "col", children: "Source" }),
        /* @__PURE__ */ jsx2("th", { scope: "col", children: "Region" }),
        /* @__PURE__ */ jsx2("th", { scope: "col", children: "Why" })
      ] }) }),
      /* @__PURE__ */ jsx2("tbody", { children: s.flagged.map((f) => /* @__PURE__ */ jsxs2("tr", { children: [
        /* @__PURE__ */ jsx2("td", { children: /* @__PURE__ */ jsx2(Time, { iso: f.at }) }),
        /* @__PURE__ */ jsxs2("td", { children: [
          /* @__PURE__ */ jsx2("code", { children: f.eventName }),
          f.target && ` ${f.target}`
        ] }),
        /* @__PURE__ */ jsx2("td", { children: f.sourceIp }),
        /* @__PURE__ */ jsx2("td", { children: f.region }),
        /* @__PURE__ */ jsx2("td", { children: f.reasons.join("; ") })
      ] })) })
    ] }),
    /* @__PURE__ */ jsxs2("div", { class: "phase-grid", children: [
      /* @__PURE__ */ jsx2(Counts, { caption: "Calls by name", rows: s.byEventName }),
      /* @__PURE__ */ jsx2(
        Counts,
        {
          caption: "Source IPs",
          rows: s.sourceIps.map((r) => ({
            ...r,
            value: `${r.value} (${r.network === "aws-service" ? "AWS service" : `${r.network} network`})`
          }))
        }
      ),
      /* @__PURE__ */ jsx2(Counts, { caption: "User agents", rows: s.userAgents }),
      /* @__PURE__ */ jsx2(Counts, { caption: "Regions", rows: s.regions }),
      /* @__PURE__ */ jsx2(Counts, { caption: "Errors", rows: s.errors })
    ] })
  ] });
}
function Counts({ caption, rows }) {
  return /* @__PURE__ */ jsxs2("table", { children: [
    /* @__PURE__ */ jsx2("caption", { children: caption }),
    /* @__PURE__ */ jsx2("thead", { children: /* @__PURE__ */ jsxs2("tr", { children: [
      /* @__PURE__ */ jsx2("th", { scope: "col", children: "Value" }),
      /* @__PURE__ */ jsx2("th", { scope: "col", children: "Calls" })
    ] }) }),
    /* @__PURE__ */ jsx2("tbody", { children: rows.length === 0 ? /* @__PURE__ */ jsx2("tr", { children: /* @__PURE__ */ jsx2("td", { colspan: 2, children: "none" }) }) : rows.map((r) => /* @__PURE__ */ jsxs2("tr", { children: [
      /* @__PURE__ */ jsx2("td", { children: r.value }),
      /* @__PURE__ */ jsx2("td", { children: r.count })
    ] })) })
  ] });
}

// responder/http/ui/findings-section.tsx
import { Fragment as Fragment2, jsx as jsx3, jsxs as jsxs3 } from "hono/jsx/jsx-runtime";
function FindingsSection({ github, capabilities }) {
  return /* @__PURE__ */ jsxs3(Fragment2, { children: [
    capabilities && /* @__PURE__ */ jsxs3("section", { "aria-labelledby": "capabilities", children: [
      /* @__PURE__ */ jsx3("h3", { id: "capabilities", children: "What an attacker could do with it" }),
      /* @__PURE__ */ jsx3("p", { children: capabilities.summary }),
      /* @__PURE__ */ jsx3("p", { children: `${capabilities.provider}: ${capabilities.reason}` })
    ] }),
    github && /* @__PURE__ */ jsxs3("section", { "aria-labelledby": "github-findings", children: [
      /* @__PURE__ */ jsx3("h3", { id: "github-findings", children: "GitHub" }),
      github.forks !== void 0 && github.forks > 0 && /* @__PURE__ */ jsx3("p", { class: "flag", children: /* @__PURE__ */ jsx3("strong", { children: `${github.forks} fork${github.forks === 1 ? "" : "s"}: a fork keeps the secret after any rewrite of this repository.` }) }),
      /* @__PURE__ */ jsx3("ul", { children: githubFindingLines(github).map((l) => /* @__PURE__ */ jsx3("li", { children: l })) })
    ] })
  ] });
}

// responder/http/ui/filters.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
function parseFilters(q) {
  const get2 = (name) => {
    const v = q(name)?.trim();
    return v ? v : void 0;
  };
  const state = get2("state");
  if (state && !STATES.includes(state)) {
    return { ok: false, error: `state=${state.slice(0, 40)}: expected one of ${STATES.join(", ")}, e.g. state=open` };
  }
  const severity = get2("severity");
  if (severity && !SEVERITIES.includes(severity)) {
    return {
      ok: false,
      error: `severity=${severity.slice(0, 40)}: expected one of ${SEVERITIES.join(", ")}, e.g. severity=high`
    };
  }
  const provider = get2("provider");
  if (provider && !/^[a-z0-9-]{1,40}$/.test(provider)) {
    return { ok: false, error: `provider: expected a provider id such as aws (lower-case letters, digits, '-')` };
  }
  const repo = get2("repo");
  if (repo && repo.length > 200) return { ok: false, error: "repo: expected at most 200 characters of owner/name" };
  return {
    ok: true,
    filters: {
      ...state ? { state } : {},
      ...severity ? { severity } : {},
      ...provider ? { provider } : {},
      ...repo ? { repo } : {}
    }
  };
}
function matches(i, f) {
  if (f.state && i.state !== f.state) return false;
  if (f.severity && i.severity !== f.severity) return false;
  if (f.provider && (i.provider ?? "none") !== f.provider) return false;
  if (f.repo && !i.repo.toLowerCase().includes(f.repo.toLowerCase())) return false;
  return true;
}

// responder/http/ui/exposure.ts
function exposureMoments(i) {
  const committed = i.locations.map((l) => isoOrUndefined(l.date)).filter((d) => d !== void 0).sort()[0];
  const history = i.steps.history;
  return [
    { id: "committed", label: "Committed", at: committed },
    { id: "pushed", label: "Pushed", at: isoOrUndefined(i.pushedAt) },
    { id: "detected", label: "Detected", at: isoOrUndefined(i.openedAt) },
    { id: "contained", label: "Contained", at: isoOrUndefined(i.containedAt) },
    { id: "eradicated", label: "Eradicated", at: history?.status === "done" ? isoOrUndefined(history.at) : void 0 },
    { id: "closed", label: "Closed", at: isoOrUndefined(i.closedAt) }
  ];
}
function exposureSummary(i, now) {
  const m = exposureMoments(i);
  const start = m.find((x) => x.id === "pushed")?.at ?? i.exposureStart ?? m.find((x) => x.id === "committed")?.at;
  const contained = m.find((x) => x.id === "contained")?.at;
  if (!start) return "When the credential was first exposed is unknown.";
  const end = contained ? Date.parse(contained) : now.getTime();
  const length = duration(end - Date.parse(start));
  const where = i.visibility === "public" ? "publicly exposed" : "exposed";
  return contained ? `The credential was ${where} for ${length}, until it was contained.` : `The credential has been ${where} for ${length}: not contained yet.`;
}
function gap(a, b) {
  if (!a.at || !b.at) return void 0;
  return duration(Date.parse(b.at) - Date.parse(a.at));
}

// responder/http/ui/exposure-bar.tsx
import { Fragment as Fragment3, jsx as jsx4, jsxs as jsxs4 } from "hono/jsx/jsx-runtime";
var W = 960;
var X0 = 70;
var STEP = (W - 2 * X0) / 5;
var LINE_Y = 62;
var EXPOSED = "#a3001b";
var SAFE = "#1d6b2f";
var UNKNOWN = "#6b6b6b";
function ExposureBar({ incident, now }) {
  const moments = exposureMoments(incident);
  const containedIdx = moments.findIndex((m) => m.id === "contained");
  const contained = moments[containedIdx]?.at !== void 0;
  const summary3 = exposureSummary(incident, now);
  const known = moments.flatMap((m, k) => m.at ? [k] : []);
  return /* @__PURE__ */ jsxs4("figure", { children: [
    /* @__PURE__ */ jsxs4(
      "svg",
      {
        class: "exposure",
        viewBox: `0 0 ${W} 130`,
        role: "img",
        "aria-labelledby": "exposure-title exposure-desc",
        xmlns: "http://www.w3.org/2000/svg",
        children: [
          /* @__PURE__ */ jsx4("title", { id: "exposure-title", children: "Exposure bar" }),
          /* @__PURE__ */ jsx4("desc", { id: "exposure-desc", children: moments.map((m, k) => `${m.label}: ${m.at ? humanTime(m.at) : missingWord(moments, k, known)}`).join("; ") }),
          /* @__PURE__ */ jsx4("line", { x1: X0, y1: LINE_Y, x2: W - X0, y2: LINE_Y, stroke: UNKNOWN, "stroke-width": 3, "stroke-dasharray": "6 6" }),
          spans(known, containedIdx, contained).map(({ from, to, colour, dashed }) => {
            const x1 = X0 + from * STEP;
            const x2 = X0 + to * STEP;
            const label = dashed ? "still exposed" : gap(moments[from], moments[to]);
            return /* @__PURE__ */ jsxs4("g", { children: [
              /* @__PURE__ */ jsx4(
                "line",
                {
                  x1,
                  y1: LINE_Y,
                  x2,
                  y2: LINE_Y,
                  stroke: colour,
                  "stroke-width": 8,
                  "stroke-dasharray": dashed ? "14 6" : void 0
                }
              ),
              label && /* @__PURE__ */ jsx4("text", { x: (x1 + x2) / 2, y: LINE_Y - 12, "text-anchor": "middle", "font-size": "14", fill: "#1a1a1a", children: label })
            ] });
          }),
          moments.map((m, k) => {
            const x = X0 + k * STEP;
            return /* @__PURE__ */ jsxs4("g", { children: [
              /* @__PURE__ */ jsx4(
                "circle",
                {
                  cx: x,
                  cy: LINE_Y,
                  r: 10,
                  fill: m.at ? k <= containedIdx || !contained ? EXPOSED : SAFE : "#ffffff",
                  stroke: m.at ? "#1a1a1a" : UNKNOWN,
                  "stroke-width": 2
                }
              ),
              /* @__PURE__ */ jsx4("text", { x, y: 22, "text-anchor": "middle", "font-size": "16", "font-weight": "bold", fill: "#1a1a1a", children: m.label }),
              /* @__PURE__ */ jsx4("text", { x, y: LINE_Y + 32, "text-anchor": "middle", "font-size": "13", fill: "#4a4a4a", children: m.at ? m.at.slice(0, 10) : missingWord(moments, k, known) }),
              m.at && /* @__PURE__ */ jsx4("text", { x, y: LINE_Y + 50, "text-anchor": "middle", "font-size": "13", fill: "#4a4a4a", children: `${m.at.slice(11, 16)} UTC` })
            ] });
          })
        ]
      }
    ),
    /* @__PURE__ */ jsx4("figcaption", { children: summary3 }),
    /* @__PURE__ */ jsx4("dl", { class: "facts", children: moments.map((m) => /* @__PURE__ */ jsxs4(Fragment3, { children: [
      /* @__PURE__ */ jsx4("dt", { children: m.label }),
      /* @__PURE__ */ jsx4("dd", { children: /* @__PURE__ */ jsx4(Time, { iso: m.at, empty: missingWord(moments, moments.indexOf(m), known) }) })
    ] })) })
  ] });
}
function spans(known, containedIdx, contained) {
  const out = known.slice(1).map((to, k) => ({
    from: known[k],
    to,
    colour: !contained || to <= containedIdx ? EXPOSED : SAFE,
    dashed: false
  }));
  const last = known[known.length - 1];
  if (!contained && last !== void 0 && last < containedIdx)
    out.push({ from: last, to: containedIdx, colour: EXPOSED, dashed: true });
  return out;
}
function missingWord(moments, k, known) {
  if (moments[k]?.id === "eradicated") return "not done";
  return k < (known[known.length - 1] ?? -1) ? "unknown" : "not yet";
}

// responder/http/ui/markdown.tsx
import { Fragment as Fragment4, jsx as jsx5, jsxs as jsxs5 } from "hono/jsx/jsx-runtime";
function parseMarkdown(md) {
  const lines = md.replace(/\r\n?/g, "\n").split("\n");
  const blocks = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: "heading", level: heading[1].length, text: heading[2] });
      i++;
    } else if (line.startsWith("|")) {
      const rows = [];
      while (i < lines.length && lines[i].startsWith("|")) rows.push(cells(lines[i++]));
      const separator = rows[1]?.every((c) => /^:?-{3,}:?$/.test(c));
      blocks.push({ kind: "table", head: separator ? rows[0] : [], rows: separator ? rows.slice(2) : rows });
    } else if (/^[-*] /.test(line)) {
      const items = [];
      while (i < lines.length && /^[-*] /.test(lines[i])) items.push(lines[i++].slice(2));
      blocks.push({ kind: "list", items });
    } else if (line.trim() === "") {
      i++;
    } else {
      const text = [];
      while (i < lines.length && lines[i].trim() !== "" && !/^(#{1,6}\s|\||[-*] )/.test(lines[i]))
        text.push(lines[i++]);
      blocks.push({ kind: "paragraph", text: text.join(" ") });
    }
  }
  return blocks;
}
function cells(row) {
  const out = [];
  let cur = "";
  for (let i = 1; i < row.length; i++) {
    const ch = row[i];
    if (ch === "\\" && row[i + 1] === "|") {
      cur += "|";
      i++;
    } else if (ch === "|") {
      out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim() !== "") out.push(cur.trim());
  return out;
}
function inline(text) {
  const out = [];
  const parts = text.split(/(`[^`]*`)/);
  for (const part of parts) {
    if (part.length >= 2 && part.startsWith("`") && part.endsWith("`")) {
      out.push(/* @__PURE__ */ jsx5("code", { children: part.slice(1, -1) }));
      continue;
    }
    part.split(/(\*\*[^*]+\*\*)/).forEach((p) => {
      if (p.length > 4 && p.startsWith("**") && p.endsWith("**")) out.push(/* @__PURE__ */ jsx5("strong", { children: p.slice(2, -2) }));
      else if (p) out.push(p);
    });
  }
  return out;
}
var TASK = { x: "done", " ": "open", "-": "skipped" };
function Item({ text }) {
  const task5 = /^\[([x -])\] (.*)$/.exec(text);
  if (!task5) return /* @__PURE__ */ jsx5("li", { children: inline(text) });
  const status2 = TASK[task5[1]] ?? "open";
  return /* @__PURE__ */ jsxs5("li", { children: [
    /* @__PURE__ */ jsx5("span", { class: `badge status-${status2}`, children: status2 }),
    " ",
    inline(task5[2])
  ] });
}
function Markdown({ source, base = 3 }) {
  return /* @__PURE__ */ jsx5(Fragment4, { children: parseMarkdown(source).map((b) => {
    switch (b.kind) {
      case "heading": {
        const level = Math.min(6, base + b.level - 1);
        const content = inline(b.text);
        if (level <= 2) return /* @__PURE__ */ jsx5("h2", { children: content });
        if (level === 3) return /* @__PURE__ */ jsx5("h3", { children: content });
        if (level === 4) return /* @__PURE__ */ jsx5("h4", { children: content });
        if (level === 5) return /* @__PURE__ */ jsx5("h5", { children: content });
        return /* @__PURE__ */ jsx5("h6", { children: content });
      }
      case "table":
        return /* @__PURE__ */ jsxs5("table", { children: [
          b.head.some((h) => h !== "") && /* @__PURE__ */ jsx5("thead", { children: /* @__PURE__ */ jsx5("tr", { children: b.head.map((h) => /* @__PURE__ */ jsx5("th", { scope: "col", children: inline(h) })) }) }),
          /* @__PURE__ */ jsx5("tbody", { children: b.rows.map((r) => /* @__PURE__ */ jsx5("tr", { children: r.map((c) => /* @__PURE__ */ jsx5("td", { children: inline(c) })) })) })
        ] });
      case "list":
        return /* @__PURE__ */ jsx5("ul", { children: b.items.map((t) => /* @__PURE__ */ jsx5(Item, { text: t })) });
      default:
        return /* @__PURE__ */ jsx5("p", { children: inline(b.text) });
    }
  }) });
}

// responder/http/ui/action-forms.tsx
import { Fragment as Fragment5, jsx as jsx6, jsxs as jsxs6 } from "hono/jsx/jsx-runtime";
function ActionForm(props) {
  return /* @__PURE__ */ jsxs6("form", { method: "post", action: `/ui/incidents/${props.incident.id}/actions`, class: "action", children: [
    /* @__PURE__ */ jsx6("input", { type: "hidden", name: "csrf", value: props.csrf }),
    /* @__PURE__ */ jsx6("input", { type: "hidden", name: "action", value: props.action }),
    props.step && /* @__PURE__ */ jsx6("input", { type: "hidden", name: "step", value: props.step }),
    /* @__PURE__ */ jsx6("button", { type: "submit", class: props.danger ? "danger" : void 0, children: props.label })
  ] });
}
var NOT_NEEDED = {
  private: "private repository",
  revoked: "secret revoked",
  "not-pushed": "never on a shared branch"
};
function ActionsSection({ incident: i, view }) {
  if (i.state === "closed") return null;
  const approve = i.provider ? approveButton(i.provider) : void 0;
  const tasks = openTasks(i.steps).filter((st) => st !== "report");
  return /* @__PURE__ */ jsxs6("section", { "aria-labelledby": "actions", children: [
    /* @__PURE__ */ jsx6("h2", { id: "actions", children: "Actions" }),
    /* @__PURE__ */ jsxs6("p", { class: "muted", children: [
      "Recorded on the timeline as ",
      /* @__PURE__ */ jsx6("code", { children: view.actor }),
      ". Only the security responders may act."
    ] }),
    view.notice && /* @__PURE__ */ jsx6("p", { role: "status", class: "notice", children: view.notice }),
    /* @__PURE__ */ jsxs6("div", { class: "actions", children: [
      approve && awaitingApproval(i) && /* @__PURE__ */ jsx6(ActionForm, { incident: i, csrf: view.csrf, action: "contain", label: approve.label, danger: true }),
      !i.acknowledged && /* @__PURE__ */ jsx6(ActionForm, { incident: i, csrf: view.csrf, action: "acknowledge", label: "Acknowledge" }),
      tasks.map((st) => /* @__PURE__ */ jsx6(ActionForm, { incident: i, csrf: view.csrf, action: "done", step: st, label: `Done: ${stepTitle(st)}` })),
      i.steps.history?.status === "task" && /* @__PURE__ */ jsxs6("form", { method: "post", action: `/ui/incidents/${i.id}/actions`, class: "action", children: [
        /* @__PURE__ */ jsx6("input", { type: "hidden", name: "csrf", value: view.csrf }),
        /* @__PURE__ */ jsx6("input", { type: "hidden", name: "action", value: "history-not-needed" }),
        /* @__PURE__ */ jsxs6("label", { children: [
          "History rewrite not needed:",
          " ",
          /* @__PURE__ */ jsx6("select", { name: "reason", children: Object.entries(NOT_NEEDED).map(([value, text]) => /* @__PURE__ */ jsx6("option", { value, children: text })) })
        ] }),
        " ",
        /* @__PURE__ */ jsx6("button", { type: "submit", children: "Mark not needed" })
      ] })
    ] }),
    closable(i).ok ? /* @__PURE__ */ jsx6(ReviewForm, { incident: i, view }) : /* @__PURE__ */ jsxs6(Fragment5, { children: [
      view.error && /* @__PURE__ */ jsx6("p", { class: "error", role: "alert", children: view.error }),
      /* @__PURE__ */ jsx6("p", { class: "muted", children: "Closing with the review is possible once every step is done or not needed." })
    ] })
  ] });
}
function ReviewForm({ incident: i, view }) {
  return /* @__PURE__ */ jsxs6("form", { method: "post", action: `/ui/incidents/${i.id}/review`, class: "review-form", "aria-labelledby": "review-form", children: [
    /* @__PURE__ */ jsx6("h3", { id: "review-form", children: "Close with review" }),
    view.error && /* @__PURE__ */ jsx6("p", { class: "error", role: "alert", id: "review-error", children: view.error }),
    /* @__PURE__ */ jsx6("input", { type: "hidden", name: "csrf", value: view.csrf }),
    /* @__PURE__ */ jsxs6("label", { children: [
      "Root cause",
      /* @__PURE__ */ jsx6("select", { name: "rootCause", required: true, children: Object.entries(ROOT_CAUSES).map(([value, text]) => /* @__PURE__ */ jsx6("option", { value, children: text })) })
    ] }),
    /* @__PURE__ */ jsxs6("label", { children: [
      'Root cause in your words (needed for "other")',
      /* @__PURE__ */ jsx6("input", { type: "text", name: "rootCauseText", maxlength: LIMITS.rootCauseText })
    ] }),
    /* @__PURE__ */ jsxs6("label", { children: [
      "What failed",
      /* @__PURE__ */ jsx6("textarea", { name: "whatFailed", required: true, rows: 3, maxlength: LIMITS.whatFailed })
    ] }),
    /* @__PURE__ */ jsxs6("label", { children: [
      "Follow-ups (one per line; each becomes a task)",
      /* @__PURE__ */ jsx6("textarea", { name: "followUps", rows: 3 })
    ] }),
    /* @__PURE__ */ jsxs6("label", { class: "check", children: [
      /* @__PURE__ */ jsx6("input", { type: "checkbox", name: "addHook", value: "on" }),
      " Add the pre-commit hook to this repository (",
      /* @__PURE__ */ jsx6("code", { children: HOOK_COMMAND }),
      ")"
    ] }),
    /* @__PURE__ */ jsx6("button", { type: "submit", children: "Close incident" })
  ] });
}

// responder/http/ui/incident-page.tsx
import { Fragment as Fragment6, jsx as jsx7, jsxs as jsxs7 } from "hono/jsx/jsx-runtime";
var PHASE_TITLES = {
  containment: "1. Containment",
  investigation: "2. Investigation",
  eradication: "3. Eradication and notification",
  review: "4. Post-incident review"
};
function IncidentPage({ view }) {
  const i = view.incident;
  const repoHref = safeHref(i.repoUrl);
  const alertHref = safeHref(i.alert?.url);
  return /* @__PURE__ */ jsxs7(Layout, { title: `${i.description} in ${i.repo}`, signedIn: true, children: [
    /* @__PURE__ */ jsx7("p", { children: /* @__PURE__ */ jsx7("a", { href: "/ui", children: "← All incidents" }) }),
    /* @__PURE__ */ jsxs7("h1", { children: [
      i.description,
      " in ",
      i.repo
    ] }),
    /* @__PURE__ */ jsxs7("dl", { class: "facts", children: [
      /* @__PURE__ */ jsx7("dt", { children: "Credential" }),
      /* @__PURE__ */ jsxs7("dd", { children: [
        /* @__PURE__ */ jsx7("code", { children: i.credential }),
        " (rule ",
        /* @__PURE__ */ jsx7("code", { children: i.ruleId }),
        ", provider ",
        i.provider ?? "none",
        ")"
      ] }),
      /* @__PURE__ */ jsx7("dt", { children: "State" }),
      /* @__PURE__ */ jsxs7("dd", { children: [
        /* @__PURE__ */ jsx7("span", { class: `badge state-${i.state}`, children: i.state }),
        i.resolution && ` (${i.resolution})`,
        i.needsHuman && ` — needs a person: ${i.needsHuman}`
      ] }),
      /* @__PURE__ */ jsx7("dt", { children: "Severity" }),
      /* @__PURE__ */ jsx7("dd", { children: /* @__PURE__ */ jsx7("span", { class: `badge sev-${i.severity}`, children: i.severity }) }),
      /* @__PURE__ */ jsx7("dt", { children: "Repository" }),
      /* @__PURE__ */ jsxs7("dd", { children: [
        repoHref ? /* @__PURE__ */ jsx7("a", { href: repoHref, children: i.repo }) : i.repo,
        " (",
        i.visibility,
        ")"
      ] }),
      /* @__PURE__ */ jsx7("dt", { children: "Source" }),
      /* @__PURE__ */ jsx7("dd", { children: i.alert ? alertHref ? /* @__PURE__ */ jsx7("a", { href: alertHref, children: `GitHub secret scanning alert #${i.alert.number}` }) : `GitHub secret scanning alert #${i.alert.number}` : "push scan" }),
      /* @__PURE__ */ jsx7("dt", { children: "Acknowledged" }),
      /* @__PURE__ */ jsx7("dd", { children: i.acknowledged ? `${i.acknowledged.by}, ${i.acknowledged.at}` : "not yet" }),
      /* @__PURE__ */ jsx7("dt", { children: "Incident id" }),
      /* @__PURE__ */ jsx7("dd", { children: /* @__PURE__ */ jsx7("code", { children: i.id }) })
    ] }),
    /* @__PURE__ */ jsx7("h2", { children: "Exposure" }),
    /* @__PURE__ */ jsx7(ExposureBar, { incident: i, now: view.now }),
    /* @__PURE__ */ jsx7("h2", { children: "Playbook" }),
    /* @__PURE__ */ jsx7("div", { class: "phase-grid", children: PHASES.map((phase) => /* @__PURE__ */ jsxs7("section", { "aria-labelledby": `phase-${phase}`, children: [
      /* @__PURE__ */ jsx7("h3", { id: `phase-${phase}`, children: PHASE_TITLES[phase] }),
      /* @__PURE__ */ jsx7(Steps, { incident: i, phase })
    ] })) }),
    /* @__PURE__ */ jsx7(Notifications, { timeline: view.timeline }),
    view.actions && /* @__PURE__ */ jsx7(ActionsSection, { incident: i, view: view.actions }),
    /* @__PURE__ */ jsx7("h2", { id: "found", children: "Where it was found" }),
    /* @__PURE__ */ jsxs7("table", { "aria-labelledby": "found", children: [
      /* @__PURE__ */ jsx7("thead", { children: /* @__PURE__ */ jsxs7("tr", { children: [
        /* @__PURE__ */ jsx7("th", { scope: "col", children: "File" }),
        /* @__PURE__ */ jsx7("th", { scope: "col", children: "Commit" }),
        /* @__PURE__ */ jsx7("th", { scope: "col", children: "Author" }),
        /* @__PURE__ */ jsx7("th", { scope: "col", children: "Committed" })
      ] }) }),
      /* @__PURE__ */ jsx7("tbody", { children: i.locations.map((l) => {
        const href = safeHref(l.url);
        const where = `${l.file}:${l.startLine}`;
        return /* @__PURE__ */ jsxs7("tr", { children: [
          /* @__PURE__ */ jsx7("td", { children: href ? /* @__PURE__ */ jsx7("a", { href, children: where }) : where }),
          /* @__PURE__ */ jsx7("td", { children: l.commit ? /* @__PURE__ */ jsx7("code", { children: l.commit.slice(0, 12) }) : "—" }),
          /* @__PURE__ */ jsx7("td", { children: l.author ? `${l.author}${l.email ? ` <${l.email}>` : ""}` : "—" }),
          /* @__PURE__ */ jsx7("td", { children: /* @__PURE__ */ jsx7(Time, { iso: l.date }) })
        ] });
      }) })
    ] }),
    view.investigation && /* @__PURE__ */ jsxs7(Fragment6, { children: [
      /* @__PURE__ */ jsx7("h2", { children: "Investigation" }),
      view.investigation
    ] }),
    /* @__PURE__ */ jsx7("h2", { id: "timeline", children: "Timeline" }),
    view.timeline.length === 0 ? /* @__PURE__ */ jsx7("p", { children: "Nothing recorded yet." }) : /* @__PURE__ */ jsxs7("table", { "aria-labelledby": "timeline", children: [
      /* @__PURE__ */ jsx7("thead", { children: /* @__PURE__ */ jsxs7("tr", { children: [
        /* @__PURE__ */ jsx7("th", { scope: "col", children: "When" }),
        /* @__PURE__ */ jsx7("th", { scope: "col", children: "Who" }),
        /* @__PURE__ */ jsx7("th", { scope: "col", children: "What" })
      ] }) }),
      /* @__PURE__ */ jsx7("tbody", { children: view.timeline.map((e) => /* @__PURE__ */ jsxs7("tr", { children: [
        /* @__PURE__ */ jsx7("td", { children: /* @__PURE__ */ jsx7(Time, { iso: e.at }) }),
        /* @__PURE__ */ jsx7("td", { children: e.actor }),
        /* @__PURE__ */ jsx7("td", { children: e.text })
      ] })) })
    ] }),
    /* @__PURE__ */ jsx7("h2", { children: "Post-incident report" }),
    view.report ? /* @__PURE__ */ jsx7("section", { class: "report", "aria-label": "Post-incident report", children: /* @__PURE__ */ jsx7(Markdown, { source: view.report, base: 3 }) }) : /* @__PURE__ */ jsx7("p", { children: "The report is written when the incident is closed." })
  ] });
}
function Steps({ incident, phase }) {
  const steps = orderedSteps(incident.steps, phase);
  if (steps.length === 0) return /* @__PURE__ */ jsx7("p", { class: "muted", children: "No steps in this phase." });
  return /* @__PURE__ */ jsx7("ol", { class: "steps", children: steps.map(([id, s]) => /* @__PURE__ */ jsxs7("li", { children: [
    /* @__PURE__ */ jsx7("span", { class: `badge status-${s.status}`, children: s.status === "task" ? "to do" : s.status }),
    " ",
    stepTitle(id),
    /* @__PURE__ */ jsxs7("div", { class: "muted", children: [
      s.status === "task" ? "waiting for a person" : `${s.by}, `,
      s.status !== "task" && /* @__PURE__ */ jsx7(Time, { iso: s.at }),
      s.detail && ` — ${s.detail}`
    ] })
  ] })) });
}
function Notifications({ timeline }) {
  const sent = timeline.filter((e) => e.kind === "notified" || e.kind === "not-notified" || e.kind === "notification");
  if (sent.length === 0) return null;
  return /* @__PURE__ */ jsxs7("section", { "aria-labelledby": "notifications", children: [
    /* @__PURE__ */ jsx7("h2", { id: "notifications", children: "Notifications sent" }),
    /* @__PURE__ */ jsx7("ul", { children: sent.map((e) => /* @__PURE__ */ jsxs7("li", { children: [
      /* @__PURE__ */ jsx7(Time, { iso: e.at }),
      " ",
      e.text
    ] })) })
  ] });
}

// responder/http/ui/list-page.tsx
import { jsx as jsx8, jsxs as jsxs8 } from "hono/jsx/jsx-runtime";
function ListPage({ view }) {
  const f = view.filters;
  const filtered = Object.keys(f).length > 0;
  return /* @__PURE__ */ jsxs8(Layout, { title: "Incidents", signedIn: true, children: [
    /* @__PURE__ */ jsx8("h1", { children: "Incidents" }),
    /* @__PURE__ */ jsxs8("form", { class: "filters", method: "get", action: "/ui", "aria-label": "Filter incidents", children: [
      /* @__PURE__ */ jsx8(Select, { name: "state", label: "State", value: f.state, options: STATES }),
      /* @__PURE__ */ jsx8(Select, { name: "provider", label: "Provider", value: f.provider, options: view.providers }),
      /* @__PURE__ */ jsx8(Select, { name: "severity", label: "Severity", value: f.severity, options: SEVERITIES }),
      /* @__PURE__ */ jsxs8("label", { children: [
        "Repository",
        /* @__PURE__ */ jsx8("input", { type: "search", name: "repo", value: f.repo ?? "", placeholder: "owner/name", maxlength: 200 })
      ] }),
      /* @__PURE__ */ jsx8("button", { type: "submit", children: "Filter" }),
      filtered && /* @__PURE__ */ jsx8("a", { href: "/ui", children: "Clear filters" })
    ] }),
    view.error && /* @__PURE__ */ jsx8("p", { class: "error", role: "alert", children: view.error }),
    view.incidents.length === 0 ? /* @__PURE__ */ jsx8("p", { children: filtered ? "No incident matches these filters." : "No incidents yet." }) : /* @__PURE__ */ jsxs8("table", { children: [
      /* @__PURE__ */ jsxs8("caption", { children: [
        `${view.incidents.length} ${filtered ? "matching " : ""}incident${view.incidents.length === 1 ? "" : "s"}, newest first`,
        view.incidents.length >= view.shownLimit && ` (the first ${view.shownLimit} shown)`,
        view.scanned < view.total && ` among the newest ${view.scanned} of ${view.total}`
      ] }),
      /* @__PURE__ */ jsx8("thead", { children: /* @__PURE__ */ jsxs8("tr", { children: [
        /* @__PURE__ */ jsx8("th", { scope: "col", children: "Opened" }),
        /* @__PURE__ */ jsx8("th", { scope: "col", children: "Incident" }),
        /* @__PURE__ */ jsx8("th", { scope: "col", children: "Repository" }),
        /* @__PURE__ */ jsx8("th", { scope: "col", children: "Provider" }),
        /* @__PURE__ */ jsx8("th", { scope: "col", children: "Severity" }),
        /* @__PURE__ */ jsx8("th", { scope: "col", children: "State" })
      ] }) }),
      /* @__PURE__ */ jsx8("tbody", { children: view.incidents.map((i) => /* @__PURE__ */ jsxs8("tr", { children: [
        /* @__PURE__ */ jsx8("td", { children: /* @__PURE__ */ jsx8(Time, { iso: i.openedAt }) }),
        /* @__PURE__ */ jsxs8("td", { children: [
          /* @__PURE__ */ jsx8("a", { href: `/ui/incidents/${i.id}`, children: i.description }),
          " ",
          /* @__PURE__ */ jsx8("code", { children: i.credential })
        ] }),
        /* @__PURE__ */ jsx8("td", { children: i.repo }),
        /* @__PURE__ */ jsx8("td", { children: i.provider ?? "none" }),
        /* @__PURE__ */ jsx8("td", { children: /* @__PURE__ */ jsx8("span", { class: `badge sev-${i.severity}`, children: i.severity }) }),
        /* @__PURE__ */ jsx8("td", { children: /* @__PURE__ */ jsx8("span", { class: `badge state-${i.state}`, children: i.state }) })
      ] })) })
    ] })
  ] });
}
function Select(props) {
  return /* @__PURE__ */ jsxs8("label", { children: [
    props.label,
    /* @__PURE__ */ jsxs8("select", { name: props.name, children: [
      /* @__PURE__ */ jsx8("option", { value: "", selected: !props.value, children: "any" }),
      props.options.map((o) => /* @__PURE__ */ jsx8("option", { value: o, selected: o === props.value, children: o }))
    ] })
  ] });
}

// responder/http/ui/session.ts
const { createHash: createHash5, createHmac: createHmac2, randomBytes: randomBytes3, timingSafeEqual: timingSafeEqual2 } = process.getBuiltinModule("node:crypto");
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
var SESSION_COOKIE = "leakhound_session";
var SESSION_TTL_SECONDS = 8 * 3600;
var sha256 = (v) => createHash5("sha256").update(v).digest();
async function viewer(c, s) {
  const token2 = s.config.apiToken;
  if (!token2) return void 0;
  const bearer = /^Bearer (.+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
  if (bearer !== void 0) return sameToken(bearer, token2) ? { via: "bearer" } : void 0;
  const cookie = getCookie(c, SESSION_COOKIE);
  if (!cookie || !/^[A-Za-z0-9_-]{43}$/.test(cookie)) return void 0;
  const session = sha256(cookie).toString("hex");
  const stored2 = readSession(await s.redis.get(s.keys.uiSession(session)));
  if (!stored2 || !timingSafeEqual2(Buffer.from(stored2.token, "hex"), sha256(token2))) return void 0;
  return { via: "session", session, ...stored2.user ? { user: stored2.user } : {} };
}
async function isSignedIn(c, s) {
  return await viewer(c, s) !== void 0;
}
function readSession(raw) {
  if (!raw) return void 0;
  if (/^[0-9a-f]{64}$/.test(raw)) return { token: raw };
  try {
    const v = JSON.parse(raw);
    if (typeof v.token !== "string" || !/^[0-9a-f]{64}$/.test(v.token)) return void 0;
    if (v.user !== void 0 && (typeof v.user !== "string" || !/^[UW][A-Z0-9]{2,31}$/.test(v.user))) return void 0;
    return v;
  } catch {
    return void 0;
  }
}
function csrfToken(s, session) {
  return createHmac2("sha256", s.config.encryptionKey).update(`ui-csrf:${session}`).digest("base64url");
}
function csrfValid(s, v, given) {
  if (v.via === "bearer") return true;
  if (typeof given !== "string" || given.length > 100) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(csrfToken(s, v.session));
  return a.length === b.length && timingSafeEqual2(a, b);
}
async function signIn(c, s, given) {
  const token2 = s.config.apiToken;
  if (!token2 || !sameToken(given, token2)) return false;
  await startSession(c, s, {});
  return true;
}
async function startSession(c, s, who) {
  const token2 = s.config.apiToken ?? "";
  const value = randomBytes3(32).toString("base64url");
  const stored2 = { token: sha256(token2).toString("hex"), ...who.user ? { user: who.user } : {} };
  await s.redis.set(s.keys.uiSession(sha256(value).toString("hex")), JSON.stringify(stored2), "EX", SESSION_TTL_SECONDS);
  setCookie(c, SESSION_COOKIE, value, { ...cookieOptions(c), maxAge: SESSION_TTL_SECONDS });
}
async function signOut(c, s) {
  const cookie = getCookie(c, SESSION_COOKIE);
  if (cookie) await s.redis.del(s.keys.uiSession(sha256(cookie).toString("hex")));
  deleteCookie(c, SESSION_COOKIE, cookieOptions(c));
}
function cookieOptions(c) {
  return { path: "/ui", httpOnly: true, sameSite: "Strict", secure: isHttps(c) };
}
function isHttps(c) {
  const forwarded = c.req.header("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded === "https" || new URL(c.req.url).protocol === "https:";
}
function sameOrigin(c) {
  const site = c.req.header("sec-fetch-site");
  if (site !== void 0 && site !== "same-origin") return false;
  const origin = c.req.header("origin");
  const host = c.req.header("host");
  if (!origin || !host || origin === "null") return false;
  try {
    const o = new URL(origin);
    return (o.protocol === "https:" || o.protocol === "http:") && o.host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}

// responder/http/ui/web-actions.tsx
import { bodyLimit as bodyLimit2 } from "hono/body-limit";

// responder/http/ui/respond.tsx
import { html } from "hono/html";
import { jsx as jsx9 } from "hono/jsx/jsx-runtime";
var SECURITY_HEADERS = {
  "content-security-policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  // Not no-referrer: with it, browsers send `Origin: null` on our own form posts (Fetch spec).
  "referrer-policy": "same-origin",
  "cache-control": "no-store"
};
function page(c, body, status2 = 200) {
  return c.html(html`<!doctype html>${body}`, status2, SECURITY_HEADERS);
}
function forbidden(c) {
  const message = "This form was not sent from the leakhound page on this host (its Origin header did not match), so it was refused. Open the page and submit it from there.";
  return page(c, /* @__PURE__ */ jsx9(MessagePage, { title: "Refused", message, signedIn: false }), 403);
}

// responder/http/ui/web-actions.tsx
import { jsx as jsx10 } from "hono/jsx/jsx-runtime";
var PAGE_ACTIONS = ["acknowledge", "contain", "done", "history-not-needed"];
var REASONS = ["private", "revoked", "not-pushed"];
var NOTICES = {
  acknowledge: "Acknowledged.",
  contain: "Containment approved: it runs now.",
  done: "Step marked done.",
  "history-not-needed": "History rewrite marked not needed.",
  review: "Review submitted: the incident closes and the report is written."
};
function actorOfViewer(v) {
  return v.via === "session" && v.user ? `slack:${v.user}` : "web:api-token";
}
function actionsView(s, v, done3, error) {
  return {
    csrf: v.via === "session" ? csrfToken(s, v.session) : "",
    actor: actorOfViewer(v),
    ...done3 && NOTICES[done3] ? { notice: NOTICES[done3] } : {},
    ...error ? { error } : {}
  };
}
function stamp() {
  const ms = Date.now();
  return `${Math.floor(ms / 1e3)}.${String(ms % 1e3).padStart(3, "0")}${String(Math.floor(Math.random() * 1e3)).padStart(3, "0")}`;
}
function registerWebActions(app, s, renderIncident) {
  const guard2 = async (c) => {
    if (!sameOrigin(c) && !/^Bearer /i.test(c.req.header("authorization") ?? "")) return forbidden(c);
    const v = await viewer(c, s);
    if (!v)
      return page(
        c,
        /* @__PURE__ */ jsx10(MessagePage, { title: "Sign in first", message: "Sign in to act on incidents.", signedIn: false }),
        401
      );
    if (!/^application\/x-www-form-urlencoded\b/i.test(c.req.header("content-type") ?? "")) {
      return page(c, /* @__PURE__ */ jsx10(MessagePage, { title: "Refused", message: "Expected the page's form fields.", signedIn: true }), 400);
    }
    const form = await c.req.parseBody();
    if (!csrfValid(s, v, form.csrf)) {
      const message = "This form is stale or was not made by leakhound for your session. Reload the incident page and try again.";
      return page(c, /* @__PURE__ */ jsx10(MessagePage, { title: "Refused", message, signedIn: true }), 403);
    }
    const id = c.req.param("id") ?? "";
    const incident = /^[0-9a-f]{32}$/.test(id) ? await s.ledger.get(id) : void 0;
    if (!incident)
      return page(c, /* @__PURE__ */ jsx10(MessagePage, { title: "Incident not found", message: "No incident has this id.", signedIn: true }), 404);
    return { v, incident, form };
  };
  const enqueue = async (v, data) => {
    const user = v.via === "session" ? v.user : void 0;
    const job = { ...data, via: "web", ...user ? { user } : {} };
    const parts = [
      data.incidentId,
      data.action,
      data.step ?? "",
      data.reason ?? "",
      user ?? "api-token",
      data.actionTs ?? ""
    ];
    await s.producer.add("incident", "slack-action", job, jobId("slack-action", ...parts));
  };
  app.post("/incidents/:id/actions", bodyLimit2({ maxSize: 16 * 1024 }), async (c) => {
    const g = await guard2(c);
    if (g instanceof Response) return g;
    const { v, incident, form } = g;
    const action2 = String(form.action ?? "");
    const step = typeof form.step === "string" && STEP_IDS.includes(form.step) ? form.step : void 0;
    const reason = typeof form.reason === "string" && REASONS.includes(form.reason) ? form.reason : void 0;
    if (!PAGE_ACTIONS.includes(action2) || action2 === "done" && !step || action2 === "history-not-needed" && !reason) {
      return page(c, /* @__PURE__ */ jsx10(MessagePage, { title: "Refused", message: "That is not an action of this page.", signedIn: true }), 400);
    }
    const verdict = await authorizeWebAction(s, v.via === "session" ? v.user : void 0);
    await enqueue(v, {
      incidentId: incident.id,
      action: action2,
      ...step ? { step } : {},
      ...reason ? { reason } : {},
      actionTs: stamp()
    });
    if (!verdict.ok) return page(c, /* @__PURE__ */ jsx10(MessagePage, { title: "Refused", message: `${verdict.tell}`, signedIn: true }), 403);
    return c.redirect(`/ui/incidents/${incident.id}?done=${action2}#actions`, 303);
  });
  app.post("/incidents/:id/review", bodyLimit2({ maxSize: 64 * 1024 }), async (c) => {
    const g = await guard2(c);
    if (g instanceof Response) return g;
    const { v, incident, form } = g;
    const by = actorOfViewer(v);
    const verdict = await authorizeWebAction(s, v.via === "session" ? v.user : void 0);
    if (!verdict.ok) {
      await enqueue(v, { incidentId: incident.id, action: "review", actionTs: stamp() });
      return page(c, /* @__PURE__ */ jsx10(MessagePage, { title: "Refused", message: verdict.tell, signedIn: true }), 403);
    }
    const can = closable(incident);
    if (!can.ok) return renderIncident(c, incident, v, `The incident cannot be closed yet: ${can.reason}.`);
    const parsed = parseReview(
      {
        rootCause: form.rootCause,
        rootCauseText: form.rootCauseText,
        whatFailed: form.whatFailed,
        followUps: form.followUps,
        addHook: form.addHook
      },
      by
    );
    if (!parsed.ok) return renderIncident(c, incident, v, parsed.error);
    await s.ledger.setFields(incident.id, { [PENDING_REVIEW_FIELD]: JSON.stringify(parsed.review) });
    await enqueue(v, { incidentId: incident.id, action: "review", actionTs: stamp() });
    return c.redirect(`/ui/incidents/${incident.id}?done=review#actions`, 303);
  });
}

// responder/http/ui/slack-sign-in.tsx
const { createHash: createHash6, randomBytes: randomBytes4, timingSafeEqual: timingSafeEqual3 } = process.getBuiltinModule("node:crypto");
import { deleteCookie as deleteCookie2, getCookie as getCookie2, setCookie as setCookie2 } from "hono/cookie";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { jsx as jsx11 } from "hono/jsx/jsx-runtime";
var STATE_COOKIE = "leakhound_oidc_state";
var STATE_TTL_SECONDS = 600;
var TEAM_CLAIM = "https://slack.com/team_id";
var jwks = /* @__PURE__ */ new Map();
var sha2562 = (v) => createHash6("sha256").update(v).digest("hex");
function keySet(base) {
  let set = jwks.get(base);
  if (!set) {
    set = createRemoteJWKSet(new URL(`${base}/openid/connect/keys`), { timeoutDuration: 1e4 });
    jwks.set(base, set);
  }
  return set;
}
function registerSlackSignIn(app, s, safeNext2) {
  const oidc = s.config.slack.oidc;
  if (!oidc) return;
  app.get("/auth/slack", async (c) => {
    const state = randomBytes4(32).toString("base64url");
    const nonce = randomBytes4(32).toString("base64url");
    const next = safeNext2(c.req.query("next"));
    await s.redis.set(s.keys.uiOidc(sha2562(state)), JSON.stringify({ nonce, next }), "EX", STATE_TTL_SECONDS);
    setCookie2(c, STATE_COOKIE, state, {
      path: "/ui/auth/slack",
      httpOnly: true,
      sameSite: "Lax",
      secure: isHttps(c),
      maxAge: STATE_TTL_SECONDS
    });
    const url = new URL(`${oidc.baseUrl}/openid/connect/authorize`);
    url.search = new URLSearchParams({
      response_type: "code",
      scope: "openid profile email",
      client_id: oidc.clientId,
      redirect_uri: oidc.redirectUrl,
      state,
      nonce,
      team: oidc.teamId
    }).toString();
    return c.redirect(url.toString(), 302);
  });
  app.get("/auth/slack/callback", async (c) => {
    const refuse2 = (why) => {
      s.log.warn("Sign in with Slack refused", { reason: why });
      return page(c, /* @__PURE__ */ jsx11(LoginPage, { next: "/ui", slack: true, error: `Sign in with Slack did not work: ${why}. Try again.` }), 401);
    };
    const state = c.req.query("state") ?? "";
    const cookie = getCookie2(c, STATE_COOKIE) ?? "";
    deleteCookie2(c, STATE_COOKIE, { path: "/ui/auth/slack" });
    if (c.req.query("error")) return refuse2("Slack said the sign-in was cancelled or refused");
    if (!/^[\w-]{43}$/.test(state) || !sameString(state, cookie))
      return refuse2("the sign-in did not start in this browser");
    const pending = await s.redis.getdel(s.keys.uiOidc(sha2562(state)));
    if (!pending) return refuse2("the sign-in expired or was already used");
    const { nonce, next } = JSON.parse(pending);
    const code = c.req.query("code") ?? "";
    if (!/^[\w.-]{1,512}$/.test(code)) return refuse2("Slack sent no usable code");
    const idToken = await exchange(oidc, code).catch((err) => err);
    if (idToken instanceof Error) return refuse2(idToken.message);
    const user = await verifyIdToken(oidc, idToken, nonce).catch((err) => err);
    if (user instanceof Error) return refuse2(user.message);
    await startSession(c, s, { user });
    s.log.info("signed in with Slack", { user });
    return c.redirect(next, 303);
  });
}
async function exchange(oidc, code) {
  const res = await fetch(`${oidc.baseUrl}/api/openid.connect.token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      client_id: oidc.clientId,
      client_secret: oidc.clientSecret,
      code,
      redirect_uri: oidc.redirectUrl,
      grant_type: "authorization_code"
    }).toString(),
    signal: AbortSignal.timeout(1e4)
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok || body.ok !== true || typeof body.id_token !== "string") {
    const error = typeof body.error === "string" ? body.error.slice(0, 60) : `HTTP ${res.status}`;
    throw new Error(`Slack did not exchange the code (${error})`);
  }
  return body.id_token;
}
async function verifyIdToken(oidc, idToken, nonce) {
  let payload;
  try {
    ({ payload } = await jwtVerify(idToken, keySet(oidc.baseUrl), {
      issuer: SLACK_ISSUER,
      audience: oidc.clientId,
      algorithms: ["RS256"],
      requiredClaims: ["exp", "iat", "sub", "nonce"],
      clockTolerance: 30
    }));
  } catch (err) {
    throw new Error(`the id_token did not verify (${err.code ?? "invalid"})`);
  }
  if (typeof payload.nonce !== "string" || !sameString(payload.nonce, nonce))
    throw new Error("the id_token was not issued for this sign-in");
  if (payload[TEAM_CLAIM] !== oidc.teamId) throw new Error("that Slack workspace may not sign in here");
  const sub = payload.sub;
  if (typeof sub !== "string" || !/^[UW][A-Z0-9]{2,31}$/.test(sub)) throw new Error("the id_token names no Slack user");
  return sub;
}
function sameString(a, b) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual3(x, y);
}

// responder/http/ui/style.ts
var STYLESHEET = `
:root { color-scheme: light; --fg: #1a1a1a; --muted: #4a4a4a; --line: #c8c8c8; --link: #0645ad;
  --bad: #a3001b; --good: #1d6b2f; --warn: #8a4b00; --bg-alt: #f3f4f6; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: #fff; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible {
  outline: 3px solid #1a5fb4; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem; }
.skip:focus { left: .5rem; }
header.site { display: flex; align-items: center; gap: 1rem; padding: .5rem 1.5rem; border-bottom: 1px solid var(--line); }
header.site .brand { font-weight: 700; margin-right: auto; }
header.site form { margin: 0; }
main { padding: 1rem 1.5rem 3rem; max-width: 78rem; }
h1 { font-size: 1.6rem; margin: .5rem 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
thead th { background: var(--bg-alt); overflow-wrap: normal; }
caption { text-align: left; color: var(--muted); padding: .25rem 0; }
code { font: .9em ui-monospace, monospace; background: var(--bg-alt); padding: 0 .2em; overflow-wrap: anywhere; }
form.filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; margin-bottom: 1rem; }
form.filters label, form.login label { display: flex; flex-direction: column; font-weight: 600; gap: .2rem; }
input, select, button, textarea { font: inherit; padding: .35rem .5rem; border: 1px solid #6b6b6b; border-radius: 4px; background: #fff; color: var(--fg); }
button { background: #1a5fb4; color: #fff; border-color: #1a5fb4; cursor: pointer; }
a.button { display: inline-block; background: #1a5fb4; color: #fff; padding: .35rem .75rem; border-radius: 4px; text-decoration: none; }
button.link { background: none; color: var(--link); border: none; text-decoration: underline; padding: 0; }
form.login { display: flex; flex-direction: column; gap: 1rem; max-width: 26rem; }
.error { color: var(--bad); font-weight: 600; }
.muted { color: var(--muted); }
.badge { display: inline-block; padding: 0 .45em; border-radius: 3px; border: 1px solid currentColor; font-size: .85em; font-weight: 600; }
.state-open, .state-needs-human, .sev-critical, .sev-high, .flag { color: var(--bad); }
.state-contained, .sev-medium { color: var(--warn); }
.state-closed, .status-done { color: var(--good); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
ol.steps { list-style: none; padding: 0; margin: 0; }
ol.steps li { padding: .25rem 0; }
.phase-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 1rem; }
.phase-grid section { border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; }
.phase-grid h3 { margin-top: .25rem; }
svg.exposure { width: 100%; max-width: 60rem; height: auto; }
.report { border: 1px solid var(--line); border-radius: 6px; padding: 0 1rem 1rem; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .5rem 0 1rem; }
form.action { margin: 0; }
button.danger { background: var(--bad); border-color: var(--bad); }
form.review-form { display: flex; flex-direction: column; gap: .75rem; max-width: 40rem; border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem 1rem; }
form.review-form label { display: flex; flex-direction: column; font-weight: 600; gap: .2rem; }
form.review-form label.check { flex-direction: row; align-items: center; font-weight: 400; gap: .4rem; }
.notice { color: var(--good); font-weight: 600; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

// responder/http/ui/ui-app.tsx
import { Fragment as Fragment7, jsx as jsx12, jsxs as jsxs9 } from "hono/jsx/jsx-runtime";
var SCAN_LIMIT = 1e3;
var SHOW_LIMIT = 200;
function safeNext(next) {
  return typeof next === "string" && /^\/ui(?:[/?][\w\-./?=&%+]*)?$/.test(next) ? next : "/ui";
}
function uiApp(s) {
  const app = new Hono5();
  const slack = s.config.slack.oidc !== void 0;
  registerSlackSignIn(app, s, safeNext);
  app.get(
    "/style.css",
    (c) => c.body(STYLESHEET, 200, { "content-type": "text/css; charset=utf-8", "cache-control": "max-age=3600" })
  );
  app.get("/login", async (c) => {
    if (await isSignedIn(c, s)) return c.redirect("/ui", 303);
    return page(c, /* @__PURE__ */ jsx12(LoginPage, { next: safeNext(c.req.query("next")), disabled: !s.config.apiToken, slack }));
  });
  app.post("/login", bodyLimit3({ maxSize: 8 * 1024 }), async (c) => {
    if (!sameOrigin(c)) return forbidden(c);
    const type = c.req.header("content-type") ?? "";
    if (!/^application\/x-www-form-urlencoded\b/i.test(type)) {
      return page(c, /* @__PURE__ */ jsx12(LoginPage, { next: "/ui", error: "Expected the sign-in form's fields." }), 400);
    }
    const form = await c.req.parseBody();
    const next = safeNext(form.next);
    const token2 = typeof form.token === "string" ? form.token : "";
    if (!s.config.apiToken) return page(c, /* @__PURE__ */ jsx12(LoginPage, { next, disabled: true }), 401);
    if (!await signIn(c, s, token2)) {
      s.log.warn("ui sign-in refused: wrong token", { ip: c.req.header("x-forwarded-for") ?? "" });
      return page(c, /* @__PURE__ */ jsx12(LoginPage, { next, error: "That is not the API token. Check LEAKHOUND_API_TOKEN." }), 401);
    }
    return c.redirect(next, 303);
  });
  app.post("/logout", async (c) => {
    if (!sameOrigin(c)) return forbidden(c);
    await signOut(c, s);
    return c.redirect("/ui/login", 303);
  });
  const requireSignIn = async (c, next) => {
    if (await isSignedIn(c, s)) {
      await next();
      return void 0;
    }
    c.header("WWW-Authenticate", 'Bearer realm="leakhound"');
    const url = new URL(c.req.url);
    return page(
      c,
      /* @__PURE__ */ jsx12(LoginPage, { next: safeNext(url.pathname + url.search), disabled: !s.config.apiToken, slack }),
      401
    );
  };
  app.use("/", requireSignIn);
  app.use("/incidents/*", requireSignIn);
  app.get("/", async (c) => {
    const parsed = parseFilters((name) => c.req.query(name));
    const filters = parsed.ok ? parsed.filters : {};
    const ids = await s.ledger.list(SCAN_LIMIT);
    const all = (await Promise.all(ids.map((id) => s.ledger.get(id)))).filter((i) => i !== void 0);
    const providers = [...new Set(all.map((i) => i.provider ?? "none"))].sort();
    const view = {
      incidents: all.filter((i) => matches(i, filters)).slice(0, SHOW_LIMIT),
      filters,
      providers,
      scanned: ids.length,
      total: await s.ledger.count(),
      shownLimit: SHOW_LIMIT,
      ...parsed.ok ? {} : { error: parsed.error }
    };
    return page(c, /* @__PURE__ */ jsx12(ListPage, { view }), parsed.ok ? 200 : 400);
  });
  const renderIncident = async (c, incident, v, error) => {
    const id = incident.id;
    const [timeline, report, findings] = await Promise.all([
      s.ledger.timeline(id),
      s.ledger.getField(id, "report"),
      readFindings(s.ledger, id)
    ]);
    const { cloudTrail, github, capabilities } = findings;
    const view = {
      incident,
      timeline,
      now: /* @__PURE__ */ new Date(),
      actions: actionsView(s, v, c.req.query("done"), error),
      ...report ? { report } : {},
      ...cloudTrail || github || capabilities ? {
        investigation: /* @__PURE__ */ jsxs9(Fragment7, { children: [
          /* @__PURE__ */ jsx12(FindingsSection, { github, capabilities }),
          cloudTrail && /* @__PURE__ */ jsx12(CloudTrailSection, { summary: cloudTrail })
        ] })
      } : {}
    };
    return page(c, /* @__PURE__ */ jsx12(IncidentPage, { view }), error ? 400 : 200);
  };
  app.get("/incidents/:id", async (c) => {
    const id = c.req.param("id");
    const incident = /^[0-9a-f]{32}$/.test(id) ? await s.ledger.get(id) : void 0;
    if (!incident) {
      const message = "No incident has this id. Incident ids are 32 hexadecimal characters; pick one from the list.";
      return page(c, /* @__PURE__ */ jsx12(MessagePage, { title: "Incident not found", message, signedIn: true }), 404);
    }
    return renderIncident(c, incident, await viewer(c, s));
  });
  registerWebActions(app, s, renderIncident);
  return app;
}

// responder/http/webhooks.ts
import { Webhooks as Webhooks2 } from "@octokit/webhooks";
import { Hono as Hono6 } from "hono";
import { bodyLimit as bodyLimit4 } from "hono/body-limit";

// responder/http/deliveries.ts
const { createHash: createHash7 } = process.getBuiltinModule("node:crypto");
var TTL_SECONDS = 7 * 24 * 3600;
function bodyDigest(raw) {
  return createHash7("sha256").update(raw).digest("hex");
}
async function checkDelivery(s, delivery, digest) {
  const [byId, byDigest] = await Promise.all([
    s.redis.get(s.keys.delivery(delivery)),
    s.redis.get(s.keys.delivery(`sha256:${digest}`))
  ]);
  const seen = byId ?? byDigest ?? null;
  if (seen === null) return "new";
  const jobs = parseJobs(seen);
  const states = await Promise.all(jobs.map(async (j) => (await s.producer.queues[j.queue].getJob(j.id))?.getState()));
  if (!states.includes("failed")) return "duplicate";
  for (const j of jobs) {
    await s.producer.queues[j.queue].remove(j.id, { removeChildren: true }).catch(() => 0);
  }
  return "retry";
}
async function recordDelivery(s, delivery, digest, event, jobs) {
  const value = JSON.stringify({ event, jobs });
  await Promise.all([
    s.redis.set(s.keys.delivery(delivery), value, "EX", TTL_SECONDS),
    s.redis.set(s.keys.delivery(`sha256:${digest}`), value, "EX", TTL_SECONDS)
  ]);
}
function parseJobs(value) {
  try {
    const v = JSON.parse(value);
    return Array.isArray(v.jobs) ? v.jobs : [];
  } catch {
    return [];
  }
}

// responder/http/github-events.ts
import { Webhooks } from "@octokit/webhooks";

// responder/github/fetch-push.ts
const { execFile } = process.getBuiltinModule("node:child_process");
const { mkdir: mkdir2, stat: stat2 } = process.getBuiltinModule("node:fs/promises");
const { join: join2 } = process.getBuiltinModule("node:path");
const { promisify } = process.getBuiltinModule("node:util");
var run = promisify(execFile);
var ZERO_SHA = "0000000000000000000000000000000000000000";
var DEFAULT_REF = "refs/leakhound/default";
var GitFetchError = class extends Error {
  name = "GitFetchError";
};
async function fetchPush(opts2) {
  const dir = cacheDir(opts2.workDir, opts2.cloneUrl);
  if (!await exists(join2(dir, "HEAD"))) {
    await mkdir2(dir, { recursive: true, mode: 448 });
    await git(dir, ["init", "--bare", "--quiet"], opts2.token);
  }
  await markUsed(dir);
  if (opts2.defaultBranch) {
    await git(
      dir,
      [
        "fetch",
        "--no-tags",
        "--quiet",
        "--no-write-fetch-head",
        "--",
        opts2.cloneUrl,
        `+refs/heads/${opts2.defaultBranch}:${DEFAULT_REF}`
      ],
      opts2.token
    ).catch(() => git(dir, ["update-ref", "-d", DEFAULT_REF]).catch(() => ""));
  }
  const ref = (sha2) => `+${sha2}:refs/leakhound/${sha2}`;
  const fetch2 = (...shas) => git(
    dir,
    ["fetch", "--no-tags", "--quiet", "--no-write-fetch-head", "--", opts2.cloneUrl, ...shas.map(ref)],
    opts2.token
  );
  if (opts2.before === ZERO_SHA) {
    await fetch2(opts2.after);
    return dir;
  }
  await fetch2(opts2.after, opts2.before).catch(() => fetch2(opts2.after));
  return dir;
}
async function releasePush(dir, before, after) {
  for (const sha2 of [before, after]) {
    if (sha2 !== ZERO_SHA) await git(dir, ["update-ref", "-d", `refs/leakhound/${sha2}`]).catch(() => {
    });
  }
}
async function git(dir, args, token2) {
  const env = { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_ASKPASS: "true" };
  if (token2) {
    env.GIT_CONFIG_COUNT = "1";
    env.GIT_CONFIG_KEY_0 = "http.extraHeader";
    env.GIT_CONFIG_VALUE_0 = `Authorization: Basic ${Buffer.from(`x-access-token:${token2}`).toString("base64")}`;
  }
  try {
    const { stdout } = await run("git", ["-C", dir, ...args], {
      env,
      maxBuffer: 64 * 1024 * 1024,
      timeout: 10 * 6e4
    });
    return stdout;
  } catch (err) {
    const e = err;
    const detail = (e.stderr ?? "").trim().split("\n").slice(-1)[0] ?? "";
    throw new GitFetchError(`git ${args[0]} failed (exit ${String(e.code)}): ${detail}`, { cause: err });
  }
}
async function exists(p) {
  return stat2(p).then(
    () => true,
    () => false
  );
}

// responder/http/github-events.ts
function flowJobs(node) {
  return [{ queue: node.queue, id: node.jobId }, ...(node.children ?? []).flatMap(flowJobs)];
}
var repository = object({
  // No `..`, no leading `-` or `.`: the name becomes part of a fetch URL (see github/repo-url.ts).
  full_name: string(/^(?!.*\.\.)(?![-.])[\w.-]{1,100}\/(?![-.])[\w.-]{1,100}$/, "octo-org/octo-repo"),
  clone_url: string(),
  html_url: string(),
  private: optional(boolean),
  visibility: optional(string()),
  default_branch: optional(string(/^(?!-)(?!.*\.\.)[\w./-]{1,255}$/, "main"))
});
var pushSchema = object({
  ref: string(),
  before: string(/^[0-9a-f]{40}$/, "a 40-character SHA"),
  after: string(/^[0-9a-f]{40}$/, "a 40-character SHA"),
  deleted: optional(boolean),
  repository,
  installation: optional(object({ id: integer(1) })),
  pusher: optional(object({ name: optional(string()) })),
  sender: optional(object({ login: string() }))
});
var alertSchema = object({
  action: string(),
  alert: object({ number: integer(1), resolution: optional(string()), validity: optional(string()) }),
  repository,
  installation: optional(object({ id: integer(1) })),
  sender: optional(object({ login: string() }))
});
function repoRef2(r) {
  const v = r.visibility;
  const visibility = v === "public" || v === "private" || v === "internal" ? v : r.private === void 0 ? "unknown" : r.private ? "private" : "public";
  return { fullName: r.full_name, cloneUrl: r.clone_url, htmlUrl: r.html_url, visibility };
}
function pushedAt(payload) {
  const at = payload.repository?.pushed_at;
  const ms = typeof at === "number" && Number.isFinite(at) && at > 0 ? at * 1e3 : Date.now();
  return new Date(Math.min(ms, Date.now())).toISOString();
}
function pushedBy(login) {
  return login && GITHUB_LOGIN.test(login) ? { pushedBy: login } : {};
}
function pusherOf(payload) {
  const p = payload;
  const name = typeof p.pusher?.name === "string" ? withoutControl(p.pusher.name).trim().slice(0, 100) || void 0 : void 0;
  const email = typeof p.pusher?.email === "string" && EMAIL.test(p.pusher.email) ? p.pusher.email : void 0;
  const login = typeof p.sender?.login === "string" && GITHUB_LOGIN.test(p.sender.login) ? p.sender.login : void 0;
  if (!name && !email && !login) return void 0;
  return { ...name ? { name } : {}, ...email ? { email } : {}, ...login ? { login } : {} };
}
function action(p) {
  return p.action === "validated" ? `validated:${String(p.alert?.validity ?? "unknown")}` : p.action;
}
function check(schema, e) {
  return parse2(schema, e.payload, "payload");
}
function githubEvents(producer) {
  const outcomes = /* @__PURE__ */ new Map();
  const webhooks = new Webhooks({ secret: "verified-upstream" });
  webhooks.on("push", async (e) => {
    const p = check(pushSchema, e);
    if (p.deleted || p.after === ZERO_SHA)
      return void outcomes.set(e.id, { status: "ignored", reason: "branch deleted" });
    const repo = repoRef2(p.repository);
    const data = {
      delivery: e.id,
      repo,
      before: p.before,
      after: p.after,
      ref: p.ref,
      installationId: p.installation?.id,
      defaultBranch: p.repository.default_branch
    };
    const key = [repo.fullName, p.before, p.after];
    const flow = {
      queue: "intake",
      name: "triage",
      data: {
        source: "push",
        repo,
        installationId: p.installation?.id,
        pushedAt: pushedAt(e.payload),
        ...pushedBy(p.sender?.login ?? p.pusher?.name),
        pusher: pusherOf(e.payload)
      },
      jobId: jobId("triage", ...key),
      children: [{ queue: "intake", name: "scan-push", data, jobId: jobId("scan-push", ...key) }]
    };
    await producer.addFlow(flow);
    outcomes.set(e.id, { status: "queued", jobs: flowJobs(flow) });
  });
  const openFlow = (e, repo, number, installationId) => {
    const key = [repo.fullName, number, e.id];
    return {
      queue: "intake",
      name: "triage",
      data: { source: "secret-scanning", repo, installationId, alertAction: action(e.payload) },
      jobId: jobId("triage", ...key),
      children: [
        {
          queue: "intake",
          name: "fetch-alert",
          data: { delivery: e.id, repo, alertNumber: number, installationId },
          jobId: jobId("fetch-alert", ...key)
        }
      ]
    };
  };
  webhooks.on(["secret_scanning_alert.created", "secret_scanning_alert.reopened"], async (e) => {
    const p = check(alertSchema, e);
    const flow = openFlow(e, repoRef2(p.repository), p.alert.number, p.installation?.id);
    await producer.addFlow(flow);
    outcomes.set(e.id, { status: "queued", jobs: flowJobs(flow) });
  });
  webhooks.on(
    ["secret_scanning_alert.resolved", "secret_scanning_alert.validated", "secret_scanning_alert.publicly_leaked"],
    async (e) => {
      const p = check(alertSchema, e);
      const repo = repoRef2(p.repository);
      const action2 = e.payload.action;
      const event = {
        queue: "intake",
        name: "alert-event",
        data: {
          repo,
          alertNumber: p.alert.number,
          action: action2,
          resolution: p.alert.resolution,
          validity: p.alert.validity,
          actor: p.sender?.login ?? "unknown"
        },
        jobId: jobId("alert-event", repo.fullName, p.alert.number, e.id)
      };
      if (action2 !== "resolved") event.children = [openFlow(e, repo, p.alert.number, p.installation?.id)];
      await producer.addFlow(event);
      outcomes.set(e.id, { status: "queued", jobs: flowJobs(event) });
    }
  );
  return async (delivery, name, payload) => {
    try {
      await webhooks.receive({ id: delivery, name, payload });
    } catch (err) {
      const inner = err.errors?.[0];
      throw inner instanceof Error ? inner : err;
    }
    const outcome = outcomes.get(delivery) ?? { status: "ignored", reason: `event ${name} is not handled` };
    outcomes.delete(delivery);
    return outcome;
  };
}

// responder/http/webhooks.ts
var ENQUEUE_DEADLINE_MS = 8e3;
function webhooksApp(s) {
  const [current, ...previous] = s.config.webhookSecrets.map((secret) => new Webhooks2({ secret }));
  const until = s.config.previousSecretUntil;
  let expiryLogged = false;
  const verifiers = () => {
    if (until === void 0 || Date.now() < until) return [current, ...previous];
    if (!expiryLogged && previous.length > 0) {
      expiryLogged = true;
      s.log.warn("GITHUB_WEBHOOK_SECRET_PREVIOUS expired; only GITHUB_WEBHOOK_SECRET verifies webhooks now", {
        until: new Date(until).toISOString()
      });
    }
    return [current];
  };
  const dispatch = githubEvents(s.producer);
  const app = new Hono6();
  app.post(
    "/github",
    bodyLimit4({
      maxSize: s.config.bodyLimitBytes,
      onError: () => {
        throw new HttpError(413, `payload larger than ${s.config.bodyLimitBytes} bytes (LEAKHOUND_WEBHOOK_BODY_LIMIT)`);
      }
    }),
    async (c) => {
      const type = c.req.header("content-type") ?? "";
      if (!/^application\/json\b/i.test(type)) {
        throw new HttpError(
          415,
          "expected Content-Type: application/json; set the webhook's content type to application/json in GitHub"
        );
      }
      const raw = await c.req.text();
      const signature = c.req.header("x-hub-signature-256");
      if (!signature) throw unauthorized("missing X-Hub-Signature-256: configure a secret on the GitHub webhook");
      if (!await verify3(verifiers(), raw, signature))
        throw unauthorized("signature does not match: check GITHUB_WEBHOOK_SECRET");
      const event = c.req.header("x-github-event");
      const delivery = c.req.header("x-github-delivery");
      if (!event || !delivery) throw badRequest("missing X-GitHub-Event or X-GitHub-Delivery header");
      let payload;
      try {
        payload = JSON.parse(raw);
      } catch {
        throw badRequest("body is not valid JSON");
      }
      if (typeof payload !== "object" || payload === null || Array.isArray(payload))
        throw badRequest("body is not a JSON object");
      if (event === "ping") return c.json({ status: "pong" }, 200);
      const digest = bodyDigest(raw);
      const seen = await withinDeadline(
        checkDelivery(s, delivery, digest),
        ENQUEUE_DEADLINE_MS,
        "checking the delivery"
      );
      if (seen === "duplicate") return c.json({ status: "duplicate", delivery }, 200);
      const outcome = await withinDeadline(dispatch(delivery, event, payload), ENQUEUE_DEADLINE_MS, "enqueuing");
      await withinDeadline(
        recordDelivery(s, delivery, digest, event, outcome.jobs ?? []),
        ENQUEUE_DEADLINE_MS,
        "recording the delivery"
      );
      return c.json({ ...outcome, delivery }, outcome.status === "queued" ? 202 : 200);
    }
  );
  return app;
}
async function verify3(verifiers, raw, signature) {
  for (const v of verifiers) {
    if (await v.verify(raw, signature).catch(() => false)) return true;
  }
  return false;
}

// responder/http/app.ts
function createApp(s) {
  const app = new Hono7();
  app.route("/", healthApp(s));
  app.route("/", metricsApp(s));
  app.route("/webhooks", webhooksApp(s));
  app.route("/slack", slackApp(s));
  app.route("/incidents", incidentsApp(s));
  app.route("/ui", uiApp(s));
  app.notFound((c) => c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404));
  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json({ error: err.message }, err.status);
    if (err instanceof SchemaError) return c.json({ error: `malformed payload: ${err.message}` }, 400);
    s.log.error("request failed", { method: c.req.method, path: c.req.path, error: errorMessage(err) });
    return c.json({ error: "internal error; see the server log" }, 500);
  });
  return app;
}

// responder/ledger/scripts.ts
var OPEN = `
local created = 0
if redis.call('EXISTS', KEYS[1]) == 0 then
  redis.call('HSET', KEYS[1], unpack(cjson.decode(ARGV[1])))
  created = 1
end
local added = 0
for _, l in ipairs(cjson.decode(ARGV[2])) do added = added + redis.call('SADD', KEYS[2], l) end
return {created, added}
`;
var TRANSITION = `
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local cur = redis.call('HGET', KEYS[1], 'state')
local allowed = cjson.decode(ARGV[1])
local ok = #allowed == 0
for _, s in ipairs(allowed) do if s == cur then ok = true end end
if not ok then return 0 end
local extra = cjson.decode(ARGV[3])
redis.call('HSET', KEYS[1], 'state', ARGV[2])
if #extra > 0 then redis.call('HSET', KEYS[1], unpack(extra)) end
return cur
`;
var SET_STEP = `
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local cur = redis.call('HGET', KEYS[1], ARGV[1])
if cur and ARGV[3] ~= '1' and cjson.decode(cur).status == 'done' then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1
`;
var APPEND = `
local round = redis.call('HGET', KEYS[3], 'round')
local key = ARGV[1]
if round and round ~= '1' then key = key .. '@' .. round end
if redis.call('SADD', KEYS[2], key) == 0 then return false end
return redis.call('XADD', KEYS[1], '*', unpack(ARGV, 2))
`;
var REOPEN = `
if redis.call('HGET', KEYS[1], 'state') ~= 'closed' then return 0 end
local round = tonumber(redis.call('HGET', KEYS[1], 'round') or '1')
local report = redis.call('HGET', KEYS[1], 'report')
if report then redis.call('HSET', KEYS[1], 'report@' .. round, report) end
for _, f in ipairs(redis.call('HKEYS', KEYS[1])) do
  if string.sub(f, 1, 5) == 'step:' then redis.call('HDEL', KEYS[1], f) end
end
for _, f in ipairs(cjson.decode(ARGV[1])) do redis.call('HDEL', KEYS[1], f) end
redis.call('HSET', KEYS[1], 'state', 'open', 'round', round + 1, unpack(cjson.decode(ARGV[2])))
local last = redis.call('XREVRANGE', KEYS[2], '+', '-', 'COUNT', 1)
if #last > 0 then redis.call('HSET', KEYS[1], 'slackCursor', last[1][1]) end
return round + 1
`;

// responder/ledger/ledger.ts
var ROUND_FIELDS = [
  "closedAt",
  "resolution",
  "containedAt",
  "ack",
  "evidence",
  "heldForEvidence",
  "falsePositiveAskedBy",
  "historyRewrite",
  "flow",
  "report",
  "review",
  "review:pending",
  "closedBy",
  "needsHuman",
  "slack",
  "alert",
  "aws:owner",
  "aws:deactivatedAt",
  // Investigation findings (investigation.ts): each round is investigated again.
  "aws:cloudtrail",
  "github:investigation",
  "capabilities"
];
var Ledger = class {
  constructor(redis, keys2) {
    this.redis = redis;
    this.keys = keys2;
  }
  redis;
  keys;
  /** Creates the incident unless it exists; adds locations either way. */
  async open(input) {
    const fields = [
      "state",
      "open",
      "severity",
      input.severity,
      "openedAt",
      input.at,
      "meta",
      JSON.stringify(input.meta)
    ];
    for (const s of input.steps) {
      const state = {
        status: s.mode === "task" ? "task" : "pending",
        at: input.at,
        by: "leakhound",
        ...s.detail ? { detail: s.detail } : {}
      };
      fields.push(`step:${s.id}`, JSON.stringify(state));
    }
    const locations = input.locations.map((l) => JSON.stringify(l));
    const [created, added] = await this.redis.eval(
      OPEN,
      2,
      this.keys.incident(input.id),
      this.keys.locations(input.id),
      JSON.stringify(fields),
      JSON.stringify(locations)
    );
    if (created === 1) {
      await this.redis.zadd(this.keys.incidentIndex(), "NX", Date.parse(input.at), input.id);
      await this.redis.hincrby(this.keys.incidentCounts(), "open", 1);
    }
    return { created: created === 1, newLocations: added };
  }
  async get(id) {
    const [[, h], [, locs]] = await this.redis.multi().hgetall(this.keys.incident(id)).smembers(this.keys.locations(id)).exec();
    if (!h.state || !h.meta) return void 0;
    const steps = {};
    for (const [field3, value] of Object.entries(h)) {
      if (field3.startsWith("step:")) steps[field3.slice(5)] = JSON.parse(value);
    }
    const locations = locs.map((l) => JSON.parse(l));
    locations.sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file) || a.startLine - b.startLine);
    return {
      ...JSON.parse(h.meta),
      id,
      state: h.state,
      severity: h.severity,
      openedAt: h.openedAt ?? "",
      acknowledged: h.ack ? JSON.parse(h.ack) : void 0,
      containedAt: h.containedAt,
      closedAt: h.closedAt,
      resolution: h.resolution,
      needsHuman: h.needsHuman,
      slack: h.slack ? JSON.parse(h.slack) : void 0,
      alert: h.alert ? JSON.parse(h.alert) : void 0,
      evidence: h.evidence ? JSON.parse(h.evidence) : void 0,
      heldForEvidence: h.heldForEvidence,
      round: h.round ? Number(h.round) : 1,
      falsePositiveAskedBy: h.falsePositiveAskedBy,
      historyRewrite: h.historyRewrite ? JSON.parse(h.historyRewrite) : void 0,
      steps,
      locations
    };
  }
  /** Newest first. */
  async list(limit = 100, offset = 0) {
    return this.redis.zrevrange(this.keys.incidentIndex(), offset, offset + limit - 1);
  }
  async count() {
    return this.redis.zcard(this.keys.incidentIndex());
  }
  /** Moves to `to` only from one of `from` (any state when empty). */
  async transition(id, from, to, fields = {}) {
    const extra = Object.entries(fields).flat();
    const r = await this.redis.eval(
      TRANSITION,
      1,
      this.keys.incident(id),
      JSON.stringify(from),
      to,
      JSON.stringify(extra)
    );
    if (typeof r !== "string") return false;
    if (r !== to) {
      await this.redis.multi().hincrby(this.keys.incidentCounts(), r, -1).hincrby(this.keys.incidentCounts(), to, 1).exec();
    }
    return true;
  }
  /** Records a step's state; a step that is done stays done unless `force`. */
  async setStep(id, step, state, force = false) {
    const r = await this.redis.eval(
      SET_STEP,
      1,
      this.keys.incident(id),
      `step:${step}`,
      JSON.stringify(state),
      force ? "1" : "0"
    );
    return r === 1;
  }
  /** Sets a field unless it is set already; true when this call set it. */
  async setOnce(id, field3, value) {
    return await this.redis.hsetnx(this.keys.incident(id), field3, value) === 1;
  }
  async setFields(id, fields) {
    await this.redis.hset(this.keys.incident(id), fields);
  }
  async getField(id, field3) {
    return await this.redis.hget(this.keys.incident(id), field3) ?? void 0;
  }
  /** Appends to the timeline once per `key`; returns the entry's sequence id, or undefined if already there. */
  async append(id, entry) {
    const fields = ["at", (/* @__PURE__ */ new Date()).toISOString(), "actor", entry.actor, "kind", entry.kind, "text", entry.text];
    if (entry.step) fields.push("step", entry.step);
    const r = await this.redis.eval(
      APPEND,
      3,
      this.keys.timeline(id),
      this.keys.timelineKeys(id),
      this.keys.incident(id),
      entry.key,
      ...fields
    );
    return typeof r === "string" ? r : void 0;
  }
  async timeline(id, after = "-") {
    const start = after === "-" ? "-" : `(${after}`;
    const rows = await this.redis.xrange(this.keys.timeline(id), start, "+");
    return rows.map(([seq, flat]) => {
      const f = {};
      for (let i = 0; i + 1 < flat.length; i += 2) f[flat[i]] = flat[i + 1];
      return {
        seq,
        at: f.at ?? "",
        actor: f.actor ?? "",
        kind: f.kind ?? "",
        step: f.step,
        text: f.text ?? ""
      };
    });
  }
  /** Reopens a closed incident as a new round with fresh steps; the new round, or 0 if it was not closed. */
  async reopen(id, meta, steps, at) {
    const set = ["openedAt", at, "meta", JSON.stringify(meta)];
    for (const st of steps) {
      const state = { status: st.mode === "task" ? "task" : "pending", at, by: "leakhound" };
      set.push(`step:${st.id}`, JSON.stringify(state));
    }
    const r = await this.redis.eval(
      REOPEN,
      2,
      this.keys.incident(id),
      this.keys.timeline(id),
      JSON.stringify(ROUND_FIELDS),
      JSON.stringify(set)
    );
    const round = typeof r === "number" ? r : 0;
    if (round > 0) {
      await this.redis.multi().hincrby(this.keys.incidentCounts(), "closed", -1).hincrby(this.keys.incidentCounts(), "open", 1).exec();
    }
    return round;
  }
  /** Links a GitHub secret scanning alert to its incident. */
  async linkAlert(repo, number, id) {
    await this.redis.set(this.keys.alert(repo, number), id, "NX");
  }
  async incidentForAlert(repo, number) {
    return await this.redis.get(this.keys.alert(repo, number)) ?? void 0;
  }
};

// responder/metrics/store.ts
var CONTAINMENT_BUCKETS = [1, 2, 5, 10, 30, 60, 300, 900, 3600, 14400, 86400];
var MetricsStore = class {
  constructor(redis, keys2) {
    this.redis = redis;
    this.keys = keys2;
  }
  redis;
  keys;
  async jobFinished(queue, name, outcome) {
    await this.redis.hincrby(this.keys.jobCounters(), `${outcome}|${queue}|${name}`, 1);
  }
  async observeContainment(seconds) {
    const m = this.redis.multi();
    const key = this.keys.containmentHistogram();
    for (const le of CONTAINMENT_BUCKETS) if (seconds <= le) m.hincrby(key, `le|${le}`, 1);
    m.hincrby(key, "count", 1).hincrbyfloat(key, "sum", seconds);
    await m.exec();
  }
  async observeExposure(metric, provider, seconds) {
    const m = this.redis.multi();
    const key = this.keys.exposureHistogram(metric);
    for (const le of EXPOSURE_BUCKETS) if (seconds <= le) m.hincrby(key, `${provider}|le|${le}`, 1);
    m.hincrby(key, `${provider}|count`, 1).hincrbyfloat(key, `${provider}|sum`, seconds);
    await m.exec();
  }
  /** Per provider: cumulative bucket counts, count and sum. */
  async exposureHistogram(metric) {
    const h = await this.redis.hgetall(this.keys.exposureHistogram(metric));
    const providers = [...new Set(Object.keys(h).map((k) => k.split("|")[0]))].sort();
    return providers.map((p) => ({
      provider: p,
      buckets: EXPOSURE_BUCKETS.map((le) => [le, Number(h[`${p}|le|${le}`] ?? 0)]),
      count: Number(h[`${p}|count`] ?? 0),
      sum: Number(h[`${p}|sum`] ?? 0)
    }));
  }
  async incidentsByState() {
    let h = await this.redis.hgetall(this.keys.incidentCounts());
    if (Object.keys(h).length === 0 && await this.redis.zcard(this.keys.incidentIndex()) > 0) {
      await this.recount();
      h = await this.redis.hgetall(this.keys.incidentCounts());
    }
    return Object.fromEntries(Object.entries(h).map(([k, v]) => [k, Number(v)]));
  }
  /**
   * Once, for a ledger written before the counters existed: counts every incident's state.
   * HSETNX, so a count another process started meanwhile is not overwritten.
   */
  async recount() {
    const ids = await this.redis.zrange(this.keys.incidentIndex(), "0", "-1");
    const counts = /* @__PURE__ */ new Map();
    for (let i = 0; i < ids.length; i += 500) {
      const states = await Promise.all(
        ids.slice(i, i + 500).map((id) => this.redis.hget(this.keys.incident(id), "state"))
      );
      for (const st of states) if (st) counts.set(st, (counts.get(st) ?? 0) + 1);
    }
    for (const [st, n] of counts) await this.redis.hsetnx(this.keys.incidentCounts(), st, n);
  }
  async jobCounters() {
    const h = await this.redis.hgetall(this.keys.jobCounters());
    return Object.entries(h).map(([k, v]) => {
      const [outcome = "", queue = "", name = ""] = k.split("|");
      return { outcome, queue, name, value: Number(v) };
    });
  }
  async containmentHistogram() {
    const h = await this.redis.hgetall(this.keys.containmentHistogram());
    return {
      buckets: CONTAINMENT_BUCKETS.map((le) => [le, Number(h[`le|${le}`] ?? 0)]),
      count: Number(h.count ?? 0),
      sum: Number(h.sum ?? 0)
    };
  }
};

// responder/providers/aws-clients.ts
import { IAMClient } from "@aws-sdk/client-iam";
import { STSClient } from "@aws-sdk/client-sts";
function awsClients(config) {
  const common = { region: config.region, maxAttempts: 1, ...config.endpoint ? { endpoint: config.endpoint } : {} };
  const stsCommon = { ...common, ...config.stsEndpoint ? { endpoint: config.stsEndpoint } : {} };
  const iam = new IAMClient(common);
  const sts = new STSClient(stsCommon);
  return {
    iam,
    sts,
    keyPairSts: (accessKeyId, secretAccessKey) => new STSClient({ ...stsCommon, credentials: { accessKeyId, secretAccessKey } }),
    destroy: () => {
      iam.destroy();
      sts.destroy();
    }
  };
}

// responder/redis/rate-slot.ts
var RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2] or '1')
local tat = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
local slot = math.max(now, tat - (burst - 1) * interval)
redis.call('SET', KEYS[1], tat + interval, 'PX', tat + interval - now + 60000)
return {slot, now}
`;
async function reserveSlot(redis, key, intervalMs, burst = 1) {
  const [slot, now] = await redis.eval(RESERVE, 1, key, String(intervalMs), String(burst));
  return { slot, now };
}
function sharedPacer(redis, key, intervalMs, sleep = (ms) => new Promise((r) => setTimeout(r, ms)), burst = () => 1) {
  return async (name) => {
    const interval = typeof intervalMs === "number" ? intervalMs : intervalMs(name);
    const { slot, now } = await reserveSlot(redis, key(name), interval, burst(name));
    if (slot > now) await sleep(slot - now);
  };
}

// responder/providers/shared-throttle.ts
function sharedProviderThrottle(redis, keys2, sleep) {
  const rate = (name) => Math.max(1, ratePerMinuteOf(name));
  return sharedPacer(
    redis,
    (name) => keys2.rateSlot(`provider:${name}`),
    (name) => Math.ceil(6e4 / rate(name)),
    sleep,
    // The same small burst as the CLI's token bucket: a tenth of a minute's allowance.
    (name) => Math.max(1, Math.floor(rate(name) / 10))
  );
}

// responder/rotation/context.ts
import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";

// responder/rotation/secrets-manager-store.ts
import {
  GetSecretValueCommand,
  PutSecretValueCommand,
  UpdateSecretVersionStageCommand
} from "@aws-sdk/client-secrets-manager";
var REFUSED = /* @__PURE__ */ new Set([
  "ResourceNotFoundException",
  "AccessDeniedException",
  "InvalidRequestException",
  "DecryptionFailure"
]);
async function call2(action2, where, run3) {
  try {
    return await run3();
  } catch (err) {
    const f = classifyAwsError(err);
    if (f.kind === "denied" || f.kind === "not-found" || REFUSED.has(f.code)) {
      throw new StoreRefused(
        `Secrets Manager refused ${action2} on ${where} (${f.code}): check the secret exists and the responder's policy`
      );
    }
    throw new Error(describeFailure(`secretsmanager:${action2} on ${where}`, f));
  }
}
function fieldsOf(s, where) {
  if (s === void 0 || s === "") return {};
  try {
    const v = JSON.parse(s);
    if (v && typeof v === "object" && !Array.isArray(v)) return v;
  } catch {
  }
  throw new StoreRefused(`the current value of ${where} is not a JSON object, so its fields cannot be replaced`);
}
function secretsManagerWriter(sm, timeoutMs) {
  const signal = () => ({ abortSignal: AbortSignal.timeout(timeoutMs) });
  return {
    async write(target2, r, versionId) {
      const where = target2.path;
      const id = target2.path;
      const current = await call2(
        "GetSecretValue",
        where,
        () => sm.send(new GetSecretValueCommand({ SecretId: id, VersionStage: "AWSCURRENT" }), signal())
      );
      if (current.SecretString === void 0 && current.SecretBinary !== void 0) {
        throw new StoreRefused(`${where} holds a binary secret, so its fields cannot be replaced`);
      }
      const fields = fieldsOf(current.SecretString, where);
      if (fields[target2.fields.id] === r.id) return { version: current.VersionId ?? versionId, already: true };
      const ours = await call2("GetSecretValue", where, async () => {
        try {
          return await sm.send(new GetSecretValueCommand({ SecretId: id, VersionId: versionId }), signal());
        } catch (err) {
          if (classifyAwsError(err).code === "ResourceNotFoundException") return void 0;
          throw err;
        }
      });
      if (!ours) {
        const value = JSON.stringify({ ...fields, [target2.fields.id]: r.id, [target2.fields.secret]: r.secret });
        await call2(
          "PutSecretValue",
          where,
          () => sm.send(
            new PutSecretValueCommand({
              SecretId: id,
              ClientRequestToken: versionId,
              SecretString: value,
              VersionStages: ["AWSPENDING"]
            }),
            signal()
          )
        );
      }
      await call2(
        "UpdateSecretVersionStage",
        where,
        () => sm.send(
          new UpdateSecretVersionStageCommand({
            SecretId: id,
            VersionStage: "AWSCURRENT",
            MoveToVersionId: versionId,
            ...current.VersionId ? { RemoveFromVersionId: current.VersionId } : {}
          }),
          signal()
        )
      );
      await call2(
        "UpdateSecretVersionStage",
        where,
        () => sm.send(
          new UpdateSecretVersionStageCommand({
            SecretId: id,
            VersionStage: "AWSPENDING",
            RemoveFromVersionId: versionId
          }),
          signal()
        )
      );
      return { version: versionId, already: false };
    }
  };
}

// responder/rotation/vault-store.ts
const { createRequire } = process.getBuiltinModule("node:module");
import vault from "node-vault";
function silenceNodeVaultDebug() {
  const require2 = createRequire(import.meta.url);
  const debug = createRequire(require2.resolve("node-vault"))("debug");
  const enabled = debug.disable();
  debug.enable(enabled ? `${enabled},-node-vault*` : "-node-vault*");
}
function status(err) {
  const s = err?.response?.statusCode;
  return typeof s === "number" ? s : void 0;
}
function errorsOf(err) {
  const body = err?.response?.body;
  return Array.isArray(body?.errors) ? body.errors.filter((e) => typeof e === "string").join("; ") : "";
}
function refuseOrThrow(action2, where, err) {
  const s = status(err);
  if (s === void 0) {
    const code = err?.code;
    throw new Error(`Vault ${action2} ${where} failed: ${typeof code === "string" ? code : "no answer"}`);
  }
  if (s === 401 || s === 403) {
    throw new StoreRefused(`Vault refused to ${action2} ${where} (HTTP ${s}): check VAULT_TOKEN and its policy`);
  }
  if (s === 400 && /check-and-set/i.test(errorsOf(err))) {
    throw new StoreRefused(`Vault refused the write to ${where}: it changed since it was read (cas conflict)`);
  }
  if (s >= 500 || s === 429) throw new Error(`Vault ${action2} ${where} failed (HTTP ${s})`);
  throw new StoreRefused(`Vault refused to ${action2} ${where} (HTTP ${s}): check the mount and path`);
}
function vaultClient(opts2) {
  silenceNodeVaultDebug();
  return vault({
    endpoint: opts2.addr,
    token: opts2.token,
    ...opts2.namespace ? { namespace: opts2.namespace } : {},
    requestOptions: { timeout: opts2.timeoutMs }
  });
}
async function checkKv2(client, path) {
  let mount;
  try {
    mount = (await client.request({ path: `/sys/internal/ui/mounts/${path}`, method: "GET" })).data;
  } catch (err) {
    const s = status(err);
    if (s === 403 || s === 404) {
      throw new StoreRefused(
        `Vault has no mount for ${path} that VAULT_TOKEN may use (HTTP ${s}): check the mount in the rotation entry's path and the token's policy`
      );
    }
    refuseOrThrow("look up the mount of", path, err);
  }
  const prefix2 = typeof mount?.path === "string" ? mount.path : "";
  if (mount?.type !== "kv" || String(mount.options?.version) !== "2" || !path.startsWith(`${prefix2}data/`)) {
    throw new StoreRefused(
      `${path} is not a KV v2 data path on this Vault (mount ${prefix2 || "?"} is ${String(mount?.type ?? "?")} version ${String(mount?.options?.version ?? "1")}): point the rotation entry at <kv v2 mount>/data/<secret>`
    );
  }
}
function vaultWriter(client) {
  return {
    async write(target2, r) {
      const where = target2.path;
      await checkKv2(client, target2.path);
      let current = {};
      let version = 0;
      try {
        const body = await client.read(target2.path);
        const data2 = body.data?.data;
        if (data2 && typeof data2 === "object") current = data2;
        version = Number(body.data?.metadata?.version ?? 0);
      } catch (err) {
        if (status(err) !== 404) refuseOrThrow("read", where, err);
        const meta = err.response?.body?.data?.metadata;
        version = Number(meta?.version ?? 0);
      }
      if (current[target2.fields.id] === r.id) return { version: String(version), already: true };
      const data = { ...current, [target2.fields.id]: r.id, [target2.fields.secret]: r.secret };
      try {
        const body = await client.write(target2.path, { options: { cas: version }, data });
        return { version: String(body.data?.version ?? version + 1), already: false };
      } catch (err) {
        refuseOrThrow("write", where, err);
      }
    }
  };
}

// responder/rotation/context.ts
var HOLD_FIELD = "rotation:hold";
var RotationClients = class {
  constructor(config) {
    this.config = config;
  }
  config;
  vault;
  sm;
  writer(store3) {
    const timeoutMs = this.config.aws.timeoutMs;
    if (store3 === "vault") {
      const { addr, token: token2, namespace } = this.config.rotation.vault;
      if (!addr || !token2) throw new Error("VAULT_ADDR and VAULT_TOKEN are required for a vault rotation entry");
      this.vault ??= vaultWriter(vaultClient({ addr, token: token2, namespace, timeoutMs }));
      return this.vault;
    }
    if (!this.sm) {
      const { region, endpoint } = this.config.aws;
      const client = new SecretsManagerClient({ region, maxAttempts: 1, ...endpoint ? { endpoint } : {} });
      this.sm = { client, writer: secretsManagerWriter(client, timeoutMs) };
    }
    return this.sm.writer;
  }
  destroy() {
    this.sm?.client.destroy();
  }
};
var postJson = async (url, body, timeoutMs) => {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "user-agent": "leakhound" },
    body: JSON.stringify(body),
    redirect: "manual",
    signal: AbortSignal.timeout(timeoutMs)
  });
  await res.body?.cancel();
  return res.status;
};
function rotationState(s, incidentId2, scrubber) {
  return {
    get: (field3) => s.ledger.getField(incidentId2, field3),
    set: (fields) => s.ledger.setFields(incidentId2, fields),
    async getReplacement() {
      const raw = await s.secrets.get(incidentId2, "replacement", scrubber);
      if (raw === void 0) return void 0;
      const r = JSON.parse(raw);
      scrubber.add(r.id);
      scrubber.add(r.secret);
      return r;
    },
    putReplacement: (r) => s.secrets.put(incidentId2, "replacement", JSON.stringify(r)),
    deleteReplacement: () => s.secrets.deleteOne(incidentId2, "replacement")
  };
}
function target(s, provider, owner) {
  const e = findRotation(s.config.rotation.map, provider, owner);
  return e && { store: e.store, path: e.path, fields: e.fields, notify: e.notify, graceSeconds: e.graceSeconds };
}
function tokenRotationContext(s, clients, incidentId2, provider, rotation2, scrubber, post = postJson) {
  return {
    incidentId: incidentId2,
    provider,
    rotation: rotation2,
    pctx: s.providers,
    state: rotationState(s, incidentId2, scrubber),
    targetFor: (owner) => target(s, provider, owner),
    writer: (store3) => clients.writer(store3),
    post,
    timeoutMs: s.config.aws.timeoutMs
  };
}
function awsRotationContext(s, clients, incidentId2, scrubber, post = postJson) {
  return {
    incidentId: incidentId2,
    iam: s.aws.iam,
    keyPairSts: s.aws.keyPairSts,
    state: rotationState(s, incidentId2, scrubber),
    targetFor: (arn) => target(s, "aws", arn),
    writer: (store3) => clients.writer(store3),
    post,
    held: async () => await s.ledger.getField(incidentId2, HOLD_FIELD) !== void 0,
    timeoutMs: s.config.aws.timeoutMs
  };
}

// responder/slack/client.ts
import { webApi } from "@slack/bolt";
function slackPoster(config) {
  if (!config.botToken || !config.channel) return null;
  const channel = config.channel;
  const client = new webApi.WebClient(config.botToken, {
    ...config.apiUrl ? { slackApiUrl: config.apiUrl.endsWith("/") ? config.apiUrl : `${config.apiUrl}/` } : {},
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 1e4,
    logLevel: webApi.LogLevel.ERROR
  });
  return {
    channel,
    async post(message, threadTs) {
      const r = await client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks,
        ...threadTs ? { thread_ts: threadTs } : {},
        unfurl_links: false
      });
      if (!r.ts) throw new Error("Slack chat.postMessage answered without a message ts");
      return { ts: r.ts, channel: r.channel ?? channel };
    },
    async update(ch, ts, message) {
      await client.chat.update({ channel: ch, ts, text: message.text, blocks: message.blocks });
    },
    async ephemeral(ch, user, text) {
      await client.chat.postEphemeral({ channel: ch, user, text });
    },
    async groupMembers(groupId) {
      const r = await client.usergroups.users.list({ usergroup: groupId });
      return r.users ?? [];
    },
    async teamId() {
      const r = await client.auth.test();
      if (!r.team_id) throw new Error("Slack auth.test answered without a team_id");
      return r.team_id;
    },
    async userByEmail(email) {
      try {
        const r = await client.users.lookupByEmail({ email });
        return r.user?.id;
      } catch (err) {
        if (err.data?.error === "users_not_found") return void 0;
        throw err;
      }
    },
    async dm(user, message) {
      const open2 = await client.conversations.open({ users: user });
      const id = open2.channel?.id;
      if (!id) throw new Error("Slack conversations.open answered without a channel id");
      await client.chat.postMessage({
        channel: id,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false
      });
    },
    async openView(triggerId, view) {
      await client.views.open({ trigger_id: triggerId, view });
    }
  };
}

// responder/store/secret-store.ts
var NAMES = ["primary", "pair", "replacement"];
var SecretStore = class {
  constructor(redis, keys2, box, ttlSeconds) {
    this.redis = redis;
    this.keys = keys2;
    this.box = box;
    this.ttlSeconds = ttlSeconds;
  }
  redis;
  keys;
  box;
  ttlSeconds;
  async put(incidentId2, name, value, ttlSeconds = this.ttlSeconds) {
    const key = this.keys.secret(incidentId2, name);
    await this.redis.set(key, this.box.seal(value, key), "EX", ttlSeconds);
  }
  /** The secret, or undefined when it expired or was deleted. */
  async get(incidentId2, name, scrubber) {
    const key = this.keys.secret(incidentId2, name);
    const sealed = await this.redis.get(key);
    if (sealed === null) return void 0;
    const value = this.box.open(sealed, key);
    scrubber.add(value);
    return value;
  }
  async deleteOne(incidentId2, name) {
    await this.redis.del(this.keys.secret(incidentId2, name));
  }
  async delete(incidentId2) {
    await this.redis.del(...NAMES.map((n) => this.keys.secret(incidentId2, n)));
  }
  /** A scan's findings (which carry secrets) on their way to triage. */
  async putStash(id, value) {
    const key = this.keys.stash(id);
    await this.redis.set(key, this.box.seal(JSON.stringify(value), key), "EX", this.ttlSeconds);
  }
  /** Untyped: the caller validates it and hands each secret to its scrubber. */
  async getStash(id) {
    const key = this.keys.stash(id);
    const sealed = await this.redis.get(key);
    return sealed === null ? void 0 : JSON.parse(this.box.open(sealed, key));
  }
  async deleteStash(id) {
    await this.redis.del(this.keys.stash(id));
  }
};

// responder/services.ts
function createServices(config, component, overrides = {}) {
  const redis = connectRedis(config.redisUrl, config.redisClusterNodes);
  const k = keys(config.prefix);
  const box = new SecretBox(config.encryptionKey);
  const log = overrides.log ?? createLogger(component);
  redis.on("error", (err) => log.warn("redis connection error", { error: err.message }));
  const aws = overrides.aws ?? awsClients(config.aws);
  return {
    config,
    redis,
    keys: k,
    box,
    ledger: new Ledger(redis, k),
    secrets: new SecretStore(redis, k, box, config.secretTtlSeconds),
    producer: new Producer(
      redis,
      config.prefix,
      { attempts: config.worker.attempts, backoffMs: config.worker.backoffMs },
      (err) => log.warn("queue connection error", { error: err.message })
    ),
    metrics: new MetricsStore(redis, k),
    slack: overrides.slack !== void 0 ? overrides.slack : slackPoster(config.slack),
    aws,
    rotation: new RotationClients(config),
    providers: {
      fetch: overrides.fetch ?? ((url, init) => fetch(url, init)),
      // The GitHub and Slack the service is configured for (GHES, or stand-ins in tests) are
      // where their leaked tokens are checked, unless an explicit provider override says otherwise.
      env: {
        LEAKHOUND_GITHUB_API_URL: config.github.apiUrl,
        ...config.slack.apiUrl ? { LEAKHOUND_SLACK_API_URL: config.slack.apiUrl } : {},
        ...config.providers.env
      },
      timeoutMs: config.providers.timeoutMs,
      throttle: sharedProviderThrottle(redis, k),
      options: {
        "aws.quarantinePolicyArn": config.aws.quarantinePolicyArn,
        "aws.timeoutMs": config.aws.timeoutMs,
        "stripe.appManagedRoll": config.providers.stripeAppManagedRoll
      },
      aws
    },
    log
  };
}
async function closeServices(s) {
  await s.producer.close();
  s.aws.destroy();
  s.rotation.destroy();
  await s.redis.quit().catch(() => s.redis.disconnect());
}

// responder/server.ts
async function startServer(config, overrides = {}) {
  const s = createServices(config, "serve", overrides);
  const app = createApp(s);
  const server = await new Promise((resolve, reject) => {
    const srv = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(srv));
    srv.once("error", reject);
  });
  const port = server.address().port;
  s.log.info("listening", { host: config.host, port });
  for (const w of startupWarnings(config, "serve")) s.log.warn(w);
  return {
    port,
    services: s,
    async close() {
      await new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections?.();
      });
      await closeServices(s);
      s.log.info("server stopped");
    }
  };
}

// responder/worker.ts
import { Worker } from "bullmq";

// responder/github/rewrite-mirror.ts
const { mkdir: mkdir3, rm: rm2 } = process.getBuiltinModule("node:fs/promises");
const { join: join3 } = process.getBuiltinModule("node:path");
function mirrorDir(workDir, incidentId2) {
  return join3(workDir, "rewrites", `${incidentId2}.git`);
}
async function cloneMirror(workDir, incidentId2, url, token2) {
  const dir = mirrorDir(workDir, incidentId2);
  await mkdir3(join3(workDir, "rewrites"), { recursive: true, mode: 448 });
  await rm2(dir, { recursive: true, force: true });
  await git(workDir, ["clone", "--mirror", "--quiet", "--", url, dir], token2);
  return dir;
}
async function pushLeased(dir, url, ref, old, token2) {
  try {
    await git(dir, ["push", "--quiet", `--force-with-lease=${ref}:${old}`, "--", url, `${ref}:${ref}`], token2);
    return { ref, ok: true };
  } catch (err) {
    return { ref, ok: false, why: err.message };
  }
}
async function pruneMirror(dir) {
  await git(dir, ["reflog", "expire", "--expire=now", "--all"]);
  await git(dir, ["gc", "--prune=now", "--quiet"]);
}
async function dropMirror(workDir, incidentId2) {
  await rm2(mirrorDir(workDir, incidentId2), { recursive: true, force: true });
}

// responder/jobs/record.ts
import { UnrecoverableError as UnrecoverableError2 } from "bullmq";
async function notifySlack(ctx, incidentId2, reason) {
  await ctx.s.producer.add("notify", "slack-sync", { incidentId: incidentId2 }, jobId("slack-sync", incidentId2, reason));
}
async function loadIncident(ctx, id) {
  const incident = await ctx.s.ledger.get(id);
  if (!incident) throw new UnrecoverableError2(`incident ${id} does not exist`);
  return incident;
}
async function beginStep(ctx, id, step) {
  const incident = await loadIncident(ctx, id);
  const state = incident.steps[step];
  if (state?.status === "done" || state?.status === "skipped") return null;
  if (incident.state === "closed") {
    await recordStep(ctx, id, step, "skipped", `the incident was closed (${incident.resolution ?? "closed"}) first`);
    return null;
  }
  return incident;
}
async function recordStep(ctx, id, step, status2, detail, by = "leakhound") {
  const text = ctx.scrubber.text(detail);
  await ctx.s.ledger.setStep(id, step, { status: status2, at: (/* @__PURE__ */ new Date()).toISOString(), by, detail: text });
  const verb = status2 === "done" ? "done" : status2 === "task" ? "needs a person" : "skipped";
  await ctx.s.ledger.append(id, {
    actor: by,
    kind: "step",
    step,
    text: `${verb}: ${text}`,
    key: `step:${step}:${status2}`
  });
  await notifySlack(ctx, id, `step:${step}:${status2}`);
}
async function recordTask(ctx, id, step, task5) {
  await recordStep(ctx, id, step, "task", task5);
  await ctx.s.ledger.transition(id, ["open", "contained"], "needs-human", { needsHuman: ctx.scrubber.text(task5) });
}

// responder/providers/cloudtrail-clients.ts
import { CloudTrailClient } from "@aws-sdk/client-cloudtrail";
function cloudTrailClients(config) {
  const clients = config.cloudTrailRegions.map((region) => ({
    region,
    client: new CloudTrailClient({
      region,
      maxAttempts: 1,
      ...config.cloudTrailEndpoint ? { endpoint: config.cloudTrailEndpoint } : {}
    })
  }));
  return {
    regions: clients,
    destroy: () => {
      for (const c of clients) c.client.destroy();
    }
  };
}

// rules/aws/investigate.ts
import { LookupEventsCommand } from "@aws-sdk/client-cloudtrail";

// rules/aws/cloudtrail-event.ts
var SESSION_ISSUERS = /* @__PURE__ */ new Set(["AssumeRole", "AssumeRoleWithSAML", "GetSessionToken", "GetFederationToken"]);
function parseEvent(raw, region, via) {
  let detail = {};
  try {
    const parsed = JSON.parse(raw.CloudTrailEvent ?? "{}");
    if (parsed && typeof parsed === "object") detail = parsed;
  } catch {
  }
  const str = (v) => typeof v === "string" ? clean2(v) : void 0;
  const obj = (v) => v && typeof v === "object" ? v : {};
  const request = obj(detail.requestParameters);
  const creds = obj(obj(detail.responseElements).credentials);
  const name = clean2(raw.EventName ?? str(detail.eventName) ?? "unknown");
  const targets = ["userName", "roleName", "roleArn", "policyArn", "policyName", "groupName"].map((k) => typeof request[k] === "string" ? `${k}=${clean2(request[k])}` : "").filter(Boolean);
  const sessionKeyId = SESSION_ISSUERS.has(name) && typeof creds.accessKeyId === "string" ? creds.accessKeyId : void 0;
  const event = {
    id: raw.EventId ?? "",
    at: (raw.EventTime ?? /* @__PURE__ */ new Date(0)).toISOString(),
    eventName: name,
    eventSource: clean2(raw.EventSource ?? str(detail.eventSource) ?? ""),
    region: str(detail.awsRegion) ?? region,
    sourceIp: str(detail.sourceIPAddress) ?? "unknown",
    userAgent: str(detail.userAgent) ?? "unknown",
    ...str(detail.errorCode) ? { errorCode: str(detail.errorCode) } : {},
    ...targets.length > 0 ? { target: targets.join(" ") } : {},
    ...via ? { via } : {}
  };
  return { event, ...sessionKeyId ? { sessionKeyId } : {} };
}
function viaText(e) {
  const role = /roleArn=(\S+)/.exec(e.target ?? "")?.[1];
  return role ? `${e.eventName} ${role}` : e.eventName;
}
function clean2(s) {
  return s.replace(/[\p{Cc}\p{Cf}]/gu, " ").slice(0, 200);
}

// rules/aws/investigate.ts
var DAY2 = 864e5;
var SESSION_MS = 36 * 36e5;
function lookupWindow(exposedFrom, to, now) {
  const requested = exposedFrom.getTime() - RETENTION_DAYS * DAY2;
  const oldest = now.getTime() - RETENTION_DAYS * DAY2;
  return {
    requestedFrom: new Date(requested).toISOString(),
    from: new Date(Math.max(requested, oldest)).toISOString(),
    to: to.toISOString(),
    exposedFrom: exposedFrom.toISOString()
  };
}
async function lookupKeyActivity(regions2, accessKeyId, window, opts2) {
  const sleep = opts2.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const now = opts2.now ?? Date.now;
  const interval = opts2.minIntervalMs ?? 500;
  const maxEvents = opts2.maxEvents ?? 5e3;
  const out = {
    events: [],
    regions: regions2.map((r) => r.region),
    requests: 0,
    throttled: 0,
    truncated: false,
    sessionKeys: 0,
    failures: []
  };
  const seen = /* @__PURE__ */ new Set();
  const denied = /* @__PURE__ */ new Set();
  const queue = [{ keyId: accessKeyId, from: new Date(window.from), to: new Date(window.to), depth: 0 }];
  let nextSlot = 0;
  const pace = opts2.pace ?? (async () => {
    const wait = nextSlot - now();
    if (wait > 0) await sleep(wait);
    nextSlot = Math.max(now(), nextSlot) + interval;
  });
  const page2 = async (rc, p, token2) => {
    for (let attempt = 0; ; attempt++) {
      await pace(rc.region);
      out.requests++;
      try {
        return await rc.client.send(
          new LookupEventsCommand({
            LookupAttributes: [{ AttributeKey: "AccessKeyId", AttributeValue: p.keyId }],
            StartTime: p.from,
            EndTime: p.to,
            MaxResults: 50,
            NextToken: token2
          }),
          withTimeout(opts2)
        );
      } catch (err) {
        const f = classifyAwsError(err);
        if (f.code !== "ThrottlingException" || attempt >= (opts2.maxThrottleRetries ?? 5)) throw f;
        out.throttled++;
        await sleep(Math.min(8e3, 1e3 * 2 ** attempt));
      }
    }
  };
  while (queue.length > 0 && !out.truncated) {
    const p = queue.shift();
    for (const rc of regions2) {
      if (denied.has(rc.region)) continue;
      let token2;
      do {
        let res;
        try {
          res = await page2(rc, p, token2);
        } catch (f) {
          const failure = f;
          if (failure.kind !== "denied") throw new AwsStepError(`cloudtrail:LookupEvents in ${rc.region}`, failure);
          denied.add(rc.region);
          out.failures.push(describeFailure(`cloudtrail:LookupEvents in ${rc.region}`, failure));
          break;
        }
        for (const raw of res.Events ?? []) {
          if (!raw.EventId || seen.has(raw.EventId)) continue;
          seen.add(raw.EventId);
          const { event, sessionKeyId } = parseEvent(raw, rc.region, p.via);
          out.events.push(event);
          if (sessionKeyId && p.depth < (opts2.maxDepth ?? 3) && out.sessionKeys < (opts2.maxSessionKeys ?? 20)) {
            out.sessionKeys++;
            const start = new Date(event.at);
            const end = new Date(Math.min(start.getTime() + SESSION_MS, new Date(window.to).getTime()));
            queue.push({ keyId: sessionKeyId, from: start, to: end, depth: p.depth + 1, via: viaText(event) });
          }
          if (out.events.length >= maxEvents) out.truncated = true;
        }
        token2 = out.truncated ? void 0 : res.NextToken;
      } while (token2);
    }
  }
  out.events.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  return out;
}

// responder/jobs/page.ts
async function pageChannel(ctx, incident, reason, what) {
  const mention = ctx.s.config.slack.pageMention;
  const text = `${mention ? `${mention} ` : ""}:rotating_light: Leaked ${esc4(incident.description)} \`${esc4(incident.credential)}\` in ${esc4(incident.repo)} (incident \`${incident.id}\`): ${esc4(ctx.scrubber.text(what))}`;
  await ctx.s.producer.add("notify", "slack-alert", { text }, jobId("slack-page", incident.id, incident.round, reason));
  await ctx.s.ledger.append(incident.id, {
    actor: "leakhound",
    kind: "paged",
    text: `paged the channel${mention ? ` (${mentionName(mention)})` : ""}: ${ctx.scrubber.text(what)}`,
    key: `paged:${reason}`
  });
}
function mentionName(m) {
  return m.replace(/^<!subteam\^(\w+)>$/, "user group $1").replace(/^<!(\w+)>$/, "@$1").replace(/^<@(\w+)>$/, "user $1");
}
function esc4(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// responder/people/disclosure.ts
function outsideCalls(s) {
  const calls = s.flagged.filter((c) => c.reasons.some((r) => r.startsWith(`from ${c.sourceIp},`)));
  return { count: calls.length, ips: [...new Set(calls.map((c) => c.sourceIp))] };
}
async function addDisclosureTasks(ctx, incidentId2, s) {
  const outside = outsideCalls(s);
  if (outside.count === 0) return false;
  const incident = await ctx.s.ledger.get(incidentId2);
  const evidence = `CloudTrail shows ${outside.count} call${outside.count === 1 ? "" : "s"} since the exposure from ${outside.ips.slice(0, 5).join(", ")}${outside.ips.length > 5 ? " and others" : ""}, outside the known networks`;
  if (!incident?.steps.compliance) {
    await recordTask(
      ctx,
      incidentId2,
      "compliance",
      `${evidence}. Tell compliance/legal now: personal data or customer systems reachable with this credential may make it a reportable breach (GDPR: 72 hours from awareness)`
    );
  }
  if (!incident?.steps.customers) {
    await recordTask(
      ctx,
      incidentId2,
      "customers",
      `${evidence}. With compliance, decide whether customers must be told, and record the decision when you mark this done`
    );
  }
  return true;
}

// responder/jobs/aws-investigate.ts
async function investigateAwsKey(ctx, incidentId2, regions2, now = /* @__PURE__ */ new Date()) {
  const incident = await loadIncident(ctx, incidentId2);
  const key = await watchedKeyId(ctx, incidentId2);
  if (!key) {
    await ctx.s.ledger.append(incidentId2, {
      actor: "leakhound",
      kind: "investigation",
      text: "CloudTrail was not searched: the sealed copy of the access key id has expired or was deleted",
      key: "cloudtrail:no-key"
    });
    return void 0;
  }
  const window = lookupWindow(exposedSince(incident), now, now);
  const pace = sharedPacer(ctx.s.redis, (region) => ctx.s.keys.rateSlot(`cloudtrail:${region}`), 500);
  let lookup;
  try {
    lookup = await lookupKeyActivity(regions2, key, window, { timeoutMs: ctx.s.config.aws.timeoutMs, pace });
  } catch (err) {
    if (ctx.job.attemptsMade + 1 < (ctx.job.opts?.attempts ?? 1)) throw err;
    await ctx.s.ledger.append(incidentId2, {
      actor: "leakhound",
      kind: "investigation",
      text: ctx.scrubber.text(
        `CloudTrail could not be searched (${errorMessage(err)}): look up the key's events by hand (CloudTrail → Event history, filter "AWS access key")`
      ),
      key: `cloudtrail:failed:${incident.round}`
    });
    await notifySlack(ctx, incidentId2, "cloudtrail:failed");
    return void 0;
  }
  const known = parseKnownNetworks(ctx.s.config.aws.knownCidrs.join(","));
  const summary3 = summariseActivity(lookup, window, known, now);
  await writeCloudTrailSummary(ctx.s.ledger, incidentId2, summary3);
  await ctx.s.ledger.append(incidentId2, {
    actor: "leakhound",
    kind: "investigation",
    text: ctx.scrubber.text(summaryLine(summary3)),
    key: `cloudtrail:round:${incident.round}`
  });
  if (summary3.total > 0) {
    await ctx.s.ledger.append(incidentId2, {
      actor: "leakhound",
      kind: "investigation",
      text: ctx.scrubber.text(breakdownLines(summary3).join(". ")),
      key: `cloudtrail:detail:${incident.round}`
    });
  }
  if (summary3.retentionNote) {
    await ctx.s.ledger.append(incidentId2, {
      actor: "leakhound",
      kind: "investigation",
      text: summary3.retentionNote,
      key: `cloudtrail:retention:${incident.round}`
    });
  }
  if (summary3.possibleAttackerActivity && incident.severity !== "critical") {
    await ctx.s.ledger.setFields(incidentId2, { severity: "critical" });
    await ctx.s.ledger.append(incidentId2, {
      actor: "leakhound",
      kind: "severity",
      text: `severity raised from ${incident.severity} to critical: CloudTrail shows possible attacker activity`,
      key: "severity:critical:cloudtrail"
    });
  }
  if (summary3.possibleAttackerActivity) {
    await pageChannel(
      ctx,
      incident,
      "cloudtrail",
      `CloudTrail shows possible attacker activity: ${summaryLine(summary3)}`
    );
  }
  await addDisclosureTasks(ctx, incidentId2, summary3);
  await notifySlack(ctx, incidentId2, `cloudtrail:${summary3.possibleAttackerActivity ? "flagged" : "quiet"}`);
  return summary3;
}
async function watchedKeyId(ctx, incidentId2) {
  return await ctx.s.secrets.get(incidentId2, "watch", ctx.scrubber) ?? await ctx.s.secrets.get(incidentId2, "primary", ctx.scrubber);
}
function exposedSince(i) {
  const candidates = [i.pushedAt, i.exposureStart, ...i.locations.map((l) => l.date)].map((d) => d ? Date.parse(d) : Number.NaN).filter((t) => !Number.isNaN(t));
  return new Date(candidates.length > 0 ? Math.min(...candidates) : Date.parse(i.openedAt));
}

// responder/github/auth.ts
const { createSign } = process.getBuiltinModule("node:crypto");
import { Octokit } from "@octokit/rest";
var cache = /* @__PURE__ */ new Map();
var PERMISSIONS = {
  contents: { contents: "read" },
  alerts: { contents: "read", secret_scanning_alerts: "write" },
  /** Force-pushing rewritten history (the eradication step), and nothing else. */
  push: { contents: "write" }
};
async function githubToken(config, installationId, scope) {
  if (config.appId && config.appPrivateKey && installationId) {
    const key = `${config.apiUrl}#${installationId}#${scope?.repo ?? ""}#${scope?.scope ?? ""}`;
    const hit = cache.get(key);
    if (hit && hit.expiresAt - Date.now() > 5 * 6e4) return hit.token;
    const jwt = appJwt(config.appId, config.appPrivateKey);
    const app = new Octokit({ baseUrl: config.apiUrl, auth: jwt, request: { timeout: 1e4 } });
    const { data } = await app.request("POST /app/installations/{installation_id}/access_tokens", {
      installation_id: installationId,
      ...scope ? { repositories: [splitRepo(scope.repo)[1]], permissions: PERMISSIONS[scope.scope] } : {}
    });
    cache.set(key, { token: data.token, expiresAt: Date.parse(data.expires_at) });
    return data.token;
  }
  return config.token;
}
async function octokitFor(config, installationId, scope) {
  const token2 = await githubToken(config, installationId, scope);
  return new Octokit({
    baseUrl: config.apiUrl,
    ...token2 ? { auth: token2 } : {},
    userAgent: "leakhound-responder",
    request: { timeout: 15e3, retries: 0 },
    log: { debug: () => {
    }, info: () => {
    }, warn: () => {
    }, error: () => {
    } }
  });
}
function appJwt(appId, privateKeyPem, now = Date.now()) {
  const iat = Math.floor(now / 1e3) - 60;
  const part = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const unsigned = `${part({ alg: "RS256", typ: "JWT" })}.${part({ iat, exp: iat + 600, iss: appId })}`;
  const signature = createSign("RSA-SHA256").update(unsigned).sign(privateKeyPem).toString("base64url");
  return `${unsigned}.${signature}`;
}

// responder/jobs/github-investigate.ts
async function investigateGitHub(ctx, incidentId2) {
  const incident = await loadIncident(ctx, incidentId2);
  const octokit = await octokitFor(ctx.s.config.github, incident.installationId, {
    repo: incident.repo,
    scope: "contents"
  });
  const findings = await investigateRepository(
    octokit,
    incident.repo,
    incident.locations.map((l) => ({ sha: l.commit, author: l.author, email: l.email })),
    incident.pushedBy
  );
  await writeGitHubFindings(ctx.s.ledger, incidentId2, findings);
  await ctx.s.ledger.append(incidentId2, {
    actor: "leakhound",
    kind: "investigation",
    text: ctx.scrubber.text(githubFindingLines(findings).join(". ")),
    key: `github:round:${incident.round}`
  });
  await notifySlack(ctx, incidentId2, `github-investigation:${incident.round}`);
  return `${findings.commits.length} commits, ${findings.failures.length} questions unanswered`;
}

// responder/jobs/monitor-aws.ts
var DAY3 = 864e5;
var OVERLAP_MS = 3 * 36e5;
var MONITOR_CURSOR = "monitor:cursor";
var MONITOR_UNTIL = "monitor:until";
var schedulerId = (incidentId2) => `monitor-aws-${incidentId2}`;
function watchTtlSeconds(c) {
  return c.secretTtlSeconds + c.monitor.days * 86400 + Math.ceil(c.monitor.intervalMs / 1e3) + 86400;
}
async function startMonitoring(ctx, incident, containedAt) {
  const { intervalMs, days } = ctx.s.config.monitor;
  if (incident.provider !== "aws" || days === 0) return;
  const wanted = new Date(Date.parse(containedAt) + days * DAY3).toISOString();
  const known = await ctx.s.ledger.getField(incident.id, MONITOR_UNTIL);
  const until = known && known > wanted ? known : wanted;
  await ctx.s.ledger.setFields(incident.id, { [MONITOR_UNTIL]: until });
  if (until <= (/* @__PURE__ */ new Date()).toISOString()) return;
  await ctx.s.producer.queues.incident.upsertJobScheduler(
    schedulerId(incident.id),
    { every: intervalMs },
    { name: "monitor-aws", data: { incidentId: incident.id }, opts: { attempts: 1, removeOnComplete: 100 } }
  );
  await ctx.s.ledger.append(incident.id, {
    actor: "leakhound",
    kind: "monitoring",
    text: `monitoring started: CloudTrail is searched for the contained key every ${every(intervalMs)} until ${until}; any use of it is posted here`,
    key: `monitor:start:${until}`
  });
}
async function stopMonitoring(s, incidentId2, why) {
  await s.producer.queues.incident.removeJobScheduler(schedulerId(incidentId2));
  await s.secrets.deleteOne(incidentId2, "watch");
  const until = await s.ledger.getField(incidentId2, MONITOR_UNTIL);
  if (!until) return;
  await s.ledger.append(incidentId2, {
    actor: "leakhound",
    kind: "monitoring",
    text: `monitoring ended: ${why}; the sealed key id is deleted`,
    key: `monitor:end:${until}`
  });
}
async function monitoringOnClose(ctx, incident, resolution) {
  const watching = await ctx.s.ledger.getField(incident.id, MONITOR_UNTIL);
  if (watching && resolution === "contained" && !ctx.s.config.monitor.stopOnClose) return;
  await stopMonitoring(ctx.s, incident.id, `the incident closed (${resolution})`);
}
async function monitorAwsKey(ctx, incidentId2, regions2, now = /* @__PURE__ */ new Date()) {
  const { s } = ctx;
  const incident = await s.ledger.get(incidentId2);
  const until = await s.ledger.getField(incidentId2, MONITOR_UNTIL);
  if (!incident || !until) {
    await stopMonitoring(s, incidentId2, "the incident is gone or was never contained");
    return [];
  }
  if (!incident.containedAt) return [];
  const closedEarly = incident.state === "closed" && (incident.resolution !== "contained" || s.config.monitor.stopOnClose);
  if (closedEarly) {
    await stopMonitoring(s, incidentId2, `the incident closed (${incident.resolution ?? "closed"})`);
    return [];
  }
  const posted = await lookOnce(ctx, incident, regions2, now);
  if (now.toISOString() >= until) {
    await stopMonitoring(s, incidentId2, `the ${s.config.monitor.days}-day period after containment is over`);
  }
  return posted;
}
async function lookOnce(ctx, i, regions2, now) {
  const { s } = ctx;
  const key = await watchedKeyId(ctx, i.id);
  if (!key) {
    await stopMonitoring(s, i.id, "the sealed copy of the key id expired");
    return [];
  }
  const containedAt = i.containedAt;
  const cursor = await s.ledger.getField(i.id, MONITOR_CURSOR) ?? containedAt;
  const from = new Date(Math.max(Date.parse(containedAt), Date.parse(cursor) - OVERLAP_MS));
  const window = {
    requestedFrom: from.toISOString(),
    from: from.toISOString(),
    to: now.toISOString(),
    exposedFrom: containedAt
  };
  const pace = sharedPacer(s.redis, (region) => s.keys.rateSlot(`cloudtrail:${region}`), 500);
  let events;
  try {
    const lookup = await lookupKeyActivity(regions2, key, window, {
      timeoutMs: s.config.aws.timeoutMs,
      pace,
      maxEvents: 500
    });
    events = lookup.events.filter((e) => e.at >= containedAt);
  } catch (err) {
    await s.ledger.append(i.id, {
      actor: "leakhound",
      kind: "monitoring",
      text: ctx.scrubber.text(
        `monitoring could not search CloudTrail (${errorMessage(err)}); it tries again in ${every(s.config.monitor.intervalMs)}`
      ),
      key: `monitor:failed:${now.toISOString().slice(0, 13)}`
    });
    await notifySlack(ctx, i.id, `monitor:failed:${now.toISOString().slice(0, 13)}`);
    return [];
  }
  const posted = [];
  for (const e of events) {
    const seq = await s.ledger.append(i.id, {
      actor: "leakhound",
      kind: "monitoring",
      text: ctx.scrubber.text(useText(e)),
      key: `monitor:event:${e.id}`
    });
    if (seq) posted.push(e);
  }
  const latest = events.reduce((m, e) => e.at > m ? e.at : m, cursor);
  await s.ledger.setFields(i.id, { [MONITOR_CURSOR]: latest, "monitor:lastRun": now.toISOString() });
  const worked = posted.find((e) => !e.errorCode);
  if (worked) {
    await pageChannel(
      ctx,
      i,
      `monitor:${worked.id}`,
      `the contained key was used successfully after containment: ${useText(worked)}`
    );
  }
  if (posted.length > 0) await notifySlack(ctx, i.id, `monitor:${posted.map((e) => e.id).join(",")}`);
  return posted;
}
function useText(e) {
  const outcome = e.errorCode ? `refused with ${e.errorCode}` : "it succeeded";
  const via = e.via ? `, with a session key from ${e.via}` : "";
  return `the contained key was used after containment: ${e.eventName}${e.target ? ` ${e.target}` : ""} from ${e.sourceIp} (${e.userAgent}) in ${e.region} at ${e.at}${via}; ${outcome}`;
}
function every(ms) {
  if (ms % DAY3 === 0) return ms === DAY3 ? "day" : `${ms / DAY3} days`;
  if (ms % 36e5 === 0) return `${ms / 36e5} h`;
  return `${ms / 1e3} s`;
}

// responder/jobs/investigate.ts
var investigationHandlers = {
  "investigate-aws": async ({ incidentId: incidentId2 }, ctx) => {
    const ct = cloudTrailClients(ctx.s.config.aws);
    try {
      const summary3 = await investigateAwsKey(ctx, incidentId2, ct.regions);
      return summary3 ? `${summary3.total} calls, ${summary3.flaggedTotal} flagged` : "no key id to search for";
    } finally {
      ct.destroy();
    }
  },
  "investigate-github": ({ incidentId: incidentId2 }, ctx) => investigateGitHub(ctx, incidentId2),
  "monitor-aws": async ({ incidentId: incidentId2 }, ctx) => {
    const ct = cloudTrailClients(ctx.s.config.aws);
    try {
      return `${(await monitorAwsKey(ctx, incidentId2, ct.regions)).length} new uses`;
    } finally {
      ct.destroy();
    }
  }
};
async function requestAwsInvestigation(ctx, incident) {
  if (incident.provider !== "aws") return;
  await ctx.s.producer.add(
    "incident",
    "investigate-aws",
    { incidentId: incident.id },
    jobId("investigate-aws", incident.id, incident.round)
  );
}
async function afterContainment(ctx, incident, containedAt) {
  await requestAwsInvestigation(ctx, incident);
  await startMonitoring(ctx, incident, containedAt);
}
async function requestGitHubInvestigation(ctx, incidentId2, round) {
  await ctx.s.producer.add(
    "incident",
    "investigate-github",
    { incidentId: incidentId2 },
    jobId("investigate-github", incidentId2, round)
  );
}

// responder/rotation/run-step.ts
var STEPS = [...awsRotation.steps, awsRotation.retire];
var ROTATION_STEP_IDS = STEPS.map((s) => s.id);
async function runRotationStep(s, clients, incidentId2, stepId2, scrubber, run3 = "", credential2 = { provider: "aws", ruleId: "aws-access-key-id" }) {
  const token2 = TOKEN_ROTATIONS[credential2.provider];
  const steps = token2 ? tokenRotationSteps : credential2.provider === "aws" ? STEPS : [];
  const step = steps.find((x) => x.id === stepId2);
  if (!step) throw new Error(`no rotation step ${stepId2} for ${credential2.provider}`);
  const leaked = await s.secrets.get(incidentId2, "primary", scrubber);
  if (leaked === void 0) {
    return {
      outcome: "task",
      detail: "the leaked credential expired from the encrypted store before rotation finished: rotate by hand"
    };
  }
  const r = token2 ? await step.run(
    { ruleId: credential2.ruleId, secret: leaked },
    tokenRotationContext(s, clients, incidentId2, credential2.provider, token2, scrubber)
  ) : await step.run(
    { secret: leaked },
    awsRotationContext(s, clients, incidentId2, scrubber)
  );
  const result = { outcome: r.outcome, detail: scrubber.text(r.detail) };
  if (result.outcome !== "retry") {
    await s.ledger.append(incidentId2, {
      actor: "leakhound",
      kind: "rotation",
      text: `${step.title}: ${result.outcome === "task" ? "needs a person: " : ""}${result.detail}`,
      key: `${step.id}:${result.outcome}${run3 ? `:${run3}` : ""}`
    });
  }
  return result;
}
async function retireDelayMs(s, incidentId2) {
  const raw = await s.ledger.getField(incidentId2, "rotation:owner");
  if (!raw) return void 0;
  const entry = findRotation(s.config.rotation.map, "aws", JSON.parse(raw).arn);
  return entry ? entry.graceSeconds * 1e3 : void 0;
}

// responder/triage/open-incident.ts
var EXPOSURE = ["unknown", "private", "internal", "public"];
function newExposure(i, o) {
  if (o.repo.fullName !== i.repo) return `seen in another repository, ${o.repo.fullName}`;
  if (EXPOSURE.indexOf(o.repo.visibility) > EXPOSURE.indexOf(i.visibility)) {
    return `${o.repo.fullName} is now ${o.repo.visibility}`;
  }
  const alert = `GitHub secret scanning alert #${o.alert?.number ?? "?"}`;
  if (o.alertAction === "reopened") return `${alert} was reopened`;
  if (o.alertAction === "publicly_leaked") return `${alert}: found in a public location`;
  if (o.alertAction === "validated:active") return `${alert}: GitHub verified it is still active`;
  return void 0;
}
async function reopen(ctx, i, why, o, now) {
  const meta = {
    ruleId: i.ruleId,
    description: i.description,
    provider: i.provider,
    credential: i.credential,
    repo: o.repo.fullName,
    repoUrl: o.repo.htmlUrl,
    visibility: o.repo.visibility,
    source: o.source,
    exposureStart: i.exposureStart,
    ...o.installationId !== void 0 ? { installationId: o.installationId } : {}
  };
  const round = await ctx.s.ledger.reopen(i.id, meta, planSteps(i.provider), now);
  if (round > 0) {
    await ctx.s.ledger.append(i.id, {
      actor: o.source === "push" ? "leakhound" : "github",
      kind: "reopened",
      text: `reopened as round ${round}: the credential was closed as ${i.resolution ?? "closed"}, and is now ${why}`,
      key: "reopened"
    });
  }
  return await ctx.s.ledger.get(i.id) ?? i;
}
async function openIncident(ctx, g, o) {
  const { ledger, secrets, box } = ctx.s;
  const id = box.credentialId("credential", g.identity);
  let existing2 = await ledger.get(id);
  const now = (/* @__PURE__ */ new Date()).toISOString();
  const why = existing2?.state === "closed" ? newExposure(existing2, o) : void 0;
  if (existing2 && why) {
    existing2 = await reopen(ctx, existing2, why, o, now);
  }
  if (g.provider && existing2?.state !== "closed" && !existing2?.containedAt) {
    await secrets.put(id, "primary", g.identity);
    if (g.pair) await secrets.put(id, "pair", g.pair);
    if (g.provider === "aws") await secrets.put(id, "watch", g.identity, watchTtlSeconds(ctx.s.config));
  }
  const locations = g.candidates.map((c) => ({
    file: c.file,
    startLine: c.startLine,
    commit: c.commit,
    author: c.author,
    email: c.email,
    date: c.date,
    ...c.url ? { url: c.url } : {},
    ...c.hosts?.length ? { hosts: c.hosts } : {}
  }));
  const meta = {
    ruleId: g.ruleId,
    description: g.description,
    provider: g.provider,
    credential: redact(g.identity),
    repo: o.repo.fullName,
    repoUrl: o.repo.htmlUrl,
    visibility: o.repo.visibility,
    source: o.source,
    exposureStart: exposureStart({
      pushedAt: o.pushedAt,
      commitDates: locations.map((l) => l.date),
      alertCreatedAt: o.alert?.createdAt
    }),
    ...o.pushedAt ? { pushedAt: o.pushedAt } : {},
    ...o.pushedBy ? { pushedBy: o.pushedBy } : {},
    ...o.pusher ? { pusher: o.pusher } : {},
    ...o.suppressedInCode ? { suppressedInCode: o.suppressedInCode } : {},
    ...o.installationId !== void 0 ? { installationId: o.installationId } : {}
  };
  const { created, newLocations } = await ledger.open({
    id,
    meta,
    severity: g.severity,
    steps: planSteps(g.provider, g.ruleId),
    locations,
    at: now
  });
  if (o.alert) {
    const alert = { repo: o.repo.fullName, number: o.alert.number, url: o.alert.url, installationId: o.installationId };
    await ledger.setOnce(id, "alert", JSON.stringify(alert));
    await ledger.linkAlert(o.repo.fullName, o.alert.number, id);
  }
  const grant = o.alert ? {
    kind: "github-alert",
    by: "github",
    at: now,
    detail: `GitHub secret scanning reported it (alert #${o.alert.number}): containment may act on it`
  } : o.suppressedInCode ? { kind: "verified-live", by: "leakhound", at: now, detail: "the leaked credential verifies as live" } : void 0;
  const where = locations.map((l) => `${l.file}:${l.startLine}${l.commit ? `@${l.commit.slice(0, 8)}` : ""}`).join(", ");
  const current = await ledger.get(id);
  if (current?.steps.access?.status === "pending") {
    await ledger.append(id, {
      actor: o.source === "push" ? "leakhound" : "github",
      kind: "opened",
      text: `${g.description} \`${meta.credential}\` found in ${o.repo.fullName} at ${where}; severity ${g.severity}`,
      key: "opened"
    });
    const detect = secondsBetween(current.exposureStart, current.openedAt);
    if (detect !== void 0) await ctx.s.metrics.observeExposure("time-to-detect", g.provider ?? "none", detect);
    await recordStep(ctx, id, "access", "done", accessText(o.repo.visibility, o.repo.fullName));
  } else if (newLocations > 0 && existing2) {
    await ledger.append(id, {
      actor: "leakhound",
      kind: "seen-again",
      text: `the same credential was found again at ${where}${existing2.state === "closed" ? " (the incident is closed)" : ""}`,
      key: `seen:${g.candidates.map((c) => c.fingerprint).sort().join(",")}`
    });
  }
  if (o.suppressedInCode) {
    await ledger.append(id, {
      actor: "leakhound",
      kind: "suppressed-but-live",
      text: `suppressed in code (${o.suppressedInCode}), but live: the credential verifies as working, so the suppression does not apply`,
      key: "suppressed-but-live"
    });
  }
  if (grant) await grantEvidence(ctx, id, grant);
  if (g.provider && current && current.state !== "closed" && !await ledger.getField(id, "flow")) {
    await ctx.s.producer.addFlow(
      containmentFlow(
        id,
        g.provider,
        current.round > 1 ? `round:${current.round}` : void 0,
        ctx.s.config.rotation.map !== void 0
      )
    );
    await ledger.setOnce(id, "flow", now);
  }
  if (current) await requestGitHubInvestigation(ctx, id, current.round);
  await notifySlack(ctx, id, created ? "opened" : why ? `reopened:${current?.round}` : `seen:${newLocations}:${now}`);
  return id;
}
function containmentFlow(incidentId2, provider, round, rotate = false) {
  const id = (name) => round ? jobId(name, incidentId2, round) : jobId(name, incidentId2);
  const steps = providerSteps(provider);
  if (rotate) steps.splice(firstActingStep(provider), 0, ...rotationJobs(provider));
  let node;
  for (const step of steps) {
    const child = {
      queue: "containment",
      name: step,
      data: { incidentId: incidentId2, step },
      jobId: id(step)
    };
    if (node) child.children = [node];
    node = child;
  }
  return {
    queue: "incident",
    name: "contained",
    data: { incidentId: incidentId2 },
    jobId: id("contained"),
    ...node ? { children: [node] } : {}
  };
}
function accessText(visibility, repo) {
  if (visibility === "public") return `${repo} is public: anyone on the internet could read the secret`;
  if (visibility === "internal") return `${repo} is internal: every member of the enterprise could read the secret`;
  if (visibility === "private")
    return `${repo} is private: its collaborators, teams with access and installed apps could read the secret`;
  return `the visibility of ${repo} is unknown: check who can read it`;
}

// responder/jobs/evidence.ts
async function grantEvidence(ctx, incidentId2, ev) {
  if (!await ctx.s.ledger.setOnce(incidentId2, "evidence", JSON.stringify(ev))) return false;
  await ctx.s.ledger.append(incidentId2, {
    actor: ev.by,
    kind: "evidence",
    text: ctx.scrubber.text(ev.detail),
    key: `evidence:${ev.kind}`
  });
  const incident = await loadIncident(ctx, incidentId2);
  if (incident.heldForEvidence && incident.provider && incident.state !== "closed") {
    await ctx.s.producer.addFlow(
      containmentFlow(incidentId2, incident.provider, `evidence:${ev.kind}`, ctx.s.config.rotation.map !== void 0)
    );
  }
  await notifySlack(ctx, incidentId2, `evidence:${ev.kind}`);
  return true;
}
async function mayAct(ctx, incident) {
  if (hasEvidence(incident)) return true;
  await ctx.s.ledger.setOnce(incident.id, "heldForEvidence", (/* @__PURE__ */ new Date()).toISOString());
  return hasEvidence(await loadIncident(ctx, incident.id));
}

// responder/jobs/rotation-evidence.ts
async function verifyBeforeRotating(ctx, incident) {
  const provider = incident.provider ? providerById(incident.provider) : void 0;
  if (!provider?.verify || hasEvidence(incident) || firstActingStep(provider.id) > 0) return;
  const secret = await ctx.s.secrets.get(incident.id, "primary", ctx.scrubber);
  if (!secret) return;
  const v = await provider.verify({ ruleId: incident.ruleId, secret }, ctx.s.providers);
  const text = v.state === "unknown" ? `could not tell whether the leaked credential works: ${v.reason}` : `leaked credential is ${v.state}: ${v.reason}`;
  await ctx.s.ledger.append(incident.id, {
    actor: "leakhound",
    kind: "verification",
    text: ctx.scrubber.text(text),
    key: `verify:${v.state}`
  });
  if (v.state !== "live") return;
  await grantEvidence(ctx, incident.id, {
    kind: "verified-live",
    by: "leakhound",
    at: (/* @__PURE__ */ new Date()).toISOString(),
    detail: `the leaked credential works (${provider.name} verified it): containment may act on it`
  });
}

// responder/jobs/rotation-hook.ts
var hookRetryId = (incident, run3) => jobId("rotate-notify-retry", incident.id, `round:${incident.round}`, run3);
async function retryHookLater(ctx, incident, run3, detail) {
  const { attempts, backoffMs } = ctx.s.config.worker;
  const name = ctx.job.name;
  await ctx.s.producer.add("containment", name, { incidentId: incident.id, step: name }, hookRetryId(incident, run3), {
    delay: backoffMs
  });
  await ctx.s.ledger.append(incident.id, {
    actor: "leakhound",
    kind: "rotation",
    text: `${detail}: trying again up to ${attempts} times with backoff; containment goes on meanwhile`,
    key: `rotate-notify:retrying:${run3}`
  });
  await notifySlack(ctx, incident.id, `rotate-notify:retrying:${incident.round}:${run3}`);
  return "retrying in the background";
}
async function hookFailed(ctx, incident, detail) {
  await recordStep(
    ctx,
    incident.id,
    "redeploy",
    "task",
    `the redeploy hook failed: ${detail}. The replacement is in the store and the rotation is done, but the services may still run the old credential: redeploy them by hand, then press Done`
  );
  return "task";
}

// responder/jobs/rotation-job.ts
var STOPPED = "rotation:stopped";
var RETRIED = "rotation:retried";
async function runOf(ctx, incident) {
  return await ctx.s.ledger.getField(incident.id, RETRIED) ?? "";
}
async function stoppedThisRound(ctx, incident) {
  return await ctx.s.ledger.getField(incident.id, STOPPED) === String(incident.round);
}
var RETIRE_PENDING = "rotation:retire-pending";
async function runRotationJob(ctx, incidentId2, job) {
  const entry = ROTATION_JOBS.get(job);
  const incident = await loadIncident(ctx, incidentId2);
  if (entry.retire) return retire2(ctx, incident, entry.step);
  if (incident.state === "closed") return "skipped: the incident is closed";
  if (incident.steps.rotate?.status === "done") {
    const announce2 = entry.step === "rotate-notify" && await ctx.s.ledger.getField(incidentId2, "rotation:stored");
    if (!announce2) return "skipped: rotated already";
  }
  if (await stoppedThisRound(ctx, incident)) return "skipped: the rotation needs a person";
  if (entry.step === "rotate-create") await verifyBeforeRotating(ctx, incident);
  if (!await mayAct(ctx, await loadIncident(ctx, incidentId2))) return "held: no evidence";
  const run3 = await runOf(ctx, incident);
  const attempts = ctx.job.opts.attempts ?? 1;
  const last = ctx.job.attemptsMade + 1 >= attempts;
  let r;
  try {
    r = await runRotationStep(ctx.s, ctx.s.rotation, incidentId2, entry.step, ctx.scrubber, run3, {
      provider: entry.provider,
      ruleId: incident.ruleId
    });
  } catch (err) {
    if (!last) throw err;
    r = { outcome: "retry", detail: ctx.scrubber.text(err instanceof Error ? err.message : String(err)) };
  }
  if (entry.step === "rotate-notify" && r.outcome !== "done") {
    const retrying = ctx.job.id === hookRetryId(incident, run3);
    if (r.outcome === "task") return hookFailed(ctx, incident, r.detail);
    if (!retrying) return retryHookLater(ctx, incident, run3, r.detail);
    if (!last) throw new Error(r.detail);
    return hookFailed(ctx, incident, `${r.detail} (${attempts} attempts)`);
  }
  if (r.outcome === "retry") {
    if (!last) throw new Error(r.detail);
    return stop(ctx, incident, `gave up after ${attempts} attempts: ${r.detail}`);
  }
  if (r.outcome === "task") return stop(ctx, incident, r.detail);
  if (entry.step === "rotate-store") {
    await recordStep(ctx, incidentId2, "rotate", "done", r.detail);
    await scheduleRetire(ctx, incident);
  }
  return "done";
}
async function stop(ctx, incident, detail) {
  await ctx.s.ledger.setFields(incident.id, { [STOPPED]: String(incident.round) });
  await recordStep(ctx, incident.id, "rotate", "task", detail);
  return "task";
}
async function scheduleRetire(ctx, incident) {
  const name = incident.provider ? retireJob(incident.provider) : void 0;
  const delay2 = await retireDelayMs(ctx.s, incident.id);
  if (!name || delay2 === void 0) return;
  await ctx.s.ledger.setFields(incident.id, { [RETIRE_PENDING]: new Date(Date.now() + delay2).toISOString() });
  await ctx.s.producer.add(
    "containment",
    name,
    { incidentId: incident.id, step: name },
    jobId(name, incident.id, `round:${incident.round}`),
    { delay: delay2 }
  );
}
async function retire2(ctx, incident, step) {
  const run3 = await runOf(ctx, incident);
  const r = await runRotationStep(ctx.s, ctx.s.rotation, incident.id, step, ctx.scrubber, run3);
  if (r.outcome === "retry") throw new Error(r.detail);
  await ctx.s.ledger.setFields(incident.id, { [RETIRE_PENDING]: "" });
  await ctx.s.secrets.delete(incident.id);
  await notifySlack(ctx, incident.id, `rotation:${step}:${r.outcome}`);
  return r.outcome;
}

// responder/jobs/lifecycle.ts
async function dropSecrets(ctx, incident, closing) {
  const incidentId2 = incident.id;
  const retire3 = await ctx.s.ledger.getField(incidentId2, RETIRE_PENDING);
  const retry = !closing && retriable(incident.provider) && await ctx.s.ledger.getField(incidentId2, STOPPED) === String(incident.round);
  if (!retire3 && !retry) return ctx.s.secrets.delete(incidentId2);
  await ctx.s.secrets.deleteOne(incidentId2, "pair");
  await ctx.s.secrets.deleteOne(incidentId2, "replacement");
}
async function markContained(ctx, incidentId2, by) {
  const incident = await loadIncident(ctx, incidentId2);
  if (incident.state === "closed" || incident.containedAt) return;
  const ids = incident.provider ? providerSteps(incident.provider) : [];
  const last = ids.at(-1);
  const revokedByUs = last !== void 0 && incident.steps[last]?.status === "done";
  const providerTasksLeft = ids.some((id) => incident.steps[id]?.status === "task");
  if (!revokedByUs && by === "leakhound") {
    const reason = "automatic containment could not finish: see the tasks in the playbook";
    await ctx.s.ledger.transition(incidentId2, ["open"], "needs-human", { needsHuman: reason });
    await notifySlack(ctx, incidentId2, "containment-incomplete");
    await requestAwsInvestigation(ctx, incident);
    await notifyPeople(ctx, incident);
    return;
  }
  const now = /* @__PURE__ */ new Date();
  if (!await ctx.s.ledger.setOnce(incidentId2, "containedAt", now.toISOString())) return;
  await ctx.s.ledger.transition(
    incidentId2,
    by === "leakhound" && (!revokedByUs || providerTasksLeft) ? ["open"] : ["open", "needs-human"],
    "contained"
  );
  const ttc = (now.getTime() - Date.parse(incident.openedAt)) / 1e3;
  await ctx.s.metrics.observeContainment(ttc);
  const window = incident.exposureStart ? `exposed from ${incident.exposureStart} to ${now.toISOString()} (${duration(now.getTime() - Date.parse(incident.exposureStart))})` : `exposed until ${now.toISOString()}; the introducing commit's date is unknown`;
  await recordStep(ctx, incidentId2, "exposure", "done", window);
  await ctx.s.ledger.append(incidentId2, {
    actor: by,
    kind: "contained",
    text: `credential contained, ${duration(ttc * 1e3)} after the incident opened`,
    key: "contained"
  });
  const exposed = secondsBetween(incident.exposureStart, now);
  if (exposed !== void 0)
    await ctx.s.metrics.observeExposure("time-to-contain", incident.provider ?? "none", exposed);
  await dropSecrets(ctx, incident, false);
  await afterContainment(ctx, incident, now.toISOString());
  await notifyPeople(ctx, incident);
  if (incident.alert) {
    await ctx.s.producer.add(
      "notify",
      "github-resolve-alert",
      { incidentId: incidentId2, resolution: "revoked" },
      jobId("github-resolve-alert", incidentId2, "revoked")
    );
  }
  await requestReview(ctx, incidentId2, "contained");
}
async function notifyPeople(ctx, incident) {
  await ctx.s.producer.add(
    "notify",
    "people",
    { incidentId: incident.id },
    jobId("notify-people", incident.id, String(incident.round))
  );
}
async function requestReview(ctx, incidentId2, reason) {
  await ctx.s.producer.add("incident", "review", { incidentId: incidentId2 }, jobId("review", incidentId2, reason));
  await notifySlack(ctx, incidentId2, `review:${reason}`);
}
async function review(ctx, incidentId2) {
  const incident = await loadIncident(ctx, incidentId2);
  if (incident.state === "closed") return writeReport(ctx, incident);
  if (!allSettled(incident.steps) || incident.steps.report?.status !== "pending") return;
  await recordStep(ctx, incidentId2, "report", "task", REVIEW_TASK);
}
var REVIEW_TASK = 'every step is settled: a responder closes the incident with the post-incident review ("Close with review" in Slack or on the incident page), and the report is written from it';
async function close(ctx, incident, resolution, by) {
  const now = (/* @__PURE__ */ new Date()).toISOString();
  const closed = await ctx.s.ledger.transition(incident.id, ["open", "needs-human", "contained"], "closed", {
    closedAt: now,
    resolution,
    closedBy: by
  });
  if (closed) {
    await ctx.s.ledger.append(incident.id, {
      actor: by,
      kind: "closed",
      text: `incident closed: ${resolution}`,
      key: "closed"
    });
  }
  await dropSecrets(ctx, incident, true);
  if (incident.source === "push" || incident.locations.some((l) => l.commit)) await requestPrune(ctx.s, incident.repo);
  await dropMirror(ctx.s.config.workDir, incident.id);
  await monitoringOnClose(ctx, incident, resolution);
  await writeReport(ctx, incident);
}
async function writeReport(ctx, incident) {
  if (await ctx.s.ledger.getField(incident.id, "report")) return;
  const by = await ctx.s.ledger.getField(incident.id, "closedBy") ?? "leakhound";
  const review2 = readReview(await ctx.s.ledger.getField(incident.id, REVIEW_FIELD));
  const source = review2 ? `from the review by ${review2.by}` : `on closing (${incident.resolution ?? "closed"}) by ${by}`;
  await recordStep(
    ctx,
    incident.id,
    "report",
    "done",
    `post-incident report written ${source} (GET /incidents/${incident.id}/report)`,
    by
  );
  const fresh = await loadIncident(ctx, incident.id);
  await ctx.s.ledger.setFields(incident.id, {
    report: postIncidentReport(fresh, await ctx.s.ledger.timeline(incident.id), {
      ...await readFindings(ctx.s.ledger, incident.id),
      ...review2 ? { review: review2 } : {}
    })
  });
}

// responder/jobs/alert-event.ts
var CLOSING = {
  false_positive: "false-positive",
  used_in_tests: "used-in-tests",
  wont_fix: "resolved-on-github",
  pattern_deleted: "resolved-on-github",
  pattern_edited: "resolved-on-github"
};
async function alertEvent(data, ctx) {
  const id = await ctx.s.ledger.incidentForAlert(data.repo.fullName, data.alertNumber);
  if (!id) {
    ctx.s.log.info("GitHub alert event for an alert without an incident", {
      repo: data.repo.fullName,
      alert: data.alertNumber,
      action: data.action
    });
    return "no incident for this alert";
  }
  const incident = await loadIncident(ctx, id);
  const by = `github:${data.actor}`;
  const key = `alert:${data.action}:${data.resolution ?? data.validity ?? ""}`;
  if (data.action === "resolved") {
    await ctx.s.ledger.append(id, {
      actor: by,
      kind: "github-alert",
      text: `GitHub alert #${data.alertNumber} resolved as ${data.resolution ?? "resolved"}`,
      key
    });
    const resolution = CLOSING[data.resolution ?? ""];
    if (resolution && incident.state !== "closed") await close(ctx, incident, resolution, by);
  } else if (data.action === "validated") {
    await ctx.s.ledger.append(id, {
      actor: by,
      kind: "github-alert",
      text: `GitHub checked the secret with its provider: ${data.validity ?? "unknown"}`,
      key
    });
  } else {
    await ctx.s.ledger.setFields(id, { severity: "critical" });
    await ctx.s.ledger.append(id, {
      actor: by,
      kind: "github-alert",
      text: "GitHub found the secret in a public location: severity raised to critical",
      key
    });
  }
  await notifySlack(ctx, id, key);
  return data.action;
}

// responder/jobs/containment-step.ts
import { DelayedError, UnrecoverableError as UnrecoverableError3 } from "bullmq";

// responder/providers/capabilities.ts
var GITHUB_SCOPES = {
  repo: "read and write every repository the user can reach, private ones included",
  public_repo: "write to public repositories",
  workflow: "change GitHub Actions workflows (and so run code with the repositories’ secrets)",
  "admin:org": "administer the organisations (members, teams, settings)",
  "write:org": "manage organisation membership and teams",
  "admin:repo_hook": "add webhooks that receive every push",
  "write:packages": "publish packages",
  delete_repo: "delete repositories",
  "admin:public_key": "add SSH keys to the account",
  user: "change the user’s profile and email",
  gist: "write gists"
};
var SLACK_SCOPES = {
  "chat:write": "post messages as the app",
  "channels:history": "read public channels",
  "groups:history": "read private channels it is in",
  "im:history": "read direct messages",
  "files:read": "download shared files",
  "users:read.email": "list everyone’s email address",
  admin: "administer the workspace"
};
function attackerCapabilities(providerId, ruleId, v, at) {
  const name = providerById(providerId)?.name ?? providerId;
  const permissions = v.permissions ?? [];
  return {
    provider: name,
    at: at.toISOString(),
    reason: v.reason,
    permissions,
    summary: summary2(providerId, ruleId, permissions, name)
  };
}
function summary2(providerId, ruleId, permissions, name) {
  const meaning = (table) => permissions.map((p) => table[p] ? `${table[p]} (${p})` : p).join("; ");
  if (providerId === "github") {
    return permissions.length > 0 ? `Act as the token’s user with scopes: ${meaning(GITHUB_SCOPES)}` : "Act as the token’s user or app with its permissions (a fine-grained or app token does not list them)";
  }
  if (providerId === "stripe") {
    if (ruleId === "stripe-restricted-key") {
      return `Call the Stripe API with whatever this restricted key was granted${permissions.length ? ` (${permissions.join(", ")})` : ""}; its full permission list is on the dashboard's API keys page`;
    }
    return "Use the whole Stripe API of the account: read customers and payments, refund, create payouts and change settings";
  }
  if (providerId === "slack") {
    return permissions.length > 0 ? `Use the Slack workspace within its scopes: ${meaning(SLACK_SCOPES)}` : "Use the Slack workspace as the token’s user or bot, within scopes Slack did not list";
  }
  return permissions.length > 0 ? `Use ${name} with: ${permissions.join(", ")}` : `Use ${name} with everything the credential’s owner may do there`;
}

// responder/jobs/capabilities.ts
async function recordCapabilities(ctx, incidentId2, providerId, ruleId, v) {
  const c = attackerCapabilities(providerId, ruleId, v, /* @__PURE__ */ new Date());
  const safe = { ...c, reason: ctx.scrubber.text(c.reason), summary: ctx.scrubber.text(c.summary) };
  await writeCapabilities(ctx.s.ledger, incidentId2, safe);
  await ctx.s.ledger.append(incidentId2, {
    actor: "leakhound",
    kind: "investigation",
    text: `What an attacker could do with it: ${safe.summary} (${safe.reason})`,
    key: "capabilities"
  });
}

// responder/jobs/containment-step.ts
var HOUR = 36e5;
async function credential(ctx, incidentId2, ruleId) {
  const secret = await ctx.s.secrets.get(incidentId2, "primary", ctx.scrubber);
  if (!secret) {
    throw new UnrecoverableError3(
      "the stored secret expired or was deleted before containment finished; contain the credential by hand"
    );
  }
  const pair = await ctx.s.secrets.get(incidentId2, "pair", ctx.scrubber);
  const incident = await ctx.s.ledger.get(incidentId2);
  const hosts = [...new Set(incident?.locations.flatMap((l) => l.hosts ?? []) ?? [])];
  return { ruleId, secret, ...pair ? { pair } : {}, ...hosts.length ? { hosts } : {} };
}
async function recordVerification(ctx, incidentId2, provider, c, v) {
  const what = c.pair ? "key pair" : "credential";
  const text = v.state === "unknown" ? `could not tell whether the leaked ${what} works: ${v.reason}` : `leaked ${what} is ${v.state}: ${v.reason}`;
  await ctx.s.ledger.append(incidentId2, {
    actor: "leakhound",
    kind: "verification",
    text: ctx.scrubber.text(text),
    key: `verify:${v.state}`
  });
  if (v.state !== "live") return false;
  await recordCapabilities(ctx, incidentId2, provider.id, c.ruleId, v);
  return grantEvidence(ctx, incidentId2, {
    kind: "verified-live",
    by: "leakhound",
    at: (/* @__PURE__ */ new Date()).toISOString(),
    detail: `the leaked ${what} works (${provider.name} verified it): containment may act on it`
  });
}
async function holdBack(ctx, incident, provider, index) {
  const first = provider.containment.findIndex((s) => !s.readOnly);
  if (first === -1 || index < first) return void 0;
  if (await mayAct(ctx, incident)) return void 0;
  const step = provider.containment[index];
  const firstStep = provider.containment[first];
  const id = stepId(provider, step);
  if (index === first) {
    const label = approveButton(provider.id)?.label ?? "contain";
    const runs = provider.containment.slice(first).map((s) => s.title).join("; ");
    const approve = `A security responder who knows this credential should be contained can approve it with "${label}" (${runs})`;
    await recordTask(ctx, incident.id, id, `${NO_EVIDENCE}. ${approve}`);
  } else if (step.readOnly) {
    await recordTask(ctx, incident.id, id, `held back with the step "${firstStep.title}"`);
  }
  return "held: no evidence";
}
function pollDelay(waitingSince, first) {
  const waited = waitingSince ? Date.now() - Date.parse(waitingSince) : 0;
  return Math.min(HOUR, Math.max(first, Math.floor(waited / 10)));
}
async function runContainmentStep(data, ctx) {
  const { incidentId: incidentId2, step } = data;
  if (ctx.job.name !== step) throw new UnrecoverableError3(`job ${ctx.job.name} carries step ${step}`);
  if (ROTATION_JOBS.has(step)) return runRotationJob(ctx, incidentId2, step);
  const entry = CONTAINMENT_STEPS.get(step);
  if (!entry) throw new UnrecoverableError3(`no provider has the containment step ${step}`);
  const { provider, index } = entry;
  const incident = await beginStep(ctx, incidentId2, step);
  if (!incident) return "skipped";
  const c = await credential(ctx, incidentId2, incident.ruleId);
  const pctx = ctx.s.providers;
  const verifyNow = provider.verifyAfter === void 0 ? index === 0 : false;
  let granted = false;
  if (verifyNow && provider.verify) {
    granted = await recordVerification(ctx, incidentId2, provider, c, await provider.verify(c, pctx));
  }
  const held = await holdBack(ctx, granted ? await loadIncident(ctx, incidentId2) : incident, provider, index);
  if (held) return held;
  const r = await provider.containment[index].run(c, pctx);
  if (provider.verifyAfter === provider.containment[index].id && provider.verify) {
    await recordVerification(ctx, incidentId2, provider, c, await provider.verify(c, pctx));
  }
  if (r.outcome === "done") {
    await recordStep(ctx, incidentId2, step, "done", r.detail);
    if (index === provider.containment.length - 1) {
      const proven = provider.containment.slice(0, -1).filter((s) => s.provenByRevocation);
      await closeWaitingSteps(
        ctx,
        incident,
        proven.map((s) => stepId(provider, s))
      );
    }
    return "done";
  }
  if (r.outcome === "task") {
    await recordTask(ctx, incidentId2, step, r.detail);
    return "task";
  }
  const guided = provider.containment.slice(0, index).filter((s) => s.provenByRevocation);
  const waiting = waitingFor(
    incident,
    guided.map((s) => stepId(provider, s))
  );
  if (index === provider.containment.length - 1 && waiting) {
    await ctx.job.moveToDelayed(Date.now() + pollDelay(waiting.at, ctx.s.config.providers.reverifyMs), ctx.token);
    throw new DelayedError();
  }
  throw new Error(ctx.scrubber.text(r.detail));
}
function waitingFor(incident, ids) {
  return ids.map((id) => incident.steps[id]).find((s) => s?.status === "task");
}
async function closeWaitingSteps(ctx, incident, ids) {
  const fresh = await ctx.s.ledger.get(incident.id) ?? incident;
  for (const id of ids) {
    if (fresh.steps[id]?.status !== "task") continue;
    await recordStep(ctx, incident.id, id, "done", "done by a person: confirmed by re-verification at the provider");
  }
}

// responder/github/alerts.ts
var MAX_COMMITS2 = 20;
async function fetchAlert(octokit, repo, alertNumber) {
  const [owner = "", name = ""] = repo.fullName.split("/");
  const { data: alert } = await octokit.rest.secretScanning.getAlert({ owner, repo: name, alert_number: alertNumber });
  const secretType = alert.secret_type ?? "unknown";
  const ruleId = ruleForSecretType(secretType, alert.secret ?? void 0);
  const rule = defaultRules.find((r) => r.id === ruleId);
  const secret = alert.secret ?? `github-alert:${repo.fullName}#${alertNumber}`;
  const base = {
    ruleId,
    description: rule?.description ?? alert.secret_type_display_name ?? secretType,
    severity: rule?.severity ?? "high",
    secret
  };
  const locations = await octokit.paginate(octokit.rest.secretScanning.listLocationsForAlert, {
    owner,
    repo: name,
    alert_number: alertNumber,
    per_page: 100
  });
  const commits = /* @__PURE__ */ new Map();
  const candidates = [];
  for (const loc of locations) {
    const d = loc.details;
    if (loc.type === "commit" && d && typeof d.path === "string" && typeof d.commit_sha === "string") {
      const sha2 = d.commit_sha;
      if (!commits.has(sha2) && commits.size < MAX_COMMITS2) {
        const { data: c } = await octokit.rest.git.getCommit({ owner, repo: name, commit_sha: sha2 });
        commits.set(sha2, { author: c.author.name, email: c.author.email, date: c.author.date });
      }
      const who = commits.get(sha2) ?? { author: "", email: "", date: "" };
      const line = typeof d.start_line === "number" ? d.start_line : 1;
      candidates.push({
        ...base,
        file: d.path,
        startLine: line,
        commit: sha2,
        ...who,
        fingerprint: `${sha2}:${d.path}:${ruleId}:${line}`,
        url: `${repo.htmlUrl}/blob/${sha2}/${d.path}#L${line}`
      });
    } else {
      const where = typeof d?.html_url === "string" ? d.html_url : void 0;
      candidates.push({
        ...base,
        file: `(${loc.type ?? "unknown"})`,
        startLine: 1,
        commit: "",
        author: "",
        email: "",
        date: "",
        fingerprint: `alert:${alertNumber}:${candidates.length}`,
        ...where ? { url: where } : {}
      });
    }
  }
  if (candidates.length === 0) {
    candidates.push({
      ...base,
      file: "(location unknown)",
      startLine: 1,
      commit: "",
      author: "",
      email: "",
      date: alert.created_at ?? "",
      fingerprint: `alert:${alertNumber}`
    });
  }
  return {
    secretType,
    candidates,
    suppressions: [],
    alert: { number: alertNumber, url: alert.html_url, createdAt: alert.created_at }
  };
}

// responder/jobs/fetch-alert.ts
async function fetchAlertJob(data, ctx) {
  const octokit = await octokitFor(ctx.s.config.github, data.installationId, {
    repo: data.repo.fullName,
    scope: "alerts"
  });
  const { secretType, ...stash } = await fetchAlert(octokit, data.repo, data.alertNumber);
  for (const c of stash.candidates) ctx.scrubber.add(c.secret);
  const stashId = ctx.job.id ?? `alert-${data.repo.fullName}-${data.alertNumber}`;
  await ctx.s.secrets.putStash(stashId, stash);
  ctx.s.log.info("fetched secret scanning alert", {
    repo: data.repo.fullName,
    alert: data.alertNumber,
    type: secretType
  });
  return { stash: stashId, findings: stash.candidates.length };
}

// responder/jobs/notify.ts
const { randomUUID } = process.getBuiltinModule("node:crypto");
import { DelayedError as DelayedError3 } from "bullmq";

// responder/slack/rate-limit.ts
import { DelayedError as DelayedError2 } from "bullmq";
var PER_SECOND = 10;
var PAUSE = `local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > cur then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end
return 1`;
async function throttled(ctx, call3) {
  const { redis, keys: keys2 } = ctx.s;
  const now = Date.now();
  const pausedUntil = Number(await redis.get(keys2.slackPause()) ?? 0);
  if (pausedUntil > now) return delay(ctx, pausedUntil - now);
  const window = keys2.slackWindow(Math.floor(now / 1e3));
  const [[, used]] = await redis.multi().incr(window).pexpire(window, 2e3).exec();
  if (used > PER_SECOND) return delay(ctx, 1e3 - now % 1e3);
  try {
    return await call3();
  } catch (err) {
    const retryAfter = err.retryAfter;
    if (typeof retryAfter !== "number") throw err;
    const ms = Math.max(1, retryAfter) * 1e3;
    await redis.eval(PAUSE, 1, keys2.slackPause(), String(Date.now() + ms), String(ms));
    ctx.s.log.warn("Slack rate limit: every worker pauses its Slack calls", { retryAfterSeconds: retryAfter });
    return delay(ctx, ms);
  }
}
async function delay(ctx, ms) {
  await ctx.job.moveToDelayed(Date.now() + ms + Math.floor(Math.random() * 200), ctx.token);
  throw new DelayedError2();
}

// responder/people/owner.ts
import { GetUserCommand as GetUserCommand2, ListUserTagsCommand as ListUserTagsCommand2 } from "@aws-sdk/client-iam";
var TAG_KEYS = /* @__PURE__ */ new Set(["owner", "email"]);
function iamUserOf(i, rotationOwner) {
  if (rotationOwner) {
    try {
      const o = JSON.parse(rotationOwner);
      if (typeof o.userName === "string" && /^[\w+=,.@-]{1,64}$/.test(o.userName)) return o.userName;
    } catch {
    }
  }
  return /owned by IAM user ([\w+=,.@-]{1,64}) in account/.exec(i.steps["aws-identify"]?.detail ?? "")?.[1];
}
async function credentialOwners(s, i) {
  const contacts = [];
  const problems = [];
  if (i.provider !== "aws") return { contacts, problems };
  const userName = iamUserOf(i, await s.ledger.getField(i.id, "rotation:owner"));
  if (!userName) return { contacts, problems };
  const opts2 = { abortSignal: AbortSignal.timeout(s.config.aws.timeoutMs) };
  const map = s.config.rotation.map;
  if (map?.entries.some((e) => e.owner)) {
    try {
      const arn = (await s.aws.iam.send(new GetUserCommand2({ UserName: userName }), opts2)).User?.Arn;
      const entry = arn ? findRotation(map, "aws", arn) : void 0;
      const email = normalEmail(entry?.owner);
      if (entry && email)
        contacts.push({ email, source: `rotation map entry rotation[${map.entries.indexOf(entry) + 1}]` });
    } catch (err) {
      problems.push(`could not read IAM user ${userName} (iam:GetUser): ${awsError(err)}`);
    }
  }
  try {
    const tags = (await s.aws.iam.send(new ListUserTagsCommand2({ UserName: userName, MaxItems: 50 }), opts2)).Tags ?? [];
    for (const t of tags) {
      const email = TAG_KEYS.has((t.Key ?? "").toLowerCase()) ? normalEmail(t.Value) : void 0;
      if (email) contacts.push({ email, source: `IAM user tag ${t.Key} on ${userName}` });
    }
  } catch (err) {
    problems.push(`could not read the tags of IAM user ${userName} (iam:ListUserTags): ${awsError(err)}`);
  }
  return { contacts, problems };
}
function awsError(err) {
  const e = err;
  return `${e.name ?? "error"}${e.$metadata?.httpStatusCode ? ` (HTTP ${e.$metadata.httpStatusCode})` : ""}`;
}

// responder/people/recipients.ts
var MAX_AUTHORS = 10;
function recipients(i, owners) {
  const byEmail = /* @__PURE__ */ new Map();
  const add = (email, role, name, ownerSource) => {
    const e = normalEmail(email);
    if (!e) return;
    const r = byEmail.get(e) ?? { email: e, roles: [], ...name ? { name } : {} };
    if (!r.roles.includes(role)) r.roles.push(role);
    if (ownerSource && !r.ownerSource) r.ownerSource = ownerSource;
    byEmail.set(e, r);
  };
  const authors = [...new Set(i.locations.map((l) => normalEmail(l.email)).filter((e) => e !== void 0))];
  for (const email of authors.slice(0, MAX_AUTHORS)) {
    add(email, "author", i.locations.find((l) => normalEmail(l.email) === email)?.author);
  }
  add(i.pusher?.email, "pusher", i.pusher?.name);
  for (const o of owners) add(o.email, "owner", void 0, o.source);
  return [...byEmail.values()];
}

// responder/jobs/notify-people.ts
var ROLE_NAMES = { author: "commit author", pusher: "pusher", owner: "credential owner" };
async function notifyPeople2(ctx, incidentId2) {
  const { ledger } = ctx.s;
  const incident = await loadIncident(ctx, incidentId2);
  const round = incident.round;
  const { contacts, problems } = await credentialOwners(ctx.s, incident);
  for (const p of problems) {
    await ledger.append(incidentId2, {
      actor: "leakhound",
      kind: "notification",
      text: p,
      key: `owner-lookup:${round}:${p}`
    });
  }
  const people = recipients(incident, contacts);
  const slack = ctx.s.slack;
  if (people.length === 0 || !slack) {
    const why = !slack ? "Slack is not configured (SLACK_BOT_TOKEN)" : "no author, pusher or owner has a usable email address";
    await ledger.append(incidentId2, {
      actor: "leakhound",
      kind: "notification",
      text: `nobody was messaged directly: ${why}`,
      key: `notify-none:${round}`
    });
    await notifySlack(ctx, incidentId2, `notify-none:${round}`);
    return "nobody";
  }
  let sent = 0;
  for (const r of people) {
    const as = r.roles.map((x) => ROLE_NAMES[x]).join(" and ");
    const marker = `notified:${round}:${r.email}`;
    if (await ledger.getField(incidentId2, marker)) continue;
    let outcome;
    if (isNoreply(r.email)) {
      outcome = `no Slack user for ${r.email} (${as}): a GitHub no-reply address reaches nobody; tell them another way`;
    } else {
      const user = await throttled(ctx, () => slack.userByEmail(r.email));
      if (!user) {
        outcome = `no Slack user for ${r.email} (${as}): users.lookupByEmail found nobody with that address; tell them another way`;
      } else {
        await throttled(ctx, () => slack.dm(user, leakMessage(incident, r.roles, r.ownerSource)));
        outcome = `DM sent to ${r.email} (Slack user ${user}) as the ${as}${r.ownerSource ? `, from the ${r.ownerSource}` : ""}`;
        sent++;
      }
    }
    await ledger.setFields(incidentId2, { [marker]: (/* @__PURE__ */ new Date()).toISOString() });
    await ledger.append(incidentId2, {
      actor: "leakhound",
      kind: outcome.startsWith("DM sent") ? "notified" : "not-notified",
      text: outcome,
      key: marker
    });
  }
  await notifySlack(ctx, incidentId2, `notified:${round}`);
  return `messaged ${sent} of ${people.length}`;
}

// responder/jobs/notify.ts
var RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;
var notifyHandlers = {
  "slack-sync": async ({ incidentId: incidentId2 }, ctx) => {
    const slack = ctx.s.slack;
    if (!slack) return "slack is not configured";
    const lock = ctx.s.keys.lock(incidentId2, "slack");
    const token2 = randomUUID();
    if (await ctx.s.redis.set(lock, token2, "PX", 6e4, "NX") !== "OK") {
      await ctx.job.moveToDelayed(Date.now() + 250 + Math.floor(Math.random() * 250), ctx.token);
      throw new DelayedError3();
    }
    try {
      return await sync(ctx, incidentId2);
    } finally {
      await ctx.s.redis.eval(RELEASE, 1, lock, token2);
    }
  },
  "slack-alert": async ({ text }, ctx) => {
    const safe = ctx.scrubber.text(text);
    if (!ctx.s.slack) {
      ctx.s.log.error(safe);
      return "logged";
    }
    const slack = ctx.s.slack;
    await throttled(
      ctx,
      () => slack.post({ text: safe, blocks: [{ type: "section", text: { type: "mrkdwn", text: safe } }] })
    );
    return "posted";
  },
  people: ({ incidentId: incidentId2 }, ctx) => notifyPeople2(ctx, incidentId2),
  "github-resolve-alert": async ({ incidentId: incidentId2, resolution }, ctx) => {
    const incident = await loadIncident(ctx, incidentId2);
    if (!incident.alert) return "no alert";
    const [owner = "", repo = ""] = incident.alert.repo.split("/");
    const octokit = await octokitFor(ctx.s.config.github, incident.alert.installationId, {
      repo: incident.alert.repo,
      scope: "alerts"
    });
    await octokit.rest.secretScanning.updateAlert({
      owner,
      repo,
      alert_number: incident.alert.number,
      state: "resolved",
      resolution,
      resolution_comment: `leakhound incident ${incidentId2}`
    });
    await ctx.s.ledger.append(incidentId2, {
      actor: "leakhound",
      kind: "github-alert",
      text: `resolved GitHub secret scanning alert #${incident.alert.number} as ${resolution}`,
      key: `github-resolve:${resolution}`
    });
    return "resolved";
  }
};
async function sync(ctx, incidentId2) {
  const slack = ctx.s.slack;
  const { ledger } = ctx.s;
  let incident = await loadIncident(ctx, incidentId2);
  let posted = false;
  if (!incident.slack) {
    const message = incidentMessage(incident);
    const r = await throttled(ctx, () => slack.post(message));
    await ledger.setOnce(incidentId2, "slack", JSON.stringify({ channel: r.channel, ts: r.ts }));
    incident = await loadIncident(ctx, incidentId2);
    posted = true;
  }
  const thread = incident.slack;
  const cursor = await ledger.getField(incidentId2, "slackCursor") ?? "-";
  const entries = await ledger.timeline(incidentId2, cursor);
  for (const e of entries) {
    await throttled(ctx, () => slack.post(timelineReply(e), thread.ts));
    await ledger.setFields(incidentId2, { slackCursor: e.seq });
  }
  if (!posted || entries.length > 0) {
    const message = incidentMessage(await loadIncident(ctx, incidentId2));
    await throttled(ctx, () => slack.update(thread.channel, thread.ts, message));
  }
  return `synced ${entries.length} entries`;
}

// responder/github/repo-policy.ts
const { execFile: execFile2 } = process.getBuiltinModule("node:child_process");
const { promisify: promisify2 } = process.getBuiltinModule("node:util");
var run2 = promisify2(execFile2);
async function readRepoPolicy(dir, sha2, baselinePath) {
  let config = defaultScanConfig();
  let configProblem;
  const present = await existing(dir, sha2, [...CONFIG_FILES, ...IGNORE_FILES, ...baselinePath ? [baselinePath] : []]);
  const show = async (d, s, path) => present.has(path) ? showFile(d, s, path) : null;
  for (const name of CONFIG_FILES) {
    const text = await show(dir, sha2, name);
    if (text === null) continue;
    try {
      config = parseConfig(text, name);
    } catch (err) {
      configProblem = `${name} could not be used, scanned with the built-in rules: ${err.message}`;
    }
    break;
  }
  const suppressions = [];
  for (const name of IGNORE_FILES) {
    const text = await show(dir, sha2, name);
    if (text !== null) suppressions.push({ kind: "ignore", file: name, text });
  }
  if (baselinePath) {
    const text = await show(dir, sha2, baselinePath);
    if (text !== null) suppressions.push({ kind: "baseline", file: baselinePath, text });
  }
  return { config, configProblem, suppressions };
}
async function existing(dir, sha2, paths) {
  try {
    const { stdout } = await run2("git", ["-C", dir, "ls-tree", "--name-only", "-z", sha2, "--", ...paths], {
      maxBuffer: 1024 * 1024
    });
    return new Set(stdout.split("\0").filter(Boolean));
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
async function showFile(dir, sha2, path) {
  try {
    const { stdout } = await run2("git", ["-C", dir, "show", `${sha2}:${path}`], { maxBuffer: 32 * 1024 * 1024 });
    return stdout;
  } catch {
    return null;
  }
}

// responder/triage/caps.ts
var MAX_LOCATIONS = 20;
var RANK = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
function capFindings(candidates, maxFindings) {
  const key = (c) => `${c.ruleId}\0${c.secret}`;
  const seen = /* @__PURE__ */ new Map();
  const ranked = candidates.map((c, i) => {
    const n = seen.get(key(c)) ?? 0;
    seen.set(key(c), n + 1);
    return { c, i, n };
  });
  const sorted = ranked.filter((r) => r.n < MAX_LOCATIONS).sort((a, b) => RANK[a.c.severity] - RANK[b.c.severity] || a.n - b.n || a.i - b.i);
  const kept = sorted.slice(0, maxFindings).map((r) => ({ ...r.c }));
  const first = /* @__PURE__ */ new Map();
  const keptOf = /* @__PURE__ */ new Map();
  for (const c of kept) {
    if (!first.has(key(c))) first.set(key(c), c);
    keptOf.set(key(c), (keptOf.get(key(c)) ?? 0) + 1);
  }
  for (const [k, c] of first) {
    const more = seen.get(k) - keptOf.get(k);
    if (more > 0) c.morePlaces = more;
    else delete c.morePlaces;
  }
  let overCap = 0;
  for (const r of sorted.slice(maxFindings)) if (!first.has(key(r.c))) overCap++;
  return { kept, extraLocations: candidates.length - kept.length - overCap, overCap };
}
function capIncidents(groups, maxIncidents) {
  const sorted = [...groups].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return { open: sorted.slice(0, maxIncidents), folded: sorted.slice(maxIncidents) };
}

// responder/triage/candidate.ts
var anyString = (v, path) => {
  if (typeof v !== "string") throw new Error(`${path}: expected a string`);
  return v;
};
var candidateSchema = object({
  ruleId: string(),
  description: string(),
  severity: oneOf("critical", "high", "medium", "low", "info"),
  secret: string(),
  file: string(),
  startLine: integer(1),
  commit: anyString,
  author: anyString,
  email: anyString,
  date: anyString,
  fingerprint: string(),
  url: optional(string()),
  /** On a line with a `leakhound:allow`/`gitleaks:allow` comment: quiet only if not live. */
  inlineAllowed: optional(boolean),
  /** Hosts named near the secret (a self-managed GitLab's); untrusted unless configured. */
  hosts: optional(array(string())),
  /** Set on a credential's first kept place: how many more places the push had beyond those kept (caps.ts). */
  morePlaces: optional(integer(1))
});
var stashSchema = object({
  candidates: array(candidateSchema),
  /** The repository's ignore files and baseline at the pushed commit, applied by triage. */
  suppressions: array(
    object({ kind: oneOf("ignore", "baseline"), file: string(), text: (v, p) => anyString(v, p) })
  ),
  alert: optional(object({ number: integer(1), url: optional(string()), createdAt: optional(string()) })),
  /** What the scan left out to bound the volume (see triage/caps.ts). */
  capped: optional(object({ overCap: integer(0), extraLocations: integer(0) }))
});
function fromFinding(f) {
  return {
    ruleId: f.ruleId,
    description: f.description,
    severity: f.severity,
    secret: f.secret,
    file: f.file,
    startLine: f.startLine,
    commit: f.commit,
    author: f.author,
    email: f.email,
    date: f.date,
    fingerprint: f.fingerprint,
    ...f.tags.includes(INLINE_ALLOWED) ? { inlineAllowed: true } : {},
    ...f.hosts?.length ? { hosts: f.hosts } : {}
  };
}

// responder/jobs/scan-push.ts
async function scanPush(data, ctx) {
  const stashId = ctx.job.id ?? `scan-${data.after}`;
  if (ctx.job.data.stashed && await ctx.s.secrets.getStash(stashId) !== void 0) {
    return { stash: stashId, findings: ctx.job.data.stashed };
  }
  const { config } = ctx.s;
  const token2 = await githubToken(config.github, data.installationId, { repo: data.repo.fullName, scope: "contents" });
  if (token2) ctx.scrubber.add(token2);
  const dir = await fetchPush({
    workDir: config.workDir,
    cloneUrl: repoFetchUrl(config.github, data.repo.fullName),
    before: data.before,
    after: data.after,
    token: token2,
    defaultBranch: data.defaultBranch
  });
  const policySha = policyRevision(data);
  const policy = policySha ? await readRepoPolicy(dir, policySha, config.baselinePath) : { config: defaultScanConfig(), suppressions: [] };
  if (policy.configProblem) ctx.s.log.warn(policy.configProblem, { repo: data.repo.fullName });
  const detector2 = new Detector({
    rules: policy.config.rules,
    allowlists: policy.config.allowlists,
    keepInlineAllowed: true
  });
  const result = await scanRange({ repo: dir, range: `${data.before}..${data.after}`, detector: detector2 }).finally(
    () => releasePush(dir, data.before, data.after)
  );
  for (const f of result.findings) ctx.scrubber.add(f.secret);
  ctx.s.log.info("scanned push", {
    repo: data.repo.fullName,
    commits: result.commits,
    findings: result.findings.length,
    skipped: result.skipped.length
  });
  const findings = result.findings.filter((f) => f.secret !== "");
  if (findings.length === 0) return { stash: null, findings: 0 };
  const all = findings.map((f) => ({ ...fromFinding(f), url: blobUrl(data.repo, f.commit, f.file, f.startLine) }));
  const capped = capFindings(all, config.limits.findingsPerPush);
  const stash = {
    candidates: capped.kept,
    suppressions: policy.suppressions,
    ...capped.overCap || capped.extraLocations ? { capped: { overCap: capped.overCap, extraLocations: capped.extraLocations } } : {}
  };
  await ctx.s.secrets.putStash(stashId, stash);
  await ctx.job.updateData({ ...data, stashed: findings.length });
  return { stash: stashId, findings: findings.length };
}
function policyRevision(data) {
  if (!data.defaultBranch) return void 0;
  if (data.ref === `refs/heads/${data.defaultBranch}`) return data.before === ZERO_SHA ? void 0 : data.before;
  return DEFAULT_REF;
}
function blobUrl(repo, commit, file, line) {
  return `${repo.htmlUrl}/blob/${commit}/${file.split("/").map(encodeURIComponent).join("/")}#L${line}`;
}

// responder/jobs/confirm-step.ts
async function confirmStep(ctx, incident, step, by) {
  const id = incident.id;
  if (incident.state === "closed") return notifySlack(ctx, id, `done:${step}:already-closed`).then(() => "closed");
  if (incident.steps[step]?.status !== "task") return `step ${step} is not waiting for a person`;
  if (step === "report") return "the report is written by closing with the review, not ticked";
  await recordStep(ctx, id, step, "done", "confirmed by hand", by);
  const fresh = await loadIncident(ctx, id);
  if (phaseOf(step) === "containment" && !fresh.containedAt && revoked(fresh)) await markContained(ctx, id, by);
  else if (fresh.containedAt && noContainmentTask(fresh)) {
    await ctx.s.ledger.transition(id, ["needs-human"], "contained");
  }
  await requestReview(ctx, id, `done:${step}`);
  return `confirmed ${step}`;
}
function revoked(i) {
  return Object.entries(i.steps).filter(([st]) => phaseOf(st) === "containment" && st !== "rotate" && st !== "redeploy").every(([, s]) => s?.status === "done" || s?.status === "skipped");
}
function noContainmentTask(i) {
  return Object.entries(i.steps).every(([st, s]) => phaseOf(st) !== "containment" || s?.status !== "task");
}

// responder/review/close-with-review.ts
async function closeWithReview(ctx, incident, by) {
  const { ledger } = ctx.s;
  const review2 = readReview(await ledger.getField(incident.id, PENDING_REVIEW_FIELD));
  if (!review2 || review2.by !== by) return "no review from this person waiting";
  const can = closable(incident);
  if (!can.ok) {
    await ledger.append(incident.id, {
      actor: by,
      kind: "review-refused",
      text: `submitted the closing review, but ${can.reason}; nothing changed`,
      key: `review-refused:${review2.at}`
    });
    await notifySlack(ctx, incident.id, `review-refused:${review2.at}`);
    return "not closable";
  }
  await ledger.setFields(incident.id, { [REVIEW_FIELD]: JSON.stringify(review2) });
  if (!incident.acknowledged) {
    await ledger.setOnce(incident.id, "ack", JSON.stringify({ by, at: review2.at }));
  }
  await ledger.append(incident.id, {
    actor: by,
    kind: "review",
    text: `wrote the post-incident review: root cause "${rootCauseText(review2)}"`,
    key: "review"
  });
  for (const [n, task5] of followUpTasks(review2, incident.repo).entries()) {
    await ledger.append(incident.id, {
      actor: by,
      kind: "follow-up",
      text: `follow-up task: ${task5}`,
      key: `follow-up:${n}`
    });
  }
  await close(ctx, incident, "contained", by);
  await notifySlack(ctx, incident.id, "closed-with-review");
  return "closed with review";
}

// responder/jobs/history-rewrite.ts
const { existsSync } = process.getBuiltinModule("node:fs");
const { readFile } = process.getBuiltinModule("node:fs/promises");
const { join: join4 } = process.getBuiltinModule("node:path");

// responder/jobs/history-findings.ts
async function incidentFindings(ctx, incident, dir) {
  const config = defaultScanConfig();
  const detector2 = new Detector({ rules: config.rules, allowlists: config.allowlists, keepInlineAllowed: true });
  const history = await scanHistory({ repo: dir, engine: detector2, progress: false });
  const all = [...history.findings, ...await scanMessages(dir, detector2)];
  const mine = [];
  for (const f of all) {
    if (!f.secret || ctx.s.box.credentialId("credential", f.secret) !== incident.id) continue;
    ctx.scrubber.add(f.secret);
    mine.push({ ruleId: f.ruleId, secret: f.secret, file: f.file, commit: f.commit, tags: f.tags });
  }
  const pair = await ctx.s.secrets.get(incident.id, "pair", ctx.scrubber);
  if (pair && mine.length > 0) mine.push({ ruleId: incident.ruleId, secret: pair, file: "", commit: "", tags: [] });
  return mine;
}

// responder/jobs/history-rewrite.ts
var REWRITE_DIR = "leakhound-rewrite";
var NOT_NEEDED_REASONS = {
  private: "the repository is private and was never public; the secret is revoked",
  revoked: "the secret is revoked and useless; rewriting shared history costs more than it protects",
  "not-pushed": "the commit never reached a shared branch (deleted before anyone fetched it)"
};
function open(incident) {
  return incident.state !== "closed" && incident.steps.history?.status === "task";
}
var token = (ctx, i, scope) => (
  // A push incident keeps the installation its webhook came from; an alert's is on the alert.
  githubToken(ctx.s.config.github, i.installationId ?? i.alert?.installationId, { repo: i.repo, scope }).then((t) => {
    if (t) ctx.scrubber.add(t);
    return t;
  })
);
async function prepareHistory(ctx, incident, data) {
  const id = incident.id;
  const by = `slack:${data.user}`;
  if (!open(incident)) return "history step is not open";
  const url = repoFetchUrl(ctx.s.config.github, incident.repo);
  const dir = await cloneMirror(ctx.s.config.workDir, id, url, await token(ctx, incident, "contents"));
  const findings = await incidentFindings(ctx, incident, dir);
  const key = `history-prepared:${data.actionTs ?? ""}`;
  if (findings.length === 0) {
    await ctx.s.ledger.append(id, {
      actor: by,
      kind: "history-prepared",
      step: "history",
      text: `prepared a history rewrite: no reachable commit, tag or message of ${incident.repo} holds the credential any more, so there is nothing to push; if that is right, mark the step "Not needed"`,
      key
    });
    return notifySlack(ctx, id, key).then(() => "nothing to remove");
  }
  const plan = planRewrite(findings, { rules: [], replacement: DEFAULT_REPLACEMENT });
  const result = await applyRewrite({
    repo: await inspectRepo(dir),
    plan,
    findingBlobs: /* @__PURE__ */ new Set(),
    dryRun: false,
    progress: false
  });
  const refs = result.refs.filter((r) => r.ref.startsWith("refs/heads/") || r.ref.startsWith("refs/tags/"));
  const { stats } = result;
  const prepared = {
    at: (/* @__PURE__ */ new Date()).toISOString(),
    by,
    refs,
    commits: stats.commits,
    changedCommits: stats.changedCommits,
    firstChanged: stats.firstChanged
  };
  await ctx.s.ledger.setFields(id, { historyRewrite: JSON.stringify(prepared) });
  await ctx.s.ledger.append(id, {
    actor: by,
    kind: "history-prepared",
    step: "history",
    text: ctx.scrubber.text(
      `prepared a history rewrite in the worker's mirror clone (dry run: nothing pushed yet): ${refs.length} ref(s) to rewrite (${refs.map((r) => r.ref).join(", ")}); ${stats.changedCommits} of ${stats.commits} commit(s) change, the first is ${stats.firstChanged ?? "none"}; a responder may now press "Push rewritten history"`
    ),
    key
  });
  return notifySlack(ctx, id, key).then(() => `prepared ${refs.length} ref(s)`);
}
async function pushHistory(ctx, incident, data) {
  const id = incident.id;
  const by = `slack:${data.user}`;
  const prepared = incident.historyRewrite;
  if (!open(incident) || !prepared) return "nothing prepared to push";
  const dir = mirrorDir(ctx.s.config.workDir, id);
  const key = `history-push:${data.actionTs ?? ""}`;
  if (!existsSync(join4(dir, "HEAD"))) {
    await ctx.s.ledger.append(id, {
      actor: by,
      kind: "history-push-failed",
      step: "history",
      text: `the prepared mirror is not in this worker's cache (pruned, or prepared on another machine); press "Prepare history rewrite" again, then push`,
      key
    });
    return notifySlack(ctx, id, key).then(() => "mirror missing");
  }
  const url = repoFetchUrl(ctx.s.config.github, incident.repo);
  const auth = await token(ctx, incident, "push");
  const outcomes = [];
  for (const r of prepared.refs) outcomes.push(await pushLeased(dir, url, r.ref, r.old, auth));
  const refused = outcomes.filter((o) => !o.ok);
  const maps = join4(dir, REWRITE_DIR);
  if (refused.length === 0) {
    const first = await firstMapped(join4(maps, "commit-map"), prepared.firstChanged);
    await pruneMirror(dir).catch(
      (err) => ctx.s.log.warn("could not drop the old objects from the rewrite mirror", {
        error: ctx.scrubber.text(String(err))
      })
    );
    await ctx.s.ledger.append(id, {
      actor: by,
      kind: "history-pushed",
      step: "history",
      text: `force-pushed ${outcomes.length} rewritten ref(s) with lease; commit map (old → new, ${prepared.changedCommits} of ${prepared.commits} commits changed${first ? `, e.g. ${first}` : ""}) kept at ${maps}/commit-map on the worker`,
      key
    });
    await recordStep(
      ctx,
      id,
      "history",
      "done",
      `rewritten history pushed (${outcomes.map((o) => o.ref).join(", ")}); ask GitHub Support to purge cached views and pull request refs, and tell collaborators to re-clone`,
      by
    );
    await requestReview(ctx, id, "history-pushed");
    return `pushed ${outcomes.length} ref(s)`;
  }
  const pushed = outcomes.filter((o) => o.ok).map((o) => o.ref);
  const left = prepared.refs.filter((r) => refused.some((o) => o.ref === r.ref));
  const commands = pushCommands(left, url.replace(/\/\/[^/@]*@/, "//"));
  const detail = ctx.scrubber.text(
    `the push was refused for ${refused.map((o) => o.ref).join(", ")} (${refused[0].why ?? "no reason given"})${pushed.length ? `; pushed: ${pushed.join(", ")}` : ""}. Lift branch protection for them (or ask an admin), then run in a mirror clone rewritten the same way (on the worker: ${dir}): ${commands.join(" && ")}`
  );
  await ctx.s.ledger.setStep(id, "history", { status: "task", at: (/* @__PURE__ */ new Date()).toISOString(), by, detail });
  await ctx.s.ledger.append(id, { actor: by, kind: "history-push-refused", step: "history", text: detail, key });
  await ctx.s.ledger.transition(id, ["open", "contained"], "needs-human", { needsHuman: detail });
  return notifySlack(ctx, id, key).then(() => "push refused");
}
async function historyNotNeeded(ctx, incident, data) {
  const reason = data.reason;
  if (!reason || !open(incident)) return "history step is not open, or no reason given";
  const by = `slack:${data.user}`;
  await recordStep(ctx, incident.id, "history", "skipped", `not needed: ${NOT_NEEDED_REASONS[reason]}`, by);
  await requestReview(ctx, incident.id, "history-not-needed");
  return "not needed";
}
async function firstMapped(file, old) {
  if (!old) return null;
  const text = await readFile(file, "utf8").catch(() => "");
  const line = text.split("\n").find((l) => l.startsWith(`${old} `));
  return line ? line.replace(" ", " → ") : null;
}

// responder/jobs/rotation-retry.ts
async function retryRotation(ctx, incident, by, click) {
  const jobs = incident.provider ? rotationJobs(incident.provider) : [];
  const refuse2 = async (why) => {
    await ctx.s.ledger.append(incident.id, {
      actor: by,
      kind: "rotation",
      text: `pressed "Retry rotation", but ${why}; nothing changed`,
      key: `rotate-retry:${click ?? "refused"}`
    });
    await notifySlack(ctx, incident.id, `rotate-retry:${click ?? "refused"}`);
    return "not retried";
  };
  if (incident.state === "closed") return refuse2("the incident is closed");
  if (jobs.length === 0) return refuse2("leakhound does not rotate this kind of credential");
  if (!retriable(incident.provider))
    return refuse2("the provider retired the leaked credential when it was rotated or revoked: replace it by hand");
  if (!ctx.s.config.rotation.map) return refuse2("LEAKHOUND_ROTATION_CONFIG is not set on the workers");
  if (incident.steps.rotate?.status !== "task") return refuse2("the rotation is not waiting for a person");
  const attempt = click ?? (/* @__PURE__ */ new Date()).toISOString();
  await ctx.s.ledger.setFields(incident.id, { [STOPPED]: "", [RETRIED]: attempt });
  await ctx.s.ledger.setStep(incident.id, "rotate", { status: "pending", at: (/* @__PURE__ */ new Date()).toISOString(), by });
  await ctx.s.ledger.append(incident.id, {
    actor: by,
    kind: "rotation",
    text: "asked leakhound to retry the rotation from its first step",
    key: `rotate-retry:${attempt}`
  });
  let node;
  for (const step of jobs) {
    const child = {
      queue: "containment",
      name: step,
      data: { incidentId: incident.id, step },
      jobId: jobId(step, incident.id, `rotation-retry:${attempt}`)
    };
    if (node) child.children = [node];
    node = child;
  }
  await ctx.s.producer.addFlow(node);
  await notifySlack(ctx, incident.id, `rotate-retry:${attempt}`);
  return "retrying";
}

// responder/jobs/slack-action.ts
function actorOf(data) {
  return data.user ? `slack:${data.user}` : "web:api-token";
}
async function slackAction(data, ctx) {
  const { incidentId: incidentId2, action: action2 } = data;
  const by = actorOf(data);
  const incident = await loadIncident(ctx, incidentId2);
  const verdict = data.via === "web" ? await authorizeWebAction(ctx.s, data.user) : data.user ? await authorizeClick(ctx.s, { ...data, user: data.user }, incident) : { ok: false, reason: "a Slack click without a user", tell: "Nothing changed." };
  if (!verdict.ok) return refuse(ctx, data, verdict);
  switch (action2) {
    case "close": {
      const can = closable(incident);
      if (can.ok) return "review form opened";
      await tell(ctx, data, `This incident cannot be closed yet: ${can.reason}.`);
      return "not closable";
    }
    case "review":
      return closeWithReview(ctx, incident, by);
    case "acknowledge": {
      if (await ctx.s.ledger.setOnce(incidentId2, "ack", JSON.stringify({ by, at: (/* @__PURE__ */ new Date()).toISOString() }))) {
        await ctx.s.ledger.append(incidentId2, {
          actor: by,
          kind: "acknowledged",
          text: "acknowledged the incident",
          key: "acknowledged"
        });
      }
      return requestReview(ctx, incidentId2, "acknowledged");
    }
    case "false-positive":
      if (incident.evidence?.kind === "verified-live" && incident.state !== "closed") {
        await ctx.s.ledger.setFields(incidentId2, { falsePositiveAskedBy: by });
        await ctx.s.ledger.append(incidentId2, {
          actor: by,
          kind: "false-positive-asked",
          text: 'said this is a false positive, but leakhound verified the credential live; nothing changed until someone presses "Yes, false positive although live"',
          key: `false-positive-asked:${data.actionTs ?? ""}`
        });
        return notifySlack(ctx, incidentId2, `false-positive-asked:${data.actionTs ?? ""}`);
      }
      return dismiss(ctx, incident, "false-positive", by);
    case "false-positive-confirm":
      if (incident.evidence?.kind === "verified-live" && !incident.falsePositiveAskedBy) return "not asked";
      return dismiss(ctx, incident, "false-positive", by);
    case "used-in-tests":
      return dismiss(ctx, incident, "used-in-tests", by);
    case "contain": {
      if (!incident.provider || incident.state === "closed") return "nothing to contain";
      const label = approveButton(incident.provider)?.label ?? "contain";
      const granted = await grantEvidence(ctx, incidentId2, {
        kind: "responder-approved",
        by,
        at: (/* @__PURE__ */ new Date()).toISOString(),
        detail: `approved containment ("${label}")`
      });
      return granted ? "approved" : "already had evidence";
    }
    case "rotated":
      return confirmStep(ctx, incident, "rotate", by);
    case "rotate-retry":
      return retryRotation(ctx, incident, by, data.actionTs);
    case "done":
      if (!data.step) return "no step named";
      return confirmStep(ctx, incident, data.step, by);
    case "history-prepare":
      return prepareHistory(ctx, incident, data);
    case "history-push":
      return pushHistory(ctx, incident, data);
    case "history-not-needed":
      return historyNotNeeded(ctx, incident, data);
  }
}
async function dismiss(ctx, incident, action2, by) {
  const incidentId2 = incident.id;
  if (incident.state === "closed") return notifySlack(ctx, incidentId2, `${action2}:already-closed`);
  await ctx.s.ledger.append(incidentId2, {
    actor: by,
    kind: action2,
    text: action2 === "false-positive" ? `marked the finding as a false positive${incident.evidence?.kind === "verified-live" ? ", although leakhound verified it live" : ""}` : "marked the credential as used in tests only",
    key: action2
  });
  await close(ctx, incident, action2, by);
  if (incident.alert) {
    const resolution = action2 === "false-positive" ? "false_positive" : "used_in_tests";
    await ctx.s.producer.add(
      "notify",
      "github-resolve-alert",
      { incidentId: incidentId2, resolution },
      jobId("github-resolve-alert", incidentId2, resolution)
    );
  }
  return notifySlack(ctx, incidentId2, action2);
}
async function refuse(ctx, data, verdict) {
  const { incidentId: incidentId2, action: action2 } = data;
  const user = data.user ?? "api-token";
  const where = data.via === "web" ? " on the incident page" : "";
  await ctx.s.ledger.append(incidentId2, {
    actor: actorOf(data),
    kind: "refused",
    text: `pressed "${action2}"${where} and was refused: ${verdict.reason}; nothing changed`,
    key: `refused:${action2}:${user}:${data.actionTs ?? ""}`
  });
  await notifySlack(ctx, incidentId2, `refused:${action2}:${user}:${data.actionTs ?? ""}`);
  await tell(ctx, data, verdict.tell);
  return "refused";
}
async function tell(ctx, data, text) {
  const channel = data.channel ?? ctx.s.slack?.channel;
  if (!ctx.s.slack || !data.user || data.via === "web" || channel !== ctx.s.slack.channel) return;
  await ctx.s.slack.ephemeral(channel, data.user, text).catch(
    (err) => ctx.s.log.warn("could not tell a Slack user why nothing changed", {
      error: err instanceof Error ? err.message : String(err)
    })
  );
}

// responder/jobs/triage.ts
import { UnrecoverableError as UnrecoverableError4 } from "bullmq";

// responder/triage/group.ts
var ORDER3 = ["info", "low", "medium", "high", "critical"];
var PAIR_DISTANCE = 5;
function groupCandidates(candidates, opts2) {
  const kept = candidates.filter((c) => !opts2.isSuppressed(c));
  const byIdentity = /* @__PURE__ */ new Map();
  for (const c of kept) {
    if (providerForRule2(c.ruleId) === null) continue;
    const g = byIdentity.get(c.secret) ?? newGroup(c);
    g.candidates.push(c);
    byIdentity.set(c.secret, g);
  }
  const identities = [...byIdentity.values()].flatMap((g) => g.candidates);
  const rest = [];
  for (const c of kept) {
    if (providerForRule2(c.ruleId) !== null) continue;
    const near = isPairRule(c.ruleId) ? identities.find(
      (i) => i.file === c.file && i.commit === c.commit && Math.abs(i.startLine - c.startLine) <= PAIR_DISTANCE
    ) : void 0;
    const g = near ? byIdentity.get(near.secret) : void 0;
    if (g) g.pair ??= c.secret;
    else rest.push(c);
  }
  const others = /* @__PURE__ */ new Map();
  for (const c of rest) {
    const g = others.get(c.secret) ?? newGroup(c);
    g.candidates.push(c);
    others.set(c.secret, g);
  }
  const groups = [...byIdentity.values(), ...others.values()];
  for (const g of groups) g.severity = severityOf(g, opts2.visibility);
  return { groups, suppressed: candidates.length - kept.length };
}
function newGroup(c) {
  return {
    identity: c.secret,
    ruleId: c.ruleId,
    description: c.description,
    provider: providerForRule2(c.ruleId),
    severity: c.severity,
    candidates: []
  };
}
function severityOf(g, visibility) {
  let i = Math.max(...g.candidates.map((c) => ORDER3.indexOf(c.severity)));
  if (g.pair) i = Math.max(i, ORDER3.indexOf("critical"));
  if (visibility === "public") i = Math.min(i + 1, ORDER3.length - 1);
  return ORDER3[i] ?? "high";
}

// responder/triage/suppress.ts
function suppressor(suppressions, warn) {
  const ignore = new IgnoreSet();
  const baselines = [];
  for (const s of suppressions) {
    if (s.kind === "ignore") {
      ignore.add(s.text, s.file);
      continue;
    }
    try {
      baselines.push(parseBaseline(s.text, s.file));
    } catch (err) {
      warn(`baseline ${s.file} ignored: ${err.message}`);
    }
  }
  return (c) => {
    if (ignore.isIgnored(c)) return "ignored";
    const known = baselines.some(
      (b) => b.has({ ruleId: c.ruleId, file: c.file, secret: c.secret, secretHash: "", fingerprint: c.fingerprint })
    );
    return known ? "baselined" : void 0;
  };
}

// responder/providers/verify-credential.ts
async function verifyCredential(s, g) {
  if (g.provider === "aws" && g.pair) {
    return verifyKeyPair(s.aws.keyPairSts(g.identity, g.pair), { timeoutMs: s.config.aws.timeoutMs });
  }
  return { status: "unknown", error: "leakhound cannot check this kind of credential" };
}

// responder/triage/mass-leak.ts
async function openMassLeak(ctx, repo, push, m) {
  const id = ctx.s.box.credentialId("mass-leak", `${repo.fullName}\0${push}`);
  const byRule = /* @__PURE__ */ new Map();
  for (const g of m.folded) byRule.set(g.ruleId, (byRule.get(g.ruleId) ?? 0) + 1);
  const counts = [...byRule].map(([rule, n]) => `${n} × ${rule}`).join(", ");
  const total = m.folded.length;
  const locations = m.folded.flatMap((g) => g.candidates).slice(0, MAX_LOCATIONS).map((c) => ({
    file: c.file,
    startLine: c.startLine,
    commit: c.commit,
    author: c.author,
    email: c.email,
    date: c.date
  }));
  const meta = {
    ruleId: "mass-leak",
    description: `mass leak: ${total} more credentials in one push`,
    provider: null,
    credential: `${total} credentials`,
    repo: repo.fullName,
    repoUrl: repo.htmlUrl,
    visibility: repo.visibility,
    source: "push"
  };
  const now = (/* @__PURE__ */ new Date()).toISOString();
  const { created } = await ctx.s.ledger.open({
    id,
    meta,
    severity: "critical",
    steps: planSteps(null),
    locations,
    at: now
  });
  const more = [
    m.overCap ? `${m.overCap} findings over the per-push cap were not triaged` : "",
    m.extraLocations ? `${m.extraLocations} more places of credentials already counted` : ""
  ].filter(Boolean);
  await ctx.s.ledger.append(id, {
    actor: "leakhound",
    kind: "opened",
    text: `one push to ${repo.fullName} carried more credentials than LEAKHOUND_MAX_INCIDENTS_PER_PUSH allows: ${counts}${more.length ? `; ${more.join("; ")}` : ""}. Nothing was contained automatically: review the push`,
    key: "opened"
  });
  if (created) await recordStep(ctx, id, "access", "done", `${repo.fullName} is ${repo.visibility}`);
  await notifySlack(ctx, id, "opened");
  return id;
}

// responder/jobs/triage.ts
async function triage(data, ctx) {
  const children = Object.values(await ctx.job.getChildrenValues());
  const incidents = [];
  let suppressed = 0;
  for (const child of children) {
    if (!child?.stash) continue;
    const raw = await ctx.s.secrets.getStash(child.stash);
    if (raw === void 0) {
      if (ctx.job.data.done?.includes(child.stash)) continue;
      throw new UnrecoverableError4(
        `the sealed scan results ${child.stash} expired before triage; redeliver the webhook`
      );
    }
    const stash = parse2(stashSchema, raw, "stash");
    for (const c of stash.candidates) ctx.scrubber.add(c.secret);
    const policy = suppressor(stash.suppressions, (m) => ctx.s.log.warn(m, { repo: data.repo.fullName }));
    const grouped = groupCandidates(stash.candidates, {
      isSuppressed: (c) => policy(c) === "ignored",
      visibility: data.repo.visibility
    });
    suppressed += grouped.suppressed;
    const { open: open2, folded } = capIncidents(grouped.groups, ctx.s.config.limits.incidentsPerPush);
    const overCap = stash.capped?.overCap ?? 0;
    if (folded.length > 0 || overCap > 0) {
      incidents.push(
        await openMassLeak(ctx, data.repo, ctx.job.id ?? child.stash, {
          folded,
          overCap,
          extraLocations: stash.capped?.extraLocations ?? 0
        })
      );
    }
    for (const g of open2) {
      const quiet = g.candidates.every((c) => c.inlineAllowed || policy(c) === "baselined");
      let suppressedInCode;
      if (quiet) {
        const v = await verifyCredential(ctx.s, g);
        if (v.status !== "live") {
          suppressed += g.candidates.length;
          continue;
        }
        suppressedInCode = g.candidates.some((c) => c.inlineAllowed) ? "an inline allow comment" : "the baseline";
      }
      const opened = await openIncident(ctx, g, {
        source: data.source,
        repo: data.repo,
        installationId: data.installationId,
        alert: stash.alert,
        pushedAt: data.pushedAt,
        pushedBy: data.pushedBy,
        pusher: data.pusher,
        suppressedInCode,
        alertAction: data.alertAction
      });
      incidents.push(opened);
      const more = g.candidates.reduce((n, c) => n + (c.morePlaces ?? 0), 0);
      if (more > 0) {
        await ctx.s.ledger.append(opened, {
          actor: "leakhound",
          kind: "more-places",
          text: `this push carries the credential in ${more} more places than those listed (at most ${MAX_LOCATIONS} places of one credential are kept per push)`,
          key: `more-places:${ctx.job.id ?? child.stash}`
        });
      }
    }
    const done3 = [...ctx.job.data.done ?? [], child.stash];
    await ctx.job.updateData({ ...data, done: done3 });
    await ctx.s.secrets.deleteStash(child.stash);
  }
  return { incidents, suppressed };
}

// responder/queue/run-job.ts
import { DelayedError as DelayedError4, UnrecoverableError as UnrecoverableError5 } from "bullmq";
function processorFor(queue, handlers2, s) {
  return async (job, token2) => {
    const scrubber = new Scrubber();
    try {
      const schema = JOBS[queue][job.name];
      const handler = handlers2[job.name];
      if (!schema || !handler) throw new UnrecoverableError5(`queue ${queue} has no job named ${job.name}`);
      let data;
      try {
        data = schema(job.data, "data");
      } catch (err) {
        if (err instanceof SchemaError)
          throw new UnrecoverableError5(`job ${queue}/${job.name} ${job.id}: invalid data: ${err.message}`);
        throw err;
      }
      const result = await handler(data, { job, token: token2, scrubber, s });
      await s.metrics.jobFinished(queue, job.name, "completed");
      return result;
    } catch (err) {
      if (err instanceof DelayedError4) throw err;
      const safe = scrubber.error(err instanceof Error ? err : new Error(String(err)));
      const final = safe instanceof UnrecoverableError5 || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      s.log.warn(final ? "job failed for good" : "job failed, will retry", {
        queue,
        job: job.name,
        id: job.id,
        attempt: job.attemptsMade + 1,
        error: safe.message
      });
      if (final) await onExhausted(s, queue, job, safe.message);
      throw safe;
    }
  };
}
async function onExhausted(s, queue, job, reason) {
  try {
    await s.metrics.jobFinished(queue, job.name, "failed");
    const incidentId2 = typeof job.data?.incidentId === "string" && /^[0-9a-f]{32}$/.test(job.data.incidentId) ? job.data.incidentId : void 0;
    const what = `${queue}/${job.name} failed after ${job.attemptsMade + 1} attempt(s): ${reason}`;
    if (incidentId2 && queue !== "notify") {
      await markNeedsHuman(s, incidentId2, what, job);
      return;
    }
    if (job.name === "slack-alert" || job.name === "slack-sync") {
      s.log.error("could not reach Slack; a person must check the incident ledger", {
        job: job.name,
        id: job.id,
        error: reason
      });
      return;
    }
    const repo = typeof job.data?.repo?.fullName === "string" ? ` for ${job.data.repo.fullName}` : "";
    const text = job.name === "fetch-alert" ? `:warning: leakhound needs a human: could not fetch GitHub secret scanning alert #${String(job.data?.alertNumber)}${repo}, so nothing was contained (${reason}). Give leakhound access (GITHUB_TOKEN with "Secret scanning alerts: read", or GITHUB_APP_ID/GITHUB_APP_PRIVATE_KEY), then redeliver the webhook or look at the alert on GitHub.` : `:warning: leakhound needs a human: ${what}${repo}`;
    await s.producer.add("notify", "slack-alert", { text }, jobId("slack-alert", queue, job.id ?? ""));
  } catch (err) {
    s.log.error("could not record a failed job; it is still in the failed set", {
      job: job.name,
      id: job.id,
      error: errorMessage(err)
    });
  }
}
async function markNeedsHuman(s, incidentId2, what, job) {
  const step = job.queueName === "containment" ? job.name : void 0;
  if (step) {
    await s.ledger.setStep(incidentId2, step, {
      status: "task",
      at: (/* @__PURE__ */ new Date()).toISOString(),
      by: "leakhound",
      detail: `the automatic step failed for good (${what}); do it by hand, then press its "Done" button`
    });
  }
  await s.ledger.transition(incidentId2, ["open", "contained", "needs-human"], "needs-human", { needsHuman: what });
  await s.ledger.append(incidentId2, {
    actor: "leakhound",
    kind: "needs-human",
    step,
    text: what,
    key: `exhausted:${job.queueName}:${job.id}`
  });
  await s.producer.add(
    "notify",
    "slack-sync",
    { incidentId: incidentId2 },
    jobId("slack-sync", incidentId2, "exhausted", job.id ?? "")
  );
  await s.producer.add(
    "notify",
    "slack-alert",
    { text: `:rotating_light: Incident \`${incidentId2}\` needs a human: ${what}` },
    jobId("slack-alert", job.queueName, job.id ?? "")
  );
}

// responder/worker.ts
var QUEUE_STEP_NAMES = Object.keys(JOBS.containment);
var handlers = {
  intake: {
    "scan-push": scanPush,
    "fetch-alert": fetchAlertJob,
    triage,
    "alert-event": alertEvent
  },
  // One handler for every provider's steps (job names are the step ids, see job-map.ts).
  containment: Object.fromEntries(QUEUE_STEP_NAMES.map((n) => [n, runContainmentStep])),
  incident: {
    contained: ({ incidentId: incidentId2 }, ctx) => markContained(ctx, incidentId2, "leakhound"),
    review: ({ incidentId: incidentId2 }, ctx) => review(ctx, incidentId2),
    ...investigationHandlers,
    "slack-action": slackAction
  },
  notify: notifyHandlers
};
var PRUNE_INTERVAL_MS = 10 * 6e4;
async function startWorkers(config, overrides = {}) {
  enableRegexFallback();
  const cacheWarnings = await ensureCacheRoot(config.workDir);
  const s = createServices(config, "worker", overrides);
  for (const warning of cacheWarnings) s.log.warn(warning);
  const sweep = () => void pruneCaches(s).then(
    (repos) => repos.length > 0 && s.log.info("pruned git caches of closed incidents", { repos: repos.join(",") }),
    (err) => s.log.warn("could not prune git caches", { error: errorMessage(err) })
  );
  sweep();
  const sweeper = setInterval(sweep, PRUNE_INTERVAL_MS).unref();
  const w = config.worker;
  const workers = QUEUE_NAMES.map((queue) => {
    const worker = new Worker(queue, processorFor(queue, handlers[queue], s), {
      connection: s.redis,
      prefix: bullPrefix(config.prefix),
      concurrency: w.concurrency,
      lockDuration: w.lockDurationMs,
      stalledInterval: w.stalledIntervalMs,
      // A job whose worker died twice is failed, and then handled like any exhausted job.
      maxStalledCount: 2
    });
    worker.on("error", (err) => s.log.error("worker error", { queue, error: err.message }));
    worker.on("failed", (job, err) => {
      if (job && /stalled more than allowable limit/.test(err.message)) void onExhausted(s, queue, job, err.message);
    });
    return worker;
  });
  await Promise.all(workers.map((wk) => wk.waitUntilReady()));
  s.log.info("workers started", { queues: QUEUE_NAMES.join(","), concurrency: w.concurrency });
  for (const warning of startupWarnings(config, "worker")) s.log.warn(warning);
  return {
    services: s,
    async close() {
      clearInterval(sweeper);
      const graceful = Promise.all(workers.map((wk) => wk.close()));
      let timer;
      const deadline = new Promise((resolve) => {
        timer = setTimeout(() => resolve("timeout"), w.shutdownTimeoutMs);
      });
      if (await Promise.race([graceful, deadline]) === "timeout") {
        s.log.warn("jobs still running at the shutdown deadline; they will be retried by another worker");
        await Promise.all(workers.map((wk) => wk.close(true)));
      }
      clearTimeout(timer);
      await closeServices(s);
      s.log.info("workers stopped");
    }
  };
}

// responder/main.ts
async function runServe(env = process.env) {
  const handle = await startServer(loadResponderConfig(env, "serve"));
  await untilSignal();
  await handle.close();
}
async function runWorker(env = process.env) {
  const handle = await startWorkers(loadResponderConfig(env, "worker"));
  await untilSignal();
  await handle.close();
}
function untilSignal() {
  return new Promise((resolve) => {
    const on = (sig) => {
      process.off("SIGTERM", on);
      process.off("SIGINT", on);
      resolve(sig);
    };
    process.on("SIGTERM", on);
    process.on("SIGINT", on);
  });
}
export {
  runServe,
  runWorker
};
