//! `timpush man`: the manual page, generated from the clap definition, with the sections a
//! manual page has: the commands (in this page: there are no pages of their own), the exit
//! statuses, the environment and the files.

use clap_mangen::roff::{Roff, bold, italic, roman};

/// The exit statuses, shared by this page and `revoke --help` (docs/command-line.md 4).
pub(crate) const EXIT_STATUSES: &[(u8, &str)] = &[
    (
        0,
        "every task done (\"already recalled\" included, with a note on stderr)",
    ),
    (1, "internal error (a bug)"),
    (2, "usage error (bad flags or arguments)"),
    (
        3,
        "local configuration or credential problem (nothing was sent)",
    ),
    (4, "the service rejected the credential or permission"),
    (
        5,
        "the service refused the call (unknown TaskId, 24-hour window passed, ...)",
    ),
    (
        6,
        "no answer, or kept being throttled: nothing was applied, safe to re-run",
    ),
    (
        7,
        "outcome unknown: it may have been applied (a recall may be re-run; check a push first)",
    ),
    (
        74,
        "results could not be written to stdout; no further calls were sent",
    ),
    (
        130,
        "interrupted (the process dies by SIGINT after its report, so a shell loop stops)",
    ),
];

/// The variables timpush reads besides those of the settings table.
const MORE_ENVIRONMENT: &[(&str, &str)] = &[
    (
        "TIMPUSH_EMULATOR_SECRET_KEY",
        "the key the emulator checks UserSigs with (else TIMPUSH_SECRET_KEY)",
    ),
    (
        "XDG_CONFIG_HOME",
        "where the config file is looked for (timpush/config.toml)",
    ),
    (
        "XDG_RUNTIME_DIR",
        "where the pacing state shared by timpush processes is kept (timpush/)",
    ),
    (
        "HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY",
        "proxies for the service's endpoints; never used for a loopback endpoint",
    ),
    ("NO_COLOR", "no colour on stderr"),
];

/// The roff text of the manual page.
pub(crate) fn page() -> Vec<u8> {
    let cmd = crate::cli::whole();
    let man = clap_mangen::Man::new(cmd.clone());
    let mut out = Vec::new();
    let render = |out: &mut Vec<u8>| -> std::io::Result<()> {
        man.render_title(out)?;
        man.render_name_section(out)?;
        man.render_synopsis_section(out)?;
        man.render_description_section(out)?;
        man.render_options_section(out)?;
        let mut roff = Roff::new();
        roff.control("SH", ["COMMANDS"]);
        for sub in cmd.get_subcommands() {
            roff.control("TP", []);
            roff.text([bold(format!("timpush {}", sub.get_name()))]);
            let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
            roff.text([roman(about)]);
        }
        roff.text([roman(
            "Each command's options and examples: timpush COMMAND --help.",
        )]);
        roff.control("SH", ["EXIT STATUS"]);
        for (code, meaning) in EXIT_STATUSES {
            roff.control("TP", []);
            roff.text([bold(code.to_string())]);
            roff.text([roman(*meaning)]);
        }
        roff.control("SH", ["ENVIRONMENT"]);
        roff.text([roman(
            "A flag wins over its variable, and a variable over the profile's key.",
        )]);
        for s in crate::settings::table::SETTINGS {
            if let Some(var) = s.env {
                roff.control("TP", []);
                roff.text([bold(var)]);
                roff.text([roman(s.help)]);
            }
        }
        for (var, what) in MORE_ENVIRONMENT {
            roff.control("TP", []);
            roff.text([bold(*var)]);
            roff.text([roman(*what)]);
        }
        roff.control("SH", ["FILES"]);
        for (file, what) in [
            (
                "~/.config/timpush/config.toml",
                "the profiles (timpush config path prints the one in use; mode 600 when it holds a secret)",
            ),
            (
                "~/.config/timpush/NAME.key",
                "a secret key that timpush config init stored (mode 600)",
            ),
            (
                "$XDG_RUNTIME_DIR/timpush/*.pace",
                "when the last call of each command ended, shared by timpush processes (else in the cache folder)",
            ),
        ] {
            roff.control("TP", []);
            roff.text([italic(file)]);
            roff.text([roman(what)]);
        }
        roff.to_writer(out)?;
        man.render_version_section(out)
    };
    render(&mut out).expect("rendering to memory cannot fail");
    out
}

/// `timpush man`: on a terminal, the page in the system's man viewer (`man -l -`, which pages
/// it); piped, or where no `man` program is found on the run's PATH, the roff text itself.
pub(crate) fn show(page: &[u8], rep: &crate::output::Reporter) -> crate::error::Exit {
    let run = crate::run::current();
    if run.sink.terminal(crate::run::Stream::Stdout) {
        match viewer(page, run.var("PATH").as_deref()) {
            Ok(()) => return crate::error::Exit::Success,
            Err(why) => rep.note(&format!(
                "{why}; the page is printed as roff (read it with: timpush man | man -l -)"
            )),
        }
    }
    rep.stdout_bytes(page)
}

/// Runs `man -l -` found on `path`, the page on its standard input.
fn viewer(page: &[u8], path: Option<&str>) -> Result<(), String> {
    use std::io::Write;
    let found = path
        .into_iter()
        .flat_map(std::env::split_paths)
        .map(|d| d.join("man"))
        .find(|p| p.is_file())
        .ok_or("no man program was found on PATH")?;
    let mut child = std::process::Command::new(&found)
        .args(["-l", "-"])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("{} could not be run ({e})", found.display()))?;
    if let Some(mut stdin) = child.stdin.take() {
        // The viewer may be quit before it read the whole page: not a failure.
        let _ = stdin.write_all(page);
    }
    match child.wait() {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(format!("{} ended with {s}", found.display())),
        Err(e) => Err(format!("{} could not be waited for ({e})", found.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_has_its_sections_and_names_no_missing_page() {
        let page = String::from_utf8(page()).unwrap();
        for section in [
            "NAME",
            "SYNOPSIS",
            "DESCRIPTION",
            "OPTIONS",
            "COMMANDS",
            "\"EXIT STATUS\"",
            "ENVIRONMENT",
            "FILES",
            "VERSION",
        ] {
            assert!(page.contains(&format!("\n.SH {section}\n")), "no {section}");
        }
        assert!(
            !page.contains("timpush\\-revoke(1)"),
            "a page that does not exist"
        );
        assert!(!page.contains("(1)"), "no other page is named");
        for s in crate::settings::table::SETTINGS
            .iter()
            .filter_map(|s| s.env)
        {
            assert!(page.contains(s), "{s}");
        }
        assert!(page.contains("\\fB74\\fR"));
    }

    /// `revoke --help` lists every exit status this page does.
    #[test]
    fn revoke_help_lists_every_exit_status() {
        let help = crate::cli::revoke_exit_help();
        let listed: Vec<u8> = help
            .lines()
            .skip_while(|l| *l != "Exit status:")
            .skip(1)
            .filter_map(|l| l.split_whitespace().next()?.parse().ok())
            .collect();
        let all: Vec<u8> = EXIT_STATUSES.iter().map(|(c, _)| *c).collect();
        assert_eq!(listed, all);
    }
}
