//! Unix seconds to and from the text forms timpush shows and reads (UTC only).

/// Seconds since the Unix epoch, by the run's clock.
pub(crate) use crate::run::now_unix;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z.rem_euclid(146097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// (year, month, day) to days since 1970-01-01.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn split(secs: i64) -> (i64, i64, i64, i64, i64, i64, i64) {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let (y, m, d) = civil_from_days(days);
    (days, y, m, d, rem / 3600, (rem % 3600) / 60, rem % 60)
}

/// `2026-11-29T13:37:27Z`
pub(crate) fn iso_utc(secs: i64) -> String {
    let (_, y, m, d, hh, mm, ss) = split(secs);
    format!("{y:04}-{m:02}-{d:02}T{hh:02}:{mm:02}:{ss:02}Z")
}

/// `Sun, 29 Nov 2026 13:37:27 GMT` (RFC 9110 IMF-fixdate). The emulator's Date header.
pub(crate) fn http_date(secs: i64) -> String {
    let (days, y, m, d, hh, mm, ss) = split(secs);
    let wd = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][days.rem_euclid(7) as usize];
    let mon = MONTHS[(m - 1) as usize];
    format!("{wd}, {d:02} {mon} {y} {hh:02}:{mm:02}:{ss:02} GMT")
}

fn days_in_month(y: i64, m: i64) -> i64 {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Reads an IMF-fixdate (`Sun, 29 Nov 2026 13:37:27 GMT`).
pub(crate) fn parse_http_date(s: &str) -> Option<i64> {
    let rest = s.trim().split_once(", ")?.1;
    let mut it = rest.split_whitespace();
    let d: i64 = it.next()?.parse().ok()?;
    let mon = it.next()?;
    let m = MONTHS.iter().position(|x| *x == mon)? as i64 + 1;
    let y: i64 = it.next()?.parse().ok()?;
    let mut hms = it.next()?.split(':').map(|x| x.parse::<i64>().ok());
    let (hh, mm, ss) = (hms.next()??, hms.next()??, hms.next()??);
    if it.next()? != "GMT" || !(1..=9999).contains(&y) || hh > 23 || mm > 59 || ss > 60 {
        return None;
    }
    if !(1..=days_in_month(y, m)).contains(&d) {
        return None;
    }
    Some(days_from_civil(y, m, d) * 86400 + hh * 3600 + mm * 60 + ss)
}

/// Unix seconds as the scheduled-task calls write times: `YYYY-MM-DD HH:MM:SS`, UTC.
pub(crate) fn wire_utc(secs: i64) -> String {
    let (_, y, m, d, hh, mm, ss) = split(secs);
    format!("{y:04}-{m:02}-{d:02} {hh:02}:{mm:02}:{ss:02}")
}

/// Reads `YYYY-MM-DD HH:MM:SS` (or with a `T`), as UTC; the date must exist.
pub(crate) fn parse_wire_utc(s: &str) -> Option<i64> {
    let s = s.trim();
    if s.len() != 19 || !s.is_ascii() {
        return None;
    }
    let sep = s.as_bytes()[10];
    if sep != b' ' && sep != b'T' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<i64>().ok();
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hh, mm, ss) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if &s[4..5] != "-" || &s[7..8] != "-" || &s[13..14] != ":" || &s[16..17] != ":" {
        return None;
    }
    if !(1970..=9999).contains(&y)
        || !(1..=12).contains(&m)
        || !(1..=days_in_month(y, m)).contains(&d)
        || hh > 23
        || mm > 59
        || ss > 59
    {
        return None;
    }
    Some(days_from_civil(y, m, d) * 86400 + hh * 3600 + mm * 60 + ss)
}

/// A time as an operator writes it: RFC 3339 with a zone (`2026-12-01T09:00:00+08:00`, `…Z`,
/// fractions of a second dropped) or unix seconds.
pub(crate) fn parse_time(s: &str) -> Result<i64, String> {
    let t = s.trim();
    let bad = || {
        format!(
            "{:?} is not a time: write RFC 3339 with a zone, such as 2030-12-01T09:00:00+08:00 or 2030-12-01T01:00:00Z, or unix seconds",
            crate::sanitize::escape(s)
        )
    };
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        return t
            .parse::<i64>()
            .ok()
            .filter(|n| (0..=253_402_300_799).contains(n))
            .ok_or_else(bad);
    }
    if t.len() < 19 || !t.is_ascii() {
        return Err(bad());
    }
    let base = parse_wire_utc(&t[..19].replace('t', "T")).ok_or_else(bad)?;
    let mut rest = &t[19..];
    if let Some(frac) = rest.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return Err(bad());
        }
        rest = &frac[digits..];
    }
    let offset = match rest {
        "Z" | "z" => 0,
        _ => {
            let b = rest.as_bytes();
            if b.len() != 6 || !(b[0] == b'+' || b[0] == b'-') || b[3] != b':' {
                return Err(format!("{} (the zone is needed: Z or +HH:MM)", bad()));
            }
            let h: i64 = rest[1..3].parse().map_err(|_| bad())?;
            let m: i64 = rest[4..6].parse().map_err(|_| bad())?;
            if h > 23 || m > 59 {
                return Err(bad());
            }
            let sign = if b[0] == b'-' { -1 } else { 1 };
            sign * (h * 3600 + m * 60)
        }
    };
    Ok(base - offset)
}

/// This machine's offset from UTC at `secs`, in seconds (0 where it cannot be known).
pub(crate) fn local_offset(secs: i64) -> i64 {
    crate::os::utc_offset_at(secs).unwrap_or(0)
}

/// A time in this machine's zone: `2026-12-01 09:00:00 +08:00`.
pub(crate) fn local_time(secs: i64) -> String {
    let off = local_offset(secs);
    let sign = if off < 0 { '-' } else { '+' };
    let a = off.abs();
    format!(
        "{} {sign}{:02}:{:02}",
        wire_utc(secs + off),
        a / 3600,
        a % 3600 / 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_reads_back() {
        assert_eq!(iso_utc(1712112711), "2024-04-03T02:51:51Z");
        assert_eq!(http_date(1712112711), "Wed, 03 Apr 2024 02:51:51 GMT");
        assert_eq!(http_date(0), "Thu, 01 Jan 1970 00:00:00 GMT");
        for t in [0, 951782400, 1712112711, 4102444799] {
            assert_eq!(parse_http_date(&http_date(t)), Some(t));
        }
        assert_eq!(parse_http_date("yesterday"), None);
        assert_eq!(parse_http_date("Wed, 03 Apr 2024 25:51:51 GMT"), None);
        assert_eq!(parse_http_date("Sat, 31 Feb 2026 00:00:00 GMT"), None);
        assert_eq!(
            parse_http_date("Thu, 29 Feb 2024 00:00:00 GMT"),
            Some(1709164800)
        );
        assert_eq!(parse_http_date("Sun, 29 Feb 2026 00:00:00 GMT"), None);
        assert_eq!(
            parse_http_date("Mon, 01 Jan 999999999999999 00:00:00 GMT"),
            None
        );
    }

    #[test]
    fn operator_times_become_utc_wire_times() {
        let t = parse_time("2026-12-01T09:00:00+08:00").unwrap();
        assert_eq!(wire_utc(t), "2026-12-01 01:00:00");
        assert_eq!(parse_time("2026-12-01T01:00:00Z"), Ok(t));
        assert_eq!(parse_time("2026-12-01T01:00:00.250Z"), Ok(t));
        assert_eq!(parse_time("2026-11-30T20:00:00-05:00"), Ok(t));
        // Across a DST change the zone written is what counts (New York, 2026-11-01).
        assert_eq!(
            wire_utc(parse_time("2026-11-01T01:30:00-04:00").unwrap()),
            "2026-11-01 05:30:00"
        );
        assert_eq!(
            wire_utc(parse_time("2026-11-01T01:30:00-05:00").unwrap()),
            "2026-11-01 06:30:00"
        );
        assert_eq!(parse_time(&t.to_string()), Ok(t));
        for bad in [
            "2026-12-01 09:00:00",
            "2026-12-01T09:00:00",
            "2026-02-30T00:00:00Z",
            "tomorrow",
            "2026-12-01T09:00:00+25:00",
            "-5",
            "",
        ] {
            assert!(parse_time(bad).is_err(), "{bad}");
        }
        assert!(
            parse_time("2026-12-01T09:00:00")
                .unwrap_err()
                .contains("the zone is needed")
        );
        assert_eq!(parse_wire_utc("2026-12-01 01:00:00"), Some(t));
        assert_eq!(parse_wire_utc("2026-13-01 01:00:00"), None);
    }
}
