// cadscribe — one binary, one thin cmd_<verb>.cpp per verb.
#include <cstdio>
int main() { std::puts("cadscribe"); return 0; }
