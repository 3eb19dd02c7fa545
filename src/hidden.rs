//! A line read from the terminal without echo: the secret key typed or pasted in `config init`.
//!
//! Echo goes off before the prompt is shown, so nothing typed after the prompt appears however
//! fast it comes (a person pasting, a program answering the prompt). The terminal is set back
//! after the line, and also when a signal ends the run in the middle of it.

/// Shows `prompt` on the terminal and reads one line there with echo off; the line break is
/// not part of the answer.
#[cfg(unix)]
pub(crate) fn read_line(prompt: &str) -> std::io::Result<String> {
    use std::io::{BufRead, BufReader, Write};
    use std::os::fd::AsRawFd;
    let tty = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")?;
    // No echo of what is typed, but the line break still moves to the next line. `tty` stays
    // open until the terminal is restored (the hook is cleared before it is closed).
    let saved = crate::os::echo_off(tty.as_raw_fd())?;
    let restore = move || saved.restore();
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
