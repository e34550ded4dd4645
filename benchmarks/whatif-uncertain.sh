#!/bin/sh
# What-ifs over an uncertain model (issue 12 item 3): `given`, a 20-point
# `sweep`, `tornado`, `goal` and `maximize` on benchmarks/montecarlo.biz's
# model (four uncertain inputs, 1,000 samples). Each case is a script: the
# model, `cash = run.cash.last`, then the what-if line. It prints, per case,
# the best of RUNS runs of wall time and of CPU time (user+sys) with the
# model's own Monte Carlo (the `base` case) subtracted, and the load average.
#
#   swift build -c release --static-swift-stdlib --product biz
#   benchmarks/whatif-uncertain.sh                 # RUNS=3, SAMPLES=1000
#   BIZ=/tmp/old/biz RUNS=1 benchmarks/whatif-uncertain.sh goal
#   EXTRA="--sampling random" benchmarks/whatif-uncertain.sh
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
BIZ=${BIZ:-$root/.build/release/biz}
RUNS=${RUNS:-3}
SAMPLES=${SAMPLES:-1000}
EXTRA=${EXTRA:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed '/^run = simulate(us)/,$d' "$root/benchmarks/montecarlo.biz" > "$work/model.biz"
printf 'run = simulate(us)\ncash = run.cash.last\n' >> "$work/model.biz"

line() {
    case $1 in
        base) echo 'cash' ;;
        given) echo 'cash given us.price = 120 RUB' ;;
        sweep) echo 'sweep us.price over 81..157 RUB step 4 RUB: cash' ;;
        tornado) echo 'tornado cash' ;;
        goal) echo 'goal cash = -2M RUB by us.price in 80..200 RUB' ;;
        maximize) echo 'maximize cash by us.price in 60..200 RUB' ;;
    esac
}

# best wall and CPU seconds of RUNS runs of one case; its answer in $work/CASE.out
measure() {
    { cat "$work/model.biz"; line "$1"; } > "$work/$1.biz"
    best_wall=; best_cpu=
    i=0
    while [ $i -lt "$RUNS" ]; do
        # shellcheck disable=SC2086
        /usr/bin/time -f '%e %U %S' -o "$work/time" "$BIZ" --samples "$SAMPLES" $EXTRA "$work/$1.biz" > "$work/$1.out" 2>&1
        set -- "$1" $(cat "$work/time")
        cpu=$(echo "$3 + $4" | bc)
        if [ -z "$best_wall" ] || [ "$(echo "$2 < $best_wall" | bc)" = 1 ]; then best_wall=$2; fi
        if [ -z "$best_cpu" ] || [ "$(echo "$cpu < $best_cpu" | bc)" = 1 ]; then best_cpu=$cpu; fi
        i=$((i + 1))
    done
    echo "$best_wall $best_cpu"
}

cases=${*:-given sweep tornado goal maximize}
set -- $(measure base)
base_wall=$1; base_cpu=$2
printf '%-9s %9s %9s   %s\n' case wall_s cpu_s answer
printf '%-9s %9s %9s   %s\n' base "$base_wall" "$base_cpu" "(the model's own Monte Carlo; subtracted below)"
for c in $cases; do
    set -- $(measure "$c")
    wall=$(echo "$1 - $base_wall" | bc); cpu=$(echo "$2 - $base_cpu" | bc)
    answer=$(tail -n 1 "$work/$c.out" | cut -c1-90)
    [ "$c" = tornado ] && answer="$(grep -c 'RUB  ' "$work/$c.out") inputs; first: $(sed -n 4p "$work/$c.out" | cut -c1-70)"
    [ "$c" = given ] && answer="$(sed -n 1p "$work/$c.out" | cut -c1-80)"
    [ "$c" = sweep ] && answer="$(sed -n 3p "$work/$c.out" | cut -c1-80)"
    printf '%-9s %9s %9s   %s\n' "$c" "$wall" "$cpu" "$answer"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
