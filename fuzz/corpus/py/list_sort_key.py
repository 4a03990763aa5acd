w = ['pear', 'fig', 'banana', 'kiwi']
w.sort(key=len)
print(w)
print(sorted(w, key=lambda s: s[-1], reverse=True))
