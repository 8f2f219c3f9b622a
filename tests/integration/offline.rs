//! The no-network filter (`tadamun::offline::enforce`), tried for real: a child process (this
//! test binary, run again for one test) installs it, then tries the network. The parent first
//! shows that the same connection works without the filter, so the test can fail.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream, UdpSocket};
use std::process::Command;

const CHILD: &str = "TADAMUN_OFFLINE_CHILD_PORT";

#[cfg(target_os = "linux")]
fn in_child(port: u16) {
    tadamun::offline::enforce().unwrap();
    let refused = |e: std::io::Error| e.raw_os_error() == Some(libc::EAFNOSUPPORT);
    let tcp = TcpStream::connect(("127.0.0.1", port)).map(|_| ());
    assert!(tcp.is_err_and(refused), "an IPv4 connection was made");
    let tcp6 = TcpStream::connect(("::1", port)).map(|_| ());
    assert!(tcp6.is_err_and(refused), "an IPv6 socket was made");
    let udp = UdpSocket::bind("127.0.0.1:0").map(|_| ());
    assert!(udp.is_err_and(refused), "a UDP socket was made");
    let packet = rustix::net::socket(
        rustix::net::AddressFamily::PACKET,
        rustix::net::SocketType::RAW,
        None,
    );
    assert_eq!(
        packet.map(|_| ()),
        Err(rustix::io::Errno::AFNOSUPPORT),
        "a packet socket was made"
    );
    // Local sockets still work: the desktop, D-Bus and WebKit's processes talk over them.
    let (mut a, mut b) = std::os::unix::net::UnixStream::pair().unwrap();
    a.write_all(b"local").unwrap();
    let mut got = [0u8; 5];
    b.read_exact(&mut got).unwrap();
    assert_eq!(&got, b"local");
    // A thread started after the filter is under it too.
    let thread = std::thread::spawn(move || TcpStream::connect(("127.0.0.1", port)).is_err());
    assert!(thread.join().unwrap(), "a thread made a connection");
}

#[test]
#[cfg(target_os = "linux")]
fn after_the_filter_no_internet_socket_can_be_made_but_local_ones_can() {
    if let Ok(port) = std::env::var(CHILD) {
        in_child(port.parse().unwrap());
        return;
    }
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    // Without the filter, the connection is made: the child's refusal is the filter's doing.
    assert!(TcpStream::connect(("127.0.0.1", port)).is_ok());
    let out = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "offline::after_the_filter_no_internet_socket_can_be_made_but_local_ones_can",
            "--test-threads=1",
            "--nocapture",
        ])
        .env(CHILD, port.to_string())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the child failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 passed"));
}
