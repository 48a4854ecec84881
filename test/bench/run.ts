// `npm run bench`: every benchmark in one invocation. Each bench is a folder beside this file
// with an entry script that runs the bench when executed directly and prints its own numbers.
// Each runs in a child process of its own, so one bench's heap, argv parsing or exit cannot
// disturb another's numbers. A bench that is not there (yet) is skipped with a note.
// `npm run bench -- scan history` runs only those. Run from the repository root.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BENCHES: { name: string; entries: string[] }[] = [
  { name: 'scan', entries: ['./scan/main.js'] },
  { name: 'history', entries: ['./history/run.js', './history/main.js'] },
  { name: 'tree', entries: ['./tree/main.js'] },
  { name: 'hook', entries: ['./hook/main.js'] },
  { name: 'responder', entries: ['./responder/run.js', './responder/main.js'] },
  { name: 'rewrite', entries: ['./rewrite/run.js'] },
];

// From the build, entries are .js; through tsx (`npx tsx test/bench/run.ts`), the .ts sources.
const fromSource = import.meta.url.endsWith('.ts');
const resolveEntry = (entry: string): string =>
  fileURLToPath(new URL(fromSource ? entry.replace(/\.js$/, '.ts') : entry, import.meta.url));

function runChild(script: string): Promise<number> {
  const args = fromSource ? ['--import', 'tsx', script] : [script];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

async function runAll(only: string[]): Promise<number> {
  let failed = 0;
  for (const b of BENCHES.filter((x) => only.length === 0 || only.includes(x.name))) {
    const script = b.entries.map(resolveEntry).find((p) => existsSync(p));
    if (!script) {
      console.log(`\n== ${b.name} bench: not present (looked for ${b.entries.join(', ')}); skipped ==`);
      continue;
    }
    console.log('');
    const code = await runChild(script);
    if (code !== 0) {
      failed++;
      console.log(`== ${b.name} bench exited with code ${code} ==`);
    }
  }
  return failed;
}

const only = process.argv.slice(2);
const unknown = only.filter((n) => !BENCHES.some((b) => b.name === n));
if (unknown.length > 0) {
  console.error(
    `bench: unknown bench ${unknown.join(', ')}; choose from ${BENCHES.map((b) => b.name).join(', ')}, e.g. npm run bench -- scan`,
  );
  process.exitCode = 2;
} else {
  process.exitCode = (await runAll(only)) > 0 ? 1 : 0;
}
