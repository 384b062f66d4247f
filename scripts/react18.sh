#!/usr/bin/env bash
# Installs React 18 into .react18/ for the `components-react18` test project, which aliases
# react and react-dom there: npm cannot hold React 18 and 19 side by side at the top level.
# Idempotent; CI runs it before `npm test`, and the project's global setup runs it too.
set -euo pipefail
cd "$(dirname "$0")/.."
installed() {
  node -e "const v=require('./.react18/node_modules/react/package.json').version, d=require('./.react18/node_modules/react-dom/package.json').version, p=require('./.react18/package.json').dependencies; process.exit(v===p.react && d===p['react-dom'] ? 0 : 1)" 2>/dev/null
}
installed && exit 0
# Serialised with every other npm install on this machine.
flock /tmp/npm.lock npm ci --prefix .react18 --no-audit --no-fund --ignore-scripts
