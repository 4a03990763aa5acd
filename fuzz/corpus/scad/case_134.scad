echo(norm([1, 1]), norm([1, 2, 2]), norm([]), norm([5]), norm(3), cross([1, 2, 3], [4, 5, 6]), cross([1, 0], [0, 1]));
