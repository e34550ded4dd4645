#!/usr/bin/env bash
# Issue 16 item 4: programs that used to hang or go quadratic, timed as CPU
# seconds (user + sys). Not a test: the values are checked by
# Tests/BizLangTests/NoHangTests.swift; this prints how long they take.
#
#   benchmarks/no-hang.sh                 # builds biz (release) first
#   BIZ=.build/debug/biz benchmarks/no-hang.sh
#
# chain   10,000 dependent cells c1 = 1, c2 = c1 + 1, … (17 s before: every
#         new cell walked the chain behind it looking for a cycle)
# append  a top-level loop xs = xs + [i], 50,000 times (5.7 s before: the
#         cell's reference made every append copy the list)
# local   the same loop inside a function, for comparison
# shared  xs = [xs, xs] sixty times, then print, str, == and a JSON export
#         (which is refused): before, printing never finished
# errors  one 1 MB line with 200 unknown names (127 MB of errors before)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z ${BIZ:-} ]]; then
  swift build -c release --static-swift-stdlib --product biz >&2
  BIZ="$(swift build -c release --static-swift-stdlib --show-bin-path)/biz"
fi
BIZ=$(realpath "$BIZ")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

python3 - "$dir" <<'PY'
import sys
d = sys.argv[1]
with open(f"{d}/chain.biz", "w") as f:
    f.write("c1 = 1\n" + "".join(f"c{i} = c{i-1} + 1\n" for i in range(2, 10001)) + "print(c10000)\n")
with open(f"{d}/append.biz", "w") as f:
    f.write("xs = []\nfor i in 1..50000 {\n  xs = xs + [i]\n}\nprint(len(xs))\n")
with open(f"{d}/local.biz", "w") as f:
    f.write("fn build(n) {\n  xs = []\n  for i in 1..n {\n    xs = xs + [i]\n  }\n  return xs\n}\nprint(len(build(50000)))\n")
with open(f"{d}/shared.biz", "w") as f:
    f.write("xs = [1, 2]\nfor i in 1..60 {\n  xs = [xs, xs]\n}\nys = [1, 2]\nfor i in 1..60 {\n  ys = [ys, ys]\n}\n"
            "print(len(str(xs)))\nprint(xs == ys)\nprint(xs)\nexport xs to \"shared.json\"\n")
with open(f"{d}/errors.biz", "w") as f:
    f.write("x = [" + ", ".join(f"q{i}" + "b" * 5000 for i in range(200)) + "]\n")
PY

printf '%-8s %10s %14s  %s\n' program "CPU s" "output bytes" "first line"
for b in chain append local shared errors; do
  out=$(cd "$dir" && { /usr/bin/time -f '%U %S' -o time.txt "$BIZ" run "$b.biz" > out.txt 2>&1 || true; }
        cpu=$(tail -1 time.txt | awk '{ printf "%.3f", $1 + $2 }')
        printf '%-8s %10s %14s  %s' "$b" "$cpu" "$(wc -c < out.txt)" "$(head -c 60 out.txt | head -1)")
  echo "$out"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
