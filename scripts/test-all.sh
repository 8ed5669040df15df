#!/usr/bin/env bash
# The whole test suite, as CI runs it: content check, lint and format, types, unit tests, production build,
# end-to-end tests (through nginx, as `npm run serve` runs the site, and against plain `npm start`).
# Installs what the end-to-end tests need from Debian's packages if it is missing (npm tools cannot
# download browsers here): chromium, nginx, and Java for the W3C Nu HTML checker.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }

# The editors' check runs first so a content-only change fails fast with their messages at the top.
step "Content check"
npm run --silent check-content

step "Lint and format"
npx eslint . --max-warnings 0
npx prettier --check . --log-level warn

missing=()
command -v "${CHROMIUM_PATH:-/usr/bin/chromium}" >/dev/null 2>&1 || missing+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
if [ "${#missing[@]}" -gt 0 ]; then
  step "Installing Debian's ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

step "Type check"
npx next typegen >/dev/null
npx tsc --noEmit

step "Unit tests"
npx vitest run

step "Production build"
npm run --silent build

step "End-to-end tests (chromium; nginx in front of next start, and plain next start)"
npx playwright test
