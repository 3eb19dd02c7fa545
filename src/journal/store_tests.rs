//! The journal's storage under what a hostile neighbour, a crash or an old version leaves: many
//! writers at once, two runs racing one idempotency key, an old JSON Lines journal, foreign and
//! damaged files.

use serde_json::{Map, Value, json};
use std::path::Path;

use super::store::{Lite as Store, Problem};
use super::*;

fn obj(v: Value) -> Map<String, Value> {
    v.as_object().unwrap().clone()
}

fn open(path: &Path) -> Store {
    Store::open(path, true, None).unwrap().unwrap()
}

/// `n` in `{"n": …}` of each entry, in order.
fn ns(entries: &[Map<String, Value>]) -> Vec<i64> {
    entries.iter().map(|e| e["n"].as_i64().unwrap()).collect()
}

#[test]
fn a_new_journal_is_made_private_and_read_back_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state/journal.db");
    assert!(
        Store::open(&path, false, None).unwrap().is_none(),
        "not made to read"
    );
    let s = open(&path);
    for n in 0..5 {
        s.insert(&obj(json!({"n": n, "unix": 100 + n}))).unwrap();
    }
    assert_eq!(ns(&s.all().unwrap()), [0, 1, 2, 3, 4]);
    assert_eq!(ns(&s.since(103).unwrap()), [3, 4]);
    assert_eq!(s.count().unwrap(), 5);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
    }
}

/// Eight threads, each with its own connection (as eight processes have), write 50 entries each
/// at once: every one is there.
#[test]
fn writers_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    drop(open(&path));
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let path = path.clone();
            std::thread::spawn(move || {
                let s = open(&path);
                for i in 0..50 {
                    s.insert(&obj(json!({"n": t * 1000 + i, "unix": 1})))
                        .unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let mut all = ns(&open(&path).all().unwrap());
    all.sort();
    let mut want: Vec<i64> = (0..8)
        .flat_map(|t| (0..50).map(move |i| t * 1000 + i))
        .collect();
    want.sort();
    assert_eq!(all, want);
}

/// Six runs reserve the same idempotency key at once: the check and the reservation are one
/// transaction, so exactly one is let through and the others see it.
#[test]
fn runs_racing_one_key_let_exactly_one_through() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    drop(open(&path));
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(6));
    let threads: Vec<_> = (0..6)
        .map(|t| {
            let (path, barrier) = (path.clone(), barrier.clone());
            std::thread::spawn(move || {
                let mut s = open(&path);
                barrier.wait();
                let entry = obj(json!({"n": t, "unix": 1, "sdkappid": 7, "command": "push",
                    "fingerprint": format!("f{t}"), "idempotency_key": "release-42", "outcome": "unknown"}));
                s.reserve(7, &format!("f{t}"), Some("release-42"), &entry, |earlier| {
                    if earlier.is_empty() {
                        Ok(())
                    } else {
                        Err(earlier.len())
                    }
                })
                .unwrap()
                .is_ok()
            })
        })
        .collect();
    let through = threads
        .into_iter()
        .map(|t| t.join().unwrap())
        .filter(|ok| *ok)
        .count();
    assert_eq!(through, 1);
    let all = open(&path).all().unwrap();
    assert_eq!(all.len(), 1, "only the reservation let through is written");
    assert_eq!(all[0]["outcome"], "unknown");
}

/// What the duplicate check is given: the same fingerprint in the app, the same key anywhere,
/// and what acted on those since (a recall); not another app's push nor an unrelated recall.
#[test]
fn the_check_reads_the_same_call_and_what_took_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(&dir.path().join("journal.db"));
    let rows = [
        json!({"n": 1, "unix": 1, "sdkappid": 7, "command": "push", "fingerprint": "f", "TaskId": "A", "outcome": "pushed"}),
        json!({"n": 2, "unix": 2, "sdkappid": 8, "command": "push", "fingerprint": "f", "TaskId": "B", "outcome": "pushed"}),
        json!({"n": 3, "unix": 3, "sdkappid": 7, "command": "revoke", "TaskId": "A", "outcome": "revoked"}),
        json!({"n": 4, "unix": 4, "sdkappid": 7, "command": "revoke", "TaskId": "B", "outcome": "revoked"}),
        json!({"n": 5, "unix": 5, "sdkappid": 7, "command": "push", "fingerprint": "g", "idempotency_key": "k", "TaskId": "C", "outcome": "pushed"}),
        json!({"n": 6, "unix": 6, "sdkappid": 7, "command": "sched add", "fingerprint": "h", "TaskID": 15, "outcome": "scheduled"}),
        json!({"n": 7, "unix": 7, "sdkappid": 7, "command": "sched cancel", "TaskID": 15, "outcome": "cancelled"}),
    ];
    for r in rows {
        s.insert(&obj(r)).unwrap();
    }
    assert_eq!(ns(&s.candidates(7, "f", None).unwrap()), [1, 3]);
    assert_eq!(ns(&s.candidates(7, "x", Some("k")).unwrap()), [5]);
    assert_eq!(ns(&s.candidates(7, "f", Some("k")).unwrap()), [1, 3, 5]);
    assert_eq!(ns(&s.candidates(7, "h", None).unwrap()), [6, 7]);
    let seen = s
        .reserve(7, "f", None, &obj(json!({"n": 8, "unix": 8})), |e| {
            assert_eq!(ns(e), [1, 3]);
            Ok::<_, ()>(())
        })
        .unwrap();
    assert!(seen.is_ok());
    assert_eq!(
        ns(&s.naming(&["A".into(), "15".into()]).unwrap()),
        [1, 3, 6, 7]
    );
}

#[test]
fn pushes_are_counted_per_app_and_day() {
    let dir = tempfile::tempdir().unwrap();
    let s = open(&dir.path().join("journal.db"));
    let day = 20_000 * 86400;
    for (t, app, command, outcome) in [
        (day - 1, 7, "push", "pushed"),
        (day, 7, "push", "pushed"),
        (day + 5, 7, "push", "unknown"),
        (day + 6, 7, "push", "failed"),
        (day + 7, 7, "batch", "pushed"),
        (day + 8, 8, "push", "pushed"),
    ] {
        s.insert(&obj(
            json!({"unix": t, "sdkappid": app, "command": command, "outcome": outcome}),
        ))
        .unwrap();
    }
    assert_eq!(s.pushes_between(7, day, day + 86400).unwrap(), 2);
    assert_eq!(s.pushes_between(7, day - 86400, day).unwrap(), 1);
}

/// A JSON Lines journal (what timpush kept before) is imported once, whole and in order, the
/// part it had moved aside first; a line cut short and a byte that is not UTF-8 are counted and
/// stay in the old file, kept beside as `….imported`.
#[test]
fn an_old_json_lines_journal_is_imported_once_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.jsonl");
    std::fs::write(
        dir.path().join("journal.jsonl.1"),
        "{\"n\":1,\"unix\":1}\n{\"n\":2,\"unix\":2}\n",
    )
    .unwrap();
    let mut text = b"{\"n\":3,\"unix\":3}\n{\"n\":4,\"un".to_vec();
    text.extend_from_slice(b"\n{\"n\":5,\"unix\":5,\"title\":\"\xff\"}\n{\"n\":6,\"unix\":6}\n");
    std::fs::write(&path, &text).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for p in [&path, &dir.path().join("journal.jsonl.1")] {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
    }
    let s = Store::open(&path, false, None).unwrap().unwrap();
    assert_eq!(ns(&s.all().unwrap()), [1, 2, 3, 6]);
    let said = s.imported.clone().unwrap();
    assert!(
        said.contains("(4 entries; 2 line(s) that are not JSON objects were left out"),
        "{said}"
    );
    assert_eq!(
        std::fs::read(dir.path().join("journal.jsonl.imported")).unwrap(),
        text,
        "the old file is kept whole"
    );
    assert!(dir.path().join("journal.jsonl.1.imported").exists());
    drop(s);
    // Opened again: a database now, nothing imported twice.
    let again = Store::open(&path, false, None).unwrap().unwrap();
    assert_eq!(again.imported, None);
    assert_eq!(again.count().unwrap(), 4);
}

/// The old default `journal.jsonl` beside the new default database is imported into it.
#[test]
fn the_old_default_journal_is_imported_into_the_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("journal.jsonl");
    std::fs::write(&old, "{\"n\":1,\"unix\":1}\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let db = dir.path().join("journal.db");
    let s = Store::open(&db, false, Some(&old)).unwrap().unwrap();
    assert_eq!(ns(&s.all().unwrap()), [1]);
    assert!(!old.exists());
    assert!(dir.path().join("journal.jsonl.imported").exists());
}

/// A file that is not a timpush journal is refused with its path and what to do, and left as
/// it was: another program's database is not even switched to write-ahead logging.
#[test]
fn foreign_and_damaged_files_are_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let private = |p: &Path| {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        let _ = p;
    };
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "Shopping list\nmilk\n").unwrap();
    private(&text);
    let refused = |p: &Path| match Store::open(p, true, None) {
        Err(Problem::Refused(m)) => m,
        Err(other) => panic!("{other:?}"),
        Ok(_) => panic!("{} was opened", p.display()),
    };
    let m = refused(&text);
    assert!(
        m.contains(
            "notes.txt is not a timpush journal (it is neither a SQLite database nor JSON Lines)"
        ),
        "{m}"
    );
    assert_eq!(
        std::fs::read_to_string(&text).unwrap(),
        "Shopping list\nmilk\n"
    );

    let other = dir.path().join("other.db");
    {
        let c = rusqlite::Connection::open(&other).unwrap();
        c.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
    }
    private(&other);
    let before = std::fs::read(&other).unwrap();
    let m = refused(&other);
    assert!(
        m.contains("is not a timpush journal (a SQLite database of another program)"),
        "{m}"
    );
    assert_eq!(std::fs::read(&other).unwrap(), before, "not written to");

    let damaged = dir.path().join("damaged.db");
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.extend(std::iter::repeat_n(0xA5u8, 4096));
    std::fs::write(&damaged, &bytes).unwrap();
    private(&damaged);
    let m = refused(&damaged);
    assert!(m.contains("damaged.db is damaged"), "{m}");
    assert!(m.contains("move it aside"), "{m}");
}

#[cfg(unix)]
#[test]
fn a_journal_reached_by_a_symlink_or_writable_by_others_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.db");
    drop(open(&real));
    let link = dir.path().join("link.db");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let e = Store::open(&link, true, None).err().unwrap();
    assert!(
        e.message()
            .ends_with("link.db is a symlink; the journal is never reached through one"),
        "{e:?}"
    );
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o622)).unwrap();
    let e = Store::open(&real, true, None).err().unwrap();
    assert!(e.message().starts_with("others can write "), "{e:?}");
}

/// Through `Journal`: every entry goes through the scrubber before it is written.
#[test]
fn entries_are_scrubbed_before_they_are_written() {
    let dir = tempfile::tempdir().unwrap();
    let j = Journal::file(&dir.path().join("journal.db"));
    let rep = Reporter::new(
        crate::settings::table::Format::Text,
        crate::output::Color::Never,
        false,
    );
    let secret = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
    crate::secret::register(secret);
    j.append(
        &obj(json!({"unix": 1, "title": format!("key {secret}\u{1b}[2J")})),
        &rep,
    )
    .unwrap();
    let text = j.read(&rep).unwrap()[0]["title"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        text, "key (redacted)\u{1b}[2J",
        "escaped when shown, as every text"
    );
}

/// Entries older than the retention are removed, except one a kept entry acted on (the push a
/// recent recall names).
#[test]
fn retention_removes_old_entries_but_not_what_a_kept_one_acted_on() {
    let dir = tempfile::tempdir().unwrap();
    let s = open(&dir.path().join("journal.db"));
    for r in [
        json!({"n": 1, "unix": 100, "command": "push", "TaskId": "A", "outcome": "pushed"}),
        json!({"n": 2, "unix": 200, "command": "push", "TaskId": "B", "outcome": "pushed"}),
        json!({"n": 3, "unix": 900, "command": "revoke", "TaskId": "A", "outcome": "revoked"}),
        json!({"n": 4, "unix": 950, "command": "push", "TaskId": "C", "outcome": "pushed"}),
    ] {
        s.insert(&obj(r)).unwrap();
    }
    assert_eq!(s.forget_before(500).unwrap(), 1);
    assert_eq!(ns(&s.all().unwrap()), [1, 3, 4]);
    assert_eq!(s.meta("forgot_at"), None);
    s.set_meta("forgot_at", "5").unwrap();
    s.set_meta("forgot_at", "6").unwrap();
    assert_eq!(s.meta("forgot_at").as_deref(), Some("6"));
}

/// A journal of layout 1 (before the index of what an entry acted on) is brought to layout 2
/// when opened, its entries kept; one of a layout newer than this code reads is refused.
#[test]
fn an_older_layout_is_brought_up_and_a_newer_one_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    drop(open(&path));
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch(
            "DROP INDEX entries_acted_on; PRAGMA user_version = 1;
             INSERT INTO entries (unix, entry) VALUES (1, '{\"n\":1,\"unix\":1}');",
        )
        .unwrap();
    }
    let s = open(&path);
    assert_eq!(ns(&s.all().unwrap()), [1]);
    drop(s);
    let c = rusqlite::Connection::open(&path).unwrap();
    let version: i64 = c
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    let index: i64 = c
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE name = 'entries_acted_on'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!((version, index), (2, 1));
    c.pragma_update(None, "user_version", 9).unwrap();
    drop(c);
    match Store::open(&path, true, None) {
        Err(Problem::Refused(m)) => assert!(
            m.contains("it was written by a newer timpush (layout 9; this one reads 2)"),
            "{m}"
        ),
        _ => panic!("a newer layout was opened"),
    }
}
