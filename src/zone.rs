//! A time zone: the one the run reads and shows local times in, found by name (the `tz`
//! setting), from the `TZ` variable or from the system. The rules and the database are jiff's.

/// The zone of this run's local times, and its name as people read it.
pub(crate) struct Zone {
    tz: jiff::tz::TimeZone,
    /// `Asia/Singapore`, `UTC`, `+08:00`, or the `TZ` text it came from; `local` when the system
    /// names none.
    pub name: String,
    /// Where it came from, as `config show` says it: `setting`, `variable TZ`, `this machine`.
    pub from: &'static str,
}

impl Zone {
    /// A zone as the `tz` setting names it: an IANA name (`Asia/Singapore`), `UTC`, or a fixed
    /// offset (`+08:00`, `-05:30`).
    pub(crate) fn named(text: &str) -> Result<Zone, String> {
        let t = text.trim();
        if let Some(off) = fixed_offset(t) {
            let tz = jiff::tz::Offset::from_seconds(off as i32)
                .map(jiff::tz::TimeZone::fixed)
                .map_err(|_| {
                    format!("{:?} is not a time zone offset", crate::sanitize::escape(t))
                })?;
            return Ok(Zone {
                tz,
                name: t.to_string(),
                from: "setting",
            });
        }
        match jiff::tz::TimeZone::get(t) {
            Ok(tz) => Ok(Zone {
                name: label(tz.iana_name().unwrap_or(t)),
                tz,
                from: "setting",
            }),
            Err(_) => Err(format!(
                "{:?} is not a time zone this machine knows: write an IANA name such as Asia/Singapore or Europe/Berlin, UTC, or an offset such as +08:00",
                crate::sanitize::escape(t)
            )),
        }
    }

    /// A zone as the `TZ` variable gives it: what `named` reads, a POSIX rule (`SGT-8`,
    /// `EST5EDT,M3.2.0,M11.1.0`), or a TZif file (`:/etc/localtime`).
    pub(crate) fn from_tz_variable(text: &str) -> Option<Zone> {
        let t = text.strip_prefix(':').unwrap_or(text).trim();
        if let Ok(z) = Zone::named(t) {
            return Some(Zone {
                from: "variable TZ",
                ..z
            });
        }
        let tz = if std::path::Path::new(t).is_absolute() {
            let data = std::fs::read(t).ok()?;
            jiff::tz::TimeZone::tzif(t, &data).ok()?
        } else {
            jiff::tz::TimeZone::posix(t).ok()?
        };
        Some(Zone {
            name: label(tz.iana_name().unwrap_or(t)),
            tz,
            from: "variable TZ",
        })
    }

    /// This machine's zone (UTC where the system names none it can read).
    pub(crate) fn system() -> Zone {
        let tz = jiff::tz::TimeZone::try_system().unwrap_or(jiff::tz::TimeZone::UTC);
        Zone {
            name: label(tz.iana_name().unwrap_or("local")),
            tz,
            from: "this machine",
        }
    }

    /// The offset from UTC at `secs`, in seconds.
    pub(crate) fn offset_at(&self, secs: i64) -> i64 {
        jiff::Timestamp::from_second(secs)
            .map(|t| i64::from(self.tz.to_offset(t).seconds()))
            .unwrap_or(0)
    }

    /// A wall-clock time (`local`, written as if UTC, and its parts) to unix seconds. A time
    /// that a daylight-saving change skips or repeats is read as the clocks read it just before
    /// the change (RFC 5545's rule: 02:30 on a spring-forward night is 03:30).
    pub(crate) fn to_utc(&self, local: i64, parts: (i64, i64, i64, i64, i64, i64)) -> i64 {
        let (y, m, d, hh, mm, ss) = parts;
        let dt =
            jiff::civil::DateTime::new(y as i16, m as i8, d as i8, hh as i8, mm as i8, ss as i8, 0);
        match dt.and_then(|dt| self.tz.to_ambiguous_timestamp(dt).compatible()) {
            Ok(t) => t.as_second(),
            Err(_) => local - self.offset_at(local),
        }
    }
}

/// A zone's name as messages show it: the database's several names of UTC are all `UTC`, so
/// that the service's day and a local day in UTC read the same.
fn label(name: &str) -> String {
    const UTC: &[&str] = &[
        "utc",
        "etc/utc",
        "etc/uct",
        "uct",
        "etc/universal",
        "universal",
        "etc/zulu",
        "zulu",
        "gmt",
        "etc/gmt",
        "etc/gmt+0",
        "etc/gmt-0",
        "etc/gmt0",
        "gmt0",
        "gmt+0",
        "gmt-0",
        "etc/greenwich",
        "greenwich",
    ];
    if UTC.contains(&name.to_ascii_lowercase().as_str()) {
        "UTC".into()
    } else {
        name.to_string()
    }
}

/// `+08:00`, `-05:30`, `+0800` as seconds east of UTC.
fn fixed_offset(t: &str) -> Option<i64> {
    let b = t.as_bytes();
    let sign = match b.first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits: String = t[1..].chars().filter(|c| *c != ':').collect();
    if digits.len() != 4 || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (h, m): (i64, i64) = (digits[..2].parse().ok()?, digits[2..].parse().ok()?);
    (h <= 25 && m < 60).then_some(sign * (h * 3600 + m * 60))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Unix seconds of a UTC wall-clock time.
    fn utc(y: i16, m: i8, d: i8, hh: i8, mm: i8) -> i64 {
        let dt = jiff::civil::date(y, m, d).at(hh, mm, 0, 0);
        jiff::tz::TimeZone::UTC
            .to_ambiguous_timestamp(dt)
            .compatible()
            .unwrap()
            .as_second()
    }

    fn wall(z: &Zone, y: i64, m: i64, d: i64, hh: i64, mm: i64) -> i64 {
        let local = utc(y as i16, m as i8, d as i8, hh as i8, mm as i8);
        z.to_utc(local, (y, m, d, hh, mm, 0))
    }

    #[test]
    fn names_offsets_and_the_names_of_utc() {
        let sg = Zone::named(" Asia/Singapore ").unwrap();
        assert_eq!((sg.name.as_str(), sg.from), ("Asia/Singapore", "setting"));
        assert_eq!(sg.offset_at(utc(2026, 12, 8, 0, 0)), 8 * 3600);
        for utc_name in ["UTC", "Etc/UTC", "etc/universal", "Zulu", "GMT"] {
            assert_eq!(Zone::named(utc_name).unwrap().name, "UTC", "{utc_name}");
        }
        let west = Zone::named("-03:30").unwrap();
        assert_eq!(west.offset_at(0), -(3 * 3600 + 30 * 60));
        assert_eq!(
            Zone::named("+0545").unwrap().offset_at(0),
            5 * 3600 + 45 * 60
        );
        for bad in [
            "Mars/Base",
            "",
            "+8",
            "+08:60",
            "Asia/Singapore\u{1b}[2J",
            "../../etc/passwd",
        ] {
            let e = Zone::named(bad).err().unwrap_or_else(|| panic!("{bad:?}"));
            assert!(!e.contains('\u{1b}'), "{e}");
        }
    }

    #[test]
    fn the_tz_variable_takes_posix_rules_and_tzif_files() {
        let ist = Zone::from_tz_variable("IST-5:30").unwrap();
        assert_eq!(
            (ist.offset_at(0), ist.from),
            (5 * 3600 + 1800, "variable TZ")
        );
        let colon = Zone::from_tz_variable(":Europe/Berlin").unwrap();
        assert_eq!(colon.name, "Europe/Berlin");
        assert!(Zone::from_tz_variable("not a zone at all").is_none());
        #[cfg(unix)]
        if let Some(file) = ["/usr/share/zoneinfo/Asia/Tokyo"]
            .into_iter()
            .find(|p| std::path::Path::new(p).exists())
        {
            let tokyo = Zone::from_tz_variable(&format!(":{file}")).unwrap();
            assert_eq!(tokyo.offset_at(0), 9 * 3600);
        }
    }

    /// A wall-clock time a daylight-saving change skips is read as the clocks read it before the
    /// change (02:30 on New York's spring-forward night is 03:30 EDT); one it repeats is the
    /// first of the two.
    #[test]
    fn daylight_saving_gaps_and_folds() {
        let ny = Zone::named("America/New_York").unwrap();
        assert_eq!(wall(&ny, 2027, 3, 14, 2, 30), utc(2027, 3, 14, 7, 30));
        assert_eq!(wall(&ny, 2027, 11, 7, 1, 30), utc(2027, 11, 7, 5, 30));
        assert_eq!(wall(&ny, 2027, 7, 1, 9, 0), utc(2027, 7, 1, 13, 0));
        assert_eq!(ny.offset_at(utc(2027, 7, 1, 13, 0)), -4 * 3600);
        assert_eq!(ny.offset_at(utc(2027, 12, 1, 13, 0)), -5 * 3600);
    }
}
