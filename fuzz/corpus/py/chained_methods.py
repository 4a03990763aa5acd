s = '  A,B , c '
print([p.strip().lower() for p in s.split(',')], s.strip().replace(' ', '').split(','))
