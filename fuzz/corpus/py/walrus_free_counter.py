count = 0
for w in 'the quick brown fox'.split():
    if len(w) > 3:
        count += 1
print(count)
