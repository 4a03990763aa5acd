m2(); module k() { m3() cube(); } k();
