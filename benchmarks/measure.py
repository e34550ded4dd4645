"""Times the benchmark programs in Biz, CPython and Lua: CPU time (user +
sys of the child, from wait4), runs interleaved so that a change in the
machine's load falls on every program alike, medians reported.

Called by benchmarks/run, which builds biz and names the interpreters:
    measure.py --biz PATH --python PATH [--lua PATH] [--runs N] [--before PATH] [NAME ...]

--before times a second Biz binary (an older build) in the same rounds, for
a before/after column that the machine's load cannot skew.
"""
import argparse
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def plain(text):
    """loans_plain prints what loans prints, without the currency."""
    return text.replace(" USD", "")


def no_commas(text):
    """records: Biz groups digits in names ("item-1,234"); the others do too,
    so only the grouping of the totals may differ."""
    return text.replace(",", "")


# name: (Biz program, Python program, Lua program or None, how outputs are compared)
PROGRAMS = {
    "fib": ("fib.biz", "fib.py", "fib.lua", no_commas),
    "loop": ("loop.biz", "loop.py", "loop.lua", no_commas),
    "records": ("records.biz", "records.py", "records.lua", no_commas),
    "loans": ("loans.biz", "loans.py", None, None),
    "loans_plain": ("loans_plain.biz", "loans.py", None, plain),
    "pipeline": ("pipeline.biz", "pipeline.py", None, None),
    "report": ("report.biz", "report.py", None, None),
}


def output(argv):
    return subprocess.run(argv, check=True, capture_output=True, text=True).stdout.strip()


def cpu_seconds(argv):
    """User + system CPU time of one run of argv, its output discarded."""
    with open(os.devnull, "wb") as null:
        child = subprocess.Popen(argv, stdout=null)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.exit(f"benchmarks/run: {' '.join(argv)} failed ({child.returncode})")
    return usage.ru_utime + usage.ru_stime


def load():
    return "%.2f %.2f %.2f" % os.getloadavg()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--biz", required=True)
    ap.add_argument("--python", required=True)
    ap.add_argument("--lua")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--before")
    ap.add_argument("names", nargs="*")
    a = ap.parse_args()
    names = a.names or list(PROGRAMS)
    for n in names:
        if n not in PROGRAMS:
            sys.exit(f"benchmarks/run: no benchmark '{n}' (there are {', '.join(PROGRAMS)})")

    # Every program must print the same answer before it is timed.
    jobs = []  # (name, language, argv)
    for n in names:
        biz, py, lua, same = PROGRAMS[n]
        argvs = {"Biz": [a.biz, os.path.join(HERE, biz)], "CPython": [a.python, os.path.join(HERE, py)]}
        if a.before:
            argvs["before"] = [a.before, os.path.join(HERE, biz)]
        if lua and a.lua:
            argvs["Lua"] = [a.lua, os.path.join(HERE, lua)]
        outs = {lang: output(argv) for lang, argv in argvs.items()}
        norm = same or (lambda t: t)
        for lang, text in outs.items():
            if lang not in ("Biz", "before") and norm(text) != norm(outs["Biz"]) and not (n == "loans_plain" and norm(text) == outs["Biz"]):
                sys.exit(f"benchmarks/run: {n}: Biz printed {outs['Biz']!r}, {lang} {text!r}")
        print(f"{n:12} {outs['Biz']}")
        jobs += [(n, lang, argv) for lang, argv in argvs.items()]

    print(f"\nload average before: {load()}")
    times = {(n, lang): [] for n, lang, _ in jobs}
    for r in range(a.runs):
        # Interleaved, and in a rotated order each round.
        k = r % len(jobs)
        for n, lang, argv in jobs[k:] + jobs[:k]:
            times[(n, lang)].append(cpu_seconds(argv))
    print(f"load average after:  {load()}   ({a.runs} interleaved runs each, CPU seconds = user + sys, medians)\n")

    def med(n, lang):
        ts = times.get((n, lang))
        return statistics.median(ts) if ts else None

    def cell(x, fmt="%.3f"):
        return fmt % x if x is not None else "-"

    extra = ("%9s %13s" % ("before s", "before/after")) if a.before else ""
    print("%-12s %8s %10s %8s %12s %8s" % ("benchmark", "Biz s", "CPython s", "Lua s", "Biz/CPython", "Biz/Lua") + extra)
    for n in names:
        b, p, l, o = med(n, "Biz"), med(n, "CPython"), med(n, "Lua"), med(n, "before")
        extra = ("%9s %13s" % (cell(o), cell(o / b if b else None, "%.2f"))) if a.before else ""
        print("%-12s %8s %10s %8s %12s %8s" % (n, cell(b), cell(p), cell(l),
                                               cell(b / p if p else None, "%.2f"), cell(b / l if l else None, "%.2f")) + extra)
    if "loans" in names and "loans_plain" in names:
        print("\nmoney / plain numbers on loans: %.2f" % (med("loans", "Biz") / med("loans_plain", "Biz")))

    # Start-up: one trivial expression.
    startup = statistics.median(cpu_seconds([a.biz, "-e", "1+1"]) for _ in range(max(5, a.runs)))
    print("biz -e '1+1': %.1f ms CPU (target <= 20 ms)" % (startup * 1000))


if __name__ == "__main__":
    main()
