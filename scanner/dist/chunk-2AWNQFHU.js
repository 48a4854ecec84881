
import {
  ruleMatchesWhole
} from "./chunk-ML7JBL3A.js";
import {
  providerForPairRule,
  providerForRule
} from "./chunk-SVFWS7FN.js";
import {
  InputError,
  UsageError
} from "./chunk-XDM3T3X3.js";
import {
  defaultRules
} from "./chunk-CBIVLD7W.js";

// scanner/sources/read-stdin.ts
async function readStdin(limit, hint, stream = process.stdin) {
  const chunks = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    total += buf.length;
    if (total > limit) throw new InputError(`stdin: more than ${limit} bytes; ${hint}`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}

// scanner/verify/read-credential.ts
var MAX_SECRET_BYTES = 64 * 1024;
async function readCredential(command, flags, arg) {
  const provider = providerForRule(flags.rule);
  if (!provider) {
    const pairOf = providerForPairRule(flags.rule);
    const hint = pairOf ? `pass --rule ${pairOf.rules[0]} with --pair for the ${flags.rule}` : "see `leakhound providers`";
    throw new UsageError(`${command}: no provider handles --rule ${flags.rule}; ${hint}`);
  }
  let text = arg;
  let pair = flags.pair;
  if (arg === "-") {
    const lines = (await readStdin(
      MAX_SECRET_BYTES,
      "expected the secret on the first line and, if it has one, its pair on the second"
    )).toString("utf8").split(/\r?\n/);
    text = lines[0] ?? "";
    if (pair === void 0 && lines[1]) pair = lines[1];
  }
  const secret = text.trim();
  if (!secret) throw new UsageError(`${command}: empty secret; pass it as an argument or with - on stdin`);
  const own = defaultRules.find((r) => r.id === flags.rule);
  if (!(own && ruleMatchesWhole(own, secret))) {
    const other = defaultRules.find(
      (r) => r.id !== flags.rule && !r.tags?.includes("generic") && ruleMatchesWhole(r, secret)
    );
    if (other) {
      throw new UsageError(`${command}: the secret looks like ${other.id}, not ${flags.rule}; pass --rule ${other.id}`);
    }
  }
  return { provider, credential: { ruleId: flags.rule, secret, ...pair ? { pair: pair.trim() } : {} } };
}

export {
  readCredential
};
