#!/usr/bin/env bash
# Installs OpenSSH's server for the transfer ITs (they start their own sshd on a loopback high port,
# with their own config, host key and user key; nothing here starts a system sshd).
set -euo pipefail
if [ ! -x /usr/sbin/sshd ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends openssh-server
fi
# sshd refuses to start without its privilege-separation directory
mkdir -p /run/sshd
chmod 0755 /run/sshd
/usr/sbin/sshd -V 2>&1 | head -1 || true
