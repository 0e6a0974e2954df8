#!/bin/bash
# The garbage collector's share of a JVM's CPU over an interval, read from the kernel's per-thread CPU clocks
# (/proc/PID/task/*/stat, utime + stime): the collector's own threads (G1's "GC Thread#n", "G1 Conc#n",
# "G1 Refine#n", "G1 Main Marker", "G1 Service", and the other collectors' "GC Thread") against the whole
# process. Unlike the pause totals this counts concurrent marking and refinement too.
#   gc-share.sh PID start STATE_FILE   # remember the clocks now
#   gc-share.sh PID stop STATE_FILE    # print the interval's process CPU, the collector's CPU and its share
# Linux only. Threads that ended during the interval take their CPU with them (the JVM keeps its GC threads).
set -euo pipefail
pid=$1 action=$2 state=$3
clocks() {
  local gc=0 all=0 stat comm rest ticks
  for task in /proc/"$pid"/task/*; do
    stat=$(cat "$task/stat" 2>/dev/null) || continue
    comm=${stat#*(}; comm=${comm%)*}
    rest=${stat##*) }
    # fields after the name: state(3) ... utime(14) stime(15), counted from the field after ")"
    ticks=$(awk '{print $12 + $13}' <<< "$rest")
    all=$((all + ticks))
    case "$comm" in
      "GC Thread"*|"G1 "*) gc=$((gc + ticks)) ;;
    esac
  done
  echo "$gc $all"
}
case "$action" in
  start) clocks > "$state" ;;
  stop)
    read -r gc0 all0 < "$state"
    read -r gc1 all1 <<< "$(clocks)"
    hz=$(getconf CLK_TCK)
    awk -v g="$((gc1 - gc0))" -v a="$((all1 - all0))" -v hz="$hz" 'BEGIN {
      printf "process CPU %.2f s, collector CPU %.2f s, GC share of CPU %.1f %%\n", a / hz, g / hz, (a > 0 ? 100 * g / a : 0) }'
    ;;
  *) echo "usage: $0 PID start|stop STATE_FILE" >&2; exit 2 ;;
esac
