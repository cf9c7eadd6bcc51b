#!/usr/bin/env bash
# Makes sure the local PostgreSQL runs and has a throw-away database for the tests (pos_clearing_test).
set -euo pipefail
if ! command -v pg_lsclusters >/dev/null; then
  echo "PostgreSQL is not installed; PostgreSQL tests will be skipped" >&2
  exit 0
fi
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
psql_cmd=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
"${psql_cmd[@]}" -c "DROP DATABASE IF EXISTS pos_clearing_test" -c "CREATE DATABASE pos_clearing_test"
