"""Reference solutions for test/ode.test.ts computed with SciPy's Radau (an independent implementation of
RADAU IIA order 5) and BDF at tight tolerances; both are printed so their agreement bounds the reference error.
Run: python3 test/refgen/stiff_odes_scipy.py  (SciPy 1.17.1, NumPy 2.4.6)."""
import json
import numpy as np
from scipy.integrate import solve_ivp
from scipy.special import kve

out = {"generator": "test/refgen/stiff_odes_scipy.py", "scipy": __import__("scipy").__version__}

def rober(t, y):
    return [-0.04 * y[0] + 1e4 * y[1] * y[2], 0.04 * y[0] - 1e4 * y[1] * y[2] - 3e7 * y[1] ** 2, 3e7 * y[1] ** 2]
def rober_jac(t, y):
    return [[-0.04, 1e4 * y[2], 1e4 * y[1]], [0.04, -1e4 * y[2] - 6e7 * y[1], -1e4 * y[1]], [0, 6e7 * y[1], 0]]
res = {}
for m in ["Radau", "BDF"]:
    s = solve_ivp(rober, [0, 40], [1, 0, 0], method=m, rtol=1e-13, atol=[1e-20, 1e-24, 1e-20], jac=rober_jac)
    res[m] = s.y[:, -1].tolist()
out["robertson_t40"] = res

# Riccati freeze-out model dY/dx = -lam/x^2 (Y^2 - Yeq^2), Yeq = c x^2 K2(x), from x = 1 (Y = Yeq) to x = 1000
c = 45 * 2 / (4 * np.pi ** 4 * 90)
yeq = lambda x: c * x * x * kve(2, x) * np.exp(-x)
ric = {}
for lam in [4.3e7, 4.3e11, 4.3e15]:
    vals = {}
    for m in ["Radau", "BDF"]:
        s = solve_ivp(lambda x, y: [-lam / (x * x) * (y[0] ** 2 - yeq(x) ** 2)], [1, 1000], [yeq(1.0)], method=m,
                      rtol=1e-13, atol=1e-300, jac=lambda x, y: [[-2 * lam / (x * x) * y[0]]])
        vals[m] = float(s.y[0, -1])
    ric[repr(lam)] = vals
out["riccati_c"] = c
out["riccati_Y1000"] = ric
print(json.dumps(out, indent=1))
