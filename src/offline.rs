//! Offline, enforced by the kernel. Tadamun has no network code, but a bug in a library, or a
//! compromised web view, could still open a connection. On Linux, [`enforce`] installs a
//! seccomp filter under which creating a socket of any family but the local ones fails:
//! AF_UNIX stays (X11 and Wayland, D-Bus, WebKit's own processes talk over it) and AF_NETLINK
//! (GLib asks the kernel about network interfaces through it; nothing leaves the machine).
//! IPv4, IPv6, raw packets, Bluetooth and every other family get `EAFNOSUPPORT`, as on a kernel
//! built without them; `io_uring`, which can make sockets without the socket call, is refused
//! too. The filter applies to the thread that installs it and to every process it starts
//! (WebKit's helpers), and cannot be removed: call it first thing in `main`, before any thread.

/// Installs the filter for this process and all it starts. An error says why it could not be
/// installed (a kernel without seccomp); callers decide whether to go on.
#[cfg(target_os = "linux")]
pub fn enforce() -> Result<(), String> {
    use std::collections::BTreeMap;

    use seccompiler::{
        BpfProgram, SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter,
        SeccompRule, TargetArch,
    };

    let arch = if cfg!(target_arch = "x86_64") {
        TargetArch::x86_64
    } else if cfg!(target_arch = "aarch64") {
        TargetArch::aarch64
    } else if cfg!(target_arch = "riscv64") {
        TargetArch::riscv64
    } else {
        return Err("no seccomp filter for this processor".to_owned());
    };
    let local_only = || -> Result<Vec<SeccompRule>, seccompiler::BackendError> {
        let not = |family: libc::c_int| {
            SeccompCondition::new(
                0,
                SeccompCmpArgLen::Dword,
                SeccompCmpOp::Ne,
                u64::from(family.unsigned_abs()),
            )
        };
        Ok(vec![SeccompRule::new(vec![
            not(libc::AF_UNIX)?,
            not(libc::AF_NETLINK)?,
        ])?])
    };
    let build = || -> Result<BpfProgram, seccompiler::Error> {
        let mut rules: BTreeMap<i64, Vec<SeccompRule>> = BTreeMap::new();
        rules.insert(libc::SYS_socket, local_only()?);
        // An empty list of rules: the call always matches, so it always fails.
        rules.insert(libc::SYS_io_uring_setup, Vec::new());
        if cfg!(target_arch = "x86_64") {
            // The same calls through the x32 ABI, where the kernel has it enabled.
            const X32: i64 = 0x4000_0000;
            rules.insert(X32 | libc::SYS_socket, local_only()?);
            rules.insert(X32 | libc::SYS_io_uring_setup, Vec::new());
        }
        let filter = SeccompFilter::new(
            rules,
            SeccompAction::Allow,
            SeccompAction::Errno(libc::EAFNOSUPPORT.unsigned_abs()),
            arch,
        )?;
        Ok(filter.try_into()?)
    };
    let program = build().map_err(|e| e.to_string())?;
    seccompiler::apply_filter(&program).map_err(|e| e.to_string())
}

/// Elsewhere there is no such filter: Tadamun's own code has no network code at all.
#[cfg(not(target_os = "linux"))]
pub fn enforce() -> Result<(), String> {
    Ok(())
}
