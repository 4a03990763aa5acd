import math
print(math.exp(0), math.log(math.e), math.log(8, 2), math.log10(1000), math.pow(2, 3), math.isclose(0.1 + 0.2, 0.3), math.copysign(1, -2), math.trunc(-2.7), math.fmod(7, 3), math.gcd(12, 18), math.isfinite(1.0), math.isnan(float('nan')), math.inf > 1e308)
