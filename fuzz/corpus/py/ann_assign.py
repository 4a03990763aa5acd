x: int = 5
y: float
def f(a: int, b: float = 1.0) -> float:
    return a * b
print(x, f(2), f(2, b=0.5))
