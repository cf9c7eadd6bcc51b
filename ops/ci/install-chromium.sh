#!/usr/bin/env bash
# Installs Debian's Chromium and its matching chromedriver for the console's browser tests (ConsoleBrowserIT), which
# start them headless with a fresh profile; nothing here starts a browser.
set -euo pipefail
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends chromium chromium-driver
fi
/usr/bin/chromium --version || true
/usr/bin/chromedriver --version || true
