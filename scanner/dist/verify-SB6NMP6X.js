
import {
  readCredential
} from "./chunk-2AWNQFHU.js";
import "./chunk-ML7JBL3A.js";
import {
  verifyCredential
} from "./chunk-W62KPTIT.js";
import {
  cliProviderContext
} from "./chunk-SHB6JCGJ.js";
import "./chunk-SVFWS7FN.js";
import {
  Command,
  Option
} from "./chunk-GMTDVJWK.js";
import "./chunk-XDM3T3X3.js";
import "./chunk-CBIVLD7W.js";
import "./chunk-TBR4GLH5.js";
import "./chunk-WJDBHJ4B.js";

// scanner/commands/verify.ts
var VERIFY_EXIT = { live: 0, invalid: 1, unknown: 3 };
function verifyCommand(run) {
  return new Command("verify").description("ask a secret's provider whether it works: exit 0 live, 1 invalid, 3 unknown").argument("<secret>", "the secret, or - to read it from stdin (keeps it out of shell history)").requiredOption("-r, --rule <id>", "the rule that names the credential, e.g. stripe-secret-key").option("--pair <secret>", "the second half of a two-part credential (AWS: the secret access key)").addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text")).action(async (arg, flags) => {
    const { credential } = await readCredential("verify", flags, arg);
    const v = await verifyCredential(credential, cliProviderContext());
    const checkedAt = (/* @__PURE__ */ new Date()).toISOString();
    if (flags.format === "json") {
      process.stdout.write(`${JSON.stringify({ ruleId: credential.ruleId, ...v, checkedAt }, null, 2)}
`);
    } else {
      const mark = { live: "✔ live", invalid: "✖ invalid", unknown: "? unknown" }[v.state];
      process.stdout.write(`${mark}: ${v.reason}
`);
    }
    run(VERIFY_EXIT[v.state]);
  });
}
export {
  VERIFY_EXIT,
  verifyCommand
};
