#!/usr/bin/env node
// Bundles the CLI into scanner/dist/, which is committed: the package's `bin` runs it, so an
// install from git (as the pre-commit framework does, without dev dependencies) needs no
// TypeScript build, and a hook starts by loading a few files instead of ~150 modules.
// Dependencies stay external (installed beside the package); commands stay lazily loaded as
// chunks, so `diff --staged` never loads the responder.
//
//   node scripts/build-cli.mjs             rebuild scanner/dist/
//   node scripts/build-cli.mjs --if-stale  rebuild only when a source file is newer than it
//   node scripts/build-cli.mjs --check     exit 1, naming the files, when it differs from a fresh build
//
// A test (test/cli/bundle.test.ts) runs --check, so a stale committed bundle fails the suite.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
// Small pure-JS dependencies of every command are bundled in: resolving a bare specifier
// (node_modules walk, package.json exports) and loading CommonJS through ESM cost a hook
// ~15 ms of its start. The rest (the responder's SDKs) stay external, loaded by the commands
// that need them.
const BUNDLED = new Set(['@noble/hashes', 'commander', 'picocolors', 'smol-toml', 're2js']);
const EXTERNAL = Object.keys(PKG.dependencies)
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);
export const OUT_DIR = join(ROOT, 'scanner', 'dist');
const SOURCES = ['rules', 'scanner', 'responder'];

// The hook daemon serves only hooks of the build it runs (scanner/daemon/where.ts): each build
// names its socket by this id, a hash of all the bundle's files.
const BUILD_PLACEHOLDER = '@@leakhound-build@@';

/**
 * cli.js without its bare import of esbuild's runtime chunk (the helpers bundled CommonJS uses),
 * which esbuild adds to an entry as soon as it bundles a second module (daemon/where.ts): cli.js
 * uses none of them, and each file loaded is a fraction of a ms of every command's start. Only a
 * chunk whose top-level statements are all `var __helper = …` declarations is dropped.
 */
function withoutRuntimeImport(files) {
  const entry = files.get('cli.js');
  if (!entry) return files;
  const text = entry.replace(/^import "\.\/(chunk-[\w-]+\.js)";\n/gm, (line, chunk) => {
    const tops = (files.get(chunk) ?? 'x').split('\n').filter((l) => /^[^\s})\]]/.test(l));
    const runtime = tops.every((l) => l.startsWith('var __') || l === OPTIONS.banner.js || l.startsWith('export {'));
    return runtime ? '' : line;
  });
  return new Map(files).set('cli.js', text);
}

/** The bundle's files with the build id in place of its placeholder. */
function withBuildId(files) {
  const hash = createHash('sha256');
  for (const [name, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${name}\0${text}\0`);
  const id = hash.digest('hex').slice(0, 16);
  return new Map([...files].map(([name, text]) => [name, text.replaceAll(BUILD_PLACEHOLDER, id)]));
}

/** @type {import('esbuild').BuildOptions} */
const OPTIONS = {
  absWorkingDir: ROOT,
  // detect-worker is its own entry: the pool starts it as ./detect-worker.js beside the chunk
  // that holds the pool, so every output file sits in one folder.
  entryPoints: { cli: 'scanner/cli.ts', 'detect-worker': 'scanner/pool/detect-worker.ts' },
  outdir: OUT_DIR,
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  external: EXTERNAL,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  // Keep text as in the sources: escaped non-ASCII would read differently to a scanner.
  charset: 'utf8',
  legalComments: 'none',
  // Bundled CommonJS (commander) calls require() for Node built-ins, which ES modules lack.
  banner: {
    js: "const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);",
  },
  logLevel: 'silent',
  write: false,
  // Replaced, once every file is built, by a hash of them all (see withBuildId).
  define: { __LEAKHOUND_BUILD__: JSON.stringify(BUILD_PLACEHOLDER) },
};

// The CLI of the commands git hooks run (scanner/cli-hook.ts), built apart into scanner/dist/hook/
// from the same sources: with no other command to share code with, it comes out as a handful
// of files instead of the ~25 chunks a hook loads from the full build, each of which costs its
// start. cli.js imports it for `diff` and `hook`; nothing in it imports the full build's files.
const HOOK_DIR = join(OUT_DIR, 'hook');
/** @type {import('esbuild').BuildOptions} */
const HOOK_OPTIONS = { ...OPTIONS, entryPoints: { 'cli-hook': 'scanner/cli-hook.ts' }, outdir: HOOK_DIR };

// The hook daemon (scanner/daemon/server.ts, `hook daemon run`), built apart into
// scanner/dist/daemon/ from the same sources: as an entry of the hook build, the modules it shares
// with a hook's check became chunks of their own, one more file for every hook to load. It loads
// the same rule groups (scanner/dist/hook/rules/).
const DAEMON_DIR = join(OUT_DIR, 'daemon');
/** @type {import('esbuild').BuildOptions} */
const DAEMON_OPTIONS = { ...OPTIONS, entryPoints: { daemon: 'scanner/daemon/server.ts' }, outdir: DAEMON_DIR };

// The rule groups a staged check loads by the keywords in its text (rules/lazy/, see
// scanner/config/woken-rules.ts), each bundled whole into scanner/dist/hook/rules/: split with
// the rest, the helpers rule modules share became a dozen chunks of their own, each a file to
// load. A group's copy of a helper is pure code, so nothing depends on there being one.
const GROUP_DIR = join(HOOK_DIR, 'rules');
const GENERATED = join(ROOT, 'rules', 'lazy', 'generated');
const GROUP_ENTRIES = Object.fromEntries(
  readdirSync(GENERATED)
    .filter((name) => /^group-\d+\.ts$/.test(name))
    .map((name) => [name.slice(0, -3), join(GENERATED, name)]),
);
/** @type {import('esbuild').BuildOptions} */
const GROUP_OPTIONS = { ...OPTIONS, entryPoints: GROUP_ENTRIES, outdir: GROUP_DIR, splitting: false };

/** The catalog's group imports stay imports of the group files; `from` is the build's outdir. */
const groupsOutside = (from) => ({
  name: 'rule-groups-outside',
  setup(b) {
    b.onResolve({ filter: /^\.\/group-\d+\.js$/ }, (args) =>
      args.importer === join(GENERATED, 'catalog.ts')
        ? { path: `./${posixRelative(from, GROUP_DIR)}/${args.path.slice(2)}`, external: true }
        : undefined,
    );
  },
});

// An ES module import of a Node built-in builds the built-in's ES module face, which reads every
// export: importing `node:fs` reads `fs.promises` and so loads the promise API and readline,
// ~2 ms of a hook's start. The bundle's imports of built-ins (esbuild keeps them external, each
// a statement of its own before the code of the module that has it) become reads of
// `process.getBuiltinModule` in their place: the same objects, with no member read but those
// imported by name. So `import fs from 'node:fs'` then `fs.promises` loads the promise API
// when used, not with the file.
const BUILTIN_IMPORT = /^import ([^;]*?) from "(node:[\w/]+)";$/gm;

/** `text` with its imports of Node built-ins as `process.getBuiltinModule` calls. */
export function builtinsByGetter(text) {
  const out = text.replace(BUILTIN_IMPORT, (_, clause, spec) => {
    const from = `process.getBuiltinModule(${JSON.stringify(spec)})`;
    const m = /^(?:([\w$]+)(?:, )?)?(?:\* as ([\w$]+)|\{([^}]*)\})?$/.exec(clause.trim());
    if (!m || (!m[1] && !m[2] && m[3] === undefined))
      throw new Error(`build-cli: unexpected import of ${spec}: ${clause}`);
    const [, name, namespace, named] = m;
    const lines = [];
    if (name) lines.push(`const ${name} = ${from};`);
    if (namespace) lines.push(`const ${namespace} = ${from};`);
    if (named !== undefined) {
      const members = named
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
        .map((x) => x.replace(/^([\w$]+) as ([\w$]+)$/, '$1: $2'));
      lines.push(`const { ${members.join(', ')} } = ${name ? name : from};`);
    }
    return lines.join('\n');
  });
  const left = /^import [^;]* from "node:[^"]*";$|^import "node:[^"]*";$/m.exec(out);
  if (left) throw new Error(`build-cli: an import of a built-in was left as it was: ${left[0]}`);
  return out;
}

/** In the full build, cli.ts's import of cli-hook.js is the hook build's entry, not bundled in. */
const hookEntryOutside = {
  name: 'hook-entry-outside',
  setup(b) {
    b.onResolve({ filter: /^\.\/cli-hook\.js$/ }, (args) =>
      args.importer.endsWith(join('scanner', 'cli.ts')) ? { path: './hook/cli-hook.js', external: true } : undefined,
    );
  },
};

/** The `hook daemon` commands' import of the daemon is the daemon build's entry, not bundled in. */
const daemonOutside = (from) => ({
  name: 'daemon-outside',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/daemon\/server\.js$/ }, (args) =>
      args.importer.endsWith(join('scanner', 'commands', 'hook.ts'))
        ? { path: `./${posixRelative(from, DAEMON_DIR)}/daemon.js`, external: true }
        : undefined,
    );
  },
});

/**
 * The banner's `require` only serves files that call it (esbuild's helper for bundled CommonJS):
 * elsewhere its createRequire is dropped, a fraction of a ms each of the dozen files a hook loads.
 */
function withoutUnusedRequire(text) {
  const banner = OPTIONS.banner.js;
  // After the entry's `#!` line, if any.
  const at = text.indexOf(banner);
  if (at < 0 || at > text.indexOf('\n') + 1) return text;
  const rest = text.slice(0, at) + text.slice(at + banner.length);
  return /\brequire\b/.test(rest) ? text : rest;
}

/** `to` relative to `from`, with `/` between its parts on every platform. */
function posixRelative(from, to) {
  return relative(from, to).split(sep).join('/');
}

/** The bundle's files (path relative to scanner/dist → text), built from the sources as they are. */
export async function bundleCli() {
  const [full, hook, daemon, groups] = await Promise.all([
    build({ ...OPTIONS, plugins: [hookEntryOutside, daemonOutside(OUT_DIR), groupsOutside(OUT_DIR)] }),
    build({ ...HOOK_OPTIONS, plugins: [daemonOutside(HOOK_DIR), groupsOutside(HOOK_DIR)] }),
    build({ ...DAEMON_OPTIONS, plugins: [groupsOutside(DAEMON_DIR)] }),
    build(GROUP_OPTIONS),
  ]);
  return withBuildId(
    withoutRuntimeImport(
      new Map(
        [...full.outputFiles, ...hook.outputFiles, ...daemon.outputFiles, ...groups.outputFiles].map((f) => [
          posixRelative(OUT_DIR, f.path),
          builtinsByGetter(withoutUnusedRequire(f.text)),
        ]),
      ),
    ),
  );
}

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isStale() {
  let built;
  try {
    built = statSync(join(OUT_DIR, 'cli.js')).mtimeMs;
  } catch {
    return true;
  }
  return SOURCES.some((s) => newestSource(join(ROOT, s)) > built);
}

async function writeBundle() {
  const files = await bundleCli();
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, text] of files) {
    mkdirSync(dirname(join(OUT_DIR, name)), { recursive: true });
    writeFileSync(join(OUT_DIR, name), text, { mode: 0o755 });
  }
}

/** Files whose committed text differs from a fresh build, plus extra and missing ones. */
async function differences() {
  const fresh = await bundleCli();
  const committed = existsSync(OUT_DIR)
    ? readdirSync(OUT_DIR, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => posixRelative(OUT_DIR, join(e.parentPath, e.name)))
    : [];
  const changed = [...fresh].filter(([name, text]) => {
    const path = join(OUT_DIR, name);
    return !existsSync(path) || readFileSync(path, 'utf8') !== text;
  });
  return [...changed.map(([name]) => name), ...committed.filter((name) => !fresh.has(name))];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--check')) {
    const stale = await differences();
    if (stale.length > 0) {
      process.stderr.write(
        `build-cli: scanner/dist is out of date (${stale.join(', ')}): run npm run build:cli and commit scanner/dist\n`,
      );
      process.exit(1);
    }
  } else if (!process.argv.includes('--if-stale') || isStale()) await writeBundle();
}
