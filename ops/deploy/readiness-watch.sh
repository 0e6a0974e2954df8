#!/usr/bin/env bash
# Active health checks for open-source nginx, which has only passive ones (max_fails/fail_timeout: a server is
# skipped after failed attempts, so real requests find it down first, and an instance that answers but is not
# ready -- its database gone, still starting -- is never skipped at all).
#
#   ops/deploy/readiness-watch.sh <work dir> [interval seconds, default 1]
#
# Every interval, asks each server of <work dir>/upstreams.conf for GET /actuator/health/readiness (timeout
# READINESS_TIMEOUT seconds, default 2). A server that failed FALL checks in a row (default 3) is marked "down" in
# upstreams.conf; a marked one that passed RISE checks in a row (default 2) loses the mark: one slow answer from a
# busy instance does not take it out. When a mark changes, nginx reloads (nginx -s reload: the workers finish their
# requests, new ones use the new list). With every server failing nginx would answer 502 at once: then no mark is
# set, so that nginx keeps trying them and the first one back is used (the passive checks still apply).
# Stop it with Ctrl-C or kill.
set -euo pipefail

work="${1:?usage: $0 <work dir> [interval seconds]}"
interval="${2:-1}"
timeout="${READINESS_TIMEOUT:-2}"
fall="${FALL:-3}"
rise="${RISE:-2}"
conf="$work/nginx.conf"
upstreams="$work/upstreams.conf"
nginx="${NGINX:-/usr/sbin/nginx}"
declare -A failed=() passed=() down=()

ready() {
  [ "$(curl -s -o /dev/null -m "$timeout" -w '%{http_code}' "http://$1/actuator/health/readiness")" = 200 ]
}

for server in $(sed -n 's/^server \([^ ;]*\).* down;$/\1/p' "$upstreams"); do
  down[$server]=1
done

while true; do
  servers=$(sed -n 's/^server \([^ ;]*\).*/\1/p' "$upstreams")
  next=""
  up=0
  for server in $servers; do
    if ready "$server"; then
      failed[$server]=0
      passed[$server]=$(( ${passed[$server]:-0} + 1 ))
      if [ "${down[$server]:-0}" = 1 ] && [ "${passed[$server]}" -ge "$rise" ]; then down[$server]=0; fi
    else
      passed[$server]=0
      failed[$server]=$(( ${failed[$server]:-0} + 1 ))
      if [ "${failed[$server]}" -ge "$fall" ]; then down[$server]=1; fi
    fi
    if [ "${down[$server]:-0}" = 1 ]; then
      next+="server $server max_fails=3 fail_timeout=10s down;"$'\n'
    else
      next+="server $server max_fails=3 fail_timeout=10s;"$'\n'
      up=$((up + 1))
    fi
  done
  if [ "$up" -eq 0 ]; then
    next=$(sed 's/ down;/;/' <<< "$next")$'\n'
  fi
  if [ "$next" != "$(cat "$upstreams")"$'\n' ]; then
    printf '%s' "$next" > "$upstreams.new"
    mv "$upstreams.new" "$upstreams"
    echo "$(date -u +%FT%TZ) $(grep -c ' down;' "$upstreams" || true) of $(wc -l < "$upstreams") down; reloading" >&2
    "$nginx" -p "$work" -e logs/error.log -c "$conf" -s reload
  fi
  sleep "$interval"
done
