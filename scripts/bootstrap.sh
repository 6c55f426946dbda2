#!/usr/bin/env bash
# Installs what a fresh machine lacks for the build, the tests and the main job. Idempotent; safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v dotnet >/dev/null || { echo "The .NET SDK 10 is required (dotnet not on PATH)." >&2; exit 1; }
command -v node >/dev/null || { echo "Node.js 20 is required for the CDK app (node not on PATH)." >&2; exit 1; }

# The CDK CLI, pinned in package.json.
if [ -f package.json ] && [ ! -x node_modules/.bin/cdk ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
