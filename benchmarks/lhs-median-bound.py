#!/usr/bin/env python3
"""How much Latin hypercube sampling per stream can do for a median.

Issue 12 item 4 asks that the median's error at 1k LHS samples be no larger
than plain sampling's at 10k, i.e. a variance ratio LHS/plain of at most 0.1
at equal sample counts. For LHS the empirical CDF at q has variance
(1/n)·Var(r) + o(1/n), where r is 1{Y <= q} minus its main effects
(Stein 1987, Owen 1992); the sample median inherits that ratio. Stratifying
each input on its own removes only the main effects of the indicator.

For Y = X1 + … + Xk with k equal standard normal inputs (the kindest case:
an exactly additive model), E[1{Y <= 0} | X1 = x] = Φ(-x/√(k-1)), whose
variance is arcsin(1/k)/(2π), so the ratio at the median is

    1 - k·arcsin(1/k)·2/π      (1/3 for k = 2, 0.357 for k = 4, → 1 - 2/π)

No per-stream stratification gets a median of two or more comparable inputs
below a third of plain sampling's variance at the same n; 0.1 needs one
input to dominate. This script checks the formula by simulation (numpy,
scipy). Usage: benchmarks/lhs-median-bound.py [samples] [repetitions]
"""
import sys

import numpy as np
from scipy.stats import norm

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
reps = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
rng = np.random.default_rng(1)


def lhs(k):
    """n draws of each of k streams, one per stratum, in a random order per stream."""
    strata = rng.permuted(np.tile(np.arange(n), (k, 1)), axis=1)
    return norm.ppf((strata + rng.random((k, n))) / n)


print(f"| inputs k | variance ratio LHS/plain of the median, n = {n} | formula 1 - k·arcsin(1/k)·2/π |")
print("|---|---|---|")
for k in (1, 2, 3, 4, 8):
    v_lhs = np.var([np.median(lhs(k).sum(axis=0)) for _ in range(reps)])
    v_plain = np.var([np.median(rng.standard_normal((k, n)).sum(axis=0)) for _ in range(reps)])
    print(f"| {k} | {v_lhs / v_plain:.3f} | {1 - k * np.arcsin(1 / k) * 2 / np.pi:.3f} |")
