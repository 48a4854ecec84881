
import {
  providerForPairRule,
  providerForRule
} from "./chunk-SVFWS7FN.js";

// scanner/verify/verify-findings.ts
var CONCURRENCY = 4;
async function verifyCredential(c, ctx) {
  const p = providerForRule(c.ruleId);
  if (!p?.verify) return { state: "unknown", reason: `no provider verifies ${c.ruleId}` };
  const unverifiable = p.unverifiable?.[c.ruleId];
  if (unverifiable) return { state: "unknown", reason: unverifiable };
  let v;
  try {
    v = await p.verify(c, ctx);
  } catch (err) {
    v = { state: "unknown", reason: `verifying with ${p.name} failed (${err?.name ?? "error"})` };
  }
  return { ...v, reason: scrub(v.reason, c) };
}
function scrub(text, c) {
  let out = text;
  for (const s of [c.secret, c.pair]) if (s && s.length >= 4) out = out.split(s).join("[secret]");
  return out;
}
function pairFor(f, all) {
  const p = providerForRule(f.ruleId);
  if (!p?.pairRules?.length) return void 0;
  const candidates = all.filter(
    (o) => p.pairRules.includes(o.ruleId) && o.file === f.file && o.commit === f.commit && o.secret !== ""
  );
  candidates.sort((a, b) => Math.abs(a.startLine - f.startLine) - Math.abs(b.startLine - f.startLine));
  return candidates[0]?.secret;
}
async function verifyFindings(findings, ctx, now = () => /* @__PURE__ */ new Date()) {
  const credentials = /* @__PURE__ */ new Map();
  const plan = findings.map((f) => {
    const c = credentialOf(f, findings);
    if ("state" in c) return c;
    const key = `${c.ruleId}\0${c.secret}\0${c.pair ?? ""}\0${c.hosts?.join(",") ?? ""}`;
    credentials.set(key, c);
    return key;
  });
  const answers = /* @__PURE__ */ new Map();
  const pending = [...credentials];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let next = pending.shift(); next; next = pending.shift()) {
        answers.set(next[0], await verifyCredential(next[1], ctx));
      }
    })
  );
  return findings.map((f, i) => {
    const entry = plan[i];
    const v = typeof entry === "string" ? answers.get(entry) : entry;
    return { ...f, verification: { state: v.state, reason: v.reason, checkedAt: now().toISOString() } };
  });
}
function credentialOf(f, all) {
  const pairOf = providerForPairRule(f.ruleId);
  if (!pairOf) {
    const pair = pairFor(f, all);
    return { ruleId: f.ruleId, secret: f.secret, ...pair ? { pair } : {}, ...f.hosts ? { hosts: f.hosts } : {} };
  }
  const partners = all.filter((o) => pairOf.rules.includes(o.ruleId) && o.file === f.file && o.commit === f.commit);
  partners.sort((a, b) => Math.abs(a.startLine - f.startLine) - Math.abs(b.startLine - f.startLine));
  const partner = partners[0];
  if (!partner) {
    return { state: "unknown", reason: `the other half of this ${pairOf.name} credential was not found beside it` };
  }
  return { ruleId: partner.ruleId, secret: partner.secret, pair: f.secret };
}

export {
  verifyCredential,
  verifyFindings
};
