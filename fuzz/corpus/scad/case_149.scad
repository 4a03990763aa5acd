echo(version(), version_num(), is_list(version()));
