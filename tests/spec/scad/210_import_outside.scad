// import outside the sandbox is refused
// expect error io.sandbox_violation
import("/etc/passwd");
