//! "Did you mean …?" for keys and names.

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
