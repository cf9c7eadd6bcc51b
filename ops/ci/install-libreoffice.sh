#!/usr/bin/env bash
# Installs Debian's LibreOffice Calc (no GUI) and a CJK font for the statements' print test (StatementPrintIT), which
# converts statements to PDF with a fresh profile each; without the font Chinese prints as boxes.
set -euo pipefail
if [ ! -x /usr/bin/soffice ] || ! fc-list | grep -qi "wenquanyi zen hei"; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends libreoffice-calc-nogui fonts-wqy-zenhei
fi
/usr/bin/soffice --version || true
