//! Locks the vault when the operating system locks the screen or is about to sleep.
//!
//! A person who walks away trusts the screen lock; someone who sits down at the unlocked
//! session afterwards must not find the vault open behind it. We listen, on D-Bus, to what
//! the desktop announces: logind's `Lock` (the session is being locked) and `PrepareForSleep`
//! (suspend or hibernate is about to start), and the screensavers' `ActiveChanged(true)`
//! (GNOME, KDE and the freedesktop name, Cinnamon, MATE). Nothing is sent on the bus and
//! nothing leaves the computer: D-Bus is local. Where there is no bus (a bare X server), the
//! inactivity lock and the suspend detection of the auto-lock watcher still apply.
//!
//! GLib delivers the signals on the main loop of the thread that subscribed (the app's main
//! thread); the callback only locks, which never waits.

use gtk::gio::{self, BusType, DBusConnection, DBusSignalFlags};
use gtk::glib::Variant;

use crate::ipc::LockReason;

/// A signal that means the screen is being locked or the machine is going to sleep.
struct Watched {
    bus: BusType,
    interface: &'static str,
    member: &'static str,
    /// Only when its first argument is `true` (`ActiveChanged`, `PrepareForSleep`).
    needs_true: bool,
    reason: LockReason,
}

const WATCHED: &[Watched] = &[
    Watched {
        bus: BusType::System,
        interface: "org.freedesktop.login1.Session",
        member: "Lock",
        needs_true: false,
        reason: LockReason::ScreenLocked,
    },
    Watched {
        bus: BusType::System,
        interface: "org.freedesktop.login1.Manager",
        member: "PrepareForSleep",
        needs_true: true,
        reason: LockReason::Suspend,
    },
    Watched {
        bus: BusType::Session,
        interface: "org.freedesktop.ScreenSaver",
        member: "ActiveChanged",
        needs_true: true,
        reason: LockReason::ScreenLocked,
    },
    Watched {
        bus: BusType::Session,
        interface: "org.gnome.ScreenSaver",
        member: "ActiveChanged",
        needs_true: true,
        reason: LockReason::ScreenLocked,
    },
    Watched {
        bus: BusType::Session,
        interface: "org.cinnamon.ScreenSaver",
        member: "ActiveChanged",
        needs_true: true,
        reason: LockReason::ScreenLocked,
    },
    Watched {
        bus: BusType::Session,
        interface: "org.mate.ScreenSaver",
        member: "ActiveChanged",
        needs_true: true,
        reason: LockReason::ScreenLocked,
    },
];

/// Why to lock on this signal, if at all.
fn reason_for(interface: &str, member: &str, parameters: &Variant) -> Option<LockReason> {
    let watched = WATCHED
        .iter()
        .find(|w| w.interface == interface && w.member == member)?;
    if watched.needs_true {
        let first = parameters.try_child_value(0)?.get::<bool>()?;
        if !first {
            return None;
        }
    }
    Some(watched.reason)
}

/// Subscribes `on_lock` to the watched signals of `bus` on `conn`.
fn subscribe(
    conn: &DBusConnection,
    bus: BusType,
    on_lock: &(impl Fn(LockReason) + Clone + 'static),
) {
    for w in WATCHED.iter().filter(|w| w.bus == bus) {
        let on_lock = on_lock.clone();
        conn.signal_subscribe(
            None,
            Some(w.interface),
            Some(w.member),
            None,
            None,
            DBusSignalFlags::NONE,
            move |_, _, _, interface, member, parameters| {
                if let Some(reason) = reason_for(interface, member, parameters) {
                    on_lock(reason);
                }
            },
        );
    }
}

/// Starts listening on the session and system buses (each only if it can be reached). Call
/// on the main thread, whose GLib main loop delivers the signals.
pub fn watch(on_lock: impl Fn(LockReason) + Clone + 'static) {
    for bus in [BusType::Session, BusType::System] {
        if let Ok(conn) = gio::bus_get_sync(bus, None::<&gio::Cancellable>) {
            subscribe(&conn, bus, &on_lock);
            // The subscriptions live as long as the connection: keep it for the whole run.
            std::mem::forget(conn);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::io::BufRead;
    use std::rc::Rc;
    use std::time::{Duration, Instant};

    use gtk::gio::DBusConnectionFlags;
    use gtk::glib::{self, ToVariant};

    use super::*;

    #[test]
    fn only_a_lock_or_an_activated_screensaver_locks() {
        let t = (true,).to_variant();
        let f = (false,).to_variant();
        let none = ().to_variant();
        assert_eq!(
            reason_for("org.gnome.ScreenSaver", "ActiveChanged", &t),
            Some(LockReason::ScreenLocked)
        );
        assert_eq!(
            reason_for("org.gnome.ScreenSaver", "ActiveChanged", &f),
            None
        );
        assert_eq!(
            reason_for("org.freedesktop.login1.Session", "Lock", &none),
            Some(LockReason::ScreenLocked)
        );
        assert_eq!(
            reason_for("org.freedesktop.login1.Manager", "PrepareForSleep", &t),
            Some(LockReason::Suspend)
        );
        // Waking up (`false`) and unlocking are not reasons to lock.
        assert_eq!(
            reason_for("org.freedesktop.login1.Manager", "PrepareForSleep", &f),
            None
        );
        assert_eq!(
            reason_for("org.freedesktop.login1.Session", "Unlock", &none),
            None
        );
        // A malformed signal is ignored, never a crash.
        assert_eq!(
            reason_for("org.gnome.ScreenSaver", "ActiveChanged", &none),
            None
        );
    }

    /// A private session bus (the real `dbus-daemon`), stopped when dropped.
    struct Bus {
        daemon: std::process::Child,
        address: String,
    }

    impl Bus {
        fn start() -> Self {
            let mut daemon = std::process::Command::new("dbus-daemon")
                .args(["--session", "--nofork", "--print-address=1"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::null())
                .spawn()
                .expect("dbus-daemon (Debian package dbus) is installed by scripts/setup.sh");
            let mut address = String::new();
            std::io::BufReader::new(daemon.stdout.take().unwrap())
                .read_line(&mut address)
                .unwrap();
            Self {
                daemon,
                address: address.trim().to_owned(),
            }
        }

        fn connect(&self) -> DBusConnection {
            DBusConnection::for_address_sync(
                &self.address,
                DBusConnectionFlags::AUTHENTICATION_CLIENT
                    | DBusConnectionFlags::MESSAGE_BUS_CONNECTION,
                None,
                None::<&gio::Cancellable>,
            )
            .unwrap()
        }
    }

    impl Drop for Bus {
        fn drop(&mut self) {
            let _ = self.daemon.kill();
            let _ = self.daemon.wait();
        }
    }

    #[test]
    fn a_screensaver_signal_on_a_real_bus_locks() {
        let bus = Bus::start();
        let context = glib::MainContext::new();
        context
            .with_thread_default(|| {
                let seen: Rc<RefCell<Vec<LockReason>>> = Rc::default();
                let listener = bus.connect();
                let record = Rc::clone(&seen);
                subscribe(&listener, BusType::Session, &move |r| {
                    record.borrow_mut().push(r);
                });
                let sender = bus.connect();
                let emit = |active: bool| {
                    sender
                        .emit_signal(
                            None,
                            "/org/gnome/ScreenSaver",
                            "org.gnome.ScreenSaver",
                            "ActiveChanged",
                            Some(&(active,).to_variant()),
                        )
                        .unwrap();
                    sender.flush_sync(None::<&gio::Cancellable>).unwrap();
                };
                // The screensaver going away is not a reason; coming on is.
                emit(false);
                emit(true);
                let until = Instant::now() + Duration::from_secs(5);
                while seen.borrow().is_empty() && Instant::now() < until {
                    context.iteration(false);
                    std::thread::sleep(Duration::from_millis(5));
                }
                // Let a wrongly delivered `false` arrive too, if it were going to.
                for _ in 0..20 {
                    context.iteration(false);
                }
                assert_eq!(*seen.borrow(), vec![LockReason::ScreenLocked]);
            })
            .unwrap();
    }
}
