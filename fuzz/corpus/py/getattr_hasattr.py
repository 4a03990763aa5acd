from types import SimpleNamespace
ns = SimpleNamespace(a=1)
print(getattr(ns, 'a'), getattr(ns, 'b', 'dflt'), hasattr(ns, 'a'), hasattr(ns, 'b'), hasattr('s', 'upper'))
