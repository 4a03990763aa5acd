#include "pipeline/sandbox.h"

#include <cerrno>
#include <cstddef>
#include <vector>

#if defined(__linux__) && defined(__x86_64__)
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#define CADSCRIBE_HAVE_SECCOMP 1
#endif

namespace cadscribe::pipeline {

#ifdef CADSCRIBE_HAVE_SECCOMP
namespace {

constexpr uint32_t kDenied[] = {
    // starting programs
    __NR_execve, __NR_execveat, __NR_fork, __NR_vfork,
    // network
    __NR_socket, __NR_socketpair, __NR_connect, __NR_bind, __NR_listen, __NR_accept, __NR_accept4,
    // other processes
    __NR_ptrace, __NR_process_vm_readv, __NR_process_vm_writev, __NR_pidfd_open, __NR_pidfd_getfd,
    // namespaces, mounts, credentials, kernel facilities
    __NR_unshare, __NR_setns, __NR_mount, __NR_umount2, __NR_pivot_root, __NR_chroot, __NR_setuid,
    __NR_setgid, __NR_setreuid, __NR_setregid, __NR_setresuid, __NR_setresgid, __NR_keyctl,
    __NR_add_key, __NR_request_key, __NR_bpf, __NR_perf_event_open, __NR_init_module,
    __NR_finit_module, __NR_delete_module, __NR_kexec_load, __NR_reboot, __NR_swapon, __NR_swapoff,
    __NR_userfaultfd,
};

sock_filter stmt(uint16_t code, uint32_t k) { return BPF_STMT(code, k); }
sock_filter jump(uint16_t code, uint32_t k, uint8_t jt, uint8_t jf) { return BPF_JUMP(code, k, jt, jf); }

std::vector<sock_filter> build_filter() {
  const uint32_t deny = SECCOMP_RET_ERRNO | (EPERM & SECCOMP_RET_DATA);
  std::vector<sock_filter> f;
  // Only native x86-64 system calls: another ABI could name the same call by another number.
  f.push_back(stmt(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, arch)));
  f.push_back(jump(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0));
  f.push_back(stmt(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS));
  f.push_back(stmt(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, nr)));
  f.push_back(jump(BPF_JMP | BPF_JGE | BPF_K, 0x40000000u, 0, 1));  // x32 ABI numbers
  f.push_back(stmt(BPF_RET | BPF_K, deny));
  for (uint32_t nr : kDenied) {
    f.push_back(jump(BPF_JMP | BPF_JEQ | BPF_K, nr, 0, 1));
    f.push_back(stmt(BPF_RET | BPF_K, deny));
  }
  // clone3 passes its flags in memory the filter cannot read: answer ENOSYS so that glibc
  // falls back to clone, whose flags we can check.
  f.push_back(jump(BPF_JMP | BPF_JEQ | BPF_K, __NR_clone3, 0, 1));
  f.push_back(stmt(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (ENOSYS & SECCOMP_RET_DATA)));
  // clone: threads (CLONE_THREAD) yes, new processes no.
  f.push_back(jump(BPF_JMP | BPF_JEQ | BPF_K, __NR_clone, 0, 3));
  f.push_back(stmt(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, args[0])));  // low 32 bits
  f.push_back(jump(BPF_JMP | BPF_JSET | BPF_K, CLONE_THREAD, 1, 0));
  f.push_back(stmt(BPF_RET | BPF_K, deny));
  f.push_back(stmt(BPF_RET | BPF_K, SECCOMP_RET_ALLOW));
  return f;
}

}  // namespace

base::Status enter_worker_sandbox() {
  std::vector<sock_filter> filter = build_filter();
  sock_fprog prog{static_cast<unsigned short>(filter.size()), filter.data()};
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
    return base::make_diag("sandbox.failed", "prctl(PR_SET_NO_NEW_PRIVS) failed");
  if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog, 0, 0) != 0)
    return base::make_diag("sandbox.failed", "installing the seccomp filter failed");
  return base::ok_status();
}
#else
base::Status enter_worker_sandbox() {
  return base::make_diag("unsupported.sandbox", "the worker sandbox needs Linux on x86-64");
}
#endif

}  // namespace cadscribe::pipeline
