// surface() outside the sandbox is refused
// expect error io.sandbox_violation
surface("/etc/passwd");
