items = ['a', 'b']
print(f'{len(items)} items: {", ".join(items)}', f"{'yes' if items else 'no'}", f'{3 + 4}', f'{-1:+d}')
