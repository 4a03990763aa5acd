print('tab\there', 'new\nline', 'q\'s', "dq\"s", r'raw\n', '\x41\u00e9', len('\u00e9'))
