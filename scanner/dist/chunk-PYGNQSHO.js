
import {
  plural
} from "./chunk-NP74E7BZ.js";

// scanner/hooks/allow-hint.ts
function allowHint(findings, stage) {
  const what = stage === "commit" ? "the staged changes" : "the commits being pushed";
  const out = [
    `leakhound: ${stage} blocked: ${plural(findings.length, "possible secret")} in ${what} (listed above, redacted).`,
    "",
    stage === "commit" ? "If it is a real credential: take it out of the file, git add the file again, and revoke it at its provider if it was ever shared." : "If it is a real credential: it is in your local history now. Revoke it at its provider, then remove it from the commits (git rebase -i, or leakhound rewrite) before pushing.",
    "If it is not a secret, allow it, then try again:"
  ];
  for (const f of unique(findings)) {
    const entry = stage === "commit" ? `${f.file}:${f.ruleId}:${f.startLine}` : f.fingerprint;
    out.push(`  ${f.file}:${f.startLine}  ${f.ruleId}`);
    if (stage === "commit")
      out.push(`    - add a comment containing leakhound:allow to line ${f.startLine} of ${f.file}, or`);
    out.push(
      `    - record it: echo ${shellQuote(entry)} >> .gitleaksignore && git add .gitleaksignore${stage === "push" ? " && git commit" : ""}`
    );
  }
  out.push(`To skip the check once (every hook, so use with care): git ${stage} --no-verify`);
  return `${out.join("\n")}
`;
}
function unique(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = `${f.commit}:${f.file}:${f.ruleId}:${f.startLine}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function shellQuote(s) {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export {
  allowHint,
  shellQuote
};
