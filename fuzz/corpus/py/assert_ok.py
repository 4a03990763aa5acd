assert 1 + 1 == 2
assert True, 'msg'
print('ok')
