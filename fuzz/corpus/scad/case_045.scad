echo([1,[2,"a"],undef,true], [], [[]]);
