module outer() { $q = 5; inner(); } module inner() { echo(q=$q, fn=$fn); } outer(); $fn = 10; inner();
