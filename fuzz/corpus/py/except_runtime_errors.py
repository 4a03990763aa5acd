for thunk in [lambda: 1 / 0, lambda: [][0], lambda: {}['a'], lambda: 'a' + 1, lambda: int('z'), lambda: undefined_name, lambda: (1).foo]:
    try:
        thunk()
    except ZeroDivisionError:
        print('ZeroDivisionError')
    except IndexError:
        print('IndexError')
    except KeyError:
        print('KeyError')
    except TypeError:
        print('TypeError')
    except ValueError:
        print('ValueError')
    except NameError:
        print('NameError')
    except AttributeError:
        print('AttributeError')
