//! `timpush man`: the manual page, generated from the clap definition.

use clap::CommandFactory;

/// The roff text of the manual page.
pub(crate) fn page() -> Vec<u8> {
    let mut out = Vec::new();
    clap_mangen::Man::new(crate::cli::Cli::command())
        .render(&mut out)
        .expect("rendering to memory cannot fail");
    out
}
