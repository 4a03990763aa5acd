module m() children(5); m() cube();
