//! A line read from the terminal without echo: the secret key typed or pasted in `config init`.
//!
//! Echo goes off before the prompt is shown, so nothing typed after the prompt appears however
//! fast it comes (a person pasting, a program answering the prompt). The terminal is set back
//! after the line, and also when a signal ends the run in the middle of it.

/// Shows `prompt` on the terminal and reads one line there with echo off; the line break is
/// not part of the answer.
#[cfg(unix)]
pub(crate) fn read_line(prompt: &str) -> std::io::Result<String> {
    use std::io::{BufRead, BufReader, Error, Write};
    use std::os::fd::AsRawFd;
    let tty = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")?;
    let fd = tty.as_raw_fd();
    // SAFETY: an all-zero termios is a plain value for tcgetattr to fill in.
    let mut saved: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: `fd` is open while `tty` lives; `saved` is a termios to write to.
    if unsafe { libc::tcgetattr(fd, &mut saved) } != 0 {
        return Err(Error::last_os_error());
    }
    let mut quiet = saved;
    // No echo of what is typed, but the line break still moves to the next line.
    quiet.c_lflag &= !libc::ECHO;
    quiet.c_lflag |= libc::ECHONL;
    // TCSANOW, not TCSAFLUSH: what was typed ahead is kept for the read.
    // SAFETY: as above; `quiet` is a termios read from this terminal.
    if unsafe { libc::tcsetattr(fd, libc::TCSANOW, &quiet) } != 0 {
        return Err(Error::last_os_error());
    }
    let restore = move || {
        // SAFETY: `fd` is still open (the hook is cleared before `tty` is closed).
        unsafe { libc::tcsetattr(fd, libc::TCSANOW, &saved) };
    };
    crate::signals::on_death(Some(Box::new(restore)));
    let mut line = String::new();
    let read = (|| {
        let mut out = &tty;
        out.write_all(prompt.as_bytes())?;
        out.flush()?;
        BufReader::new(&tty).read_line(&mut line)
    })();
    restore();
    crate::signals::on_death(None);
    read?;
    let end = line.trim_end_matches(['\n', '\r']).len();
    line.truncate(end);
    Ok(line)
}

/// Elsewhere, the console's own hidden input.
#[cfg(not(unix))]
pub(crate) fn read_line(prompt: &str) -> std::io::Result<String> {
    rpassword::prompt_password(prompt)
}
