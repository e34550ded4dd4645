#!/usr/bin/env bash
# How close Latin hypercube sampling gets with 10× fewer samples (issue 12
# item 4): the spread over SEEDS seeds of the mean and of the median of
# benchmarks/montecarlo.biz's final cash, at 1k samples with `--sampling lhs`
# (the default), and with `--sampling random` (plain draws) at 1k and 10k.
#
#   benchmarks/lhs-error.sh            # 50 seeds (about 4 CPU-minutes)
#   SEEDS=10 benchmarks/lhs-error.sh   # fewer
#   BIZ=/path/to/biz benchmarks/lhs-error.sh   # a given build
#
# Both estimators are unbiased, so their error is their standard deviation
# over seeds; the script also prints the mean of each estimate over the
# seeds, which must agree within the errors. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=${SEEDS:-50}
if [[ -z "${BIZ:-}" ]]; then
  swift build -c release --static-swift-stdlib --product biz >&2
  BIZ="$(swift build -c release --static-swift-stdlib --show-bin-path)/biz"
fi
biz=$BIZ
model=$(mktemp --suffix=.biz)
trap 'rm -f "$model"' EXIT
# The benchmark without its two print lines, then the two estimates as plain numbers.
grep -v '^print(' benchmarks/montecarlo.biz > "$model"
cat >> "$model" <<'BIZ'
final = run.cash.last / 1 RUB
print("{mean(final)} {p(final, 50%)}")
BIZ

estimates() { # METHOD SAMPLES → one "mean median" line per seed
  for seed in $(seq 1 "$seeds"); do
    "$biz" --locale en --seed "$seed" --sampling "$1" --samples "$2" run "$model" | tr -d ,
  done
}

estimates lhs 1000 > "$model.lhs"
estimates random 1000 > "$model.random1k"
estimates random 10000 > "$model.random"
python3 - "$model.lhs" "$model.random1k" "$model.random" "$seeds" <<'PY'
import statistics as st, sys
def read(path):
    rows = [tuple(map(float, line.split())) for line in open(path) if line.strip()]
    return [r[0] for r in rows], [r[1] for r in rows]
runs, seeds = [read(p) for p in sys.argv[1:4]], sys.argv[4]
print(f"| final cash, over {seeds} seeds | LHS, 1k samples | random, 1k samples | random, 10k samples |")
print("|---|---|---|---|")
for i, name in enumerate(["mean", "median"]):
    print(f"| {name}: average of the estimates | " + " | ".join(f"{st.mean(r[i]):,.0f} RUB" for r in runs) + " |")
    print(f"| {name}: error (sd over seeds) | " + " | ".join(f"{st.stdev(r[i]):,.0f} RUB" for r in runs) + " |")
PY
rm -f "$model.lhs" "$model.random1k" "$model.random"
