use super::*;

#[test]
fn csv_cells_are_split_as_written() {
    assert_eq!(split_csv("a,b , c").unwrap(), ["a", "b", "c"]);
    assert_eq!(
        split_csv("a,\"b,c\",\"say \"\"hi\"\"\"").unwrap(),
        ["a", "b,c", "say \"hi\""]
    );
    assert_eq!(split_csv("a,,").unwrap(), ["a", "", ""]);
    assert_eq!(split_csv(" \"x\" ,y").unwrap(), ["x", "y"]);
    assert!(split_csv("a,\"b").unwrap_err().contains("not closed"));
    assert!(split_csv("a,b\"c").unwrap_err().contains("quote inside"));
    assert!(
        split_csv("a,\"b\"c")
            .unwrap_err()
            .contains("after a quoted cell")
    );
}

#[test]
fn json_rows_say_exactly_what_is_done() {
    assert_eq!(
        json_row(Kind::Tags, r#"{"account":"a","tags":["x","y"]}"#).unwrap(),
        ("a".to_string(), Items::Tags(vec!["x".into(), "y".into()]))
    );
    assert_eq!(
        json_row(Kind::Values, r#"{"account":"a","attrs":{"plan":"gold"}}"#).unwrap(),
        (
            "a".to_string(),
            Items::Values(vec![("plan".into(), "gold".into())])
        )
    );
    assert_eq!(
        json_row(Kind::Names, r#"{"account":"a","attrs":["plan"]}"#).unwrap(),
        ("a".to_string(), Items::Names(vec!["plan".into()]))
    );
    for (kind, bad, why) in [
        (
            Kind::Nothing,
            r#"{"account":"a","tags":[]}"#,
            "unknown key \"tags\"",
        ),
        (
            Kind::Tags,
            r#"{"account":1,"tags":[]}"#,
            "\"account\" must be a string",
        ),
        (
            Kind::Tags,
            r#"{"account":"a","tags":"x"}"#,
            "must be an array of strings",
        ),
        (
            Kind::Values,
            r#"{"account":"a","attrs":{"plan":1}}"#,
            "must have a string value",
        ),
        (Kind::Tags, r#"["a"]"#, "not a JSON object"),
    ] {
        let e = json_row(kind, bad).unwrap_err();
        assert!(e.contains(why), "{bad}: {e}");
    }
}

#[test]
fn attribute_names_are_read_with_their_kinds() {
    let raw: Map<String, Value> =
        serde_json::from_str(r#"{"AttrNames":{"1":"city","0":"plan"},"AttrTypes":{"1":1}}"#)
            .unwrap();
    let names = names_of(&raw).unwrap();
    assert_eq!(
        names,
        [
            AttrName {
                index: 0,
                name: "plan".into(),
                registration: false
            },
            AttrName {
                index: 1,
                name: "city".into(),
                registration: true
            },
        ]
    );
    for bad in [
        r#"{"AttrNames":{"10":"x"}}"#,
        r#"{"AttrNames":{"0":1}}"#,
        r#"{"AttrNames":{"0":"x"},"AttrTypes":{"0":2}}"#,
        r#"{"AttrNames":[]}"#,
    ] {
        let raw: Map<String, Value> = serde_json::from_str(bad).unwrap();
        assert!(names_of(&raw).is_err(), "{bad}");
    }
}

#[test]
fn a_row_is_held_to_its_command_s_limits() {
    let row = |items| Row {
        line: 1,
        account: "alice".into(),
        items,
        raw: String::new(),
    };
    let tags = |n: usize| Items::Tags((0..n).map(|i| format!("t{i}")).collect());
    assert!(check_row(Op::AddTags { replace: false }, &row(tags(10))).is_ok());
    assert!(check_row(Op::AddTags { replace: false }, &row(tags(11))).is_err());
    assert!(check_row(Op::AddTags { replace: true }, &row(tags(100))).is_ok());
    assert!(check_row(Op::AddTags { replace: true }, &row(tags(101))).is_err());
    assert!(check_row(Op::RemoveTags, &row(tags(0))).is_err());
    let fifty = "é".repeat(25);
    assert!(check_row(Op::RemoveTags, &row(Items::Tags(vec![fifty.clone()]))).is_ok());
    assert!(check_row(Op::RemoveTags, &row(Items::Tags(vec![format!("{fifty}x")]))).is_err());
    assert!(
        check_row(
            Op::SetAttrs,
            &row(Items::Values(vec![("plan".into(), "a\nb".into())]))
        )
        .is_err()
    );
}
