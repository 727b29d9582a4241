"""High-precision reference values for test/special-functions.test.ts and test/cosmo-thermal.test.ts, computed
with mpmath at 30 significant digits and rounded to double precision.
Run: python3 test/refgen/special_functions_mpmath.py > test/reference/mpmath-values.json  (mpmath 1.3.0)."""
import json
import mpmath as mp

mp.mp.dps = 30
f = lambda v: float(v)

xk = ['1e-8', '1e-5', '0.001', '0.01', '0.1', '0.5', '1', '1.5', '1.99', '2', '2.01', '2.5', '3', '5', '10', '20',
      '50', '100', '300', '700', '1000', '10000', '100000']
besselk = []
for s in xk:
    x = mp.mpf(float(s))  # the double nearest to s, as the tests will use
    e = mp.exp(x)
    besselk.append({'x': f(x), 'k0s': f(e * mp.besselk(0, x)), 'k1s': f(e * mp.besselk(1, x)),
                    'k2s': f(e * mp.besselk(2, x)), 'k7s': f(e * mp.besselk(7, x)),
                    'k0': f(mp.besselk(0, x)), 'k1': f(mp.besselk(1, x)), 'k2': f(mp.besselk(2, x))})
xi = ['1e-6', '0.1', '1', '5', '10', '24.9', '25.1', '30', '100', '700', '10000']
besseli = []
for s in xi:
    x = mp.mpf(float(s))  # the double nearest to s, as the tests will use
    e = mp.exp(-x)
    besseli.append({'x': f(x), 'i0s': f(e * mp.besseli(0, x)), 'i1s': f(e * mp.besseli(1, x))})
xg = ['1e-10', '0.001', '0.1', '0.5', '0.9', '0.999', '1.001', '1.5', '1.999', '2.001', '2.5', '3', '7.5', '10',
      '12.3', '100', '1e5', '1e10', '-0.5', '-2.7', '-10.3']
lgam = [{'x': float(s), 'lgamma': f(mp.log(abs(mp.gamma(mp.mpf(float(s))))))} for s in xg]

# quantum-statistics equilibrium densities: I(x) = ∫ u² du/(exp(√(u²+x²)) ∓ 1), n = g T³ I/(2π²)
quantum = []
for s in ['0', '0.1', '1', '3', '10', '30']:
    x = mp.mpf(float(s))  # the double nearest to s, as the tests will use
    ib = mp.quad(lambda u: u * u / (mp.exp(mp.sqrt(u * u + x * x)) - 1), [0, 1, 4, 10, 30, 100, 300])
    i_f = mp.quad(lambda u: u * u / (mp.exp(mp.sqrt(u * u + x * x)) + 1), [0, 1, 4, 10, 30, 100, 300])
    quantum.append({'x': f(x), 'bose': f(ib), 'fermi': f(i_f)})

# Gondolo–Gelmini thermal averages straight from paper 002 eq. 25 (integration in s), for σ(s) = 1/s (GeV⁻²)
# and σ(s) = σ0 √(1 − 4m²/s) (a p-wave-like threshold), masses m1 = m2 = m, and unequal masses.
def gg(sigma, m1, m2, T):
    m1, m2, T = mp.mpf(m1), mp.mpf(m2), mp.mpf(T)
    lam = lambda s: (s - (m1 + m2) ** 2) * (s - (m1 - m2) ** 2)
    s0 = (m1 + m2) ** 2
    # numerator and denominator both multiplied by e^{(m1+m2)/T}, so the integrand is O(1) (mpmath's quad stops on an
    # absolute error criterion ~10^-dps, which a raw integrand of size e^{-2m/T} ~ 1e-87 would meet at low degree)
    xs = (m1 + m2) / T
    integrand = lambda s: lam(s) / mp.sqrt(s) * mp.besselk(1, mp.sqrt(s) / T) * mp.exp(xs) * sigma(s)
    # √s runs from m1 + m2 to m1 + m2 + 120 T (the integrand falls like e^{−(√s − m1 − m2)/T}; e^{−120} < 1e-52)
    pts = [(m1 + m2 + k * T) ** 2 for k in [0, 0.05, 0.25, 0.5, 1, 2, 3, 5, 8, 12, 20, 30, 50, 80, 120]]
    integral, err = mp.quad(integrand, pts, error=True)
    assert err < mp.mpf('1e-18') * abs(integral), (m1, m2, T, err, integral)
    den = 8 * T * m1 ** 2 * mp.besselk(2, m1 / T) * mp.exp(m1 / T) * m2 ** 2 * mp.besselk(2, m2 / T) * mp.exp(m2 / T)
    return f(integral / den)

gondolo = []
for (m1, m2, T) in [(100, 100, 100), (100, 100, 10), (100, 100, 1), (100, 100, 0.2), (10, 3, 2), (10, 3, 0.5)]:
    gondolo.append({'m1': m1, 'm2': m2, 'T': T,
                    'inv_s': gg(lambda s: 1 / s, m1, m2, T),
                    'beta': gg(lambda s, mm=mp.mpf(m1): mp.sqrt(1 - 4 * mm * mm / s) if m1 == m2 else mp.sqrt(1 - (mp.mpf(m1) + m2) ** 2 / s), m1, m2, T)})

print(json.dumps({'generator': 'test/refgen/special_functions_mpmath.py', 'mpmath': mp.__version__, 'dps': 30,
                  'besselk': besselk, 'besseli': besseli, 'lgamma': lgam, 'quantum': quantum,
                  'gondoloGelmini': gondolo}, indent=1))
