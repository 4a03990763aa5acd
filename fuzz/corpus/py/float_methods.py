print((2.0).is_integer(), (2.5).is_integer(), (3).real, 1.5.real)
