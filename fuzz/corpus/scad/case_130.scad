module rm() rm(); rm();
