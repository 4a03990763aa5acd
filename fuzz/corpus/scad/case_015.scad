echo(version(), version_num());
