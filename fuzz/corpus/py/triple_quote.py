s = '''line1
line2'''
t = """a "quoted" word"""
print(s, t, len(s))
