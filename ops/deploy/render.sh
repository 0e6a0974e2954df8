#!/usr/bin/env bash
# Renders the nginx configuration for Points Bank into a work directory:
#   ops/deploy/render.sh <work dir> <listen port> <host:port> [<host:port>...]
# writes <work dir>/nginx.conf (from nginx.conf.template) and <work dir>/upstreams.conf (one server line per
# instance), and makes <work dir>/{run,logs,temp}. Then: nginx -p <work dir> -c <work dir>/nginx.conf
set -euo pipefail

if [ "$#" -lt 3 ]; then
  echo "usage: $0 <work dir> <listen port> <host:port> [<host:port>...]" >&2
  exit 1
fi
here="$(cd "$(dirname "$0")" && pwd)"
work="$1"
listen="$2"
shift 2
case "$listen" in
  '' | *[!0-9]*) echo "listen port must be a number: $listen" >&2; exit 1 ;;
esac

mkdir -p "$work/run" "$work/logs" "$work/temp"
sed "s/@@LISTEN@@/$listen/" "$here/nginx.conf.template" > "$work/nginx.conf.new"
mv "$work/nginx.conf.new" "$work/nginx.conf"

: > "$work/upstreams.conf.new"
for server in "$@"; do
  case "$server" in
    *[!A-Za-z0-9.:_-]* | '') echo "not a host:port: $server" >&2; exit 1 ;;
  esac
  # passive checks: after 3 failed attempts within 10 s, nginx sends it nothing for 10 s
  echo "server $server max_fails=3 fail_timeout=10s;" >> "$work/upstreams.conf.new"
done
mv "$work/upstreams.conf.new" "$work/upstreams.conf"
echo "$work/nginx.conf"
