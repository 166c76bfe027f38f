#!/usr/bin/python3
"""numpy_model.py: the benchmark model (tests/bench/model.lua) in numpy, for `make bench`.

It computes what tcost's report of that model computes, as floor.c does: the 23
distinct uncertain values (5 inputs; per-phase and total GPU-hours, energy, carbon,
energy cost, rental and purchase cost; the purchase-price figure), each from ALL
samples: mean, sd (ddof=1), min, max, percentiles 5/25/50/75/95 (numpy's default
linear method); a 30-bin histogram of the two total costs; the Spearman rank
correlation of each total cost with each input it depends on (ranks by argsort:
the draws are continuous, so there are no ties to average).
numpy runs its element-wise work on one thread. Usage: numpy_model.py [samples].
"""
import math
import sys

import numpy as np

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
rng = np.random.default_rng(1)
Z90 = 1.6448536269514722


def range_(lo, hi):
    """The lognormal whose 5th and 95th percentiles are lo and hi."""
    mu = 0.5 * (math.log(lo) + math.log(hi))
    sigma = (math.log(hi) - math.log(lo)) / (2 * Z90)
    return np.exp(mu + sigma * rng.standard_normal(n))


s, rate, price, pue, elec = (range_(0.9, 1.1), range_(1.5, 3), range_(20000, 30000),
                             range_(1.1, 1.5), range_(0.06, 0.12))
g1, kw, co2 = 271e3, 0.7, 0.367
gh0 = 2.664e6 * s
gh = gh0 + g1
buy = 2048 * price
e0 = gh0 * kw * pue
e1 = g1 * kw * pue
c0, c1 = e0 * co2, e1 * co2
ec0, ec1 = e0 * elec, e1 * elec
r0, r1 = gh0 * rate, g1 * rate
b0, b1 = buy * (gh0 / gh), buy * (g1 / gh)
values = {
    "total_rental": r0 + r1, "total_buy": b0 + b1, "total_gpu_hours": gh, "total_energy_kwh": e0 + e1,
    "total_carbon_kg": c0 + c1, "total_energy_cost": ec0 + ec1, "pre_gpu_hours": gh0, "pre_energy_kwh": e0,
    "pre_carbon_kg": c0, "pre_energy_cost": ec0, "pre_rental": r0, "pre_buy": b0, "fixed_energy_kwh": e1,
    "fixed_carbon_kg": c1, "fixed_energy_cost": ec1, "fixed_rental": r1, "fixed_buy": b1,
    "purchase_price": buy, "pretrain_scale": s, "rate": rate, "gpu_price": price, "pue": pue,
    "electricity_price": elec,
}


def ranks(x):
    r = np.empty(n)
    r[np.argsort(x)] = np.arange(1, n + 1)
    return r


rank_s = ranks(s)  # one ranking per input, as tcost does
for name, x in values.items():
    p = np.percentile(x, [5, 25, 50, 75, 95])
    line = (f"{name:18s} mean {x.mean():.6g} sd {x.std(ddof=1):.6g} min {x.min():.6g} max {x.max():.6g} "
            + " ".join(f"p{q} {v:.6g}" for q, v in zip((5, 25, 50, 75, 95), p)))
    if name in ("total_rental", "total_buy"):
        np.histogram(x, bins=30)
        rx = ranks(x)
        other = rate if name == "total_rental" else price
        line += (f" rho_scale {np.corrcoef(rx, rank_s)[0, 1]:.3f}"
                 f" rho_{'rate' if name == 'total_rental' else 'price'} {np.corrcoef(rx, ranks(other))[0, 1]:.3f}")
    print(line)
