// The action's entry, bundled into action/dist/index.js: reads the inputs, calls run(), and is
// the one place an error becomes a failed step.
import * as core from '@actions/core';
import { isUserError } from '../scanner/errors.js';
import { readInputs } from './inputs.js';
import { run } from './run.js';

try {
  await run(readInputs((name) => core.getInput(name), process.env));
} catch (err) {
  const e = err as Error;
  core.setFailed(
    isUserError(err) ? `leakhound: ${e.message}` : `leakhound: internal error: ${e?.message ?? String(err)}`,
  );
  if (!isUserError(err)) core.debug(e?.stack ?? '');
}
