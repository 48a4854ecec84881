
import {
  ConfigError
} from "./chunk-XDM3T3X3.js";

// scanner/config/load.ts
const { join } = process.getBuiltinModule("node:path");

// scanner/read-optional.ts
const { readFile, stat } = process.getBuiltinModule("node:fs");
function readOptional(file, failure) {
  return new Promise((resolve, reject) => {
    const fail = (err) => {
      if (err.code === "ENOENT") resolve(null);
      else reject(failure(err.code ?? "unknown error", err));
    };
    stat(file, (err, st) => {
      if (err) fail(err);
      else if (st.isDirectory()) fail(Object.assign(new Error(`${file} is a directory`), { code: "EISDIR" }));
      else if (!st.isFile()) fail(Object.assign(new Error(`${file} is not a regular file`), { code: "ENOTREG" }));
      else readFile(file, "utf8", (err2, text) => err2 ? fail(err2) : resolve(text));
    });
  });
}

// scanner/config/load.ts
var CONFIG_FILES = ["leakhound.toml", ".gitleaks.toml"];
async function loadConfig(options) {
  const found = options.configPath !== void 0 ? await readGiven(options.configPath) : await findAtRoot(options.root);
  if (!found) {
    if (options.wokenBy) {
      const config = await (await import("./woken-rules-UWWVCEIQ.js")).configWokenBy(options.wokenBy);
      if (config) return { config, text: null, file: null, extended: {} };
    }
    const { defaultScanConfig } = await import("./defaults-LX7U3J36.js");
    return { config: defaultScanConfig(), text: null, file: null, extended: {} };
  }
  const parse = await import("./parse-LJZZXAYC.js");
  const extended = await readExtended(parse, found.text, found.file);
  return {
    config: parse.parseConfig(found.text, found.file, extended),
    text: found.text,
    file: found.file,
    extended
  };
}
async function readGiven(file) {
  const text = await readIfExists(file);
  if (text === null) throw new ConfigError("config file not found; check the --config path", file);
  return { text, file };
}
async function findAtRoot(root) {
  for (const name of CONFIG_FILES) {
    const file = join(root, name);
    const text = await readIfExists(file);
    if (text !== null) return { text, file };
  }
  return null;
}
async function readExtended({ extendPathKey, extendPathOf }, text, file) {
  const texts = {};
  let current = { text, file };
  for (let depth = 0; depth < 2; depth++) {
    const path = extendPathOf(current.text, current.file);
    if (path === void 0) break;
    const key = extendPathKey(current.file, path);
    const next = texts[key] ?? await readIfExists(key);
    if (next === null) {
      throw new ConfigError(
        `[extend] path ${path} not found (looked for ${key}); the path is relative to this config file`,
        current.file
      );
    }
    texts[key] = next;
    current = { text: next, file: key };
  }
  return texts;
}
function readIfExists(file) {
  return readOptional(
    file,
    (code, cause) => code === "EISDIR" ? new ConfigError("is a directory, not a config file; name a TOML file", file) : code === "ENOTREG" ? new ConfigError("is not a regular file (a FIFO, device or link to one); name a TOML file", file) : new ConfigError(`cannot read the config file (${code}); check its permissions`, file, { cause })
  );
}

export {
  readOptional,
  CONFIG_FILES,
  loadConfig
};
