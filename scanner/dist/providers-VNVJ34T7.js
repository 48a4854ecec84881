
import {
  PROVIDERS,
  summarise
} from "./chunk-SVFWS7FN.js";
import {
  Command,
  Option
} from "./chunk-GMTDVJWK.js";
import "./chunk-WJDBHJ4B.js";

// scanner/commands/providers.ts
function providersCommand(run) {
  return new Command("providers").description("list the providers that can verify, revoke or rotate credentials, and their rules").addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text")).action((flags) => {
    const rows = PROVIDERS.map(summarise);
    if (flags.format === "json") {
      process.stdout.write(`${JSON.stringify(rows, null, 2)}
`);
    } else {
      const yes = (b) => b ? "yes" : "-";
      const width = Math.max(...rows.map((r) => r.id.length));
      process.stdout.write(`${"provider".padEnd(width)}  verify  revoke  rotate  rules
`);
      for (const r of rows) {
        process.stdout.write(
          `${r.id.padEnd(width)}  ${yes(r.verify).padEnd(6)}  ${yes(r.revoke).padEnd(6)}  ${yes(r.rotate).padEnd(6)}  ${r.rules.join(", ")}
`
        );
      }
      const n = (k) => rows.filter((r) => r[k]).length;
      process.stdout.write(`${rows.length} providers: ${n("verify")} verify, ${n("revoke")} revoke
`);
    }
    run(0);
  });
}
export {
  providersCommand
};
