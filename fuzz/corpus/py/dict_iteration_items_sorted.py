inv = {'bolt': 12, 'nut': 30, 'washer': 5}
total = sum(v for k, v in inv.items() if k != 'nut')
print(total, max(inv, key=inv.get), sorted(inv, key=lambda k: inv[k]))
