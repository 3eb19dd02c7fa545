//! "Did you mean …?" for keys and names, and the commands timpush suggests to run next.

use crate::settings::Flags;
use crate::settings_table as table;

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

/// The candidate closest to `word`, when it is close enough to be a likely typo.
pub(crate) fn nearest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(word, c), *c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
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

    #[test]
    fn finds_typos_and_ignores_strangers() {
        let keys = ["region", "sdkappid", "secret_key_file"];
        assert_eq!(super::nearest("regoin", &keys), Some("region"));
        assert_eq!(
            super::nearest("secret_keyfile", &keys),
            Some("secret_key_file")
        );
        assert_eq!(super::nearest("zzz", &keys), None);
    }
}
