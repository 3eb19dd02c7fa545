//! The operating system's calls that std does not offer, each behind a safe function: the one
//! module with `unsafe` (the crate denies it everywhere else). Each call is Unix's; where a
//! system has no such call, the function says what timpush does without it.

#![allow(unsafe_code)]

#[cfg(unix)]
use std::fs::File;
use std::sync::atomic::{AtomicBool, Ordering};

/// The effective user, for the checks of who owns a file or folder.
#[cfg(unix)]
pub(crate) fn euid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

/// True when process `pid` exists (one of another user's counts: it exists).
pub(crate) fn process_exists(pid: i32) -> bool {
    #[cfg(unix)]
    {
        // SAFETY: signal 0 only asks whether the process exists.
        let r = unsafe { libc::kill(pid, 0) };
        r == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
    }
    #[cfg(not(unix))]
    {
        // Without a way to ask, a process is taken to be there: its lock is waited for.
        let _ = pid;
        true
    }
}

/// Reads on `file` block again (it was opened with O_NONBLOCK so that a FIFO put in a file's
/// place could not hold the open).
#[cfg(unix)]
pub(crate) fn set_blocking(file: &File) {
    use std::os::fd::AsRawFd;
    let fd = file.as_raw_fd();
    // SAFETY: fcntl on a descriptor `file` owns while it lives; no memory is passed.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        if flags >= 0 {
            libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK);
        }
    }
}

/// Whether `file`'s descriptor is closed in child processes and opened without blocking.
#[cfg(all(unix, test))]
pub(crate) fn descriptor_flags(file: &File) -> (bool, bool) {
    use std::os::fd::AsRawFd;
    // SAFETY: fcntl queries of a descriptor `file` owns.
    let (fd_flags, fl_flags) = unsafe {
        (
            libc::fcntl(file.as_raw_fd(), libc::F_GETFD),
            libc::fcntl(file.as_raw_fd(), libc::F_GETFL),
        )
    };
    (
        fd_flags & libc::FD_CLOEXEC != 0,
        fl_flags & libc::O_NONBLOCK != 0,
    )
}

/// Makes a FIFO at `path` (tests put one where a file is expected).
#[cfg(all(unix, test))]
pub(crate) fn mkfifo(path: &std::path::Path) -> std::io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(path.as_os_str().as_bytes())?;
    // SAFETY: a NUL-terminated path; mkfifo only creates a file.
    if unsafe { libc::mkfifo(c.as_ptr(), 0o600) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// True when standard output is a regular file (`> results.jsonl`).
/// The width of the terminal on stdout, in columns, if stdout is one and says.
pub(crate) fn terminal_columns() -> Option<usize> {
    #[cfg(unix)]
    {
        // SAFETY: TIOCGWINSZ on descriptor 1 fills a zeroed winsize; no other memory is touched.
        let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
        // SAFETY: as above.
        if unsafe { libc::ioctl(1, libc::TIOCGWINSZ, &mut ws) } == 0 && ws.ws_col > 0 {
            return Some(usize::from(ws.ws_col));
        }
        None
    }
    #[cfg(not(unix))]
    {
        None
    }
}

pub(crate) fn stdout_is_regular_file() -> bool {
    #[cfg(unix)]
    {
        // SAFETY: fstat of descriptor 1 into a zeroed stat; no other memory is touched.
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        // SAFETY: as above.
        if unsafe { libc::fstat(1, &mut st) } != 0 {
            return false;
        }
        (st.st_mode & libc::S_IFMT) == libc::S_IFREG
    }
    #[cfg(not(unix))]
    {
        false
    }
}

/// Ends the process as SIGINT would have, so that a shell loop around it stops too.
#[cfg(unix)]
pub(crate) fn raise_sigint() {
    // SAFETY: restoring the default action and raising the signal at ourselves; both are plain
    // system calls with no memory passed.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
}

/// Ends the process as a write to a pipe whose reader left would have (SIGPIPE, which Rust's
/// runtime ignores): the status a closed pipe conventionally gives (141 for a shell).
#[cfg(unix)]
pub(crate) fn raise_sigpipe() {
    // SAFETY: as for raise_sigint: the default action restored, the signal raised at ourselves.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        libc::raise(libc::SIGPIPE);
    }
}

/// A terminal's settings as they were before [`echo_off`], to put back.
#[cfg(unix)]
#[derive(Clone, Copy)]
pub(crate) struct Terminal {
    fd: std::os::fd::RawFd,
    saved: libc::termios,
}

/// Turns echo off on the terminal `fd` (the line break still moves to the next line; what was
/// typed ahead is kept for the read); the settings to put back.
#[cfg(unix)]
pub(crate) fn echo_off(fd: std::os::fd::RawFd) -> std::io::Result<Terminal> {
    // SAFETY: an all-zero termios is a plain value for tcgetattr to fill in.
    let mut saved: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: the caller keeps `fd` open; `saved` is a termios to write to.
    if unsafe { libc::tcgetattr(fd, &mut saved) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    let mut quiet = saved;
    quiet.c_lflag &= !libc::ECHO;
    quiet.c_lflag |= libc::ECHONL;
    // TCSANOW, not TCSAFLUSH: what was typed ahead is kept for the read.
    // SAFETY: as above; `quiet` is a termios read from this terminal.
    if unsafe { libc::tcsetattr(fd, libc::TCSANOW, &quiet) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(Terminal { fd, saved })
}

#[cfg(unix)]
impl Terminal {
    /// Puts the settings back (the caller keeps the descriptor open until then).
    pub(crate) fn restore(&self) {
        // SAFETY: `fd` is still open, as the caller keeps it; `saved` came from it.
        unsafe { libc::tcsetattr(self.fd, libc::TCSANOW, &self.saved) };
    }
}

/// True when the process started with standard output closed (`timpush push … >&-`). The Rust
/// runtime then opens /dev/null in its place before `main`, so writes would "succeed" and a
/// TaskId would be lost; this is read before that happens, by a constructor the system runs
/// before the runtime starts (Linux and Android, where `.init_array` runs before `main`).
static STDOUT_CLOSED_AT_START: AtomicBool = AtomicBool::new(false);

#[cfg(any(target_os = "linux", target_os = "android"))]
#[used]
#[unsafe(link_section = ".init_array")]
static NOTE_CLOSED_STDOUT: extern "C" fn() = {
    extern "C" fn note() {
        // SAFETY: F_GETFD only asks whether descriptor 1 is open.
        if unsafe { libc::fcntl(1, libc::F_GETFD) } == -1 {
            STDOUT_CLOSED_AT_START.store(true, Ordering::SeqCst);
        }
    }
    note
};

/// See [`STDOUT_CLOSED_AT_START`].
pub(crate) fn stdout_closed_at_start() -> bool {
    STDOUT_CLOSED_AT_START.load(Ordering::SeqCst)
}
