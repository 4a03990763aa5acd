from math import pi, sqrt as root, cos
print(round(pi, 3), root(2), cos(0))
