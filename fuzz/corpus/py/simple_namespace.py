from types import SimpleNamespace
p = SimpleNamespace(width=10, height=4)
p.depth = 2
p.width += 5
print(p.width * p.height * p.depth, p)
import types
q = types.SimpleNamespace(a=1)
print(q == types.SimpleNamespace(a=1), q.a)
