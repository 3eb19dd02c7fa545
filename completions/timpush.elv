
use builtin;
use str;

set edit:completion:arg-completer[timpush] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'timpush'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'timpush'= {
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand revoke 'Recall push tasks (POST v4/timpush/revoke)'
            cand recall 'Recall push tasks (POST v4/timpush/revoke)'
            cand stop 'Make pushes stop, whatever their state: cancel a scheduled one, recall one that went out'
            cand push 'Push a notification to all users, or to users matching tags or attributes (v4/timpush/push)'
            cand batch 'Push a notification to listed UserIDs (v4/timpush/batch), 500 per call'
            cand api 'Call any REST command with the profile''s credential and print the answer (like gh api)'
            cand sched 'Scheduled pushes: add, list, show, edit, and cancel one before it goes out'
            cand stats 'How far pushes got: sent, delivered, clicked, per channel; --loss: why devices were missed'
            cand log 'What this machine sent: the journal of pushes, recalls and scheduled tasks'
            cand tag 'The audience''s tags: add, remove, show, clear; for a few accounts or a file of millions'
            cand attr 'The audience''s attributes: set, show, remove, and the app''s attribute names'
            cand report 'What was sent and how far it got: one row per push of the journal, with its figures'
            cand trace 'One user''s delivery trace of a push, device by device'
            cand usersig 'Make, read and check UserSigs'
            cand config 'See, check and write the configuration'
            cand doctor 'Check the configuration, the credential, the network, the clock and the service, one line each'
            cand callback 'Push callbacks: receive and check them, send one to a handler, verify a signed URL'
            cand man 'Print the manual page (roff)'
            cand emulator 'Serve the push service on a loopback address, to try timpush and test scripts without an account'
            cand demo 'A tour on a built-in emulator, no account: push, a second push refused, recall, recall again, a task past the window, schedule two, stop one before it goes out (cancel) and the other after (recall, reach), how far it got, the journal'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timpush;revoke'= {
            cand --task-id 'TaskId returned by push or batch (repeatable; or give TaskIds as arguments)'
            cand --from-file 'Read TaskIds from FILE (or - for stdin), one a line; blank lines and # comments skipped'
            cand --title 'Title of the notification that replaces the shown one'
            cand --desc 'Text of the notification that replaces the shown one'
            cand --ext 'Ext of the replacement notification: JSON text, sent as a string'
            cand --sched 'Recall the push a scheduled task became (its PushTaskID), by the scheduled TaskID (repeatable)'
            cand --last 'Recall the last N pushes (default 1) this app''s journal holds from the last 24 hours'
            cand --since 'Recall every push of this app the journal holds since a TIME or for a DURATION (10m)'
            cand --events 'With --report: a log of the pushes'' callbacks, whose figures go beside the statistics'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand --dry-run 'Print the request that would be sent (credential redacted) and send nothing'
            cand --strict 'Treat "already recalled" (90050) as a failure (exit 5)'
            cand --fail-fast 'Stop at the first task that fails'
            cand -y 'Confirm recalling several pushes picked from the journal without asking'
            cand --yes 'Confirm recalling several pushes picked from the journal without asking'
            cand --report 'After the recall, read each push''s statistics: who it reached, and who may still see it'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;recall'= {
            cand --task-id 'TaskId returned by push or batch (repeatable; or give TaskIds as arguments)'
            cand --from-file 'Read TaskIds from FILE (or - for stdin), one a line; blank lines and # comments skipped'
            cand --title 'Title of the notification that replaces the shown one'
            cand --desc 'Text of the notification that replaces the shown one'
            cand --ext 'Ext of the replacement notification: JSON text, sent as a string'
            cand --sched 'Recall the push a scheduled task became (its PushTaskID), by the scheduled TaskID (repeatable)'
            cand --last 'Recall the last N pushes (default 1) this app''s journal holds from the last 24 hours'
            cand --since 'Recall every push of this app the journal holds since a TIME or for a DURATION (10m)'
            cand --events 'With --report: a log of the pushes'' callbacks, whose figures go beside the statistics'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand --dry-run 'Print the request that would be sent (credential redacted) and send nothing'
            cand --strict 'Treat "already recalled" (90050) as a failure (exit 5)'
            cand --fail-fast 'Stop at the first task that fails'
            cand -y 'Confirm recalling several pushes picked from the journal without asking'
            cand --yes 'Confirm recalling several pushes picked from the journal without asking'
            cand --report 'After the recall, read each push''s statistics: who it reached, and who may still see it'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;stop'= {
            cand --last 'Stop the last N pushes and scheduled pushes (default 1) this app''s journal holds from the last 24 hours'
            cand --since 'Stop every push and scheduled push of this app the journal holds since a TIME or for a DURATION (10m)'
            cand --title 'Title of the notification that replaces a recalled one'
            cand --desc 'Text of the notification that replaces a recalled one'
            cand --ext 'Ext of the replacement notification: JSON text, sent as a string'
            cand --events 'A log of the pushes'' callbacks, whose figures go beside the reach report''s'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -y 'Confirm stopping several picked from the journal without asking'
            cand --yes 'Confirm stopping several picked from the journal without asking'
            cand --dry-run 'Say what would be done to each ID; send nothing'
            cand --no-report 'Skip the reach report (who the push reached, and who may still see it)'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;push'= {
            cand --title 'Title of the notification'
            cand --desc 'Text of the notification'
            cand --ext 'Ext of the notification: JSON text, sent as a string'
            cand --from 'Sender account [default: the profile''s identifier]'
            cand --offline-push-info 'A whole OfflinePushInfo object (vendor fields) as JSON from FILE or - ; the flags above win'
            cand --data-id 'DataId, at most 64 bytes'
            cand --tag 'Users with all of these tags (repeatable; TagsAnd)'
            cand --any-tag 'Users with any of these tags (repeatable; TagsOr)'
            cand --not-tag 'Users without these tags (repeatable; TagsNot)'
            cand --attr 'Users whose attribute K is V (repeatable; AttrsAnd)'
            cand --any-attr 'Users whose attribute K is V, any of them (repeatable; AttrsOr)'
            cand --idempotency-key 'Name this call: a second call with the same key is refused while the journal holds it'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand --store 'Also store roaming and unread messages (OnlineOnlyFlag 0); a recall then needs --title/--desc'
            cand --online-only 'Online push only, nothing stored (OnlineOnlyFlag 1)'
            cand --all 'To all users, said outright (the same as giving no --tag or --attr)'
            cand -y 'Push to all users without asking'
            cand --yes 'Push to all users without asking'
            cand --dry-run 'Print the request that would be sent (credential redacted) and today''s push count; send nothing'
            cand --force 'Send even when the journal holds an identical call (within duplicate_window) or the same key'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;batch'= {
            cand --title 'Title of the notification'
            cand --desc 'Text of the notification'
            cand --ext 'Ext of the notification: JSON text, sent as a string'
            cand --from 'Sender account [default: the profile''s identifier]'
            cand --offline-push-info 'A whole OfflinePushInfo object (vendor fields) as JSON from FILE or - ; the flags above win'
            cand --data-id 'DataId, at most 64 bytes'
            cand --to 'A UserID to push to (repeatable)'
            cand --to-file 'UserIDs from FILE (or - for stdin), one a line; blank lines and # comments skipped'
            cand --idempotency-key 'Name this call: a second call with the same key is refused while the journal holds it'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand --store 'Also store roaming and unread messages (OnlineOnlyFlag 0); a recall then needs --title/--desc'
            cand --online-only 'Online push only, nothing stored (OnlineOnlyFlag 1)'
            cand --force 'Send even when the journal holds an identical call (within duplicate_window) or the same key'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;api'= {
            cand -d 'The JSON body: text, @FILE, or - for standard input [default: {}]'
            cand --data 'The JSON body: text, @FILE, or - for standard input [default: {}]'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand --retry 'Also repeat the call when its answer was lost (only for commands safe to repeat)'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;sched'= {
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Schedule a push (v4/timpush/add_sched_task); prints the new task''s ID'
            cand list 'List scheduled pushes, every page'
            cand show 'Show scheduled tasks in full'
            cand edit 'Change a pending scheduled push: its time, title, text or Ext'
            cand cancel 'Cancel pending scheduled pushes before they go out'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timpush;sched;add'= {
            cand --at 'When to send it: tomorrow 09:00, 09:00 (the next), 2030-12-01 09:00 (read in the local zone: the tz setting, else TZ), a time from now (+2h, 90m), RFC 3339 with a zone, or unix seconds'
            cand --tag 'Users with all of these tags (repeatable; TagsAnd)'
            cand --any-tag 'Users with any of these tags (repeatable; TagsOr)'
            cand --to 'A UserID to push to (repeatable)'
            cand --to-file 'UserIDs from FILE (or - for stdin), one a line; blank lines and # comments skipped'
            cand --title 'Title of the notification'
            cand --desc 'Text of the notification'
            cand --ext 'Ext of the notification: JSON text, sent as a string'
            cand --from 'Sender account [default: the profile''s identifier]'
            cand --offline-push-info 'A whole OfflinePushInfo object (vendor fields) as JSON from FILE or - ; the flags above win'
            cand --idempotency-key 'Name this call: a second call with the same key is refused while the journal holds it'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand --all 'To all users (needs --yes, or a yes on a terminal)'
            cand -y 'Confirm a push to all users without asking'
            cand --yes 'Confirm a push to all users without asking'
            cand --dry-run 'Print the request, whom it goes to and whether it would be refused; send nothing'
            cand --force 'Send even when the journal holds an identical call (within duplicate_window) or the same key'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;sched;list'= {
            cand --since 'Start of the window: a TIME, or a DURATION ago such as 7d [default: 7 days ago]'
            cand --until 'End of the window: a TIME, or a DURATION from now such as 30d [default: 30 days from now]'
            cand --keyword 'Only tasks whose title or text holds this'
            cand --order 'Order by creation or by scheduled time'
            cand --limit 'At most this many tasks'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand --asc 'Earliest first (the default by scheduled time: the next to go out on top)'
            cand --desc 'Latest first (the default by creation time: the newest on top)'
            cand --wide 'Every column whole on a terminal, however wide'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;sched;show'= {
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;sched;edit'= {
            cand --at 'A new time: tomorrow 09:00, 09:00, 2030-12-01 09:00 (in the local zone), a time from now (+2h), RFC 3339 with a zone, or unix seconds'
            cand --title 'A new title'
            cand --desc 'A new text'
            cand --ext 'A new Ext: JSON text'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;sched;cancel'= {
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;sched;help'= {
            cand add 'Schedule a push (v4/timpush/add_sched_task); prints the new task''s ID'
            cand list 'List scheduled pushes, every page'
            cand show 'Show scheduled tasks in full'
            cand edit 'Change a pending scheduled push: its time, title, text or Ext'
            cand cancel 'Cancel pending scheduled pushes before they go out'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timpush;sched;help;add'= {
        }
        &'timpush;sched;help;list'= {
        }
        &'timpush;sched;help;show'= {
        }
        &'timpush;sched;help;edit'= {
        }
        &'timpush;sched;help;cancel'= {
        }
        &'timpush;sched;help;help'= {
        }
        &'timpush;stats'= {
            cand --since 'Start of the window: a TIME, or a DURATION ago such as 24h [default: 7 days ago]'
            cand --until 'End of the window: a TIME, or a DURATION ago such as 2h [default: now]'
            cand --events 'A log of the push''s callbacks (as `timpush callback listen` writes it): its figures per channel beside the statistics'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand --loss 'Why devices were missed, instead of the counts (window of at most 7 days)'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;log'= {
            cand --since 'Only entries since a TIME, or for a DURATION back such as 24h'
            cand --command 'Only entries of this command (push, batch, revoke, stop, sched add, ...)'
            cand --limit 'At most the last N entries'
            cand --task 'The story of one push: the entries that name this TaskId (or scheduled TaskID, and the push it became), and what became of it'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand --wide 'Every column whole on a terminal, however wide'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;tag'= {
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add tags to accounts (v4/timpush/add_tag); --replace sets them instead'
            cand rm 'Remove tags from accounts (v4/timpush/remove_tag)'
            cand get 'Show accounts'' tags (v4/timpush/get_tag)'
            cand clear 'Remove all tags of accounts (v4/timpush/clear_all_tags)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timpush;tag;add'= {
            cand --to-file 'Accounts from FILE (or - for stdin), one a line; blank lines and # comments skipped'
            cand --from-file 'Rows from FILE (or -): CSV with a header (account,...) or JSON Lines; see the help'
            cand --tag 'A tag to add to every account given (repeatable; at most 50 bytes)'
            cand --connections 'Calls out at once, each on its own connection (1 to 16)'
            cand --resume-file 'Where the rows not done go, to resume from (default: beside the input, FILE.resume)'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand --replace 'Replace all of each account''s tags with these (up to 100 a user, instead of 10 added)'
            cand --dry-run 'Print the first calls and the totals; send nothing'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;tag;rm'= {
            cand --to-file 'Accounts from FILE (or - for stdin), one a line; blank lines and # comments skipped'
            cand --from-file 'Rows from FILE (or -): CSV with a header (account,...) or JSON Lines; see the help'
            cand --tag 'A tag to remove from every account given (repeatable)'
            cand --connections 'Calls out at once, each on its own connection (1 to 16)'
            cand --resume-file 'Where the rows not done go, to resume from (default: beside the input, FILE.resume)'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand --dry-run 'Print the first calls and the totals; send nothing'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;tag;get'= {
            cand --to-file 'Accounts from FILE (or - for stdin), one a line'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;tag;clear'= {
            cand --to-file 'Accounts from FILE (or - for stdin), one a line; blank lines and # comments skipped'
            cand --from-file 'Rows from FILE (or -): CSV with a header (account,...) or JSON Lines; see the help'
            cand --connections 'Calls out at once, each on its own connection (1 to 16)'
            cand --resume-file 'Where the rows not done go, to resume from (default: beside the input, FILE.resume)'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand --dry-run 'Print the first calls and the totals; send nothing'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;tag;help'= {
            cand add 'Add tags to accounts (v4/timpush/add_tag); --replace sets them instead'
            cand rm 'Remove tags from accounts (v4/timpush/remove_tag)'
            cand get 'Show accounts'' tags (v4/timpush/get_tag)'
            cand clear 'Remove all tags of accounts (v4/timpush/clear_all_tags)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timpush;tag;help;add'= {
        }
        &'timpush;tag;help;rm'= {
        }
        &'timpush;tag;help;get'= {
        }
        &'timpush;tag;help;clear'= {
        }
        &'timpush;tag;help;help'= {
        }
        &'timpush;attr'= {
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Set attributes of accounts (v4/timpush/set_attr)'
            cand get 'Show accounts'' attributes (v4/timpush/get_attr)'
            cand rm 'Remove attributes of accounts (v4/timpush/remove_attr)'
            cand names 'Show the app''s attribute names, or set them with --set (v4/timpush/get_attr_name, set_attr_name)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timpush;attr;set'= {
            cand --to-file 'Accounts from FILE (or - for stdin), one a line; blank lines and # comments skipped'
            cand --from-file 'Rows from FILE (or -): CSV with a header (account,...) or JSON Lines; see the help'
            cand --attr 'NAME=VALUE to set on every account given (repeatable; the value at most 50 bytes)'
            cand --connections 'Calls out at once, each on its own connection (1 to 16)'
            cand --resume-file 'Where the rows not done go, to resume from (default: beside the input, FILE.resume)'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand --dry-run 'Print the first calls and the totals; send nothing'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;attr;get'= {
            cand --to-file 'Accounts from FILE (or - for stdin), one a line'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;attr;rm'= {
            cand --to-file 'Accounts from FILE (or - for stdin), one a line; blank lines and # comments skipped'
            cand --from-file 'Rows from FILE (or -): CSV with a header (account,...) or JSON Lines; see the help'
            cand --attr 'An attribute NAME to remove from every account given (repeatable)'
            cand --connections 'Calls out at once, each on its own connection (1 to 16)'
            cand --resume-file 'Where the rows not done go, to resume from (default: beside the input, FILE.resume)'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand --dry-run 'Print the first calls and the totals; send nothing'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;attr;names'= {
            cand --set 'Name the attributes: INDEX=NAME pairs, comma-separated (0=plan,1=city); indexes 0 to 9'
            cand --types 'With --set: the account kind of each attribute, INDEX=user or INDEX=registration (fixed once set)'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand --dry-run 'With --set: print the call; send nothing'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;attr;help'= {
            cand set 'Set attributes of accounts (v4/timpush/set_attr)'
            cand get 'Show accounts'' attributes (v4/timpush/get_attr)'
            cand rm 'Remove attributes of accounts (v4/timpush/remove_attr)'
            cand names 'Show the app''s attribute names, or set them with --set (v4/timpush/get_attr_name, set_attr_name)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timpush;attr;help;set'= {
        }
        &'timpush;attr;help;get'= {
        }
        &'timpush;attr;help;rm'= {
        }
        &'timpush;attr;help;names'= {
        }
        &'timpush;attr;help;help'= {
        }
        &'timpush;report'= {
            cand --since 'The pushes since a TIME (today, yesterday, 09:00, 2026-12-08, RFC 3339) or for a DURATION back (24h)'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand --wide 'Every column whole on a terminal, however wide'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;trace'= {
            cand --user 'The user (UserID)'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;usersig'= {
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand gen 'Make a UserSig for the profile and print it (the one command that prints a credential)'
            cand decode 'Show what a UserSig holds: identifier, SDKAppID, when made, when it expires (no key needed)'
            cand verify 'Check a UserSig with the profile''s secret key, SDKAppID and identifier'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timpush;usersig;gen'= {
            cand --ttl 'Lifetime in seconds [default: the profile''s usersig_ttl, else 600]'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;usersig;decode'= {
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;usersig;verify'= {
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;usersig;help'= {
            cand gen 'Make a UserSig for the profile and print it (the one command that prints a credential)'
            cand decode 'Show what a UserSig holds: identifier, SDKAppID, when made, when it expires (no key needed)'
            cand verify 'Check a UserSig with the profile''s secret key, SDKAppID and identifier'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timpush;usersig;help;gen'= {
        }
        &'timpush;usersig;help;decode'= {
        }
        &'timpush;usersig;help;verify'= {
        }
        &'timpush;usersig;help;help'= {
        }
        &'timpush;config'= {
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand path 'The config file in use and how it was chosen'
            cand list 'The profiles in the config file, the default marked'
            cand show 'Every effective setting of the profile with its source (secrets masked)'
            cand check 'Check the config file and the profile; every problem listed (exit 0 or 3)'
            cand init 'Write a profile (asks on a terminal; takes flags otherwise)'
            cand set 'Set one key of the profile (or default_profile), checked as every run reads it; the rest of the file is kept'
            cand unset 'Remove one key of the profile (or default_profile); the rest of the file is kept'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timpush;config;path'= {
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;config;list'= {
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand --names 'The names alone, one a line (for shell completion)'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;config;show'= {
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;config;check'= {
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;config;init'= {
            cand --secret-key-file 'The profile''s secret key is in this file'
            cand --secret-key-command 'The profile''s secret key is printed by this program and its arguments (no shell), given as one argument split on spaces, or repeated once per word'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand --secret-key-stdin 'Read the secret key from standard input and store it in a key file (mode 600)'
            cand --secret-from-env 'The secret key will come from the variable TIMPUSH_SECRET_KEY at run time'
            cand --force 'Replace the profile if it exists (other profiles are kept as they are)'
            cand --set-default 'Make it the default profile'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;config;set'= {
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;config;unset'= {
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;config;help'= {
            cand path 'The config file in use and how it was chosen'
            cand list 'The profiles in the config file, the default marked'
            cand show 'Every effective setting of the profile with its source (secrets masked)'
            cand check 'Check the config file and the profile; every problem listed (exit 0 or 3)'
            cand init 'Write a profile (asks on a terminal; takes flags otherwise)'
            cand set 'Set one key of the profile (or default_profile), checked as every run reads it; the rest of the file is kept'
            cand unset 'Remove one key of the profile (or default_profile); the rest of the file is kept'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timpush;config;help;path'= {
        }
        &'timpush;config;help;list'= {
        }
        &'timpush;config;help;show'= {
        }
        &'timpush;config;help;check'= {
        }
        &'timpush;config;help;init'= {
        }
        &'timpush;config;help;set'= {
        }
        &'timpush;config;help;unset'= {
        }
        &'timpush;config;help;help'= {
        }
        &'timpush;doctor'= {
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand --region 'Region of the app [env: TIMPUSH_REGION] [profile key: region]'
            cand --endpoint 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]'
            cand --ca-bundle 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]'
            cand --timeout 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]'
            cand --max-attempts 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]'
            cand --journal 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;callback'= {
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand listen 'Receive push callbacks: check each request, print one JSON line per event, a summary per TaskId at the end'
            cand send 'Send a documented example callback to a handler and check its answer against the contract'
            cand verify 'Check a callback URL''s Sign and RequestTime with the token, and its SdkAppid'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timpush;callback;listen'= {
            cand --listen 'Address to listen on (behind the app''s own gateway for anything but loopback)'
            cand --token-file 'File holding the callback token [default: variable TIMPUSH_CALLBACK_TOKEN, else the profile''s callback_token_file]'
            cand --out 'Append the events to FILE (private to this user) instead of standard output'
            cand --forward-to 'Pass each request that passed the checks on, unchanged, to the app''s own handler'
            cand --count 'Stop after N events'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;callback;send'= {
            cand --file 'A request body to send instead of the example ({"Events": [...]}, as the service sends)'
            cand --task-id 'Set every event''s TaskId'
            cand --stage 'Set every event''s PushStage: sent, reached, clicked (or 1, 2, 3)'
            cand --vendor 'Set every event''s channel: APNs, FCM, Huawei, Honor, Xiaomi, OPPO, vivo, Meizu, online (or a PushPlatform number)'
            cand --to 'Set every event''s To_Account'
            cand --token-file 'File holding the callback token [default: variable TIMPUSH_CALLBACK_TOKEN, else the profile''s callback_token_file]'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand --unsigned 'Send without Sign and RequestTime, as an app with authentication off receives them'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;callback;verify'= {
            cand --token-file 'File holding the callback token [default: variable TIMPUSH_CALLBACK_TOKEN, else the profile''s callback_token_file]'
            cand --at 'Check RequestTime against this time (RFC 3339 or unix seconds) instead of now'
            cand -p 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand --profile 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]'
            cand -c 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --config 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]'
            cand --sdkappid 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]'
            cand --identifier 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;callback;help'= {
            cand listen 'Receive push callbacks: check each request, print one JSON line per event, a summary per TaskId at the end'
            cand send 'Send a documented example callback to a handler and check its answer against the contract'
            cand verify 'Check a callback URL''s Sign and RequestTime with the token, and its SdkAppid'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timpush;callback;help;listen'= {
        }
        &'timpush;callback;help;send'= {
        }
        &'timpush;callback;help;verify'= {
        }
        &'timpush;callback;help;help'= {
        }
        &'timpush;man'= {
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;emulator'= {
            cand --listen 'Address to listen on, loopback only; port 0 picks a free one'
            cand --app 'An SDKAppID to serve (repeatable) [default: 1400000000]'
            cand --admin 'An App admin identifier (repeatable) [default: administrator]'
            cand --secret-key-file 'File holding the secret key UserSigs are checked with [default: variable TIMPUSH_EMULATOR_SECRET_KEY, else TIMPUSH_SECRET_KEY]'
            cand --ca-out 'Where --tls writes its CA certificate [default: a file in a new private folder]'
            cand --delay 'Hold every API answer this many milliseconds, to stand for a far region''s round trip'
            cand --fault 'Scripted answer for the next API call, in order (repeatable): an ErrorCode such as 91000 or 90051, html502, stall:SECONDS, drop_after_apply, drop'
            cand --callback-url 'Send Push.AllMemberPush callbacks of every push and batch push to URL'
            cand --callback-token-file 'File holding the token callbacks are signed with (Sign, RequestTime) [default: unsigned]'
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand --tls 'Serve HTTPS with a certificate made at start-up'
            cand --no-rate-limit 'Do not enforce the one-call-per-second limits (for benchmarks)'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;demo'= {
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;completions'= {
            cand -o 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --output 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]'
            cand --color 'When to use colour on stderr'
            cand -v 'Say more on stderr: credential source, the redacted request, each answer'
            cand --verbose 'Say more on stderr: credential source, the redacted request, each answer'
            cand -q 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand --quiet 'Say less on stderr: no notes, warnings or progress, only errors (for cron)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'timpush;help'= {
            cand revoke 'Recall push tasks (POST v4/timpush/revoke)'
            cand stop 'Make pushes stop, whatever their state: cancel a scheduled one, recall one that went out'
            cand push 'Push a notification to all users, or to users matching tags or attributes (v4/timpush/push)'
            cand batch 'Push a notification to listed UserIDs (v4/timpush/batch), 500 per call'
            cand api 'Call any REST command with the profile''s credential and print the answer (like gh api)'
            cand sched 'Scheduled pushes: add, list, show, edit, and cancel one before it goes out'
            cand stats 'How far pushes got: sent, delivered, clicked, per channel; --loss: why devices were missed'
            cand log 'What this machine sent: the journal of pushes, recalls and scheduled tasks'
            cand tag 'The audience''s tags: add, remove, show, clear; for a few accounts or a file of millions'
            cand attr 'The audience''s attributes: set, show, remove, and the app''s attribute names'
            cand report 'What was sent and how far it got: one row per push of the journal, with its figures'
            cand trace 'One user''s delivery trace of a push, device by device'
            cand usersig 'Make, read and check UserSigs'
            cand config 'See, check and write the configuration'
            cand doctor 'Check the configuration, the credential, the network, the clock and the service, one line each'
            cand callback 'Push callbacks: receive and check them, send one to a handler, verify a signed URL'
            cand man 'Print the manual page (roff)'
            cand emulator 'Serve the push service on a loopback address, to try timpush and test scripts without an account'
            cand demo 'A tour on a built-in emulator, no account: push, a second push refused, recall, recall again, a task past the window, schedule two, stop one before it goes out (cancel) and the other after (recall, reach), how far it got, the journal'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'timpush;help;revoke'= {
        }
        &'timpush;help;stop'= {
        }
        &'timpush;help;push'= {
        }
        &'timpush;help;batch'= {
        }
        &'timpush;help;api'= {
        }
        &'timpush;help;sched'= {
            cand add 'Schedule a push (v4/timpush/add_sched_task); prints the new task''s ID'
            cand list 'List scheduled pushes, every page'
            cand show 'Show scheduled tasks in full'
            cand edit 'Change a pending scheduled push: its time, title, text or Ext'
            cand cancel 'Cancel pending scheduled pushes before they go out'
        }
        &'timpush;help;sched;add'= {
        }
        &'timpush;help;sched;list'= {
        }
        &'timpush;help;sched;show'= {
        }
        &'timpush;help;sched;edit'= {
        }
        &'timpush;help;sched;cancel'= {
        }
        &'timpush;help;stats'= {
        }
        &'timpush;help;log'= {
        }
        &'timpush;help;tag'= {
            cand add 'Add tags to accounts (v4/timpush/add_tag); --replace sets them instead'
            cand rm 'Remove tags from accounts (v4/timpush/remove_tag)'
            cand get 'Show accounts'' tags (v4/timpush/get_tag)'
            cand clear 'Remove all tags of accounts (v4/timpush/clear_all_tags)'
        }
        &'timpush;help;tag;add'= {
        }
        &'timpush;help;tag;rm'= {
        }
        &'timpush;help;tag;get'= {
        }
        &'timpush;help;tag;clear'= {
        }
        &'timpush;help;attr'= {
            cand set 'Set attributes of accounts (v4/timpush/set_attr)'
            cand get 'Show accounts'' attributes (v4/timpush/get_attr)'
            cand rm 'Remove attributes of accounts (v4/timpush/remove_attr)'
            cand names 'Show the app''s attribute names, or set them with --set (v4/timpush/get_attr_name, set_attr_name)'
        }
        &'timpush;help;attr;set'= {
        }
        &'timpush;help;attr;get'= {
        }
        &'timpush;help;attr;rm'= {
        }
        &'timpush;help;attr;names'= {
        }
        &'timpush;help;report'= {
        }
        &'timpush;help;trace'= {
        }
        &'timpush;help;usersig'= {
            cand gen 'Make a UserSig for the profile and print it (the one command that prints a credential)'
            cand decode 'Show what a UserSig holds: identifier, SDKAppID, when made, when it expires (no key needed)'
            cand verify 'Check a UserSig with the profile''s secret key, SDKAppID and identifier'
        }
        &'timpush;help;usersig;gen'= {
        }
        &'timpush;help;usersig;decode'= {
        }
        &'timpush;help;usersig;verify'= {
        }
        &'timpush;help;config'= {
            cand path 'The config file in use and how it was chosen'
            cand list 'The profiles in the config file, the default marked'
            cand show 'Every effective setting of the profile with its source (secrets masked)'
            cand check 'Check the config file and the profile; every problem listed (exit 0 or 3)'
            cand init 'Write a profile (asks on a terminal; takes flags otherwise)'
            cand set 'Set one key of the profile (or default_profile), checked as every run reads it; the rest of the file is kept'
            cand unset 'Remove one key of the profile (or default_profile); the rest of the file is kept'
        }
        &'timpush;help;config;path'= {
        }
        &'timpush;help;config;list'= {
        }
        &'timpush;help;config;show'= {
        }
        &'timpush;help;config;check'= {
        }
        &'timpush;help;config;init'= {
        }
        &'timpush;help;config;set'= {
        }
        &'timpush;help;config;unset'= {
        }
        &'timpush;help;doctor'= {
        }
        &'timpush;help;callback'= {
            cand listen 'Receive push callbacks: check each request, print one JSON line per event, a summary per TaskId at the end'
            cand send 'Send a documented example callback to a handler and check its answer against the contract'
            cand verify 'Check a callback URL''s Sign and RequestTime with the token, and its SdkAppid'
        }
        &'timpush;help;callback;listen'= {
        }
        &'timpush;help;callback;send'= {
        }
        &'timpush;help;callback;verify'= {
        }
        &'timpush;help;man'= {
        }
        &'timpush;help;emulator'= {
        }
        &'timpush;help;demo'= {
        }
        &'timpush;help;completions'= {
        }
        &'timpush;help;help'= {
        }
    ]
    $completions[$command]
}
