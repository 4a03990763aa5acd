from math import *
print(floor(pi), sqrt(9))
