

// scanner/detect/regex-safety.ts
const { setFlagsFromString } = process.getBuiltinModule("node:v8");
var REGEX_FLAGS = [
  "--enable-experimental-regexp-engine-on-excessive-backtracks",
  "--regexp-tier-up-ticks=20",
  "--no-regexp-peephole-optimization"
];
var enabled = false;
function enableRegexFallback() {
  if (enabled) return;
  for (const flag of REGEX_FLAGS) setFlagsFromString(flag);
  enabled = true;
}

export {
  enableRegexFallback
};
