echo(str(1,2,"x",[1]), chr(65), chr([72, 105]), ord("A"), ord("☺"), concat([1],[2,3],4));
