echo(version()[0], version_num() > 20210000);
