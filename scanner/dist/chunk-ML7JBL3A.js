

// rules/rule-match.ts
function ruleMatchesWhole(rule, secret) {
  if (!rule.regex) return false;
  const re = new RegExp(rule.regex.source, rule.regex.flags.replace("g", ""));
  const m = re.exec(secret);
  if (!m) return false;
  const group = rule.secretGroup ?? (m.length > 1 ? 1 : 0);
  return m[group] === secret;
}

export {
  ruleMatchesWhole
};
