//! The command line's own tests: consistency, folding, and what each flag becomes.
use super::*;
use clap::CommandFactory;

#[test]
fn the_command_line_is_consistent() {
    Cli::command().debug_assert();
}

fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
    Cli::try_parse_from(std::iter::once("timpush").chain(args.iter().copied()))
}

#[test]
fn shared_options_stand_before_or_after_the_command() {
    let before = parse(&["-p", "a", "--sdkappid", "1", "revoke", "--task-id", "x"]).unwrap();
    let after = parse(&["revoke", "-p", "a", "--sdkappid", "1", "--task-id", "x"]).unwrap();
    for cli in [before, after] {
        let f = cli.flags().unwrap();
        assert_eq!(f.get(table::PROFILE), Some("a"));
        assert_eq!(f.get(table::SDKAPPID), Some("1"));
    }
}

#[test]
fn an_option_the_command_does_not_use_is_refused_or_left_out() {
    let e = parse(&["--sdkappid", "1400654321", "emulator"])
        .unwrap()
        .flags()
        .unwrap_err();
    assert_eq!(e.exit, crate::error::Exit::Usage);
    assert_eq!(e.message, "--sdkappid does not apply to `timpush emulator`");
    for args in [
        &["emulator", "--sdkappid", "1"][..],
        &["man", "--endpoint", "https://x"],
        &["completions", "bash", "--timeout", "3"],
        &["demo", "-p", "x"],
        &["usersig", "decode", "--region", "tokyo"],
        &["config", "path", "-p", "x"],
        &["usersig", "gen", "--max-attempts", "2"],
    ] {
        let e = parse(args).unwrap_err();
        assert_eq!(
            e.kind(),
            clap::error::ErrorKind::UnknownArgument,
            "{args:?}"
        );
    }
    // Before the name: the emulator and the demo refuse one (they serve an app of their own);
    // any other command leaves it out, and says so under --verbose.
    let e = parse(&["-c", "x", "demo"]).unwrap().flags().unwrap_err();
    assert_eq!(e.exit, crate::error::Exit::Usage);
    let cli = parse(&["--region", "tokyo", "-p", "prod", "usersig", "decode"]).unwrap();
    let f = cli.flags().unwrap();
    assert_eq!((f.get(table::REGION), f.get(table::PROFILE)), (None, None));
    assert_eq!(cli.unused(), ["--profile", "--region"]);
    let cli = parse(&["-p", "prod", "config", "list"]).unwrap();
    assert!(cli.flags().is_ok());
    assert_eq!(
        cli.unused(),
        ["--profile"],
        "config list lists every profile"
    );
}

#[test]
fn flag_values_are_read_by_the_table_parsers() {
    let cli = parse(&[
        "revoke",
        "--region",
        "Silicon_Valley",
        "-o",
        "JSON",
        "--task-id",
        "x",
    ])
    .unwrap();
    let f = cli.flags().unwrap();
    assert_eq!(f.get(table::REGION), Some("Silicon_Valley"));
    assert_eq!(f.get(table::OUTPUT), Some("JSON"));
    assert!(parse(&["revoke", "--region", "mars"]).is_err());
    assert!(parse(&["revoke", "--timeout", "1e-320"]).is_err());
}

#[test]
fn help_lists_own_options_and_folds_the_shared_ones_into_a_line() {
    let help = folded()
        .find_subcommand_mut("revoke")
        .unwrap()
        .render_long_help()
        .to_string();
    let own = help.find("--task-id <ID>").unwrap();
    let heading = help.find("Shared options: -o/--output, --color").unwrap();
    let region = help.find("--region,").unwrap();
    assert!(own < heading && heading < region, "{help}");
    assert!(!help.contains("[env: TIMPUSH_REGION]"), "{help}");
    // The top level describes them in full.
    let top = folded().render_long_help().to_string();
    assert!(top.contains("[env: TIMPUSH_REGION]"), "{top}");
    // Still parsed, and still suggested when misspelt.
    let cli = parse_from(["timpush", "revoke", "--region", "tokyo", "--task-id", "x"]).unwrap();
    assert_eq!(cli.flags().unwrap().get(table::REGION), Some("tokyo"));
    let e = parse_from(["timpush", "revoke", "--regoin", "tokyo"]).unwrap_err();
    assert!(
        e.to_string()
            .contains("a similar argument exists: '--region'"),
        "{e}"
    );
}

#[test]
fn the_folded_line_wraps_at_its_width() {
    let text = wrap_names("Head:", &["-a/--alpha", "--beta", "--gamma"], 20);
    assert_eq!(text, "Head: -a/--alpha,\n  --beta, --gamma");
}
