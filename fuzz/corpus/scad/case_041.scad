echo([for (c = "héy") c], [for (x = 5) x], [for (x = undef) x], [each 5], [each undef]);
