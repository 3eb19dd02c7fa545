//! The commands timpush suggests to run next, quoted for a shell and keeping the flags that
//! chose the app. Above the settings (it reads the flags given), so that `suggest` stays a leaf.

use crate::settings::Flags;
use crate::settings::table;

/// `timpush [the flags that chose this app] WORDS…`, quoted for a POSIX shell: a suggested
/// command keeps `--config`, `--profile` and the other flags that chose the app and endpoint,
/// so that pasting it acts on the same app, not the default profile's.
pub(crate) fn command(flags: &Flags, words: &[&str]) -> String {
    let mut all = vec!["timpush".to_string()];
    for key in [
        table::CONFIG,
        table::PROFILE,
        table::REGION,
        table::ENDPOINT,
        table::CA_BUNDLE,
        table::SDKAPPID,
        table::IDENTIFIER,
    ] {
        if let (Some(v), Some(flag)) = (flags.get(key), table::get(key).flag) {
            all.push(flag.to_string());
            all.push(v.to_string());
        }
    }
    all.extend(words.iter().map(|w| w.to_string()));
    all.iter()
        .map(|w| {
            shlex::try_quote(w)
                .map(|q| q.into_owned())
                .unwrap_or_else(|_| crate::sanitize::escape(w))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_suggested_command_keeps_the_flags_and_is_quoted() {
        let mut flags = Flags::default();
        flags.set(table::PROFILE, "prod");
        flags.set(table::CONFIG, "/tmp/my config.toml");
        flags.set(table::SDKAPPID, "1400000001");
        assert_eq!(
            command(
                &flags,
                &[
                    "revoke",
                    "--task-id",
                    "660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e"
                ]
            ),
            "timpush --config '/tmp/my config.toml' --profile prod --sdkappid 1400000001 revoke --task-id 660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e"
        );
        assert_eq!(
            command(&Flags::default(), &["sched", "cancel", "7"]),
            "timpush sched cancel 7"
        );
    }
}
