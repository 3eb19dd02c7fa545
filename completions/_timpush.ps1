
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'timpush' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'timpush'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'timpush' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Recall push tasks (POST v4/timpush/revoke)')
            [CompletionResult]::new('recall', 'recall', [CompletionResultType]::ParameterValue, 'Recall push tasks (POST v4/timpush/revoke)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Make pushes stop, whatever their state: cancel a scheduled one, recall one that went out')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push a notification to all users, or to users matching tags or attributes (v4/timpush/push)')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'Push a notification to listed UserIDs (v4/timpush/batch), 500 per call')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any REST command with the profile''s credential and print the answer (like gh api)')
            [CompletionResult]::new('sched', 'sched', [CompletionResultType]::ParameterValue, 'Scheduled pushes: add, list, show, edit, and cancel one before it goes out')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'How far pushes got: sent, delivered, clicked, per channel; --loss: why devices were missed')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'What this machine sent: the journal of pushes, recalls and scheduled tasks')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'The audience''s tags: add, remove, show, clear; for a few accounts or a file of millions')
            [CompletionResult]::new('attr', 'attr', [CompletionResultType]::ParameterValue, 'The audience''s attributes: set, show, remove, and the app''s attribute names')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'What was sent and how far it got: one row per push of the journal, with its figures')
            [CompletionResult]::new('trace', 'trace', [CompletionResultType]::ParameterValue, 'One user''s delivery trace of a push, device by device')
            [CompletionResult]::new('usersig', 'usersig', [CompletionResultType]::ParameterValue, 'Make, read and check UserSigs')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'See, check and write the configuration')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the configuration, the credential, the network, the clock and the service, one line each')
            [CompletionResult]::new('callback', 'callback', [CompletionResultType]::ParameterValue, 'Push callbacks: receive and check them, send one to a handler, verify a signed URL')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff)')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Serve the push service on a loopback address, to try timpush and test scripts without an account')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'A tour on a built-in emulator, no account: push, a second push refused, recall, recall again, a task past the window, schedule two, stop one before it goes out (cancel) and the other after (recall, reach), how far it got, the journal')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timpush;revoke' {
            [CompletionResult]::new('--task-id', '--task-id', [CompletionResultType]::ParameterName, 'TaskId returned by push or batch (repeatable; or give TaskIds as arguments)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read TaskIds from FILE (or - for stdin), one a line; blank lines and # comments skipped')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Title of the notification that replaces the shown one')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Text of the notification that replaces the shown one')
            [CompletionResult]::new('--ext', '--ext', [CompletionResultType]::ParameterName, 'Ext of the replacement notification: JSON text, sent as a string')
            [CompletionResult]::new('--sched', '--sched', [CompletionResultType]::ParameterName, 'Recall the push a scheduled task became (its PushTaskID), by the scheduled TaskID (repeatable)')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'Recall the last N pushes (default 1) this app''s journal holds from the last 24 hours')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Recall every push of this app the journal holds since a TIME or for a DURATION (10m)')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'With --report: a log of the pushes'' callbacks, whose figures go beside the statistics')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (credential redacted) and send nothing')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat "already recalled" (90050) as a failure (exit 5)')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'Stop at the first task that fails')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm recalling several pushes picked from the journal without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm recalling several pushes picked from the journal without asking')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'After the recall, read each push''s statistics: who it reached, and who may still see it')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;recall' {
            [CompletionResult]::new('--task-id', '--task-id', [CompletionResultType]::ParameterName, 'TaskId returned by push or batch (repeatable; or give TaskIds as arguments)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read TaskIds from FILE (or - for stdin), one a line; blank lines and # comments skipped')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Title of the notification that replaces the shown one')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Text of the notification that replaces the shown one')
            [CompletionResult]::new('--ext', '--ext', [CompletionResultType]::ParameterName, 'Ext of the replacement notification: JSON text, sent as a string')
            [CompletionResult]::new('--sched', '--sched', [CompletionResultType]::ParameterName, 'Recall the push a scheduled task became (its PushTaskID), by the scheduled TaskID (repeatable)')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'Recall the last N pushes (default 1) this app''s journal holds from the last 24 hours')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Recall every push of this app the journal holds since a TIME or for a DURATION (10m)')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'With --report: a log of the pushes'' callbacks, whose figures go beside the statistics')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (credential redacted) and send nothing')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat "already recalled" (90050) as a failure (exit 5)')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'Stop at the first task that fails')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm recalling several pushes picked from the journal without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm recalling several pushes picked from the journal without asking')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'After the recall, read each push''s statistics: who it reached, and who may still see it')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;stop' {
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'Stop the last N pushes and scheduled pushes (default 1) this app''s journal holds from the last 24 hours')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Stop every push and scheduled push of this app the journal holds since a TIME or for a DURATION (10m)')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Title of the notification that replaces a recalled one')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Text of the notification that replaces a recalled one')
            [CompletionResult]::new('--ext', '--ext', [CompletionResultType]::ParameterName, 'Ext of the replacement notification: JSON text, sent as a string')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'A log of the pushes'' callbacks, whose figures go beside the reach report''s')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm stopping several picked from the journal without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm stopping several picked from the journal without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what would be done to each ID; send nothing')
            [CompletionResult]::new('--no-report', '--no-report', [CompletionResultType]::ParameterName, 'Skip the reach report (who the push reached, and who may still see it)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;push' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Title of the notification')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Text of the notification')
            [CompletionResult]::new('--ext', '--ext', [CompletionResultType]::ParameterName, 'Ext of the notification: JSON text, sent as a string')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Sender account [default: the profile''s identifier]')
            [CompletionResult]::new('--offline-push-info', '--offline-push-info', [CompletionResultType]::ParameterName, 'A whole OfflinePushInfo object (vendor fields) as JSON from FILE or - ; the flags above win')
            [CompletionResult]::new('--data-id', '--data-id', [CompletionResultType]::ParameterName, 'DataId, at most 64 bytes')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Users with all of these tags (repeatable; TagsAnd)')
            [CompletionResult]::new('--any-tag', '--any-tag', [CompletionResultType]::ParameterName, 'Users with any of these tags (repeatable; TagsOr)')
            [CompletionResult]::new('--not-tag', '--not-tag', [CompletionResultType]::ParameterName, 'Users without these tags (repeatable; TagsNot)')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Users whose attribute K is V (repeatable; AttrsAnd)')
            [CompletionResult]::new('--any-attr', '--any-attr', [CompletionResultType]::ParameterName, 'Users whose attribute K is V, any of them (repeatable; AttrsOr)')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Name this call: a second call with the same key is refused while the journal holds it')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Also store roaming and unread messages (OnlineOnlyFlag 0); a recall then needs --title/--desc')
            [CompletionResult]::new('--online-only', '--online-only', [CompletionResultType]::ParameterName, 'Online push only, nothing stored (OnlineOnlyFlag 1)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'To all users, said outright (the same as giving no --tag or --attr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Push to all users without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Push to all users without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (credential redacted) and today''s push count; send nothing')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Send even when the journal holds an identical call (within duplicate_window) or the same key')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;batch' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Title of the notification')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Text of the notification')
            [CompletionResult]::new('--ext', '--ext', [CompletionResultType]::ParameterName, 'Ext of the notification: JSON text, sent as a string')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Sender account [default: the profile''s identifier]')
            [CompletionResult]::new('--offline-push-info', '--offline-push-info', [CompletionResultType]::ParameterName, 'A whole OfflinePushInfo object (vendor fields) as JSON from FILE or - ; the flags above win')
            [CompletionResult]::new('--data-id', '--data-id', [CompletionResultType]::ParameterName, 'DataId, at most 64 bytes')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'A UserID to push to (repeatable)')
            [CompletionResult]::new('--to-file', '--to-file', [CompletionResultType]::ParameterName, 'UserIDs from FILE (or - for stdin), one a line; blank lines and # comments skipped')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Name this call: a second call with the same key is refused while the journal holds it')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Also store roaming and unread messages (OnlineOnlyFlag 0); a recall then needs --title/--desc')
            [CompletionResult]::new('--online-only', '--online-only', [CompletionResultType]::ParameterName, 'Online push only, nothing stored (OnlineOnlyFlag 1)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Send even when the journal holds an identical call (within duplicate_window) or the same key')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;api' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'The JSON body: text, @FILE, or - for standard input [default: {}]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'The JSON body: text, @FILE, or - for standard input [default: {}]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('--retry', '--retry', [CompletionResultType]::ParameterName, 'Also repeat the call when its answer was lost (only for commands safe to repeat)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;sched' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Schedule a push (v4/timpush/add_sched_task); prints the new task''s ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List scheduled pushes, every page')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show scheduled tasks in full')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a pending scheduled push: its time, title, text or Ext')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel pending scheduled pushes before they go out')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timpush;sched;add' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When to send it: tomorrow 09:00, 09:00 (the next), 2030-12-01 09:00 (read in the local zone: the tz setting, else TZ), a time from now (+2h, 90m), RFC 3339 with a zone, or unix seconds')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Users with all of these tags (repeatable; TagsAnd)')
            [CompletionResult]::new('--any-tag', '--any-tag', [CompletionResultType]::ParameterName, 'Users with any of these tags (repeatable; TagsOr)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'A UserID to push to (repeatable)')
            [CompletionResult]::new('--to-file', '--to-file', [CompletionResultType]::ParameterName, 'UserIDs from FILE (or - for stdin), one a line; blank lines and # comments skipped')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Title of the notification')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Text of the notification')
            [CompletionResult]::new('--ext', '--ext', [CompletionResultType]::ParameterName, 'Ext of the notification: JSON text, sent as a string')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Sender account [default: the profile''s identifier]')
            [CompletionResult]::new('--offline-push-info', '--offline-push-info', [CompletionResultType]::ParameterName, 'A whole OfflinePushInfo object (vendor fields) as JSON from FILE or - ; the flags above win')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Name this call: a second call with the same key is refused while the journal holds it')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'To all users (needs --yes, or a yes on a terminal)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm a push to all users without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm a push to all users without asking')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request, whom it goes to and whether it would be refused; send nothing')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Send even when the journal holds an identical call (within duplicate_window) or the same key')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;sched;list' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Start of the window: a TIME, or a DURATION ago such as 7d [default: 7 days ago]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'End of the window: a TIME, or a DURATION from now such as 30d [default: 30 days from now]')
            [CompletionResult]::new('--keyword', '--keyword', [CompletionResultType]::ParameterName, 'Only tasks whose title or text holds this')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Order by creation or by scheduled time')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many tasks')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('--asc', '--asc', [CompletionResultType]::ParameterName, 'Earliest first (the default by scheduled time: the next to go out on top)')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Latest first (the default by creation time: the newest on top)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Every column whole on a terminal, however wide')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;sched;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;sched;edit' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'A new time: tomorrow 09:00, 09:00, 2030-12-01 09:00 (in the local zone), a time from now (+2h), RFC 3339 with a zone, or unix seconds')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'A new title')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'A new text')
            [CompletionResult]::new('--ext', '--ext', [CompletionResultType]::ParameterName, 'A new Ext: JSON text')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;sched;cancel' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;sched;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Schedule a push (v4/timpush/add_sched_task); prints the new task''s ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List scheduled pushes, every page')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show scheduled tasks in full')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a pending scheduled push: its time, title, text or Ext')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel pending scheduled pushes before they go out')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timpush;sched;help;add' {
            break
        }
        'timpush;sched;help;list' {
            break
        }
        'timpush;sched;help;show' {
            break
        }
        'timpush;sched;help;edit' {
            break
        }
        'timpush;sched;help;cancel' {
            break
        }
        'timpush;sched;help;help' {
            break
        }
        'timpush;stats' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Start of the window: a TIME, or a DURATION ago such as 24h [default: 7 days ago]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'End of the window: a TIME, or a DURATION ago such as 2h [default: now]')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'A log of the push''s callbacks (as `timpush callback listen` writes it): its figures per channel beside the statistics')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('--loss', '--loss', [CompletionResultType]::ParameterName, 'Why devices were missed, instead of the counts (window of at most 7 days)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;log' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries since a TIME, or for a DURATION back such as 24h')
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'Only entries of this command (push, batch, revoke, stop, sched add, ...)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most the last N entries')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'The story of one push: the entries that name this TaskId (or scheduled TaskID, and the push it became), and what became of it')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Every column whole on a terminal, however wide')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;tag' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add tags to accounts (v4/timpush/add_tag); --replace sets them instead')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove tags from accounts (v4/timpush/remove_tag)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show accounts'' tags (v4/timpush/get_tag)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove all tags of accounts (v4/timpush/clear_all_tags)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timpush;tag;add' {
            [CompletionResult]::new('--to-file', '--to-file', [CompletionResultType]::ParameterName, 'Accounts from FILE (or - for stdin), one a line; blank lines and # comments skipped')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Rows from FILE (or -): CSV with a header (account,...) or JSON Lines; see the help')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag to add to every account given (repeatable; at most 50 bytes)')
            [CompletionResult]::new('--connections', '--connections', [CompletionResultType]::ParameterName, 'Calls out at once, each on its own connection (1 to 16)')
            [CompletionResult]::new('--resume-file', '--resume-file', [CompletionResultType]::ParameterName, 'Where the rows not done go, to resume from (default: beside the input, FILE.resume)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Replace all of each account''s tags with these (up to 100 a user, instead of 10 added)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the first calls and the totals; send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;tag;rm' {
            [CompletionResult]::new('--to-file', '--to-file', [CompletionResultType]::ParameterName, 'Accounts from FILE (or - for stdin), one a line; blank lines and # comments skipped')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Rows from FILE (or -): CSV with a header (account,...) or JSON Lines; see the help')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag to remove from every account given (repeatable)')
            [CompletionResult]::new('--connections', '--connections', [CompletionResultType]::ParameterName, 'Calls out at once, each on its own connection (1 to 16)')
            [CompletionResult]::new('--resume-file', '--resume-file', [CompletionResultType]::ParameterName, 'Where the rows not done go, to resume from (default: beside the input, FILE.resume)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the first calls and the totals; send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;tag;get' {
            [CompletionResult]::new('--to-file', '--to-file', [CompletionResultType]::ParameterName, 'Accounts from FILE (or - for stdin), one a line')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;tag;clear' {
            [CompletionResult]::new('--to-file', '--to-file', [CompletionResultType]::ParameterName, 'Accounts from FILE (or - for stdin), one a line; blank lines and # comments skipped')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Rows from FILE (or -): CSV with a header (account,...) or JSON Lines; see the help')
            [CompletionResult]::new('--connections', '--connections', [CompletionResultType]::ParameterName, 'Calls out at once, each on its own connection (1 to 16)')
            [CompletionResult]::new('--resume-file', '--resume-file', [CompletionResultType]::ParameterName, 'Where the rows not done go, to resume from (default: beside the input, FILE.resume)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the first calls and the totals; send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;tag;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add tags to accounts (v4/timpush/add_tag); --replace sets them instead')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove tags from accounts (v4/timpush/remove_tag)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show accounts'' tags (v4/timpush/get_tag)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove all tags of accounts (v4/timpush/clear_all_tags)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timpush;tag;help;add' {
            break
        }
        'timpush;tag;help;rm' {
            break
        }
        'timpush;tag;help;get' {
            break
        }
        'timpush;tag;help;clear' {
            break
        }
        'timpush;tag;help;help' {
            break
        }
        'timpush;attr' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set attributes of accounts (v4/timpush/set_attr)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show accounts'' attributes (v4/timpush/get_attr)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove attributes of accounts (v4/timpush/remove_attr)')
            [CompletionResult]::new('names', 'names', [CompletionResultType]::ParameterValue, 'Show the app''s attribute names, or set them with --set (v4/timpush/get_attr_name, set_attr_name)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timpush;attr;set' {
            [CompletionResult]::new('--to-file', '--to-file', [CompletionResultType]::ParameterName, 'Accounts from FILE (or - for stdin), one a line; blank lines and # comments skipped')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Rows from FILE (or -): CSV with a header (account,...) or JSON Lines; see the help')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'NAME=VALUE to set on every account given (repeatable; the value at most 50 bytes)')
            [CompletionResult]::new('--connections', '--connections', [CompletionResultType]::ParameterName, 'Calls out at once, each on its own connection (1 to 16)')
            [CompletionResult]::new('--resume-file', '--resume-file', [CompletionResultType]::ParameterName, 'Where the rows not done go, to resume from (default: beside the input, FILE.resume)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the first calls and the totals; send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;attr;get' {
            [CompletionResult]::new('--to-file', '--to-file', [CompletionResultType]::ParameterName, 'Accounts from FILE (or - for stdin), one a line')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;attr;rm' {
            [CompletionResult]::new('--to-file', '--to-file', [CompletionResultType]::ParameterName, 'Accounts from FILE (or - for stdin), one a line; blank lines and # comments skipped')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Rows from FILE (or -): CSV with a header (account,...) or JSON Lines; see the help')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'An attribute NAME to remove from every account given (repeatable)')
            [CompletionResult]::new('--connections', '--connections', [CompletionResultType]::ParameterName, 'Calls out at once, each on its own connection (1 to 16)')
            [CompletionResult]::new('--resume-file', '--resume-file', [CompletionResultType]::ParameterName, 'Where the rows not done go, to resume from (default: beside the input, FILE.resume)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the first calls and the totals; send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;attr;names' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Name the attributes: INDEX=NAME pairs, comma-separated (0=plan,1=city); indexes 0 to 9')
            [CompletionResult]::new('--types', '--types', [CompletionResultType]::ParameterName, 'With --set: the account kind of each attribute, INDEX=user or INDEX=registration (fixed once set)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'With --set: print the call; send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;attr;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set attributes of accounts (v4/timpush/set_attr)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show accounts'' attributes (v4/timpush/get_attr)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove attributes of accounts (v4/timpush/remove_attr)')
            [CompletionResult]::new('names', 'names', [CompletionResultType]::ParameterValue, 'Show the app''s attribute names, or set them with --set (v4/timpush/get_attr_name, set_attr_name)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timpush;attr;help;set' {
            break
        }
        'timpush;attr;help;get' {
            break
        }
        'timpush;attr;help;rm' {
            break
        }
        'timpush;attr;help;names' {
            break
        }
        'timpush;attr;help;help' {
            break
        }
        'timpush;report' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'The pushes since a TIME (today, yesterday, 09:00, 2026-12-08, RFC 3339) or for a DURATION back (24h)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Every column whole on a terminal, however wide')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;trace' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user (UserID)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;usersig' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('gen', 'gen', [CompletionResultType]::ParameterValue, 'Make a UserSig for the profile and print it (the one command that prints a credential)')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show what a UserSig holds: identifier, SDKAppID, when made, when it expires (no key needed)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a UserSig with the profile''s secret key, SDKAppID and identifier')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timpush;usersig;gen' {
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Lifetime in seconds [default: the profile''s usersig_ttl, else 600]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;usersig;decode' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;usersig;verify' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;usersig;help' {
            [CompletionResult]::new('gen', 'gen', [CompletionResultType]::ParameterValue, 'Make a UserSig for the profile and print it (the one command that prints a credential)')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show what a UserSig holds: identifier, SDKAppID, when made, when it expires (no key needed)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a UserSig with the profile''s secret key, SDKAppID and identifier')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timpush;usersig;help;gen' {
            break
        }
        'timpush;usersig;help;decode' {
            break
        }
        'timpush;usersig;help;verify' {
            break
        }
        'timpush;usersig;help;help' {
            break
        }
        'timpush;config' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'The config file in use and how it was chosen')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The profiles in the config file, the default marked')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every effective setting of the profile with its source (secrets masked)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the config file and the profile; every problem listed (exit 0 or 3)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a profile (asks on a terminal; takes flags otherwise)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one key of the profile (or default_profile), checked as every run reads it; the rest of the file is kept')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove one key of the profile (or default_profile); the rest of the file is kept')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timpush;config;path' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;config;list' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('--names', '--names', [CompletionResultType]::ParameterName, 'The names alone, one a line (for shell completion)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;config;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;config;check' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;config;init' {
            [CompletionResult]::new('--secret-key-file', '--secret-key-file', [CompletionResultType]::ParameterName, 'The profile''s secret key is in this file')
            [CompletionResult]::new('--secret-key-command', '--secret-key-command', [CompletionResultType]::ParameterName, 'The profile''s secret key is printed by this program and its arguments (no shell), given as one argument split on spaces, or repeated once per word')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('--secret-key-stdin', '--secret-key-stdin', [CompletionResultType]::ParameterName, 'Read the secret key from standard input and store it in a key file (mode 600)')
            [CompletionResult]::new('--secret-from-env', '--secret-from-env', [CompletionResultType]::ParameterName, 'The secret key will come from the variable TIMPUSH_SECRET_KEY at run time')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the profile if it exists (other profiles are kept as they are)')
            [CompletionResult]::new('--set-default', '--set-default', [CompletionResultType]::ParameterName, 'Make it the default profile')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;config;set' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;config;unset' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;config;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'The config file in use and how it was chosen')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The profiles in the config file, the default marked')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every effective setting of the profile with its source (secrets masked)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the config file and the profile; every problem listed (exit 0 or 3)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a profile (asks on a terminal; takes flags otherwise)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one key of the profile (or default_profile), checked as every run reads it; the rest of the file is kept')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove one key of the profile (or default_profile); the rest of the file is kept')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timpush;config;help;path' {
            break
        }
        'timpush;config;help;list' {
            break
        }
        'timpush;config;help;show' {
            break
        }
        'timpush;config;help;check' {
            break
        }
        'timpush;config;help;init' {
            break
        }
        'timpush;config;help;set' {
            break
        }
        'timpush;config;help;unset' {
            break
        }
        'timpush;config;help;help' {
            break
        }
        'timpush;doctor' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region of the app [env: TIMPUSH_REGION] [profile key: region]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Base URL instead of the region''s (http:// only for loopback) [env: TIMPUSH_ENDPOINT] [profile key: endpoint] [default: the region''s domain]')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'PEM file of CA certificates to trust instead of the bundled roots [env: TIMPUSH_CA_BUNDLE] [profile key: ca_bundle] [default: bundled Mozilla roots]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Deadline per task, e.g. 30, 30s, 1500ms, 2m [env: TIMPUSH_TIMEOUT] [profile key: timeout] [default: 30 s]')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per task, 1..=5 (1 turns retries off) [env: TIMPUSH_MAX_ATTEMPTS] [profile key: max_attempts] [default: 3 (1..=5)]')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'File (or a team journal''s postgres:// URL) where every call that changes something is written down (timpush log reads it) [env: TIMPUSH_JOURNAL] [profile key: journal] [default: $XDG_STATE_HOME/timpush/journal.db, else ~/.local/state/timpush/journal.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;callback' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive push callbacks: check each request, print one JSON line per event, a summary per TaskId at the end')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a documented example callback to a handler and check its answer against the contract')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a callback URL''s Sign and RequestTime with the token, and its SdkAppid')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timpush;callback;listen' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (behind the app''s own gateway for anything but loopback)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the callback token [default: variable TIMPUSH_CALLBACK_TOKEN, else the profile''s callback_token_file]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Append the events to FILE (private to this user) instead of standard output')
            [CompletionResult]::new('--forward-to', '--forward-to', [CompletionResultType]::ParameterName, 'Pass each request that passed the checks on, unchanged, to the app''s own handler')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N events')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;callback;send' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A request body to send instead of the example ({"Events": [...]}, as the service sends)')
            [CompletionResult]::new('--task-id', '--task-id', [CompletionResultType]::ParameterName, 'Set every event''s TaskId')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Set every event''s PushStage: sent, reached, clicked (or 1, 2, 3)')
            [CompletionResult]::new('--vendor', '--vendor', [CompletionResultType]::ParameterName, 'Set every event''s channel: APNs, FCM, Huawei, Honor, Xiaomi, OPPO, vivo, Meizu, online (or a PushPlatform number)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Set every event''s To_Account')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the callback token [default: variable TIMPUSH_CALLBACK_TOKEN, else the profile''s callback_token_file]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('--unsigned', '--unsigned', [CompletionResultType]::ParameterName, 'Send without Sign and RequestTime, as an app with authentication off receives them')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;callback;verify' {
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the callback token [default: variable TIMPUSH_CALLBACK_TOKEN, else the profile''s callback_token_file]')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Check RequestTime against this time (RFC 3339 or unix seconds) instead of now')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile in the config file [env: TIMPUSH_PROFILE] [default: default]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: TIMPUSH_CONFIG] [default: $XDG_CONFIG_HOME/timpush/config.toml, else ~/.config/timpush/config.toml]')
            [CompletionResult]::new('--sdkappid', '--sdkappid', [CompletionResultType]::ParameterName, 'SDKAppID of the app [env: TIMPUSH_SDKAPPID] [profile key: sdkappid]')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'App admin account [env: TIMPUSH_IDENTIFIER] [profile key: identifier] [default: administrator]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;callback;help' {
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive push callbacks: check each request, print one JSON line per event, a summary per TaskId at the end')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a documented example callback to a handler and check its answer against the contract')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a callback URL''s Sign and RequestTime with the token, and its SdkAppid')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timpush;callback;help;listen' {
            break
        }
        'timpush;callback;help;send' {
            break
        }
        'timpush;callback;help;verify' {
            break
        }
        'timpush;callback;help;help' {
            break
        }
        'timpush;man' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;emulator' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on, loopback only; port 0 picks a free one')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'An SDKAppID to serve (repeatable) [default: 1400000000]')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'An App admin identifier (repeatable) [default: administrator]')
            [CompletionResult]::new('--secret-key-file', '--secret-key-file', [CompletionResultType]::ParameterName, 'File holding the secret key UserSigs are checked with [default: variable TIMPUSH_EMULATOR_SECRET_KEY, else TIMPUSH_SECRET_KEY]')
            [CompletionResult]::new('--ca-out', '--ca-out', [CompletionResultType]::ParameterName, 'Where --tls writes its CA certificate [default: a file in a new private folder]')
            [CompletionResult]::new('--delay', '--delay', [CompletionResultType]::ParameterName, 'Hold every API answer this many milliseconds, to stand for a far region''s round trip')
            [CompletionResult]::new('--fault', '--fault', [CompletionResultType]::ParameterName, 'Scripted answer for the next API call, in order (repeatable): an ErrorCode such as 91000 or 90051, html502, stall:SECONDS, drop_after_apply, drop')
            [CompletionResult]::new('--callback-url', '--callback-url', [CompletionResultType]::ParameterName, 'Send Push.AllMemberPush callbacks of every push and batch push to URL')
            [CompletionResult]::new('--callback-token-file', '--callback-token-file', [CompletionResultType]::ParameterName, 'File holding the token callbacks are signed with (Sign, RequestTime) [default: unsigned]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Serve HTTPS with a certificate made at start-up')
            [CompletionResult]::new('--no-rate-limit', '--no-rate-limit', [CompletionResultType]::ParameterName, 'Do not enforce the one-call-per-second limits (for benchmarks)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;demo' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;completions' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text or json [env: TIMPUSH_OUTPUT] [default: text]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: credential source, the redacted request, each answer')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr: no notes, warnings or progress, only errors (for cron)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'timpush;help' {
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Recall push tasks (POST v4/timpush/revoke)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Make pushes stop, whatever their state: cancel a scheduled one, recall one that went out')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push a notification to all users, or to users matching tags or attributes (v4/timpush/push)')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'Push a notification to listed UserIDs (v4/timpush/batch), 500 per call')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any REST command with the profile''s credential and print the answer (like gh api)')
            [CompletionResult]::new('sched', 'sched', [CompletionResultType]::ParameterValue, 'Scheduled pushes: add, list, show, edit, and cancel one before it goes out')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'How far pushes got: sent, delivered, clicked, per channel; --loss: why devices were missed')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'What this machine sent: the journal of pushes, recalls and scheduled tasks')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'The audience''s tags: add, remove, show, clear; for a few accounts or a file of millions')
            [CompletionResult]::new('attr', 'attr', [CompletionResultType]::ParameterValue, 'The audience''s attributes: set, show, remove, and the app''s attribute names')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'What was sent and how far it got: one row per push of the journal, with its figures')
            [CompletionResult]::new('trace', 'trace', [CompletionResultType]::ParameterValue, 'One user''s delivery trace of a push, device by device')
            [CompletionResult]::new('usersig', 'usersig', [CompletionResultType]::ParameterValue, 'Make, read and check UserSigs')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'See, check and write the configuration')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the configuration, the credential, the network, the clock and the service, one line each')
            [CompletionResult]::new('callback', 'callback', [CompletionResultType]::ParameterValue, 'Push callbacks: receive and check them, send one to a handler, verify a signed URL')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff)')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Serve the push service on a loopback address, to try timpush and test scripts without an account')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'A tour on a built-in emulator, no account: push, a second push refused, recall, recall again, a task past the window, schedule two, stop one before it goes out (cancel) and the other after (recall, reach), how far it got, the journal')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'timpush;help;revoke' {
            break
        }
        'timpush;help;stop' {
            break
        }
        'timpush;help;push' {
            break
        }
        'timpush;help;batch' {
            break
        }
        'timpush;help;api' {
            break
        }
        'timpush;help;sched' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Schedule a push (v4/timpush/add_sched_task); prints the new task''s ID')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List scheduled pushes, every page')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show scheduled tasks in full')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a pending scheduled push: its time, title, text or Ext')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel pending scheduled pushes before they go out')
            break
        }
        'timpush;help;sched;add' {
            break
        }
        'timpush;help;sched;list' {
            break
        }
        'timpush;help;sched;show' {
            break
        }
        'timpush;help;sched;edit' {
            break
        }
        'timpush;help;sched;cancel' {
            break
        }
        'timpush;help;stats' {
            break
        }
        'timpush;help;log' {
            break
        }
        'timpush;help;tag' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add tags to accounts (v4/timpush/add_tag); --replace sets them instead')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove tags from accounts (v4/timpush/remove_tag)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show accounts'' tags (v4/timpush/get_tag)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove all tags of accounts (v4/timpush/clear_all_tags)')
            break
        }
        'timpush;help;tag;add' {
            break
        }
        'timpush;help;tag;rm' {
            break
        }
        'timpush;help;tag;get' {
            break
        }
        'timpush;help;tag;clear' {
            break
        }
        'timpush;help;attr' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set attributes of accounts (v4/timpush/set_attr)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show accounts'' attributes (v4/timpush/get_attr)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove attributes of accounts (v4/timpush/remove_attr)')
            [CompletionResult]::new('names', 'names', [CompletionResultType]::ParameterValue, 'Show the app''s attribute names, or set them with --set (v4/timpush/get_attr_name, set_attr_name)')
            break
        }
        'timpush;help;attr;set' {
            break
        }
        'timpush;help;attr;get' {
            break
        }
        'timpush;help;attr;rm' {
            break
        }
        'timpush;help;attr;names' {
            break
        }
        'timpush;help;report' {
            break
        }
        'timpush;help;trace' {
            break
        }
        'timpush;help;usersig' {
            [CompletionResult]::new('gen', 'gen', [CompletionResultType]::ParameterValue, 'Make a UserSig for the profile and print it (the one command that prints a credential)')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show what a UserSig holds: identifier, SDKAppID, when made, when it expires (no key needed)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a UserSig with the profile''s secret key, SDKAppID and identifier')
            break
        }
        'timpush;help;usersig;gen' {
            break
        }
        'timpush;help;usersig;decode' {
            break
        }
        'timpush;help;usersig;verify' {
            break
        }
        'timpush;help;config' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'The config file in use and how it was chosen')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The profiles in the config file, the default marked')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every effective setting of the profile with its source (secrets masked)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the config file and the profile; every problem listed (exit 0 or 3)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a profile (asks on a terminal; takes flags otherwise)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one key of the profile (or default_profile), checked as every run reads it; the rest of the file is kept')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove one key of the profile (or default_profile); the rest of the file is kept')
            break
        }
        'timpush;help;config;path' {
            break
        }
        'timpush;help;config;list' {
            break
        }
        'timpush;help;config;show' {
            break
        }
        'timpush;help;config;check' {
            break
        }
        'timpush;help;config;init' {
            break
        }
        'timpush;help;config;set' {
            break
        }
        'timpush;help;config;unset' {
            break
        }
        'timpush;help;doctor' {
            break
        }
        'timpush;help;callback' {
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive push callbacks: check each request, print one JSON line per event, a summary per TaskId at the end')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a documented example callback to a handler and check its answer against the contract')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a callback URL''s Sign and RequestTime with the token, and its SdkAppid')
            break
        }
        'timpush;help;callback;listen' {
            break
        }
        'timpush;help;callback;send' {
            break
        }
        'timpush;help;callback;verify' {
            break
        }
        'timpush;help;man' {
            break
        }
        'timpush;help;emulator' {
            break
        }
        'timpush;help;demo' {
            break
        }
        'timpush;help;completions' {
            break
        }
        'timpush;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
