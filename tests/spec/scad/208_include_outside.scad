// include outside the sandbox is refused
// expect error io.sandbox_violation
include </etc/passwd>
cube(1);
