for name, v in [('a', 1.5), ('bbb', 22.25)]:
    print(f'{name:<5}|{v:>8.2f}|{v:^9.1f}|')
