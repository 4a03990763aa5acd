s = 'abcdefgh'
print(s[1:4], s[::-1], s[::2], s[-2:], s[5:1:-1], s[0], s[-1])
