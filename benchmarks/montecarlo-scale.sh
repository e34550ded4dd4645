#!/usr/bin/env bash
# Monte Carlo at scale (issue 12): peak memory and CPU time of
# benchmarks/montecarlo.biz (three segments, 36 months, four uncertain
# inputs) at 1k, 10k and 100k samples, and of two what-ifs over it.
#
#   benchmarks/montecarlo-scale.sh                 # 1k, 10k, 100k
#   SAMPLES="1000 10000" benchmarks/montecarlo-scale.sh
#   BIZ=/path/to/biz benchmarks/montecarlo-scale.sh  # another build (a "before")
#
# Measures with /usr/bin/time (user and system CPU seconds, wall seconds,
# peak resident set); CPU/wall above 1 means more than one core was busy.
# "KB/sample" is the peak resident set above a 1-sample run's, per sample.
# Prints a Markdown table and the load average, which matters on a shared
# machine: compare interleaved runs, not runs taken at different times.
set -euo pipefail
cd "$(dirname "$0")/.."
samples=${SAMPLES:-"1000 10000 100000"}
if [[ -z "${BIZ:-}" ]]; then
  swift build -c release --static-swift-stdlib --product biz >&2
  BIZ="$(swift build -c release --static-swift-stdlib --show-bin-path)/biz"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The benchmark, then what-ifs over it: a `given` and a 5-point sweep of the conversion.
cp benchmarks/montecarlo.biz "$work/simulate.biz"
{ grep -v '^print(' benchmarks/montecarlo.biz
  echo 'final = run.cash.last'
  echo 'print(mean(final given conversion = 5%))'
  echo 'sweep conversion over [3%, 4%, 5%, 6%, 7%]: mean(final)'
} > "$work/whatif.biz"

# measure NAME SAMPLES → "user sys wall peak_kb"
measure() {
  /usr/bin/time -f "%U %S %e %M" -o "$work/time" "$BIZ" --samples "$2" run "$work/$1.biz" > /dev/null
  cat "$work/time"
}

base=$(measure simulate 1 | awk '{print $4}')
echo "| script | samples | user s | sys s | wall s | CPU/wall | peak RSS MB | KB/sample |"
echo "|---|---|---|---|---|---|---|---|"
for script in simulate whatif; do
  for n in $samples; do
    # What-ifs at 100k samples take minutes: 1k and 10k show the trend.
    [[ $script == whatif && $n -gt 10000 ]] && continue
    read -r user sys wall peak < <(measure "$script" "$n")
    awk -v s="$script" -v n="$n" -v u="$user" -v y="$sys" -v w="$wall" -v p="$peak" -v b="$base" 'BEGIN {
      printf "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.0f | %.1f |\n", s, n, u, y, w, (w > 0 ? (u + y) / w : 0), p / 1024, (p - b) / n
    }'
  done
done
echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
