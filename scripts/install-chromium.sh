#!/usr/bin/env bash
# Installs Debian's chromium for the dashboard's browser test (tests/TechShop.EndToEnd.Tests/Browser) when missing.
# Prints the browser's path on success. Needs root (or sudo) and the apt repositories; exits non-zero otherwise.
set -euo pipefail

for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [[ -n "$candidate" && -x "$candidate" ]]; then
    echo "$candidate"
    exit 0
  fi
done

if [[ "$(id -u)" -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "install-chromium: chromium is missing and installing it needs root (or password-less sudo)." >&2
  exit 3
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: chromium is missing and apt-get is not available on this machine." >&2
  exit 3
fi

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
"${as_root[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends chromium >&2
echo /usr/bin/chromium
