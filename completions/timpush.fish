# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_timpush_global_optspecs
    string join \n o/output= color= v/verbose q/quiet p/profile= c/config= sdkappid= identifier= region= endpoint= ca-bundle= timeout= max-attempts= journal= h/help V/version
end

function __fish_timpush_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_timpush_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_timpush_using_subcommand
    set -l cmd (__fish_timpush_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c timpush -n "__fish_timpush_needs_command" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_needs_command" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_needs_command" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_needs_command" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_needs_command" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_needs_command" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_needs_command" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_needs_command" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_needs_command" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_needs_command" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_needs_command" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_needs_command" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_needs_command" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_needs_command" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_needs_command" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_needs_command" -s V -l version -d 'Print version'
complete -c timpush -n "__fish_timpush_needs_command" -f -a "revoke" -d 'Recall push tasks (POST v4/timpush/revoke)'
complete -c timpush -n "__fish_timpush_needs_command" -f -a "recall" -d 'Recall push tasks (POST v4/timpush/revoke)'
complete -c timpush -n "__fish_timpush_needs_command" -f -a "stop" -d 'Make pushes stop, whatever their state: cancel a scheduled one, recall one that went out'
complete -c timpush -n "__fish_timpush_needs_command" -f -a "push" -d 'Push a notification to all users, or to users matching tags or attributes (v4/timpush/push)'
complete -c timpush -n "__fish_timpush_needs_command" -f -a "batch" -d 'Push a notification to listed UserIDs (v4/timpush/batch), 500 per call'
complete -c timpush -n "__fish_timpush_needs_command" -f -a "api" -d 'Call any REST command with the profile\'s credential and print the answer (like gh api)'
complete -c timpush -n "__fish_timpush_needs_command" -f -a "sched" -d 'Scheduled pushes: add, list, show, edit, and cancel one before it goes out'
complete -c timpush -n "__fish_timpush_needs_command" -f -a "stats" -d 'How far pushes got: sent, delivered, clicked, per channel; --loss: why devices were missed'
complete -c timpush -n "__fish_timpush_needs_command" -f -a "log" -d 'What this machine sent: the journal of pushes, recalls and scheduled tasks'
complete -c timpush -n "__fish_timpush_needs_command" -f -a "tag" -d 'The audience\'s tags: add, remove, show, clear; for a few accounts or a file of millions'
complete -c timpush -n "__fish_timpush_needs_command" -f -a "attr" -d 'The audience\'s attributes: set, show, remove, and the app\'s attribute names'
complete -c timpush -n "__fish_timpush_needs_command" -f -a "report" -d 'What was sent and how far it got: one row per push of the journal, with its figures'
complete -c timpush -n "__fish_timpush_needs_command" -f -a "trace" -d 'One user\'s delivery trace of a push, device by device'
complete -c timpush -n "__fish_timpush_needs_command" -f -a "usersig" -d 'Make, read and check UserSigs'
complete -c timpush -n "__fish_timpush_needs_command" -f -a "config" -d 'See, check and write the configuration'
complete -c timpush -n "__fish_timpush_needs_command" -f -a "doctor" -d 'Check the configuration, the credential, the network, the clock and the service, one line each'
complete -c timpush -n "__fish_timpush_needs_command" -f -a "callback" -d 'Push callbacks: receive and check them, send one to a handler, verify a signed URL'
complete -c timpush -n "__fish_timpush_needs_command" -f -a "man" -d 'Print the manual page (roff)'
complete -c timpush -n "__fish_timpush_needs_command" -f -a "emulator" -d 'Serve the push service on a loopback address, to try timpush and test scripts without an account'
complete -c timpush -n "__fish_timpush_needs_command" -f -a "demo" -d 'A tour on a built-in emulator, no account: push, a second push refused, recall, recall again, a task past the window, schedule two, stop one before it goes out (cancel) and the other after (recall, reach), how far it got, the journal'
complete -c timpush -n "__fish_timpush_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c timpush -n "__fish_timpush_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -l task-id -d 'TaskId returned by push or batch (repeatable; or give TaskIds as arguments)' -r
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -l from-file -d 'Read TaskIds from FILE (or - for stdin), one a line; blank lines and # comments skipped' -r
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -l title -d 'Title of the notification that replaces the shown one' -r
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -l desc -d 'Text of the notification that replaces the shown one' -r
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -l ext -d 'Ext of the replacement notification: JSON text, sent as a string' -r
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -l sched -d 'Recall the push a scheduled task became (its PushTaskID), by the scheduled TaskID (repeatable)' -r
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -l last -d 'Recall the last N pushes (default 1) this app\'s journal holds from the last 24 hours' -r
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -l since -d 'Recall every push of this app the journal holds since a TIME or for a DURATION (10m)' -r
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -l events -d 'With --report: a log of the pushes\' callbacks, whose figures go beside the statistics' -r
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -l dry-run -d 'Print the request that would be sent (credential redacted) and send nothing'
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -l strict -d 'Treat "already recalled" (90050) as a failure (exit 5)'
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -l fail-fast -d 'Stop at the first task that fails'
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -s y -l yes -d 'Confirm recalling several pushes picked from the journal without asking'
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -l report -d 'After the recall, read each push\'s statistics: who it reached, and who may still see it'
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand revoke" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand recall" -l task-id -d 'TaskId returned by push or batch (repeatable; or give TaskIds as arguments)' -r
complete -c timpush -n "__fish_timpush_using_subcommand recall" -l from-file -d 'Read TaskIds from FILE (or - for stdin), one a line; blank lines and # comments skipped' -r
complete -c timpush -n "__fish_timpush_using_subcommand recall" -l title -d 'Title of the notification that replaces the shown one' -r
complete -c timpush -n "__fish_timpush_using_subcommand recall" -l desc -d 'Text of the notification that replaces the shown one' -r
complete -c timpush -n "__fish_timpush_using_subcommand recall" -l ext -d 'Ext of the replacement notification: JSON text, sent as a string' -r
complete -c timpush -n "__fish_timpush_using_subcommand recall" -l sched -d 'Recall the push a scheduled task became (its PushTaskID), by the scheduled TaskID (repeatable)' -r
complete -c timpush -n "__fish_timpush_using_subcommand recall" -l last -d 'Recall the last N pushes (default 1) this app\'s journal holds from the last 24 hours' -r
complete -c timpush -n "__fish_timpush_using_subcommand recall" -l since -d 'Recall every push of this app the journal holds since a TIME or for a DURATION (10m)' -r
complete -c timpush -n "__fish_timpush_using_subcommand recall" -l events -d 'With --report: a log of the pushes\' callbacks, whose figures go beside the statistics' -r
complete -c timpush -n "__fish_timpush_using_subcommand recall" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand recall" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand recall" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand recall" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand recall" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand recall" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand recall" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand recall" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand recall" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand recall" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand recall" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand recall" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand recall" -l dry-run -d 'Print the request that would be sent (credential redacted) and send nothing'
complete -c timpush -n "__fish_timpush_using_subcommand recall" -l strict -d 'Treat "already recalled" (90050) as a failure (exit 5)'
complete -c timpush -n "__fish_timpush_using_subcommand recall" -l fail-fast -d 'Stop at the first task that fails'
complete -c timpush -n "__fish_timpush_using_subcommand recall" -s y -l yes -d 'Confirm recalling several pushes picked from the journal without asking'
complete -c timpush -n "__fish_timpush_using_subcommand recall" -l report -d 'After the recall, read each push\'s statistics: who it reached, and who may still see it'
complete -c timpush -n "__fish_timpush_using_subcommand recall" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand recall" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand recall" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand stop" -l last -d 'Stop the last N pushes and scheduled pushes (default 1) this app\'s journal holds from the last 24 hours' -r
complete -c timpush -n "__fish_timpush_using_subcommand stop" -l since -d 'Stop every push and scheduled push of this app the journal holds since a TIME or for a DURATION (10m)' -r
complete -c timpush -n "__fish_timpush_using_subcommand stop" -l title -d 'Title of the notification that replaces a recalled one' -r
complete -c timpush -n "__fish_timpush_using_subcommand stop" -l desc -d 'Text of the notification that replaces a recalled one' -r
complete -c timpush -n "__fish_timpush_using_subcommand stop" -l ext -d 'Ext of the replacement notification: JSON text, sent as a string' -r
complete -c timpush -n "__fish_timpush_using_subcommand stop" -l events -d 'A log of the pushes\' callbacks, whose figures go beside the reach report\'s' -r
complete -c timpush -n "__fish_timpush_using_subcommand stop" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand stop" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand stop" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand stop" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand stop" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand stop" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand stop" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand stop" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand stop" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand stop" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand stop" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand stop" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand stop" -s y -l yes -d 'Confirm stopping several picked from the journal without asking'
complete -c timpush -n "__fish_timpush_using_subcommand stop" -l dry-run -d 'Say what would be done to each ID; send nothing'
complete -c timpush -n "__fish_timpush_using_subcommand stop" -l no-report -d 'Skip the reach report (who the push reached, and who may still see it)'
complete -c timpush -n "__fish_timpush_using_subcommand stop" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand stop" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand stop" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand push" -l title -d 'Title of the notification' -r
complete -c timpush -n "__fish_timpush_using_subcommand push" -l desc -d 'Text of the notification' -r
complete -c timpush -n "__fish_timpush_using_subcommand push" -l ext -d 'Ext of the notification: JSON text, sent as a string' -r
complete -c timpush -n "__fish_timpush_using_subcommand push" -l from -d 'Sender account [default: the profile\'s identifier]' -r
complete -c timpush -n "__fish_timpush_using_subcommand push" -l offline-push-info -d 'A whole OfflinePushInfo object (vendor fields) as JSON from FILE or - ; the flags above win' -r
complete -c timpush -n "__fish_timpush_using_subcommand push" -l data-id -d 'DataId, at most 64 bytes' -r
complete -c timpush -n "__fish_timpush_using_subcommand push" -l tag -d 'Users with all of these tags (repeatable; TagsAnd)' -r
complete -c timpush -n "__fish_timpush_using_subcommand push" -l any-tag -d 'Users with any of these tags (repeatable; TagsOr)' -r
complete -c timpush -n "__fish_timpush_using_subcommand push" -l not-tag -d 'Users without these tags (repeatable; TagsNot)' -r
complete -c timpush -n "__fish_timpush_using_subcommand push" -l attr -d 'Users whose attribute K is V (repeatable; AttrsAnd)' -r
complete -c timpush -n "__fish_timpush_using_subcommand push" -l any-attr -d 'Users whose attribute K is V, any of them (repeatable; AttrsOr)' -r
complete -c timpush -n "__fish_timpush_using_subcommand push" -l idempotency-key -d 'Name this call: a second call with the same key is refused while the journal holds it' -r
complete -c timpush -n "__fish_timpush_using_subcommand push" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand push" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand push" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand push" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand push" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand push" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand push" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand push" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand push" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand push" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand push" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand push" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand push" -l store -d 'Also store roaming and unread messages (OnlineOnlyFlag 0); a recall then needs --title/--desc'
complete -c timpush -n "__fish_timpush_using_subcommand push" -l online-only -d 'Online push only, nothing stored (OnlineOnlyFlag 1)'
complete -c timpush -n "__fish_timpush_using_subcommand push" -l all -d 'To all users, said outright (the same as giving no --tag or --attr)'
complete -c timpush -n "__fish_timpush_using_subcommand push" -s y -l yes -d 'Push to all users without asking'
complete -c timpush -n "__fish_timpush_using_subcommand push" -l dry-run -d 'Print the request that would be sent (credential redacted) and today\'s push count; send nothing'
complete -c timpush -n "__fish_timpush_using_subcommand push" -l force -d 'Send even when the journal holds an identical call (within duplicate_window) or the same key'
complete -c timpush -n "__fish_timpush_using_subcommand push" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand push" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand push" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand batch" -l title -d 'Title of the notification' -r
complete -c timpush -n "__fish_timpush_using_subcommand batch" -l desc -d 'Text of the notification' -r
complete -c timpush -n "__fish_timpush_using_subcommand batch" -l ext -d 'Ext of the notification: JSON text, sent as a string' -r
complete -c timpush -n "__fish_timpush_using_subcommand batch" -l from -d 'Sender account [default: the profile\'s identifier]' -r
complete -c timpush -n "__fish_timpush_using_subcommand batch" -l offline-push-info -d 'A whole OfflinePushInfo object (vendor fields) as JSON from FILE or - ; the flags above win' -r
complete -c timpush -n "__fish_timpush_using_subcommand batch" -l data-id -d 'DataId, at most 64 bytes' -r
complete -c timpush -n "__fish_timpush_using_subcommand batch" -l to -d 'A UserID to push to (repeatable)' -r
complete -c timpush -n "__fish_timpush_using_subcommand batch" -l to-file -d 'UserIDs from FILE (or - for stdin), one a line; blank lines and # comments skipped' -r
complete -c timpush -n "__fish_timpush_using_subcommand batch" -l idempotency-key -d 'Name this call: a second call with the same key is refused while the journal holds it' -r
complete -c timpush -n "__fish_timpush_using_subcommand batch" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand batch" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand batch" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand batch" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand batch" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand batch" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand batch" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand batch" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand batch" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand batch" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand batch" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand batch" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand batch" -l store -d 'Also store roaming and unread messages (OnlineOnlyFlag 0); a recall then needs --title/--desc'
complete -c timpush -n "__fish_timpush_using_subcommand batch" -l online-only -d 'Online push only, nothing stored (OnlineOnlyFlag 1)'
complete -c timpush -n "__fish_timpush_using_subcommand batch" -l force -d 'Send even when the journal holds an identical call (within duplicate_window) or the same key'
complete -c timpush -n "__fish_timpush_using_subcommand batch" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand batch" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand batch" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand api" -s d -l data -d 'The JSON body: text, @FILE, or - for standard input [default: {}]' -r
complete -c timpush -n "__fish_timpush_using_subcommand api" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand api" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand api" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand api" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand api" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand api" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand api" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand api" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand api" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand api" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand api" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand api" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand api" -l retry -d 'Also repeat the call when its answer was lost (only for commands safe to repeat)'
complete -c timpush -n "__fish_timpush_using_subcommand api" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand api" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand api" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and not __fish_seen_subcommand_from add list show edit cancel help" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand sched; and not __fish_seen_subcommand_from add list show edit cancel help" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand sched; and not __fish_seen_subcommand_from add list show edit cancel help" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and not __fish_seen_subcommand_from add list show edit cancel help" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and not __fish_seen_subcommand_from add list show edit cancel help" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and not __fish_seen_subcommand_from add list show edit cancel help" -f -a "add" -d 'Schedule a push (v4/timpush/add_sched_task); prints the new task\'s ID'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and not __fish_seen_subcommand_from add list show edit cancel help" -f -a "list" -d 'List scheduled pushes, every page'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and not __fish_seen_subcommand_from add list show edit cancel help" -f -a "show" -d 'Show scheduled tasks in full'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and not __fish_seen_subcommand_from add list show edit cancel help" -f -a "edit" -d 'Change a pending scheduled push: its time, title, text or Ext'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and not __fish_seen_subcommand_from add list show edit cancel help" -f -a "cancel" -d 'Cancel pending scheduled pushes before they go out'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and not __fish_seen_subcommand_from add list show edit cancel help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -l at -d 'When to send it: tomorrow 09:00, 09:00 (the next), 2030-12-01 09:00 (read in the local zone: the tz setting, else TZ), a time from now (+2h, 90m), RFC 3339 with a zone, or unix seconds' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -l tag -d 'Users with all of these tags (repeatable; TagsAnd)' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -l any-tag -d 'Users with any of these tags (repeatable; TagsOr)' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -l to -d 'A UserID to push to (repeatable)' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -l to-file -d 'UserIDs from FILE (or - for stdin), one a line; blank lines and # comments skipped' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -l title -d 'Title of the notification' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -l desc -d 'Text of the notification' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -l ext -d 'Ext of the notification: JSON text, sent as a string' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -l from -d 'Sender account [default: the profile\'s identifier]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -l offline-push-info -d 'A whole OfflinePushInfo object (vendor fields) as JSON from FILE or - ; the flags above win' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -l idempotency-key -d 'Name this call: a second call with the same key is refused while the journal holds it' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -l all -d 'To all users (needs --yes, or a yes on a terminal)'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -s y -l yes -d 'Confirm a push to all users without asking'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the request, whom it goes to and whether it would be refused; send nothing'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -l force -d 'Send even when the journal holds an identical call (within duplicate_window) or the same key'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from list" -l since -d 'Start of the window: a TIME, or a DURATION ago such as 7d [default: 7 days ago]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from list" -l until -d 'End of the window: a TIME, or a DURATION from now such as 30d [default: 30 days from now]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from list" -l keyword -d 'Only tasks whose title or text holds this' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from list" -l order -d 'Order by creation or by scheduled time' -r -f -a "created\t''
scheduled\t''"
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from list" -l limit -d 'At most this many tasks' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from list" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from list" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from list" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from list" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from list" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from list" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from list" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from list" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from list" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from list" -l asc -d 'Earliest first (the default by scheduled time: the next to go out on top)'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from list" -l desc -d 'Latest first (the default by creation time: the newest on top)'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from list" -l wide -d 'Every column whole on a terminal, however wide'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from show" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from show" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from show" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from show" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from show" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from show" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from show" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from show" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from show" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from show" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from show" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from edit" -l at -d 'A new time: tomorrow 09:00, 09:00, 2030-12-01 09:00 (in the local zone), a time from now (+2h), RFC 3339 with a zone, or unix seconds' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from edit" -l title -d 'A new title' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from edit" -l desc -d 'A new text' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from edit" -l ext -d 'A new Ext: JSON text' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from edit" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from edit" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from edit" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from edit" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from edit" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from edit" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from edit" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from edit" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from edit" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from edit" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from edit" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from cancel" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from cancel" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from cancel" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from cancel" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from cancel" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from cancel" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from cancel" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from cancel" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from cancel" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from cancel" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from cancel" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from cancel" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from help" -f -a "add" -d 'Schedule a push (v4/timpush/add_sched_task); prints the new task\'s ID'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from help" -f -a "list" -d 'List scheduled pushes, every page'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show scheduled tasks in full'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a pending scheduled push: its time, title, text or Ext'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel pending scheduled pushes before they go out'
complete -c timpush -n "__fish_timpush_using_subcommand sched; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timpush -n "__fish_timpush_using_subcommand stats" -l since -d 'Start of the window: a TIME, or a DURATION ago such as 24h [default: 7 days ago]' -r
complete -c timpush -n "__fish_timpush_using_subcommand stats" -l until -d 'End of the window: a TIME, or a DURATION ago such as 2h [default: now]' -r
complete -c timpush -n "__fish_timpush_using_subcommand stats" -l events -d 'A log of the push\'s callbacks (as `timpush callback listen` writes it): its figures per channel beside the statistics' -r
complete -c timpush -n "__fish_timpush_using_subcommand stats" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand stats" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand stats" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand stats" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand stats" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand stats" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand stats" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand stats" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand stats" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand stats" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand stats" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand stats" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand stats" -l loss -d 'Why devices were missed, instead of the counts (window of at most 7 days)'
complete -c timpush -n "__fish_timpush_using_subcommand stats" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand stats" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand stats" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand log" -l since -d 'Only entries since a TIME, or for a DURATION back such as 24h' -r
complete -c timpush -n "__fish_timpush_using_subcommand log" -l command -d 'Only entries of this command (push, batch, revoke, stop, sched add, ...)' -r
complete -c timpush -n "__fish_timpush_using_subcommand log" -l limit -d 'At most the last N entries' -r
complete -c timpush -n "__fish_timpush_using_subcommand log" -l task -d 'The story of one push: the entries that name this TaskId (or scheduled TaskID, and the push it became), and what became of it' -r
complete -c timpush -n "__fish_timpush_using_subcommand log" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand log" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand log" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand log" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand log" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand log" -l wide -d 'Every column whole on a terminal, however wide'
complete -c timpush -n "__fish_timpush_using_subcommand log" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand log" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand log" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and not __fish_seen_subcommand_from add rm get clear help" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand tag; and not __fish_seen_subcommand_from add rm get clear help" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand tag; and not __fish_seen_subcommand_from add rm get clear help" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and not __fish_seen_subcommand_from add rm get clear help" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and not __fish_seen_subcommand_from add rm get clear help" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and not __fish_seen_subcommand_from add rm get clear help" -f -a "add" -d 'Add tags to accounts (v4/timpush/add_tag); --replace sets them instead'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and not __fish_seen_subcommand_from add rm get clear help" -f -a "rm" -d 'Remove tags from accounts (v4/timpush/remove_tag)'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and not __fish_seen_subcommand_from add rm get clear help" -f -a "get" -d 'Show accounts\' tags (v4/timpush/get_tag)'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and not __fish_seen_subcommand_from add rm get clear help" -f -a "clear" -d 'Remove all tags of accounts (v4/timpush/clear_all_tags)'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and not __fish_seen_subcommand_from add rm get clear help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from add" -l to-file -d 'Accounts from FILE (or - for stdin), one a line; blank lines and # comments skipped' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from add" -l from-file -d 'Rows from FILE (or -): CSV with a header (account,...) or JSON Lines; see the help' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from add" -l tag -d 'A tag to add to every account given (repeatable; at most 50 bytes)' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from add" -l connections -d 'Calls out at once, each on its own connection (1 to 16)' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from add" -l resume-file -d 'Where the rows not done go, to resume from (default: beside the input, FILE.resume)' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from add" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from add" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from add" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from add" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from add" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from add" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from add" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from add" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from add" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from add" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from add" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from add" -l replace -d 'Replace all of each account\'s tags with these (up to 100 a user, instead of 10 added)'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the first calls and the totals; send nothing'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from rm" -l to-file -d 'Accounts from FILE (or - for stdin), one a line; blank lines and # comments skipped' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from rm" -l from-file -d 'Rows from FILE (or -): CSV with a header (account,...) or JSON Lines; see the help' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from rm" -l tag -d 'A tag to remove from every account given (repeatable)' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from rm" -l connections -d 'Calls out at once, each on its own connection (1 to 16)' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from rm" -l resume-file -d 'Where the rows not done go, to resume from (default: beside the input, FILE.resume)' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from rm" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from rm" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from rm" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from rm" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from rm" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from rm" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from rm" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from rm" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from rm" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from rm" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from rm" -l dry-run -d 'Print the first calls and the totals; send nothing'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from get" -l to-file -d 'Accounts from FILE (or - for stdin), one a line' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from get" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from get" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from get" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from get" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from get" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from get" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from get" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from get" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from get" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from get" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from get" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from clear" -l to-file -d 'Accounts from FILE (or - for stdin), one a line; blank lines and # comments skipped' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from clear" -l from-file -d 'Rows from FILE (or -): CSV with a header (account,...) or JSON Lines; see the help' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from clear" -l connections -d 'Calls out at once, each on its own connection (1 to 16)' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from clear" -l resume-file -d 'Where the rows not done go, to resume from (default: beside the input, FILE.resume)' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from clear" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from clear" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from clear" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from clear" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from clear" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from clear" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from clear" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from clear" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from clear" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from clear" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from clear" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from clear" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from clear" -l dry-run -d 'Print the first calls and the totals; send nothing'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from clear" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from clear" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add tags to accounts (v4/timpush/add_tag); --replace sets them instead'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove tags from accounts (v4/timpush/remove_tag)'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show accounts\' tags (v4/timpush/get_tag)'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Remove all tags of accounts (v4/timpush/clear_all_tags)'
complete -c timpush -n "__fish_timpush_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and not __fish_seen_subcommand_from set get rm names help" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand attr; and not __fish_seen_subcommand_from set get rm names help" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand attr; and not __fish_seen_subcommand_from set get rm names help" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and not __fish_seen_subcommand_from set get rm names help" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and not __fish_seen_subcommand_from set get rm names help" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and not __fish_seen_subcommand_from set get rm names help" -f -a "set" -d 'Set attributes of accounts (v4/timpush/set_attr)'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and not __fish_seen_subcommand_from set get rm names help" -f -a "get" -d 'Show accounts\' attributes (v4/timpush/get_attr)'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and not __fish_seen_subcommand_from set get rm names help" -f -a "rm" -d 'Remove attributes of accounts (v4/timpush/remove_attr)'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and not __fish_seen_subcommand_from set get rm names help" -f -a "names" -d 'Show the app\'s attribute names, or set them with --set (v4/timpush/get_attr_name, set_attr_name)'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and not __fish_seen_subcommand_from set get rm names help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from set" -l to-file -d 'Accounts from FILE (or - for stdin), one a line; blank lines and # comments skipped' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from set" -l from-file -d 'Rows from FILE (or -): CSV with a header (account,...) or JSON Lines; see the help' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from set" -l attr -d 'NAME=VALUE to set on every account given (repeatable; the value at most 50 bytes)' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from set" -l connections -d 'Calls out at once, each on its own connection (1 to 16)' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from set" -l resume-file -d 'Where the rows not done go, to resume from (default: beside the input, FILE.resume)' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from set" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from set" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from set" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from set" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from set" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from set" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from set" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from set" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from set" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from set" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from set" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from set" -l dry-run -d 'Print the first calls and the totals; send nothing'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from get" -l to-file -d 'Accounts from FILE (or - for stdin), one a line' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from get" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from get" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from get" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from get" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from get" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from get" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from get" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from get" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from get" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from get" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from get" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from rm" -l to-file -d 'Accounts from FILE (or - for stdin), one a line; blank lines and # comments skipped' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from rm" -l from-file -d 'Rows from FILE (or -): CSV with a header (account,...) or JSON Lines; see the help' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from rm" -l attr -d 'An attribute NAME to remove from every account given (repeatable)' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from rm" -l connections -d 'Calls out at once, each on its own connection (1 to 16)' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from rm" -l resume-file -d 'Where the rows not done go, to resume from (default: beside the input, FILE.resume)' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from rm" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from rm" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from rm" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from rm" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from rm" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from rm" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from rm" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from rm" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from rm" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from rm" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from rm" -l dry-run -d 'Print the first calls and the totals; send nothing'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from names" -l set -d 'Name the attributes: INDEX=NAME pairs, comma-separated (0=plan,1=city); indexes 0 to 9' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from names" -l types -d 'With --set: the account kind of each attribute, INDEX=user or INDEX=registration (fixed once set)' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from names" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from names" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from names" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from names" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from names" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from names" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from names" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from names" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from names" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from names" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from names" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from names" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from names" -l dry-run -d 'With --set: print the call; send nothing'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from names" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from names" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from names" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set attributes of accounts (v4/timpush/set_attr)'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show accounts\' attributes (v4/timpush/get_attr)'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove attributes of accounts (v4/timpush/remove_attr)'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from help" -f -a "names" -d 'Show the app\'s attribute names, or set them with --set (v4/timpush/get_attr_name, set_attr_name)'
complete -c timpush -n "__fish_timpush_using_subcommand attr; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timpush -n "__fish_timpush_using_subcommand report" -l since -d 'The pushes since a TIME (today, yesterday, 09:00, 2026-12-08, RFC 3339) or for a DURATION back (24h)' -r
complete -c timpush -n "__fish_timpush_using_subcommand report" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand report" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand report" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand report" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand report" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand report" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand report" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand report" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand report" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand report" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand report" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand report" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand report" -l wide -d 'Every column whole on a terminal, however wide'
complete -c timpush -n "__fish_timpush_using_subcommand report" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand report" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand report" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand trace" -l user -d 'The user (UserID)' -r
complete -c timpush -n "__fish_timpush_using_subcommand trace" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand trace" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand trace" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand trace" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand trace" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand trace" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand trace" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand trace" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand trace" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand trace" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand trace" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand trace" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand trace" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand trace" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand trace" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and not __fish_seen_subcommand_from gen decode verify help" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and not __fish_seen_subcommand_from gen decode verify help" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and not __fish_seen_subcommand_from gen decode verify help" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and not __fish_seen_subcommand_from gen decode verify help" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and not __fish_seen_subcommand_from gen decode verify help" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and not __fish_seen_subcommand_from gen decode verify help" -f -a "gen" -d 'Make a UserSig for the profile and print it (the one command that prints a credential)'
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and not __fish_seen_subcommand_from gen decode verify help" -f -a "decode" -d 'Show what a UserSig holds: identifier, SDKAppID, when made, when it expires (no key needed)'
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and not __fish_seen_subcommand_from gen decode verify help" -f -a "verify" -d 'Check a UserSig with the profile\'s secret key, SDKAppID and identifier'
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and not __fish_seen_subcommand_from gen decode verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l ttl -d 'Lifetime in seconds [default: the profile\'s usersig_ttl, else 600]' -r
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from gen" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from gen" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from gen" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from gen" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from gen" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from gen" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from gen" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from decode" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from decode" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from decode" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from decode" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from decode" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from verify" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from verify" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from help" -f -a "gen" -d 'Make a UserSig for the profile and print it (the one command that prints a credential)'
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from help" -f -a "decode" -d 'Show what a UserSig holds: identifier, SDKAppID, when made, when it expires (no key needed)'
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check a UserSig with the profile\'s secret key, SDKAppID and identifier'
complete -c timpush -n "__fish_timpush_using_subcommand usersig; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timpush -n "__fish_timpush_using_subcommand config; and not __fish_seen_subcommand_from path list show check init set unset help" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand config; and not __fish_seen_subcommand_from path list show check init set unset help" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand config; and not __fish_seen_subcommand_from path list show check init set unset help" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand config; and not __fish_seen_subcommand_from path list show check init set unset help" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand config; and not __fish_seen_subcommand_from path list show check init set unset help" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand config; and not __fish_seen_subcommand_from path list show check init set unset help" -f -a "path" -d 'The config file in use and how it was chosen'
complete -c timpush -n "__fish_timpush_using_subcommand config; and not __fish_seen_subcommand_from path list show check init set unset help" -f -a "list" -d 'The profiles in the config file, the default marked'
complete -c timpush -n "__fish_timpush_using_subcommand config; and not __fish_seen_subcommand_from path list show check init set unset help" -f -a "show" -d 'Every effective setting of the profile with its source (secrets masked)'
complete -c timpush -n "__fish_timpush_using_subcommand config; and not __fish_seen_subcommand_from path list show check init set unset help" -f -a "check" -d 'Check the config file and the profile; every problem listed (exit 0 or 3)'
complete -c timpush -n "__fish_timpush_using_subcommand config; and not __fish_seen_subcommand_from path list show check init set unset help" -f -a "init" -d 'Write a profile (asks on a terminal; takes flags otherwise)'
complete -c timpush -n "__fish_timpush_using_subcommand config; and not __fish_seen_subcommand_from path list show check init set unset help" -f -a "set" -d 'Set one key of the profile (or default_profile), checked as every run reads it; the rest of the file is kept'
complete -c timpush -n "__fish_timpush_using_subcommand config; and not __fish_seen_subcommand_from path list show check init set unset help" -f -a "unset" -d 'Remove one key of the profile (or default_profile); the rest of the file is kept'
complete -c timpush -n "__fish_timpush_using_subcommand config; and not __fish_seen_subcommand_from path list show check init set unset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from path" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from path" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from path" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from list" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from list" -l names -d 'The names alone, one a line (for shell completion)'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from show" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from show" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from show" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from show" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from show" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from show" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from show" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from show" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from show" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from show" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from check" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from check" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from check" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from check" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from check" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from check" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from check" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from check" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from check" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from check" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from check" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from init" -l secret-key-file -d 'The profile\'s secret key is in this file' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from init" -l secret-key-command -d 'The profile\'s secret key is printed by this program and its arguments (no shell), given as one argument split on spaces, or repeated once per word' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from init" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from init" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from init" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from init" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from init" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from init" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from init" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from init" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from init" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from init" -l secret-key-stdin -d 'Read the secret key from standard input and store it in a key file (mode 600)'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from init" -l secret-from-env -d 'The secret key will come from the variable TIMPUSH_SECRET_KEY at run time'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from init" -l force -d 'Replace the profile if it exists (other profiles are kept as they are)'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from init" -l set-default -d 'Make it the default profile'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from init" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from set" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from set" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from unset" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from unset" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from unset" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from unset" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'The config file in use and how it was chosen'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'The profiles in the config file, the default marked'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Every effective setting of the profile with its source (secrets masked)'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check the config file and the profile; every problem listed (exit 0 or 3)'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write a profile (asks on a terminal; takes flags otherwise)'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set one key of the profile (or default_profile), checked as every run reads it; the rest of the file is kept'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove one key of the profile (or default_profile); the rest of the file is kept'
complete -c timpush -n "__fish_timpush_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timpush -n "__fish_timpush_using_subcommand doctor" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand doctor" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand doctor" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand doctor" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand doctor" -l region -d 'Region of the app [env: TIMPUSH_REGION] [profile key: region]' -r -f -a "china\t''
singapore\t''
seoul\t''
tokyo\t''
frankfurt\t''
silicon-valley\t''
jakarta\t''
riyadh\t''
mumbai\t''"
complete -c timpush -n "__fish_timpush_using_subcommand doctor" -l endpoint -d 'Base URL instead of the region\'s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region\'s domain]' -r
complete -c timpush -n "__fish_timpush_using_subcommand doctor" -l ca-bundle -d 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]' -r
complete -c timpush -n "__fish_timpush_using_subcommand doctor" -l timeout -d 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]' -r
complete -c timpush -n "__fish_timpush_using_subcommand doctor" -l max-attempts -d 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]' -r
complete -c timpush -n "__fish_timpush_using_subcommand doctor" -l journal -d 'File (or a team journal\'s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]' -r
complete -c timpush -n "__fish_timpush_using_subcommand doctor" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand doctor" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand doctor" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand doctor" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand callback; and not __fish_seen_subcommand_from listen send verify help" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand callback; and not __fish_seen_subcommand_from listen send verify help" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand callback; and not __fish_seen_subcommand_from listen send verify help" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand callback; and not __fish_seen_subcommand_from listen send verify help" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand callback; and not __fish_seen_subcommand_from listen send verify help" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand callback; and not __fish_seen_subcommand_from listen send verify help" -f -a "listen" -d 'Receive push callbacks: check each request, print one JSON line per event, a summary per TaskId at the end'
complete -c timpush -n "__fish_timpush_using_subcommand callback; and not __fish_seen_subcommand_from listen send verify help" -f -a "send" -d 'Send a documented example callback to a handler and check its answer against the contract'
complete -c timpush -n "__fish_timpush_using_subcommand callback; and not __fish_seen_subcommand_from listen send verify help" -f -a "verify" -d 'Check a callback URL\'s Sign and RequestTime with the token, and its SdkAppid'
complete -c timpush -n "__fish_timpush_using_subcommand callback; and not __fish_seen_subcommand_from listen send verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from listen" -l listen -d 'Address to listen on (behind the app\'s own gateway for anything but loopback)' -r
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from listen" -l token-file -d 'File holding the callback token [default: variable TIMPUSH_CALLBACK_TOKEN, else the profile\'s callback_token_file]' -r
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from listen" -l out -d 'Append the events to FILE (private to this user) instead of standard output' -r
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from listen" -l forward-to -d 'Pass each request that passed the checks on, unchanged, to the app\'s own handler' -r
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from listen" -l count -d 'Stop after N events' -r
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from listen" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from listen" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from listen" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from listen" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from listen" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from listen" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from listen" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from listen" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from listen" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from send" -l file -d 'A request body to send instead of the example ({"Events": [...]}, as the service sends)' -r
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from send" -l task-id -d 'Set every event\'s TaskId' -r
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from send" -l stage -d 'Set every event\'s PushStage: sent, reached, clicked (or 1, 2, 3)' -r
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from send" -l vendor -d 'Set every event\'s channel: APNs, FCM, Huawei, Honor, Xiaomi, OPPO, vivo, Meizu, online (or a PushPlatform number)' -r
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from send" -l to -d 'Set every event\'s To_Account' -r
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from send" -l token-file -d 'File holding the callback token [default: variable TIMPUSH_CALLBACK_TOKEN, else the profile\'s callback_token_file]' -r
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from send" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from send" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from send" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from send" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from send" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from send" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from send" -l unsigned -d 'Send without Sign and RequestTime, as an app with authentication off receives them'
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from send" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from verify" -l token-file -d 'File holding the callback token [default: variable TIMPUSH_CALLBACK_TOKEN, else the profile\'s callback_token_file]' -r
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from verify" -l at -d 'Check RequestTime against this time (RFC 3339 or unix seconds) instead of now' -r
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from verify" -s p -l profile -d 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]' -r -f -a "(timpush config list --names 2>/dev/null)"
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from verify" -s c -l config -d 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]' -r
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from verify" -l sdkappid -d 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]' -r
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from verify" -l identifier -d 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from help" -f -a "listen" -d 'Receive push callbacks: check each request, print one JSON line per event, a summary per TaskId at the end'
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from help" -f -a "send" -d 'Send a documented example callback to a handler and check its answer against the contract'
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check a callback URL\'s Sign and RequestTime with the token, and its SdkAppid'
complete -c timpush -n "__fish_timpush_using_subcommand callback; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timpush -n "__fish_timpush_using_subcommand man" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand man" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand man" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand man" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand man" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand emulator" -l listen -d 'Address to listen on, loopback only; port 0 picks a free one' -r
complete -c timpush -n "__fish_timpush_using_subcommand emulator" -l app -d 'An SDKAppID to serve (repeatable) [default: 1400000000]' -r
complete -c timpush -n "__fish_timpush_using_subcommand emulator" -l admin -d 'An App admin identifier (repeatable) [default: administrator]' -r
complete -c timpush -n "__fish_timpush_using_subcommand emulator" -l secret-key-file -d 'File holding the secret key UserSigs are checked with [default: variable TIMPUSH_EMULATOR_SECRET_KEY, else TIMPUSH_SECRET_KEY]' -r
complete -c timpush -n "__fish_timpush_using_subcommand emulator" -l ca-out -d 'Where --tls writes its CA certificate [default: a file in a new private folder]' -r
complete -c timpush -n "__fish_timpush_using_subcommand emulator" -l delay -d 'Hold every API answer this many milliseconds, to stand for a far region\'s round trip' -r
complete -c timpush -n "__fish_timpush_using_subcommand emulator" -l fault -d 'Scripted answer for the next API call, in order (repeatable): an ErrorCode such as 91000 or 90051, html502, stall:SECONDS, drop_after_apply, drop' -r
complete -c timpush -n "__fish_timpush_using_subcommand emulator" -l callback-url -d 'Send Push.AllMemberPush callbacks of every push and batch push to URL' -r
complete -c timpush -n "__fish_timpush_using_subcommand emulator" -l callback-token-file -d 'File holding the token callbacks are signed with (Sign, RequestTime) [default: unsigned]' -r
complete -c timpush -n "__fish_timpush_using_subcommand emulator" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand emulator" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand emulator" -l tls -d 'Serve HTTPS with a certificate made at start-up'
complete -c timpush -n "__fish_timpush_using_subcommand emulator" -l no-rate-limit -d 'Do not enforce the one-call-per-second limits (for benchmarks)'
complete -c timpush -n "__fish_timpush_using_subcommand emulator" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand emulator" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand emulator" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand demo" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand demo" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand demo" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand demo" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand demo" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand completions" -s o -l output -d 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]' -r -f -a "text\t''
json\t''"
complete -c timpush -n "__fish_timpush_using_subcommand completions" -l color -d 'When to use colour on stderr' -r -f -a "auto\t''
always\t''
never\t''"
complete -c timpush -n "__fish_timpush_using_subcommand completions" -s v -l verbose -d 'Say more on stderr: credential source, the redacted request, each answer'
complete -c timpush -n "__fish_timpush_using_subcommand completions" -s q -l quiet -d 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
complete -c timpush -n "__fish_timpush_using_subcommand completions" -s h -l help -d 'Print help'
complete -c timpush -n "__fish_timpush_using_subcommand help; and not __fish_seen_subcommand_from revoke stop push batch api sched stats log tag attr report trace usersig config doctor callback man emulator demo completions help" -f -a "revoke" -d 'Recall push tasks (POST v4/timpush/revoke)'
complete -c timpush -n "__fish_timpush_using_subcommand help; and not __fish_seen_subcommand_from revoke stop push batch api sched stats log tag attr report trace usersig config doctor callback man emulator demo completions help" -f -a "stop" -d 'Make pushes stop, whatever their state: cancel a scheduled one, recall one that went out'
complete -c timpush -n "__fish_timpush_using_subcommand help; and not __fish_seen_subcommand_from revoke stop push batch api sched stats log tag attr report trace usersig config doctor callback man emulator demo completions help" -f -a "push" -d 'Push a notification to all users, or to users matching tags or attributes (v4/timpush/push)'
complete -c timpush -n "__fish_timpush_using_subcommand help; and not __fish_seen_subcommand_from revoke stop push batch api sched stats log tag attr report trace usersig config doctor callback man emulator demo completions help" -f -a "batch" -d 'Push a notification to listed UserIDs (v4/timpush/batch), 500 per call'
complete -c timpush -n "__fish_timpush_using_subcommand help; and not __fish_seen_subcommand_from revoke stop push batch api sched stats log tag attr report trace usersig config doctor callback man emulator demo completions help" -f -a "api" -d 'Call any REST command with the profile\'s credential and print the answer (like gh api)'
complete -c timpush -n "__fish_timpush_using_subcommand help; and not __fish_seen_subcommand_from revoke stop push batch api sched stats log tag attr report trace usersig config doctor callback man emulator demo completions help" -f -a "sched" -d 'Scheduled pushes: add, list, show, edit, and cancel one before it goes out'
complete -c timpush -n "__fish_timpush_using_subcommand help; and not __fish_seen_subcommand_from revoke stop push batch api sched stats log tag attr report trace usersig config doctor callback man emulator demo completions help" -f -a "stats" -d 'How far pushes got: sent, delivered, clicked, per channel; --loss: why devices were missed'
complete -c timpush -n "__fish_timpush_using_subcommand help; and not __fish_seen_subcommand_from revoke stop push batch api sched stats log tag attr report trace usersig config doctor callback man emulator demo completions help" -f -a "log" -d 'What this machine sent: the journal of pushes, recalls and scheduled tasks'
complete -c timpush -n "__fish_timpush_using_subcommand help; and not __fish_seen_subcommand_from revoke stop push batch api sched stats log tag attr report trace usersig config doctor callback man emulator demo completions help" -f -a "tag" -d 'The audience\'s tags: add, remove, show, clear; for a few accounts or a file of millions'
complete -c timpush -n "__fish_timpush_using_subcommand help; and not __fish_seen_subcommand_from revoke stop push batch api sched stats log tag attr report trace usersig config doctor callback man emulator demo completions help" -f -a "attr" -d 'The audience\'s attributes: set, show, remove, and the app\'s attribute names'
complete -c timpush -n "__fish_timpush_using_subcommand help; and not __fish_seen_subcommand_from revoke stop push batch api sched stats log tag attr report trace usersig config doctor callback man emulator demo completions help" -f -a "report" -d 'What was sent and how far it got: one row per push of the journal, with its figures'
complete -c timpush -n "__fish_timpush_using_subcommand help; and not __fish_seen_subcommand_from revoke stop push batch api sched stats log tag attr report trace usersig config doctor callback man emulator demo completions help" -f -a "trace" -d 'One user\'s delivery trace of a push, device by device'
complete -c timpush -n "__fish_timpush_using_subcommand help; and not __fish_seen_subcommand_from revoke stop push batch api sched stats log tag attr report trace usersig config doctor callback man emulator demo completions help" -f -a "usersig" -d 'Make, read and check UserSigs'
complete -c timpush -n "__fish_timpush_using_subcommand help; and not __fish_seen_subcommand_from revoke stop push batch api sched stats log tag attr report trace usersig config doctor callback man emulator demo completions help" -f -a "config" -d 'See, check and write the configuration'
complete -c timpush -n "__fish_timpush_using_subcommand help; and not __fish_seen_subcommand_from revoke stop push batch api sched stats log tag attr report trace usersig config doctor callback man emulator demo completions help" -f -a "doctor" -d 'Check the configuration, the credential, the network, the clock and the service, one line each'
complete -c timpush -n "__fish_timpush_using_subcommand help; and not __fish_seen_subcommand_from revoke stop push batch api sched stats log tag attr report trace usersig config doctor callback man emulator demo completions help" -f -a "callback" -d 'Push callbacks: receive and check them, send one to a handler, verify a signed URL'
complete -c timpush -n "__fish_timpush_using_subcommand help; and not __fish_seen_subcommand_from revoke stop push batch api sched stats log tag attr report trace usersig config doctor callback man emulator demo completions help" -f -a "man" -d 'Print the manual page (roff)'
complete -c timpush -n "__fish_timpush_using_subcommand help; and not __fish_seen_subcommand_from revoke stop push batch api sched stats log tag attr report trace usersig config doctor callback man emulator demo completions help" -f -a "emulator" -d 'Serve the push service on a loopback address, to try timpush and test scripts without an account'
complete -c timpush -n "__fish_timpush_using_subcommand help; and not __fish_seen_subcommand_from revoke stop push batch api sched stats log tag attr report trace usersig config doctor callback man emulator demo completions help" -f -a "demo" -d 'A tour on a built-in emulator, no account: push, a second push refused, recall, recall again, a task past the window, schedule two, stop one before it goes out (cancel) and the other after (recall, reach), how far it got, the journal'
complete -c timpush -n "__fish_timpush_using_subcommand help; and not __fish_seen_subcommand_from revoke stop push batch api sched stats log tag attr report trace usersig config doctor callback man emulator demo completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c timpush -n "__fish_timpush_using_subcommand help; and not __fish_seen_subcommand_from revoke stop push batch api sched stats log tag attr report trace usersig config doctor callback man emulator demo completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from sched" -f -a "add" -d 'Schedule a push (v4/timpush/add_sched_task); prints the new task\'s ID'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from sched" -f -a "list" -d 'List scheduled pushes, every page'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from sched" -f -a "show" -d 'Show scheduled tasks in full'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from sched" -f -a "edit" -d 'Change a pending scheduled push: its time, title, text or Ext'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from sched" -f -a "cancel" -d 'Cancel pending scheduled pushes before they go out'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "add" -d 'Add tags to accounts (v4/timpush/add_tag); --replace sets them instead'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "rm" -d 'Remove tags from accounts (v4/timpush/remove_tag)'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "get" -d 'Show accounts\' tags (v4/timpush/get_tag)'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "clear" -d 'Remove all tags of accounts (v4/timpush/clear_all_tags)'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from attr" -f -a "set" -d 'Set attributes of accounts (v4/timpush/set_attr)'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from attr" -f -a "get" -d 'Show accounts\' attributes (v4/timpush/get_attr)'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from attr" -f -a "rm" -d 'Remove attributes of accounts (v4/timpush/remove_attr)'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from attr" -f -a "names" -d 'Show the app\'s attribute names, or set them with --set (v4/timpush/get_attr_name, set_attr_name)'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from usersig" -f -a "gen" -d 'Make a UserSig for the profile and print it (the one command that prints a credential)'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from usersig" -f -a "decode" -d 'Show what a UserSig holds: identifier, SDKAppID, when made, when it expires (no key needed)'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from usersig" -f -a "verify" -d 'Check a UserSig with the profile\'s secret key, SDKAppID and identifier'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'The config file in use and how it was chosen'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'The profiles in the config file, the default marked'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Every effective setting of the profile with its source (secrets masked)'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "check" -d 'Check the config file and the profile; every problem listed (exit 0 or 3)'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Write a profile (asks on a terminal; takes flags otherwise)'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set one key of the profile (or default_profile), checked as every run reads it; the rest of the file is kept'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove one key of the profile (or default_profile); the rest of the file is kept'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from callback" -f -a "listen" -d 'Receive push callbacks: check each request, print one JSON line per event, a summary per TaskId at the end'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from callback" -f -a "send" -d 'Send a documented example callback to a handler and check its answer against the contract'
complete -c timpush -n "__fish_timpush_using_subcommand help; and __fish_seen_subcommand_from callback" -f -a "verify" -d 'Check a callback URL\'s Sign and RequestTime with the token, and its SdkAppid'
