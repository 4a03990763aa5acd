# comment

x = 1  # trailing

    # indented comment
print(x)

