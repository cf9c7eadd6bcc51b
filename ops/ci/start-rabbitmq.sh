#!/usr/bin/env bash
# Makes sure the local RabbitMQ answers on 127.0.0.1:5672 with guest/guest for the workers' tests (WorkersIT):
# installed from Debian's packages when absent, started detached when stopped.
set -euo pipefail
if ! command -v rabbitmq-server >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null
fi
answers() { (exec 3<>/dev/tcp/127.0.0.1/5672) 2>/dev/null; }
if ! answers; then
  rabbitmq-server -detached
  for _ in $(seq 1 60); do answers && break; sleep 1; done
fi
rabbitmqctl -q await_startup >/dev/null 2>&1 || true
answers || { echo "RabbitMQ does not answer on 127.0.0.1:5672" >&2; exit 1; }
echo "RabbitMQ answers on 127.0.0.1:5672"
