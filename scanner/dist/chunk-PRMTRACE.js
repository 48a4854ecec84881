import { createRequire as __lhRequire } from 'node:module';
const require = __lhRequire(import.meta.url);

// scanner/detect/regex-safety.ts
import { setFlagsFromString } from "node:v8";
var enabled = false;
function enableRegexFallback() {
  if (enabled) return;
  setFlagsFromString("--enable-experimental-regexp-engine-on-excessive-backtracks");
  enabled = true;
}

export {
  enableRegexFallback
};
