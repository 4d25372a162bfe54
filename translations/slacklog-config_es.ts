<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CommandLine</name>
    <message>
        <source>Edits the SlackLog settings that an application reads, and sends test messages.
Without a configured webhook, --send posts to a built-in Slack stand-in on 127.0.0.1 and shows what it received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends TEXT as one log message, as an application would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level of the message: debug, info, warning or critical (default: info).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook URL to post to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel, such as #ops or @alice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name to post as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emoji to post with, such as :robot_face:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMOJI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL of an image to post with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the settings from this INI file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization name of the application whose settings to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the application whose settings to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language to show, such as de or zh_CN, instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level must be debug, info, warning or critical, not &quot;%1&quot;. (A fatal message would end slacklog-config itself.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Put a message with spaces in quotes: --send &quot;disk almost full&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do. Send a test message with --send &quot;TEXT&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>No webhook is configured, and the built-in Slack stand-in could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook is configured (--webhook, SLACKLOG_WEBHOOK_URL or the saved settings), so this goes to the built-in Slack stand-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are not valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a %1 message to %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the settings filter out %1 messages (minimum level %2, category rules &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered: HTTP %1 &quot;%2&quot; in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered: %1 (after %2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stand-in received this payload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered: no answer from %1 in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlackLog</name>
    <message>
        <source>%1 is &quot;%2&quot;, which is not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of debug, info, warning, critical or fatal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the form level=mention, such as critical=@here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an emoji name such as :robot_face:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel %1 &quot;%2&quot; contains white space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The icon emoji %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The icon URL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both an icon emoji and an icon URL are set %1; set only one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlackLog::Delivery</name>
    <message>
        <source>delivered %1 to %2: HTTP %3 &quot;%4&quot; in %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not deliver %1 to %2: %3 (after %4 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlackLog::Internal</name>
    <message>
        <source>the webhook answered with a redirect (%1), which SlackLog does not follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack rejected the message (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook is not allowed to post (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook was revoked or does not exist (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel is archived (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack is rate limiting this webhook (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack had a server error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook refused the message (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host %1 was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the post to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must use https; plain http is accepted only for a loopback host (127.0.0.1, ::1, localhost): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an https URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid http or https URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlackLog::Settings</name>
    <message>
        <source>The category rule &quot;%1&quot; is not of the form category=true or category=false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category rule &quot;%1&quot; has a &apos;*&apos; that is neither first nor last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message pattern has an %{if-…} without %{endif}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook URL is not set: set SLACKLOG_WEBHOOK_URL, or save one with slacklog-config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shutdown timeout must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request timeout must be longer than 0 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue capacity must be at least 1 message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mention for %1 messages, &quot;%2&quot;, is not a Slack mention: use @here, @channel, @everyone, &lt;@U…&gt; or &lt;!subteam^S…&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the route for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route category &quot;%1&quot; is not a category pattern such as db.* or *.sql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route for &quot;%1&quot; sets no webhook URL, channel, username or icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook URL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON array of routes such as [{&quot;category&quot;: &quot;db.*&quot;, &quot;channel&quot;: &quot;#db&quot;}]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The settings file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings in %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
