// dxf_dim() of a file outside the sandbox is refused
// expect error io.sandbox_violation
echo(dxf_dim(file="/etc/passwd", name="width"));
