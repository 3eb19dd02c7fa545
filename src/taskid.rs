//! Push TaskIds: checked for shape, and read for the push time they appear to carry.

use std::fmt;

/// The longest TaskId accepted; documented ones are about 50 characters.
const MAX_LEN: usize = 256;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct TaskId(String);

impl TaskId {
    /// Trims `raw` and checks it: empty, inner white space and control characters are refused.
    pub(crate) fn parse(raw: &str) -> Result<TaskId, String> {
        let s = raw.trim();
        if s.is_empty() {
            return Err("the TaskId is empty".into());
        }
        if let Some(c) = s
            .chars()
            .find(|c| c.is_control() || crate::sanitize::is_format(*c))
        {
            return Err(format!(
                "the TaskId holds a control or format character ({})",
                c.escape_unicode()
            ));
        }
        if s.chars().any(char::is_whitespace) {
            return Err("the TaskId holds white space; give one TaskId at a time".into());
        }
        // What people paste with a TaskId: the quotes of a JSON answer or a spreadsheet, and a
        // list joined by commas. No TaskId holds them; sent, they would spend the one call a
        // second and come back 90049.
        if let Some(q) = s.chars().find(|c| {
            matches!(
                c,
                '"' | '\'' | '`' | '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}'
            )
        }) {
            return Err(format!(
                "the TaskId holds a quote ({q}); give the TaskId without quotes"
            ));
        }
        if s.contains([',', ';']) {
            return Err(
                "the TaskId holds a comma or semicolon: give one TaskId at a time (repeat --task-id, or one a line in --from-file)".into(),
            );
        }
        if s.len() > MAX_LEN {
            return Err(format!(
                "the TaskId is {} bytes long, over {MAX_LEN}",
                s.len()
            ));
        }
        Ok(TaskId(s.to_string()))
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }

    fn fields(&self) -> Vec<&str> {
        let s = self.0.strip_prefix("batch_").unwrap_or(&self.0);
        // A web push's prefix (`wbat@1_`): the fields after it read as a push's, if they are.
        let s = match s.strip_prefix("wbat@").and_then(|r| r.split_once('_')) {
            Some((n, rest)) if n.bytes().all(|b| b.is_ascii_digit()) => rest,
            _ => s,
        };
        s.split('_').collect()
    }

    /// A push to listed users' TaskId (`batch_…`, from v4/timpush/batch).
    pub(crate) fn is_batch(&self) -> bool {
        self.0.starts_with("batch_")
    }

    /// A web push's TaskId (`wbat@1_…`, from v4/timpush/webbatch).
    pub(crate) fn is_web_push(&self) -> bool {
        self.0.starts_with("wbat@")
    }

    /// True for the documented shape: five hex fields, optionally after `batch_`.
    pub(crate) fn has_documented_shape(&self) -> bool {
        let f = self.fields();
        f.len() == 5
            && f.iter()
                .all(|p| !p.is_empty() && p.len() <= 16 && p.chars().all(|c| c.is_ascii_hexdigit()))
    }

    /// The push time the first field appears to hold (Unix seconds). A hint only: no document
    /// states the layout, so it is never used to refuse a call.
    pub(crate) fn apparent_push_time(&self) -> Option<i64> {
        if !self.has_documented_shape() {
            return None;
        }
        let first = self.fields()[0];
        if first.len() != 8 {
            return None;
        }
        i64::from_str_radix(first, 16).ok()
    }

    /// Seconds since the apparent push time, when it is plausible (not in the future).
    pub(crate) fn apparent_age(&self, now: i64) -> Option<i64> {
        let t = self.apparent_push_time()?;
        (t <= now + 300).then(|| (now - t).max(0))
    }
}

impl fmt::Display for TaskId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// "3d 4h", "25h 3m", "12m", "40s".
pub(crate) fn human_age(secs: i64) -> String {
    if secs < 0 {
        return format!("-{}", human_age(secs.saturating_neg()));
    }
    let (d, h, m) = (secs / 86400, (secs % 86400) / 3600, (secs % 3600) / 60);
    if secs >= 7 * 86400 {
        format!("{d}d {h}h")
    } else if secs >= 3600 {
        format!("{}h {m}m", secs / 3600)
    } else if secs >= 60 {
        format!("{m}m")
    } else {
        format!("{secs}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documented_examples_have_the_shape_and_a_time() {
        let t = TaskId::parse("  660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e\n").unwrap();
        assert_eq!(
            t.as_str(),
            "660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e"
        );
        assert!(t.has_documented_shape());
        assert_eq!(t.apparent_push_time(), Some(1712112711));
        let b = TaskId::parse("batch_667015d4_537529d8_2000005e80aa873_d03ac87_56f5e750").unwrap();
        assert!(b.has_documented_shape());
        assert_eq!(b.apparent_push_time(), Some(0x667015d4));
    }

    #[test]
    fn bad_task_ids_are_refused_with_reasons() {
        assert!(TaskId::parse("   ").unwrap_err().contains("empty"));
        assert!(TaskId::parse("a b").unwrap_err().contains("white space"));
        assert!(TaskId::parse("a\u{1b}b").unwrap_err().contains("control"));
        assert!(
            TaskId::parse(&"a".repeat(300))
                .unwrap_err()
                .contains("over 256")
        );
    }

    #[test]
    fn pasted_quotes_and_lists_are_refused() {
        for quoted in [
            "\"660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e\"",
            "'a_b'",
            "\u{201c}a\u{201d}",
            "`a`",
        ] {
            assert!(
                TaskId::parse(quoted)
                    .unwrap_err()
                    .starts_with("the TaskId holds a quote ("),
                "{quoted}"
            );
        }
        for list in ["a_1,b_2", "a_1;b_2", "a_1,"] {
            assert_eq!(
                TaskId::parse(list).unwrap_err(),
                "the TaskId holds a comma or semicolon: give one TaskId at a time (repeat --task-id, or one a line in --from-file)"
            );
        }
        assert!(TaskId::parse("wbat@1_x").is_ok(), "a web push TaskId");
        let web =
            TaskId::parse("wbat@1_660cc447_537ed82a_200000cd7ee17f5_84035729_bc614e").unwrap();
        assert!(web.is_web_push());
        assert_eq!(web.apparent_push_time(), Some(0x660cc447));
        assert!(!TaskId::parse("wbat@1_x").unwrap().has_documented_shape());
    }

    #[test]
    fn odd_shapes_are_accepted_without_a_time() {
        let t = TaskId::parse("not-a-task").unwrap();
        assert!(!t.has_documented_shape());
        assert_eq!(t.apparent_push_time(), None);
        assert_eq!(t.apparent_age(0), None);
    }

    #[test]
    fn ages_read_well() {
        assert_eq!(human_age(25 * 3600 + 180), "25h 3m");
        assert_eq!(human_age(9 * 86400 + 3600), "9d 1h");
        assert_eq!(human_age(59), "59s");
        assert_eq!(human_age(600), "10m");
    }
}
