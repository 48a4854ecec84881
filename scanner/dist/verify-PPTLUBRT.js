import {
  readCredential
} from "./chunk-2OIDTZ4V.js";
import "./chunk-MBR24DGE.js";
import {
  verifyCredential
} from "./chunk-WK6XSEKK.js";
import {
  cliProviderContext
} from "./chunk-5NRMFZAM.js";
import "./chunk-AD2LCCT6.js";
import "./chunk-EHNPBCAK.js";
import "./chunk-WKZTSYGD.js";

// scanner/commands/verify.ts
import { Command, Option } from "commander";
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
