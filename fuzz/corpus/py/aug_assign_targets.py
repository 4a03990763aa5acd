a = [1, 2]
a[0] += 10
d = {'k': 1}
d['k'] *= 5
from types import SimpleNamespace
n = SimpleNamespace(v=2)
n.v **= 3
x = 7
x //= 2
x -= 1
s = 'a'
s += 'b'
print(a, d, n.v, x, s)
