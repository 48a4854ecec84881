// Bundles the action's entry and everything it imports into one self-contained file, so the
// action runs from a checkout of this repository without an install step. The committed
// bundle must equal a fresh build (test/action/bundle.test.ts); rebuild with
// `npm run build:action`.
import { build, type BuildOptions } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE = fileURLToPath(new URL('./dist/index.js', import.meta.url));

const OPTIONS: BuildOptions = {
  absWorkingDir: ROOT,
  entryPoints: ['action/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  // Keep text as in the sources: escaped non-ASCII (\u2026 for …) would read differently to a scanner.
  charset: 'utf8',
  // CommonJS dependencies call require() for Node built-ins, which an ES module lacks.
  banner: {
    js: "import { createRequire as __leakhoundRequire } from 'node:module';\nconst require = __leakhoundRequire(import.meta.url);",
  },
  legalComments: 'eof',
  logLevel: 'silent',
  write: false,
};

/** The bundle's text, built from the sources as they are now. */
export async function bundleAction(): Promise<string> {
  const result = await build(OPTIONS);
  return result.outputFiles![0]!.text;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(BUNDLE, await bundleAction());
  process.stdout.write(`wrote ${BUNDLE}\n`);
}
