//! Unix seconds to and from the text forms timpush shows and reads, and the zone they are read
//! and shown in (the `tz` setting, else `TZ`, else this machine's; the zone rules are jiff's and
//! its time zone database's, not a table of our own).

pub(crate) use crate::zone::Zone;

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

/// The run's zone: the `tz` setting (`TIMPUSH_TZ`, or `tz` in the profile), else the `TZ`
/// variable, else this machine's. Read once a run, when a time is first read or shown.
pub(crate) fn zone() -> &'static Zone {
    let run = crate::run::current();
    run.zone.get_or_init(|| {
        let setting = match run.tz_setting.get() {
            Some(read) => read(),
            None => run.var("TIMPUSH_TZ"),
        };
        if let Some(z) = setting.and_then(|name| Zone::named(&name).ok()) {
            return z;
        }
        if let Some(z) = run.var("TZ").and_then(|t| Zone::from_tz_variable(&t)) {
            return z;
        }
        Zone::system()
    })
}

/// The run's zone and where it came from, for messages: `Asia/Singapore (the tz setting)`,
/// `SGT-8 (variable TZ)`, `UTC (this machine's zone)`.
pub(crate) fn zone_said() -> String {
    let z = zone();
    let from = match z.from {
        "setting" => "the tz setting",
        "this machine" => "this machine's zone",
        other => other,
    };
    format!("{} ({from})", z.name)
}

/// The run's offset from UTC at `secs`, in seconds.
pub(crate) fn local_offset(secs: i64) -> i64 {
    zone().offset_at(secs)
}

/// A day as every message names it: its date and zone, and when the zones differ, where it
/// starts in the other one. `utc` days are the service's (the quota's), the others the run's
/// zone (`--since today`):
/// `2026-12-08 UTC, from 2026-12-08 08:00 Asia/Singapore` or
/// `2026-12-08 Asia/Singapore, from 2026-12-07 16:00 UTC`.
pub(crate) fn day_name(start: i64, utc: bool) -> String {
    let z = zone();
    let off = z.offset_at(start);
    let minute = |t: i64| wire_utc(t)[..16].to_string();
    let (date, name, other) = if utc {
        let other = format!("{} {}", minute(start + off), z.name);
        (wire_utc(start), "UTC", other)
    } else {
        (
            wire_utc(start + off),
            z.name.as_str(),
            format!("{} UTC", minute(start)),
        )
    };
    let date = &date[..10];
    if off == 0 {
        format!("{date} {name}")
    } else {
        format!("{date} {name}, from {other}")
    }
}

/// The day of `t` in the run's zone, as days since 1970-01-01.
fn local_day(t: i64) -> i64 {
    (t + local_offset(t)).div_euclid(86400)
}

/// Where a window starts, as messages name it: a midnight of the run's zone as its day
/// (`today (2026-12-08 Asia/Singapore, from 2026-12-07 16:00 UTC)`, named as the quota's day
/// is), any other time as the local time.
pub(crate) fn since_name(t: i64) -> String {
    let day = local_day(t);
    if to_utc(day * 86400) != t {
        return local_time(t);
    }
    let name = day_name(t, false);
    match local_day(now_unix()) - day {
        0 => format!("today ({name})"),
        1 => format!("yesterday ({name})"),
        _ => name,
    }
}

/// The service's day (UTC) that holds `t`, named as `since_name` names a local one:
/// `today (2026-12-08 UTC, from 2026-12-08 08:00 Asia/Singapore)`.
pub(crate) fn utc_day_name(t: i64) -> String {
    let start = t.div_euclid(86400) * 86400;
    let name = day_name(start, true);
    if start.div_euclid(86400) == now_unix().div_euclid(86400) {
        format!("today ({name})")
    } else {
        name
    }
}

/// A time as a table shows it: local with its zone, and on a terminal how long ago or how far
/// ahead it is ("2h 5m ago", "in 28h 0m"); piped, the local time alone (scripts compare text).
pub(crate) fn table_time(secs: i64) -> String {
    let run = crate::run::current();
    let local = local_time(secs);
    if !run.sink.terminal(crate::run::Stream::Stdout) {
        return local;
    }
    let now = now_unix();
    let words = |d: i64| {
        let (h, m) = (d / 3600, (d % 3600) / 60);
        if d >= 2 * 86400 {
            format!("{}d {}h", d / 86400, (d % 86400) / 3600)
        } else if d >= 3600 {
            format!("{h}h {m}m")
        } else if d >= 60 {
            format!("{m}m")
        } else {
            "now".into()
        }
    };
    let rel = match now - secs {
        d if d >= 60 => format!("{} ago", words(d)),
        d if d <= -60 => format!("in {}", words(-d)),
        _ => "now".into(),
    };
    format!("{local} ({rel})")
}

/// A time where the service takes UTC: the local time with UTC beside it,
/// `2026-12-01 09:00:00 +08:00 (2026-12-01 01:00:00 UTC)`.
pub(crate) fn both_zones(t: i64) -> String {
    format!("{} ({} UTC)", local_time(t), wire_utc(t))
}

/// A time in the run's zone: `2026-12-01 09:00:00 +08:00`.
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

/// A time as people write it, in the run's zone (the `tz` setting or `TZ` changes it): `today`, `yesterday`,
/// `tomorrow`, each with an optional `HH:MM[:SS]`; `HH:MM[:SS]` alone (the next one when
/// `ahead`, else the last one); `YYYY-MM-DD` (its midnight) and `YYYY-MM-DD HH:MM[:SS]` (a
/// space or `T` between, no zone). `None` when `raw` is none of these.
pub(crate) fn parse_local(raw: &str, now: i64, ahead: bool) -> Option<i64> {
    let text = raw.trim().to_ascii_lowercase();
    // `DAY TIME`, `YYYY-MM-DDTHH:MM` (a `T` after a date), `TIME` or `DAY`.
    let dated_t = text.len() > 11 && text.as_bytes()[10] == b't';
    let (day, clock) = match text.split_once(' ') {
        Some((d, c)) => (d.trim(), Some(c.trim())),
        None if dated_t => (&text[..10], Some(&text[11..])),
        None if text.contains(':') => ("", Some(text.as_str())),
        None => (text.as_str(), None),
    };
    let secs_of_day = match clock {
        Some(c) => Some(clock_secs(c)?),
        None => None,
    };
    // Today's local midnight, as unix seconds.
    let off_now = local_offset(now);
    let today = (now + off_now).div_euclid(86400);
    let local_days = match day {
        "" => today,
        "today" => today,
        "yesterday" => today - 1,
        "tomorrow" => today + 1,
        date => {
            let mut parts = date.splitn(3, '-');
            let y: i64 = parts.next()?.parse().ok()?;
            let m: i64 = parts.next()?.parse().ok()?;
            let d: i64 = parts.next()?.parse().ok()?;
            if date.len() != 10 || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
                return None;
            }
            let days = days_from_civil(y, m, d);
            // A day that does not exist (30 February) comes back as another.
            if civil_from_days(days) != (y, m, d) {
                return None;
            }
            days
        }
    };
    let mut t = to_utc(local_days * 86400 + secs_of_day.unwrap_or(0));
    // `09:00` alone: the next one for a time to come, the last one for a time gone.
    if day.is_empty() {
        if ahead && t <= now {
            t = to_utc((local_days + 1) * 86400 + secs_of_day.unwrap_or(0));
        } else if !ahead && t > now {
            t = to_utc((local_days - 1) * 86400 + secs_of_day.unwrap_or(0));
        }
    }
    Some(t)
}

/// `HH:MM` or `HH:MM:SS` as seconds into a day.
fn clock_secs(c: &str) -> Option<i64> {
    let parts: Vec<&str> = c.split(':').collect();
    if !(2..=3).contains(&parts.len()) || parts.iter().any(|p| p.len() != 2) {
        return None;
    }
    let n: Vec<i64> = parts
        .iter()
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let (h, m, s) = (n[0], n[1], n.get(2).copied().unwrap_or(0));
    (h < 24 && m < 60 && s < 60).then_some(h * 3600 + m * 60 + s)
}

/// Local seconds (as if UTC) to unix seconds, in the run's zone.
fn to_utc(local: i64) -> i64 {
    let (_, y, m, d, hh, mm, ss) = split(local);
    zone().to_utc(local, (y, m, d, hh, mm, ss))
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

    /// Times as people write them, read in this machine's zone (whatever it is here: each
    /// expectation is made with the same offset).
    #[test]
    fn local_times_as_people_write_them() {
        let now = 1_796_299_200 + 5 * 3600 + 17; // 2026-12-03 17:00:17 UTC
        let at = |y, m, d, secs: i64| to_utc(days_from_civil(y, m, d) * 86400 + secs);
        let off = local_offset(now);
        let today = (now + off).div_euclid(86400);
        let midnight = |days: i64| to_utc(days * 86400);
        assert_eq!(parse_local("today", now, false), Some(midnight(today)));
        assert_eq!(
            parse_local("Yesterday", now, false),
            Some(midnight(today - 1))
        );
        assert_eq!(
            parse_local("tomorrow 09:00", now, true),
            Some(to_utc((today + 1) * 86400 + 9 * 3600))
        );
        assert_eq!(
            parse_local("2026-12-09", now, true),
            Some(at(2026, 12, 9, 0))
        );
        assert_eq!(
            parse_local("2026-12-09 09:00", now, true),
            Some(at(2026, 12, 9, 9 * 3600))
        );
        assert_eq!(
            parse_local("2026-12-09T09:00:30", now, true),
            Some(at(2026, 12, 9, 9 * 3600 + 30))
        );
        // `HH:MM` alone: the next one ahead, the last one back; never now itself ahead.
        let next = parse_local("09:00", now, true).unwrap();
        let last = parse_local("09:00", now, false).unwrap();
        assert!(next > now && next - now <= 86400, "{next}");
        assert!(last <= now && now - last < 86400, "{last}");
        assert_eq!(next - last, 86400);
        for bad in [
            "2026-02-30",
            "25:00",
            "9:00",
            "today 9",
            "someday",
            "2030-12-01T01:00:00Z",
            "2030-12-01T01:00:00+08:00",
            "+2h",
            "1800000000",
        ] {
            assert_eq!(parse_local(bad, now, true), None, "{bad}");
        }
    }
}
