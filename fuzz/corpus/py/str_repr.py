print(repr('a'), repr("it's"), repr('say "hi"'), repr('both \' "'), repr('tab\t'), ['x', "y'"])
