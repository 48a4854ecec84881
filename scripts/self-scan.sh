#!/usr/bin/env bash
# Dogfooding: leakhound scans this repository's whole git history (every branch and tag) with
# the committed leakhound.toml, whose allowances each say why. Any finding fails (exit 1), as
# does a scan that cannot run (exit 2). Needs a build (npm run build) and a full clone.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(git rev-parse --is-shallow-repository)" = true ]; then
  echo "self-scan: this is a shallow clone; fetch the full history first (git fetch --unshallow)" >&2
  exit 2
fi

exec node scanner/dist/cli.js history --repo . --config leakhound.toml --no-color "$@"
