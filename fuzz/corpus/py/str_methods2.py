print('ab'.center(6, '*'), 'ab'.ljust(4) + '|', 'ab'.rjust(4), '42'.zfill(5), '-42'.zfill(5), 'hello world'.title(), 'hELLO'.capitalize(), '123'.isdigit(), 'abc'.isalpha(), ' '.isspace())
