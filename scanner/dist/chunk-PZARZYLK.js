

// scanner/stdio.ts
var redirected = null;
function stdout() {
  return redirected?.out ?? process.stdout;
}
function stderr() {
  return redirected?.err ?? process.stderr;
}

// scanner/version.ts
const { existsSync, readFileSync } = process.getBuiltinModule("node:fs");
const { dirname, join } = process.getBuiltinModule("node:path");
const { fileURLToPath } = process.getBuiltinModule("node:url");
function packageJson() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const candidate = join(dir, "package.json");
    if (existsSync(candidate)) {
      const pkg2 = JSON.parse(readFileSync(candidate, "utf8"));
      if (pkg2.name === "leakhound") return pkg2;
    }
    const parent = dirname(dir);
    if (parent === dir) return { version: "0.0.0" };
    dir = parent;
  }
}
var pkg = packageJson();
var VERSION = pkg.version;
var HOMEPAGE = pkg.homepage ?? "https://github.com/leakhound/leakhound";

export {
  stdout,
  stderr,
  VERSION,
  HOMEPAGE
};
