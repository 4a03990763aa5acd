s = 'héllo'
print(len(s), s.upper() if False else s, s[1], s[::-1])
