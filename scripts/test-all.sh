#!/usr/bin/env bash
# The whole test suite, as CI runs it: content check, types, unit tests, production build, end-to-end tests.
# Installs Debian's chromium, after the content check, if it is missing (npm tools cannot download browsers here).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }

# The editors' check runs first so a content-only change fails fast with their messages at the top.
step "Content check"
npm run --silent check-content

# Note: only the end-to-end tests need a browser; installing it comes after the content check.
if ! command -v "${CHROMIUM_PATH:-/usr/bin/chromium}" >/dev/null 2>&1; then
  step "Installing Debian's chromium"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

step "Type check"
npx next typegen >/dev/null
npx tsc --noEmit

step "Unit tests"
npx vitest run

step "Production build"
npm run --silent build

step "End-to-end tests (chromium)"
npx playwright test
