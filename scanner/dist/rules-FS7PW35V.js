
import {
  loadConfig
} from "./chunk-NNZ7RSNU.js";
import {
  Command,
  Option
} from "./chunk-GMTDVJWK.js";
import "./chunk-XDM3T3X3.js";
import "./chunk-WJDBHJ4B.js";

// scanner/commands/rules.ts
function rulesCommand(run) {
  return new Command("rules").description("list the detection rules that a scan would use").option("-c, --config <file>", "config file to apply (default: leakhound.toml or .gitleaks.toml here)").addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text")).action(async (flags) => {
    const { config } = await loadConfig({ configPath: flags.config, root: process.cwd() });
    if (flags.format === "json") {
      const rows = config.rules.map((r) => ({
        id: r.id,
        description: r.description,
        severity: r.severity,
        keywords: r.keywords,
        tags: r.tags ?? []
      }));
      process.stdout.write(`${JSON.stringify(rows, null, 2)}
`);
    } else {
      const width = Math.max(...config.rules.map((r) => r.id.length));
      for (const r of config.rules)
        process.stdout.write(`${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.description}
`);
      process.stdout.write(`${config.rules.length} rules
`);
    }
    run(0);
  });
}
export {
  rulesCommand
};
