<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppearancePage</name>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Process ID</source>
        <translation>Prozess-ID</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>File and line</source>
        <translation>Datei und Zeile</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>One line per message, as the message pattern below makes it, with the emoji of its level in front. No fields are shown: put what you need in the pattern.</source>
        <translation>Eine Zeile pro Nachricht, wie das Meldungsmuster unten sie bildet, mit dem Emoji ihrer Stufe davor. Felder werden nicht angezeigt: Nehmen Sie, was Sie brauchen, in das Muster auf.</translation>
    </message>
    <message>
        <source>One attachment per message: a colour bar for its level, a title with the level and category, the message, the fields chosen below and the time. The pattern and the emoji are for Text posts.</source>
        <translation>Ein Anhang pro Nachricht: ein Farbbalken für ihre Stufe, ein Titel mit Stufe und Kategorie, die Nachricht, die unten gewählten Felder und die Uhrzeit. Muster und Emoji gelten für Text-Beiträge.</translation>
    </message>
    <message>
        <source>Slack&apos;s Block Kit: a header with the level and category, the message, and the fields chosen below with the time in small print. Only Slack understands it. The pattern and the emoji are for Text posts.</source>
        <translation>Slacks Block Kit: eine Überschrift mit Stufe und Kategorie, die Nachricht und die unten gewählten Felder mit der Uhrzeit in kleiner Schrift. Nur Slack versteht es. Muster und Emoji gelten für Text-Beiträge.</translation>
    </message>
    <message>
        <source>Shown beside each message</source>
        <translation>Neben jeder Nachricht angezeigt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Blocks (Slack only)</source>
        <translation>Blöcke (nur Slack)</translation>
    </message>
    <message>
        <source>How messages look in the channel. Default: Attachments.</source>
        <translation>Wie Nachrichten im Kanal aussehen. Standard: Anhänge.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>What attachments and blocks show beside the message. Text posts show what the message pattern says instead.</source>
        <translation>Was Anhänge und Blöcke neben der Nachricht zeigen. Text-Beiträge zeigen stattdessen, was das Meldungsmuster vorgibt.</translation>
    </message>
    <message>
        <source>Only when the application is built with QT_MESSAGELOGCONTEXT, as debug builds are.</source>
        <translation>Nur wenn die Anwendung mit QT_MESSAGELOGCONTEXT gebaut ist, wie Debug-Builds.</translation>
    </message>
    <message>
        <source>The text of each message, with qSetMessagePattern()&apos;s placeholders: %{time …}, %{type}, %{category}, %{message}, %{file}, %{line}, %{function}, %{appname}, %{pid}, %{threadid}.</source>
        <translation>Der Text jeder Nachricht, mit den Platzhaltern von qSetMessagePattern(): %{time …}, %{type}, %{category}, %{message}, %{file}, %{line}, %{function}, %{appname}, %{pid}, %{threadid}.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Use the default pattern: %1</source>
        <translation>Standardmuster verwenden: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Put in front of %1 messages in Text posts, such as :warning:.</source>
        <translation>Wird in Text-Beiträgen vor %1-Nachrichten gesetzt, etwa :warning:.</translation>
    </message>
    <message>
        <source>Text posts</source>
        <translation>Text-Beiträge</translation>
    </message>
    <message>
        <source>&amp;Message pattern:</source>
        <translation>&amp;Meldungsmuster:</translation>
    </message>
    <message>
        <source>Emoji:</source>
        <translation>Emoji:</translation>
    </message>
    <message>
        <source>Sample:</source>
        <extracomment>a sample warning as a Text post: pattern, mention and emoji</extracomment>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>Disk almost full: 95% of /var used</source>
        <translation>Festplatte fast voll: 95 % von /var belegt</translation>
    </message>
    <message>
        <source>Form&amp;at:</source>
        <translation>Form&amp;at:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Sends TEXT as one log message, as an application would.</source>
        <translation>Sendet TEXT als eine Log-Nachricht, so wie es eine Anwendung tun würde.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The level of the message: debug, info, warning or critical (default: info).</source>
        <translation>Die Stufe der Nachricht: debug, info, warning oder critical (Standard: info).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The channel, such as #ops or @alice.</source>
        <translation>Der Kanal, etwa #ops oder @alice.</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>KANAL</translation>
    </message>
    <message>
        <source>The name to post as.</source>
        <translation>Der Name, unter dem gepostet wird.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The emoji to post with, such as :robot_face:.</source>
        <translation>Das Emoji, mit dem gepostet wird, etwa :robot_face:.</translation>
    </message>
    <message>
        <source>EMOJI</source>
        <translation>EMOJI</translation>
    </message>
    <message>
        <source>The URL of an image to post with.</source>
        <translation>Die URL eines Bildes, mit dem gepostet wird.</translation>
    </message>
    <message>
        <source>Reads the settings from this INI file.</source>
        <translation>Liest die Einstellungen aus dieser INI-Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The organization name of the application whose settings to read.</source>
        <translation>Der Organisationsname der Anwendung, deren Einstellungen gelesen werden sollen.</translation>
    </message>
    <message>
        <source>The name of the application whose settings to read.</source>
        <translation>Der Name der Anwendung, deren Einstellungen gelesen werden sollen.</translation>
    </message>
    <message>
        <source>The language to show, such as de or zh_CN, instead of the system&apos;s.</source>
        <translation>Die anzuzeigende Sprache, etwa de oder zh_CN, anstelle der Systemsprache.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Siehe --help.</translation>
    </message>
    <message>
        <source>--level must be debug, info, warning or critical, not &quot;%1&quot;. (A fatal message would end slacklog-config itself.)</source>
        <translation>--level muss debug, info, warning oder critical sein, nicht &quot;%1&quot;. (Eine fatal-Nachricht würde slacklog-config selbst beenden.)</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Put a message with spaces in quotes: --send &quot;disk almost full&quot;.</source>
        <translation>Unerwartetes Argument &quot;%1&quot;. Setzen Sie eine Nachricht mit Leerzeichen in Anführungszeichen: --send &quot;Festplatte fast voll&quot;.</translation>
    </message>
    <message>
        <source>The webhook URL to post to. Other users of this machine can read a command line: prefer SLACKLOG_WEBHOOK_URL.</source>
        <translation>Die Webhook-URL, an die gesendet wird. Andere Benutzer dieses Rechners können Befehlszeilen mitlesen: Verwenden Sie besser SLACKLOG_WEBHOOK_URL.</translation>
    </message>
    <message>
        <source>Checks the settings and says what is wrong; exits with 0 when they are valid, 1 when not.</source>
        <translation>Prüft die Einstellungen und nennt, was falsch ist; endet mit 0, wenn sie gültig sind, sonst mit 1.</translation>
    </message>
    <message>
        <source>Prints the settings in effect, with webhook URLs redacted.</source>
        <translation>Gibt die geltenden Einstellungen aus, mit unkenntlich gemachten Webhook-URLs.</translation>
    </message>
    <message>
        <source>Edits the SlackLog settings that an application reads, and sends test messages.
Without --send, --check or --print-settings it opens the settings window.
Without a configured webhook, --send posts to a built-in Slack stand-in on 127.0.0.1 and shows what it received.</source>
        <translation>Bearbeitet die SlackLog-Einstellungen, die eine Anwendung liest, und sendet Testnachrichten.
Ohne --send, --check oder --print-settings öffnet es das Einstellungsfenster.
Ohne konfigurierten Webhook sendet --send an einen eingebauten Slack-Ersatz auf 127.0.0.1 und zeigt, was dort angekommen ist.</translation>
    </message>
</context>
<context>
    <name>DeliveryLogModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>destination (channel)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Slack&apos;s answer</source>
        <extracomment>the body of Slack&apos;s answer, such as &quot;ok&quot; or &quot;no_service&quot;</extracomment>
        <translation>Antwort von Slack</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>Delivered %n message(s)</source>
        <extracomment>%n is how many log messages the post carried</extracomment>
        <translation>
            <numerusform>%n Nachricht zugestellt</numerusform>
            <numerusform>%n Nachrichten zugestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>nicht zugestellt</translation>
    </message>
    <message numerus="yes">
        <source>%1; trying again in %n s</source>
        <extracomment>%1 is why the post failed, in words</extracomment>
        <translation>
            <numerusform>%1; neuer Versuch in %n s</numerusform>
            <numerusform>%1; neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer</source>
        <extracomment>no HTTP status: the server never answered</extracomment>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>first</source>
        <translation>erster</translation>
    </message>
    <message>
        <source>retry %1</source>
        <extracomment>%1 is the attempt&apos;s number: 2 is the first retry</extracomment>
        <translation>Wiederholung %1</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <source>Keep undelivered messages on disk</source>
        <translation>Nicht zugestellte Nachrichten auf der Festplatte aufbewahren</translation>
    </message>
    <message>
        <source> s</source>
        <comment>unit: seconds, after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source> MiB</source>
        <comment>unit: mebibytes, after a number</comment>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Shutdown timeout:</source>
        <translation>Zeitlimit beim Beenden:</translation>
    </message>
    <message>
        <source>The longest that exit, uninstall() and qFatal wait for delivery.</source>
        <translation>Wie lange das Beenden, uninstall() und qFatal höchstens auf die Zustellung warten.</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <source>Retry for:</source>
        <translation>Wiederholungsdauer:</translation>
    </message>
    <message>
        <source>How long a post is retried after 5xx answers, timeouts and network failures before its messages count as expired. 0: no retries.</source>
        <translation>Wie lange ein Post nach 5xx-Antworten, Zeitüberschreitungen und Netzwerkfehlern wiederholt wird, bevor seine Nachrichten als abgelaufen gelten. 0: keine Wiederholungen.</translation>
    </message>
    <message>
        <source>Fold repeats within:</source>
        <translation>Wiederholungen zusammenfassen binnen:</translation>
    </message>
    <message>
        <source>Repeats of one message from one place within this time become one line, &quot;… (repeated 9 times)&quot;. 0: no folding.</source>
        <translation>Wiederholungen derselben Nachricht von derselben Stelle werden innerhalb dieser Zeit zu einer Zeile zusammengefasst, &quot;… (9-mal wiederholt)&quot;. 0: nicht zusammenfassen.</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Drosselung</translation>
    </message>
    <message>
        <source>Posts per second:</source>
        <translation>Posts pro Sekunde:</translation>
    </message>
    <message>
        <source>Posts per second to one webhook, on average. Slack allows about 1; messages that wait meanwhile go into the next post together.</source>
        <translation>Posts pro Sekunde an einen Webhook, im Durchschnitt. Slack erlaubt etwa 1; Nachrichten, die in der Zwischenzeit warten, kommen gemeinsam in den nächsten Post.</translation>
    </message>
    <message>
        <source> posts/s</source>
        <translation> Posts/s</translation>
    </message>
    <message>
        <source>Burst:</source>
        <translation>Burst-Größe:</translation>
    </message>
    <message>
        <source>Posts a webhook may take at once, beyond the rate per second.</source>
        <translation>Posts, die ein Webhook über die Rate pro Sekunde hinaus auf einmal annehmen darf.</translation>
    </message>
    <message>
        <source> posts</source>
        <translation> Posts</translation>
    </message>
    <message>
        <source>Text per post:</source>
        <translation>Text pro Post:</translation>
    </message>
    <message>
        <source>The most characters of text one post carries, at most 40,000 (Slack truncates beyond). Longer messages are split into marked parts.</source>
        <translation>Die maximale Anzahl Textzeichen pro Post, höchstens 40.000 (Slack kürzt darüber hinaus). Längere Nachrichten werden in gekennzeichnete Teile aufgeteilt.</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Longest message:</source>
        <translation>Maximale Nachrichtenlänge:</translation>
    </message>
    <message>
        <source>A message longer than this is cut, with a marker that says how much was cut.</source>
        <translation>Eine längere Nachricht wird gekürzt, mit einem Hinweis, wie viel entfernt wurde.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Queue capacity:</source>
        <translation>Kapazität der Warteschlange:</translation>
    </message>
    <message>
        <source>Messages waiting for delivery beyond this many are dropped, and counted.</source>
        <translation>Warten mehr Nachrichten auf Zustellung, werden die überzähligen verworfen und gezählt.</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> Nachrichten</translation>
    </message>
    <message>
        <source>Queue memory:</source>
        <translation>Speicher der Warteschlange:</translation>
    </message>
    <message>
        <source>What waiting messages may hold in memory, text and bookkeeping together. Beyond it, messages are dropped as for the queue capacity.</source>
        <translation>Wie viel Speicher wartende Nachrichten belegen dürfen, Text und Verwaltungsdaten zusammen. Darüber hinaus werden Nachrichten wie bei der Kapazität der Warteschlange verworfen.</translation>
    </message>
    <message>
        <source>Drop the oldest</source>
        <translation>Älteste verwerfen</translation>
    </message>
    <message>
        <source>Drop the newest</source>
        <translation>Neueste verwerfen</translation>
    </message>
    <message>
        <source>Which message a full queue drops. The logging thread never waits either way.</source>
        <translation>Welche Nachricht eine volle Warteschlange verwirft. Der protokollierende Thread wartet in keinem Fall.</translation>
    </message>
    <message>
        <source>When full:</source>
        <translation>Wenn voll:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>the system&apos;s proxy settings</source>
        <translation>die Proxy-Einstellungen des Systems</translation>
    </message>
    <message>
        <source>The proxy for posts, such as http://proxy:3128 or socks5://proxy:1080. Empty: the system&apos;s settings (on Linux, the https_proxy variable).</source>
        <translation>Der Proxy für Posts, etwa http://proxy:3128 oder socks5://proxy:1080. Leer: die Einstellungen des Systems (unter Linux die Variable https_proxy).</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy-Server:</translation>
    </message>
    <message>
        <source>Spool</source>
        <translation>Festplatten-Spool</translation>
    </message>
    <message>
        <source>What an exit, a crash or an outage leaves undelivered is kept on disk and delivered by the next run.</source>
        <translation>Was beim Beenden, bei einem Absturz oder einem Ausfall nicht zugestellt wurde, wird auf der Festplatte aufbewahrt und beim nächsten Lauf zugestellt.</translation>
    </message>
    <message>
        <source>default: slacklog-spool in the application&apos;s data directory</source>
        <translation>Standard: slacklog-spool im Datenverzeichnis der Anwendung</translation>
    </message>
    <message>
        <source>One process at a time uses a directory. Empty: the default, under the application&apos;s data directory.</source>
        <translation>Ein Verzeichnis wird jeweils nur von einem Prozess verwendet. Leer: der Standard, im Datenverzeichnis der Anwendung.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the spool directory</source>
        <translation>Spool-Verzeichnis auswählen</translation>
    </message>
    <message>
        <source>Spool directory</source>
        <translation>Spool-Verzeichnis</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Verzeichnis:</translation>
    </message>
    <message>
        <source>Size cap:</source>
        <translation>Größenobergrenze:</translation>
    </message>
    <message>
        <source>The most the spool holds on disk. Beyond it, what cannot be delivered in time counts as dropped.</source>
        <translation>Wie viel der Spool höchstens auf der Festplatte belegt. Was darüber hinaus nicht rechtzeitig zugestellt werden kann, gilt als verworfen.</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Standard: %1.</translation>
    </message>
    <message>
        <source>Reset to the default, %1</source>
        <translation>Auf den Standardwert zurücksetzen, %1</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>The longest one post may take, from connecting to the last byte of the answer, before it is abandoned and retried.</source>
        <translation>Wie lange ein einzelner Post höchstens dauern darf, vom Verbindungsaufbau bis zum letzten Byte der Antwort, bevor er abgebrochen und wiederholt wird.</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>The incoming webhook that messages are posted to. Anyone who has it can post, so it is masked. Empty: test messages go to the built-in inspector, and applications need SLACKLOG_WEBHOOK_URL.</source>
        <translation>Der eingehende Webhook, an den Nachrichten gepostet werden. Wer ihn kennt, kann posten, daher wird er verdeckt angezeigt. Leer: Testnachrichten gehen an den eingebauten Inspektor, und Anwendungen benötigen SLACKLOG_WEBHOOK_URL.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the webhook URL</source>
        <translation>Webhook-URL anzeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>the webhook&apos;s own channel</source>
        <translation>der eigene Kanal des Webhooks</translation>
    </message>
    <message>
        <source>A channel such as #ops, or @user for a direct message.</source>
        <translation>Ein Kanal wie #ops oder @user für eine Direktnachricht.</translation>
    </message>
    <message>
        <source>the webhook&apos;s own name</source>
        <translation>der eigene Name des Webhooks</translation>
    </message>
    <message>
        <source>:robot_face: or https://example.com/icon.png</source>
        <translation>:robot_face: oder https://example.com/icon.png</translation>
    </message>
    <message>
        <source>An emoji name, with or without colons, or the URL of an image.</source>
        <translation>Ein Emoji-Name, mit oder ohne Doppelpunkte, oder die URL eines Bildes.</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>&amp;Webhook-URL:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Icon:</source>
        <translation>Ic&amp;on:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; webhooks made by a Slack app post to their own channel as their own identity, and ignore channel, username and icon. One webhook per channel is the routing that works everywhere.</source>
        <translation>&lt;b&gt;Hinweis:&lt;/b&gt; Webhooks, die von einer Slack-App erstellt wurden, posten in ihren eigenen Kanal unter ihrer eigenen Identität und ignorieren Kanal, Benutzername und Icon. Ein Webhook pro Kanal ist das Routing, das überall funktioniert.</translation>
    </message>
    <message>
        <source>No webhook: test messages go to the built-in inspector.</source>
        <translation>Kein Webhook: Testnachrichten gehen an den eingebauten Inspektor.</translation>
    </message>
    <message>
        <source>A valid webhook URL.</source>
        <translation>Eine gültige Webhook-URL.</translation>
    </message>
    <message>
        <source>It understands Block Kit (the Blocks format).</source>
        <translation>Er versteht Block Kit (das Format Blöcke).</translation>
    </message>
    <message>
        <source>It does not understand Block Kit (the Blocks format).</source>
        <translation>Er versteht kein Block Kit (das Format Blöcke).</translation>
    </message>
    <message>
        <source>the channel</source>
        <translation>den Kanal</translation>
    </message>
    <message>
        <source>the username</source>
        <translation>den Benutzernamen</translation>
    </message>
    <message>
        <source>the icon emoji</source>
        <translation>das Icon-Emoji</translation>
    </message>
    <message>
        <source>the icon URL</source>
        <translation>die Icon-URL</translation>
    </message>
    <message>
        <source>It ignores %1, so posts leave them out.</source>
        <translation>Er ignoriert %1, daher lassen Beiträge sie weg.</translation>
    </message>
    <message>
        <source>Username and icon work only where an administrator allows them to be overridden.</source>
        <translation>Benutzername und Icon wirken nur, wo ein Administrator erlaubt, sie zu überschreiben.</translation>
    </message>
    <message>
        <source>Use the webhook URL with /slack at its end.</source>
        <translation>Verwenden Sie die Webhook-URL mit /slack am Ende.</translation>
    </message>
    <message>
        <source>The chat server behind the webhook. Mattermost, Rocket.Chat and Discord accept Slack&apos;s posts, each with limits of its own.</source>
        <translation>Der Chat-Server hinter dem Webhook. Mattermost, Rocket.Chat und Discord nehmen Slacks Beiträge an, jeder mit eigenen Grenzen.</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>A post carries at most %L1 characters, or the text budget on the Delivery page if that is lower, and %L2 attachments; longer messages are split.</source>
        <translation>Ein Beitrag enthält höchstens %L1 Zeichen, oder das Textbudget auf der Seite „Zustellung“, wenn es kleiner ist, und %L2 Anhänge; längere Nachrichten werden aufgeteilt.</translation>
    </message>
    <message>
        <source>Its attachments hold at most %L1 characters together, titles and fields included.</source>
        <translation>Seine Anhänge fassen zusammen höchstens %L1 Zeichen, Titel und Felder eingeschlossen.</translation>
    </message>
</context>
<context>
    <name>FilteringPage</name>
    <message>
        <source>Let mentions written in log text through</source>
        <translation>Erwähnungen im Log-Text durchlassen</translation>
    </message>
    <message>
        <source>Messages below this level are not posted. Default: Debug.</source>
        <translation>Nachrichten unterhalb dieser Stufe werden nicht gepostet. Standard: Debug.</translation>
    </message>
    <message>
        <source>Which logging categories are posted, in QLoggingCategory&apos;s rule syntax, one rule per line. Later rules win. They filter on top of Qt&apos;s own category settings.</source>
        <translation>Welche Logging-Kategorien gepostet werden, in der Regelsyntax von QLoggingCategory, eine Regel pro Zeile. Spätere Regeln haben Vorrang. Sie filtern zusätzlich zu den Kategorieeinstellungen von Qt selbst.</translation>
    </message>
    <message>
        <source>What is posted</source>
        <translation>Was gepostet wird</translation>
    </message>
    <message>
        <source>&amp;Minimum level:</source>
        <translation>&amp;Mindeststufe:</translation>
    </message>
    <message>
        <source>Category &amp;rules:</source>
        <translation>Kate&amp;gorieregeln:</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Put in front of %1 messages: @here, @channel, @everyone, a user (@U012AB3CD) or a user group (&lt;!subteam^S012AB3CD&gt;).</source>
        <translation>Wird Nachrichten der Stufe %1 vorangestellt: @here, @channel, @everyone, ein Benutzer (@U012AB3CD) oder eine Benutzergruppe (&lt;!subteam^S012AB3CD&gt;).</translation>
    </message>
    <message>
        <source>Off by default: log text is untrusted, and a &lt;!channel&gt; in it must not ping a whole channel.</source>
        <translation>Standardmäßig aus: Log-Text ist nicht vertrauenswürdig, und ein &lt;!channel&gt; darin darf nicht einen ganzen Kanal benachrichtigen.</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>200 ok</source>
        <translation>200 ok</translation>
    </message>
    <message>
        <source>200 ok, after 10 s</source>
        <translation>200 ok, nach 10 s</translation>
    </message>
    <message>
        <source>429 rate_limited, retry after 1 s</source>
        <translation>429 rate_limited, erneuter Versuch nach 1 s</translation>
    </message>
    <message>
        <source>500 rollup_error</source>
        <translation>500 rollup_error</translation>
    </message>
    <message>
        <source>404 no_service (webhook revoked)</source>
        <translation>404 no_service (Webhook widerrufen)</translation>
    </message>
    <message>
        <source>How the inspector answers each post, to see how the settings behave when Slack is slow, limits the rate, fails or has revoked the webhook.</source>
        <translation>Wie der Inspektor auf jeden Post antwortet, um zu sehen, wie sich die Einstellungen verhalten, wenn Slack langsam ist, die Rate begrenzt, ausfällt oder den Webhook widerrufen hat.</translation>
    </message>
    <message>
        <source>Listening at %1. Each webhook of the settings gets a path of its own here when a test goes to the inspector.</source>
        <translation>Empfängt unter %1. Jeder Webhook der Einstellungen erhält hier einen eigenen Pfad, wenn ein Test an den Inspektor geht.</translation>
    </message>
    <message>
        <source>The inspector could not listen on 127.0.0.1: test messages can only go to the webhooks in the settings.</source>
        <translation>Der Inspektor konnte nicht auf 127.0.0.1 lauschen: Testnachrichten können nur an die Webhooks in den Einstellungen gehen.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>L&amp;eeren</translation>
    </message>
    <message>
        <source>Answer with:</source>
        <translation>Antworten mit:</translation>
    </message>
    <message>
        <source>As Slack shows it:</source>
        <extracomment>the payload drawn as Slack shows it</extracomment>
        <translation>So zeigt Slack es an:</translation>
    </message>
    <message>
        <source>Raw JSON:</source>
        <translation>JSON-Rohdaten:</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1  %2  → %3  %4</source>
        <extracomment>time, webhook path, the answer given, and the start of the text</extracomment>
        <translation>%1  %2  → %3  %4</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>Fatal</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>&amp;Filtering</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>&amp;Routes</source>
        <translation>&amp;Routen</translation>
    </message>
    <message>
        <source>De&amp;livery</source>
        <translation>Zustel&amp;lung</translation>
    </message>
    <message>
        <source>Send a &amp;Test</source>
        <translation>Test&amp;versand</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspektor</translation>
    </message>
    <message>
        <source>&amp;Inspector (%1)</source>
        <translation>&amp;Inspektor (%1)</translation>
    </message>
    <message>
        <source>Go back to the saved settings</source>
        <translation>Zu den gespeicherten Einstellungen zurückkehren</translation>
    </message>
    <message>
        <source>&amp;Open Settings File…</source>
        <translation>Einstellungsdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Send &amp;Test Message</source>
        <translation>&amp;Testnachricht senden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SlackLog Settings</source>
        <translation>&amp;Über SlackLog-Einstellungen</translation>
    </message>
    <message>
        <source>About SlackLog Settings</source>
        <translation>Über SlackLog-Einstellungen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SlackLog Settings&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Edits the settings that SlackLog reads in an application, previews and sends test messages, and shows them in a built-in inspector.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SlackLog-Einstellungen&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Bearbeitet die Einstellungen, die SlackLog in einer Anwendung liest, zeigt Testnachrichten in der Vorschau, sendet sie und zeigt sie in einem eingebauten Inspektor an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved to %1. A running application that watches this file applies the settings now.</source>
        <translation>In %1 gespeichert. Eine laufende Anwendung, die diese Datei überwacht, übernimmt die Einstellungen jetzt.</translation>
    </message>
    <message>
        <source>Cannot be saved until this is fixed:</source>
        <translation>Kann erst gespeichert werden, wenn dies behoben ist:</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>%1[*] - SlackLog Settings</source>
        <extracomment>%1 is whose settings: an application name or a file name</extracomment>
        <translation>%1[*] - SlackLog-Einstellungen</translation>
    </message>
    <message>
        <source>The settings of %1 have changes that are not saved. Save them?</source>
        <translation>Die Einstellungen von %1 enthalten ungespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>Not Opened</source>
        <translation>Nicht geöffnet</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <extracomment>the tab with the format, fields, pattern and emoji</extracomment>
        <translation>&amp;Aussehen</translation>
    </message>
</context>
<context>
    <name>RoutesModel</name>
    <message>
        <source>Empty: the default webhook.</source>
        <translation>Leer: der Standard-Webhook.</translation>
    </message>
    <message>
        <source>Logging categories with QLoggingCategory&apos;s wildcards: &quot;db.sql&quot;, &quot;db.*&quot;, &quot;*.sql&quot; or &quot;*sql*&quot;. The first route that matches applies.</source>
        <translation>Logging-Kategorien mit den Platzhalterzeichen von QLoggingCategory: &quot;db.sql&quot;, &quot;db.*&quot;, &quot;*.sql&quot; oder &quot;*sql*&quot;. Es gilt die erste passende Route.</translation>
    </message>
    <message>
        <source>Category pattern</source>
        <translation>Kategoriemuster</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icon</translation>
    </message>
    <message>
        <source>Empty: the server of the Destination page.</source>
        <translation>Leer: der Server der Seite &quot;Ziel&quot;.</translation>
    </message>
    <message>
        <source>Server</source>
        <extracomment>the kind of chat server: Slack, Mattermost, Rocket.Chat or Discord</extracomment>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>RoutesPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>Hinzufü&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>(as the default)</source>
        <translation>(wie Standard)</translation>
    </message>
    <message>
        <source>Messages whose logging category matches a pattern go to that route&apos;s destination; the first match wins. Empty fields fall back to the Destination page. A route&apos;s own webhook may lead to another kind of server: say which. Webhook URLs are shown redacted: double-click to edit one.</source>
        <translation>Nachrichten, deren Logging-Kategorie auf ein Muster passt, gehen an das Ziel dieser Route; der erste Treffer gilt. Für leere Felder gilt die Seite &quot;Ziel&quot;. Der eigene Webhook einer Route kann zu einer anderen Art Server führen: Geben Sie sie an. Webhook-URLs werden unkenntlich gemacht angezeigt: Zum Bearbeiten doppelklicken.</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>No webhook is configured, and the built-in Slack stand-in could not listen on 127.0.0.1.</source>
        <translation>Es ist kein Webhook konfiguriert, und der eingebaute Slack-Ersatz konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>No webhook is configured (--webhook, SLACKLOG_WEBHOOK_URL or the saved settings), so this goes to the built-in Slack stand-in.</source>
        <translation>Es ist kein Webhook konfiguriert (--webhook, SLACKLOG_WEBHOOK_URL oder die gespeicherten Einstellungen), daher geht dies an den eingebauten Slack-Ersatz.</translation>
    </message>
    <message>
        <source>The settings are not valid:</source>
        <translation>Die Einstellungen sind ungültig:</translation>
    </message>
    <message>
        <source>Not sent: the settings filter out %1 messages (minimum level %2, category rules &quot;%3&quot;).</source>
        <translation>Nicht gesendet: Die Einstellungen filtern %1-Nachrichten heraus (Mindeststufe %2, Kategorieregeln &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>Delivered: HTTP %1 &quot;%2&quot; in %3 ms.</source>
        <translation>Zugestellt: HTTP %1 &quot;%2&quot; in %3 ms.</translation>
    </message>
    <message>
        <source>Not delivered: %1 (after %2 ms).</source>
        <translation>Nicht zugestellt: %1 (nach %2 ms).</translation>
    </message>
    <message>
        <source>The stand-in received this payload:</source>
        <translation>Der Slack-Ersatz hat diese Nutzdaten empfangen:</translation>
    </message>
    <message>
        <source>Not delivered: no answer from %1 in time.</source>
        <translation>Nicht zugestellt: keine rechtzeitige Antwort von %1.</translation>
    </message>
    <message>
        <source>Sending one %1 message to %2 …</source>
        <translation>Sende eine %1-Nachricht an %2 …</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>Hello from slacklog-config</source>
        <translation>Hallo von slacklog-config</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>The built-in inspector</source>
        <translation>Der eingebaute Inspektor</translation>
    </message>
    <message>
        <source>The webhooks in these settings</source>
        <translation>Die Webhooks in diesen Einstellungen</translation>
    </message>
    <message>
        <source>The inspector receives on 127.0.0.1 and shows what arrived; nothing leaves this computer.</source>
        <translation>Der Inspektor empfängt auf 127.0.0.1 und zeigt, was angekommen ist; nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>The logging category the message is logged in: it decides the route and the category rules that apply.</source>
        <translation>Die Logging-Kategorie, in der die Nachricht protokolliert wird: Sie bestimmt die Route und die geltenden Kategorieregeln.</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Senden an:</translation>
    </message>
    <message>
        <source>in category</source>
        <translation>in Kategorie</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <extracomment>the JSON body that will be posted</extracomment>
        <translation>Nutzdaten:</translation>
    </message>
    <message>
        <source>Delivery log:</source>
        <translation>Zustellprotokoll:</translation>
    </message>
    <message>
        <source>Delivered.</source>
        <translation>Zugestellt.</translation>
    </message>
    <message>
        <source>Not delivered: see the log.</source>
        <translation>Nicht zugestellt: siehe Protokoll.</translation>
    </message>
    <message>
        <source>%1, by route %2 (&quot;%3&quot;)</source>
        <translation>%1, über Route %2 (&quot;%3&quot;)</translation>
    </message>
    <message>
        <source>The settings filter this message out: it would not be sent.</source>
        <translation>Die Einstellungen filtern diese Nachricht heraus: Sie würde nicht gesendet.</translation>
    </message>
    <message>
        <source>Goes to %1.</source>
        <translation>Geht an %1.</translation>
    </message>
    <message>
        <source>Post %1 of %2:</source>
        <translation>Post %1 von %2:</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>SettingsDocument</name>
    <message>
        <source>Name the application whose settings to edit, or open a settings file.</source>
        <translation>Geben Sie die Anwendung an, deren Einstellungen Sie bearbeiten möchten, oder öffnen Sie eine Einstellungsdatei.</translation>
    </message>
    <message>
        <source>The settings in %1 could not be read: the file is not in INI format, or it cannot be opened.</source>
        <translation>Die Einstellungen in %1 konnten nicht gelesen werden: Die Datei ist nicht im INI-Format oder kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>Die Einstellungen wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The settings could not be written to %1. Check that its folder exists and may be written, and that the disk is not full.</source>
        <translation>Die Einstellungen konnten nicht in %1 geschrieben werden. Prüfen Sie, ob der Ordner existiert und beschreibbar ist und ob die Festplatte nicht voll ist.</translation>
    </message>
</context>
<context>
    <name>SettingsReport</name>
    <message>
        <source>The settings are valid.</source>
        <translation>Die Einstellungen sind gültig.</translation>
    </message>
    <message>
        <source>The settings are not valid:</source>
        <translation>Die Einstellungen sind ungültig:</translation>
    </message>
    <message>
        <source># The SlackLog settings in effect: saved settings, then SLACKLOG_* variables, then this command&apos;s flags.</source>
        <translation># Die geltenden SlackLog-Einstellungen: gespeicherte Einstellungen, dann SLACKLOG_*-Variablen, dann die Optionen dieses Befehls.</translation>
    </message>
    <message>
        <source>(default: slacklog-spool in the application&apos;s data directory)</source>
        <translation>(Standard: slacklog-spool im Datenverzeichnis der Anwendung)</translation>
    </message>
</context>
<context>
    <name>SlackLog::Delivery</name>
    <message>
        <source>delivered %1 to %2: HTTP %3 &quot;%4&quot; in %5 ms</source>
        <translation>%1 an %2 zugestellt: HTTP %3 &quot;%4&quot; in %5 ms</translation>
    </message>
    <message>
        <source>could not deliver %1 to %2: %3 (after %4 ms)</source>
        <translation>Zustellung von %1 an %2 fehlgeschlagen: %3 (nach %4 ms)</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 Nachricht</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <source>the webhook answered with a redirect (%1), which SlackLog does not follow</source>
        <translation>der Webhook hat mit einer Weiterleitung geantwortet (%1), der SlackLog nicht folgt</translation>
    </message>
    <message>
        <source>Slack rejected the message (%1)</source>
        <translation>Slack hat die Nachricht abgelehnt (%1)</translation>
    </message>
    <message>
        <source>the webhook is not allowed to post (%1)</source>
        <translation>der Webhook ist nicht zum Posten berechtigt (%1)</translation>
    </message>
    <message>
        <source>the webhook was revoked or does not exist (%1)</source>
        <translation>der Webhook wurde widerrufen oder existiert nicht (%1)</translation>
    </message>
    <message>
        <source>the channel is archived (%1)</source>
        <translation>der Kanal ist archiviert (%1)</translation>
    </message>
    <message>
        <source>Slack is rate limiting this webhook (%1)</source>
        <translation>Slack begrenzt die Anfragerate dieses Webhooks (%1)</translation>
    </message>
    <message>
        <source>Slack had a server error (%1)</source>
        <translation>bei Slack ist ein Serverfehler aufgetreten (%1)</translation>
    </message>
    <message>
        <source>the webhook refused the message (%1)</source>
        <translation>der Webhook hat die Nachricht zurückgewiesen (%1)</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation>%1 hat die Verbindung vor einer Antwort geschlossen</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 ms</source>
        <translation>%1 hat nicht innerhalb von %2 ms geantwortet</translation>
    </message>
    <message>
        <source>the host %1 was not found</source>
        <translation>der Host %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the TLS connection to %1 failed: %2</source>
        <translation>die TLS-Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the post to %1 failed: %2</source>
        <translation>das Senden an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1, retry after %2 s</source>
        <translation>%1, erneuter Versuch nach %2 s</translation>
    </message>
    <message>
        <source>SlackLog is not installed, because the settings are invalid:</source>
        <translation>SlackLog ist nicht installiert, weil die Einstellungen ungültig sind:</translation>
    </message>
    <message>
        <source>SlackLog was uninstalled before they could be delivered</source>
        <translation>SlackLog wurde deinstalliert, bevor sie zugestellt werden konnten</translation>
    </message>
    <message>
        <source>the shutdown timeout of %1 ms passed before they could be delivered</source>
        <translation>die Zeitgrenze beim Beenden von %1 ms lief ab, bevor sie zugestellt werden konnten</translation>
    </message>
    <message>
        <source>the delivery thread did not stop in time; it is left behind</source>
        <translation>der Zustell-Thread hat nicht rechtzeitig angehalten; er wird zurückgelassen</translation>
    </message>
    <message>
        <source>%1 dropped: %2</source>
        <translation>%1 verworfen: %2</translation>
    </message>
    <message>
        <source>messages logged after SlackLog&apos;s last delivery at exit are dropped</source>
        <translation>Meldungen, die nach der letzten Zustellung von SlackLog beim Beenden protokolliert werden, werden verworfen</translation>
    </message>
    <message>
        <source>a delivery thread left behind still runs; no new one is started</source>
        <translation>ein zurückgelassener Zustell-Thread läuft noch; es wird kein neuer gestartet</translation>
    </message>
    <message>
        <source>%1 dropped: their post was cut off at the deadline, before the server answered</source>
        <translation>%1 verworfen: ihr Versand wurde bei Fristablauf abgebrochen, bevor der Server antwortete</translation>
    </message>
    <message>
        <source>%1 dropped (queue full) since %2; SlackLog was uninstalled before it could say so in the channel</source>
        <translation>%1 seit %2 verworfen (Warteschlange voll); SlackLog wurde deinstalliert, bevor dies im Kanal gemeldet werden konnte</translation>
    </message>
    <message>
        <source>%1; nothing more is posted to %2 until SlackLog is installed with another webhook (%3 rejected)</source>
        <translation>%1; an %2 wird nichts mehr gesendet, bis SlackLog mit einem anderen Webhook installiert wird (%3 abgelehnt)</translation>
    </message>
    <message>
        <source>(retrying in %1 s)</source>
        <translation>(erneuter Versuch in %1 s)</translation>
    </message>
    <message>
        <source>(gave up: %1 expired)</source>
        <translation>(aufgegeben: %1 abgelaufen)</translation>
    </message>
    <message>
        <source>(%1 rejected)</source>
        <translation>(%1 abgelehnt)</translation>
    </message>
    <message>
        <source>the queue is full (%1, or %2 bytes, wait for delivery): %3 are dropped until there is room</source>
        <translation>die Warteschlange ist voll (%1 oder %2 Bytes warten auf Zustellung): %3 werden verworfen, bis wieder Platz ist</translation>
    </message>
    <message>
        <source>the oldest messages</source>
        <translation>die ältesten Nachrichten</translation>
    </message>
    <message>
        <source>new messages</source>
        <translation>neue Nachrichten</translation>
    </message>
    <message>
        <source>SlackLog: %1 dropped (queue full) since %2</source>
        <translation>SlackLog: %1 seit %2 verworfen (Warteschlange voll)</translation>
    </message>
    <message>
        <source>(repeated %1 times)</source>
        <comment>a log line that came this many more times in a row</comment>
        <translation>(%1-mal wiederholt)</translation>
    </message>
    <message>
        <source>[replayed; its destination is no longer in the settings]</source>
        <comment>put in front of a message from an earlier run that goes to the default channel</comment>
        <translation>[nachgereicht; das ursprüngliche Ziel steht nicht mehr in den Einstellungen]</translation>
    </message>
    <message>
        <source>the spool directory %1 cannot be created; messages are not kept on disk</source>
        <translation>das Spool-Verzeichnis %1 kann nicht angelegt werden; Nachrichten werden nicht auf der Festplatte gespeichert</translation>
    </message>
    <message>
        <source>the spool directory %1 is in use by process %2; messages are not kept on disk</source>
        <translation>das Spool-Verzeichnis %1 wird von Prozess %2 verwendet; Nachrichten werden nicht auf der Festplatte gespeichert</translation>
    </message>
    <message>
        <source>the spool file %1 cannot be read: %2</source>
        <translation>die Spool-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the spool is full (%1 bytes); messages that cannot be delivered now are counted as spool_full</source>
        <translation>der Spool ist voll (%1 Bytes); Nachrichten, die jetzt nicht zugestellt werden können, werden als spool_full gezählt</translation>
    </message>
    <message>
        <source>the spool file %1 cannot be written: %2</source>
        <translation>die Spool-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 kept in the spool for the next run: their post was cut off at the deadline, before the server answered, so Slack may show them twice</source>
        <translation>%1 für den nächsten Lauf im Spool aufbewahrt: ihr Versand wurde an der Frist abgebrochen, bevor der Server antwortete, daher zeigt Slack sie womöglich doppelt</translation>
    </message>
    <message>
        <source>the delivery thread had ended before it was asked to stop</source>
        <translation>der Zustell-Thread war schon beendet, bevor er angehalten werden sollte</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>%1 answered with more than %2 bytes, which no webhook does; the answer was cut off there</source>
        <translation>%1 antwortete mit mehr als %2 Bytes, was kein Webhook tut; die Antwort wurde dort abgeschnitten</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not HTTP (no status code)</source>
        <translation>%1 sendete eine Antwort, die kein HTTP ist (kein Statuscode)</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not HTTP (status %2)</source>
        <translation>%1 sendete eine Antwort, die kein HTTP ist (Status %2)</translation>
    </message>
    <message>
        <source>the webhook answered %1 without &quot;ok&quot;: something between SlackLog and Slack, such as a proxy, may have answered instead</source>
        <translation>der Webhook antwortete %1 ohne &quot;ok&quot;: Etwas zwischen SlackLog und Slack, etwa ein Proxy, hat womöglich an seiner Stelle geantwortet</translation>
    </message>
    <message>
        <source>the webhook answered %1 &quot;%2&quot; instead of &quot;ok&quot;: something between SlackLog and Slack, such as a proxy, may have answered instead</source>
        <translation>der Webhook antwortete %1 &quot;%2&quot; statt &quot;ok&quot;: Etwas zwischen SlackLog und Slack, etwa ein Proxy, hat womöglich an seiner Stelle geantwortet</translation>
    </message>
    <message>
        <source>the fatal message could not be kept in the spool at %1: %2</source>
        <translation>die fatale Nachricht konnte nicht im Spool unter %1 aufbewahrt werden: %2</translation>
    </message>
    <message>
        <source>%1 dropped: %2, and the spool could not keep them for the next run (it was full, or could not be opened or written); counted as spool_full</source>
        <translation>%1 verworfen: %2, und der Spool konnte sie nicht für den nächsten Lauf aufbewahren (er war voll oder konnte nicht geöffnet oder beschrieben werden); gezählt als spool_full</translation>
    </message>
    <message>
        <source>the spool directory %1 is in use by another process; messages are not kept on disk</source>
        <translation>das Spool-Verzeichnis %1 wird von einem anderen Prozess verwendet; Nachrichten werden nicht auf der Festplatte aufbewahrt</translation>
    </message>
    <message>
        <source>the spool directory %1 cannot be locked (%2); messages are not kept on disk</source>
        <translation>das Spool-Verzeichnis %1 kann nicht gesperrt werden (%2); Nachrichten werden nicht auf der Festplatte aufbewahrt</translation>
    </message>
    <message>
        <source>the spool file %1 was written by a later version of SlackLog (spool format %2); it is left as it is</source>
        <translation>die Spool-Datei %1 wurde von einer neueren SlackLog-Version geschrieben (Spool-Format %2); sie bleibt unverändert</translation>
    </message>
    <message>
        <source>%1 is not a SlackLog spool file; it is left as it is</source>
        <translation>%1 ist keine Spool-Datei von SlackLog; sie bleibt unverändert</translation>
    </message>
    <message>
        <source>the directory cannot be created</source>
        <translation>das Verzeichnis kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the spool at %1 holds %2 damaged record(s) and %3 damaged stretch(es) whose records cannot be counted (a file cut off by a crash, or overwritten); every intact record around them is delivered</source>
        <translation>der Spool unter %1 enthält %2 beschädigte Einträge und %3 beschädigte Abschnitte, deren Einträge sich nicht zählen lassen (eine durch einen Absturz abgeschnittene oder überschriebene Datei); jeder unversehrte Eintrag davor und danach wird zugestellt</translation>
    </message>
    <message>
        <source>the spool at %1 holds %2 damaged record(s) that could not be read back</source>
        <translation>der Spool unter %1 enthält %2 beschädigte Einträge, die nicht zurückgelesen werden konnten</translation>
    </message>
    <message>
        <source>the spool file %1 cannot be deleted</source>
        <translation>die Spool-Datei %1 kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>SlackLog::Settings</name>
    <message>
        <source>The category rule &quot;%1&quot; is not of the form category=true or category=false.</source>
        <translation>Die Kategorieregel &quot;%1&quot; hat nicht die Form category=true oder category=false.</translation>
    </message>
    <message>
        <source>The category rule &quot;%1&quot; has a &apos;*&apos; that is neither first nor last.</source>
        <translation>Die Kategorieregel &quot;%1&quot; enthält ein &apos;*&apos;, das weder am Anfang noch am Ende steht.</translation>
    </message>
    <message>
        <source>The message pattern has an %{if-…} without %{endif}.</source>
        <translation>Das Nachrichtenmuster enthält ein %{if-…} ohne %{endif}.</translation>
    </message>
    <message>
        <source>The webhook URL</source>
        <translation>Die Webhook-URL</translation>
    </message>
    <message>
        <source>The webhook URL is not set: set SLACKLOG_WEBHOOK_URL, or save one with slacklog-config.</source>
        <translation>Die Webhook-URL ist nicht gesetzt: Setzen Sie SLACKLOG_WEBHOOK_URL oder speichern Sie eine mit slacklog-config.</translation>
    </message>
    <message>
        <source>in the settings</source>
        <translation>in den Einstellungen</translation>
    </message>
    <message>
        <source>The mention for %1 messages, &quot;%2&quot;, is not a Slack mention: use @here, @channel, @everyone, &lt;@U…&gt; or &lt;!subteam^S…&gt;.</source>
        <translation>Die Erwähnung für %1-Nachrichten, &quot;%2&quot;, ist keine Slack-Erwähnung: Verwenden Sie @here, @channel, @everyone, &lt;@U…&gt; oder &lt;!subteam^S…&gt;.</translation>
    </message>
    <message>
        <source>of the route for &quot;%1&quot;</source>
        <translation>in der Route für &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The route category &quot;%1&quot; is not a category pattern such as db.* or *.sql.</source>
        <translation>Die Routenkategorie &quot;%1&quot; ist kein Kategoriemuster wie db.* oder *.sql.</translation>
    </message>
    <message>
        <source>The route for &quot;%1&quot; sets no webhook URL, channel, username or icon.</source>
        <translation>Die Route für &quot;%1&quot; legt weder eine Webhook-URL noch einen Kanal, Benutzernamen oder ein Icon fest.</translation>
    </message>
    <message>
        <source>The webhook URL %1</source>
        <translation>Die Webhook-URL %1</translation>
    </message>
    <message>
        <source>a whole number of at least 1</source>
        <translation>eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>%1 is not a JSON array of routes such as [{&quot;category&quot;: &quot;db.*&quot;, &quot;channel&quot;: &quot;#db&quot;}] (%2 at character %3).</source>
        <translation>%1 ist kein JSON-Array von Routen wie [{&quot;category&quot;: &quot;db.*&quot;, &quot;channel&quot;: &quot;#db&quot;}] (%2 bei Zeichen %3).</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>kein Array</translation>
    </message>
    <message>
        <source>The message pattern has a &quot;%1&quot; that is not closed with &apos;}&apos;.</source>
        <translation>Das Meldungsmuster enthält ein &quot;%1&quot;, das nicht mit &apos;}&apos; geschlossen wird.</translation>
    </message>
    <message>
        <source>The message pattern nests &quot;%1&quot; inside another %{if-…}; conditions cannot be nested.</source>
        <translation>Das Meldungsmuster verschachtelt &quot;%1&quot; in einem anderen %{if-…}; Bedingungen können nicht verschachtelt werden.</translation>
    </message>
    <message>
        <source>The message pattern has an unknown condition &quot;%1&quot;.</source>
        <translation>Das Meldungsmuster enthält eine unbekannte Bedingung &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The message pattern has &quot;%1&quot; without an %{if-…} before it.</source>
        <translation>Das Meldungsmuster enthält &quot;%1&quot; ohne ein vorangehendes %{if-…}.</translation>
    </message>
    <message>
        <source>The message pattern uses &quot;%1&quot;, which SlackLog does not support: a backtrace would have to be taken in the logging thread, at a cost every log call would pay.</source>
        <translation>Das Meldungsmuster verwendet &quot;%1&quot;, was SlackLog nicht unterstützt: Ein Backtrace müsste im protokollierenden Thread erstellt werden, was jeden Protokollaufruf verteuern würde.</translation>
    </message>
    <message>
        <source>The message pattern has an unknown placeholder &quot;%1&quot;.</source>
        <translation>Das Meldungsmuster enthält einen unbekannten Platzhalter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an emoji name such as :robot_face:.</source>
        <translation>%1, &quot;%2&quot;, ist kein Emoji-Name wie :robot_face:.</translation>
    </message>
    <message>
        <source>The channel %1 &quot;%2&quot; contains white space.</source>
        <translation>Der Kanal &quot;%2&quot; %1 enthält Leerzeichen.</translation>
    </message>
    <message>
        <source>The icon emoji %1</source>
        <translation>Das Icon-Emoji %1</translation>
    </message>
    <message>
        <source>The icon URL %1</source>
        <translation>Die Icon-URL %1</translation>
    </message>
    <message>
        <source>Both an icon emoji and an icon URL are set %1; set only one.</source>
        <translation>Es sind %1 sowohl ein Icon-Emoji als auch eine Icon-URL gesetzt; setzen Sie nur eines von beiden.</translation>
    </message>
    <message>
        <source>one of debug, info, warning, critical or fatal</source>
        <translation>einer der Werte debug, info, warning, critical oder fatal</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, which is not %3.</source>
        <translation>%1 ist &quot;%2&quot;; erwartet wird %3.</translation>
    </message>
    <message>
        <source>of the form level=mention, such as critical=@here</source>
        <translation>ein Eintrag der Form level=mention, etwa critical=@here</translation>
    </message>
    <message>
        <source>%1 is not set.</source>
        <translation>%1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>%1 is not a valid URL: %2</source>
        <translation>%1 ist keine gültige URL: %2</translation>
    </message>
    <message>
        <source>%1 must use https; plain http is accepted only for a loopback host (127.0.0.1, ::1, localhost): %2</source>
        <translation>%1 muss https verwenden; unverschlüsseltes http ist nur für einen Loopback-Host (127.0.0.1, ::1, localhost) zulässig: %2</translation>
    </message>
    <message>
        <source>%1 must be an https URL: %2</source>
        <translation>%1 muss eine https-URL sein: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid http or https URL: %2</source>
        <translation>%1 ist keine gültige http- oder https-URL: %2</translation>
    </message>
    <message>
        <source>a whole number of bytes, at least 65536</source>
        <translation>eine ganze Zahl von Bytes, mindestens 65536</translation>
    </message>
    <message>
        <source>drop-oldest or drop-newest</source>
        <translation>drop-oldest oder drop-newest</translation>
    </message>
    <message>
        <source>a number of posts per second over 0 and at most 100, such as 1 or 0.5</source>
        <translation>eine Anzahl von Posts pro Sekunde größer als 0 und höchstens 100, etwa 1 oder 0.5</translation>
    </message>
    <message>
        <source>a number of characters from 100 to 40000 (Slack truncates longer posts)</source>
        <translation>eine Anzahl von Zeichen von 100 bis 40000 (Slack kürzt längere Posts)</translation>
    </message>
    <message>
        <source>a proxy URL such as http://proxy:3128 or socks5://proxy:1080</source>
        <translation>eine Proxy-URL wie http://proxy:3128 oder socks5://proxy:1080</translation>
    </message>
    <message>
        <source>The queue capacity must be at least 1 message.</source>
        <translation>Die Kapazität der Warteschlange muss mindestens 1 Nachricht betragen.</translation>
    </message>
    <message>
        <source>The queue&apos;s byte cap must be at least 65536 bytes.</source>
        <translation>Die Byte-Obergrenze der Warteschlange muss mindestens 65536 Bytes betragen.</translation>
    </message>
    <message>
        <source>The post rate must be more than 0 and at most 100 posts per second.</source>
        <translation>Die Senderate muss größer als 0 und höchstens 100 Posts pro Sekunde sein.</translation>
    </message>
    <message>
        <source>The burst must be between 1 and 100 posts.</source>
        <translation>Der Burst muss zwischen 1 und 100 Posts liegen.</translation>
    </message>
    <message>
        <source>The text budget must be between 100 and 40,000 characters: Slack truncates longer messages.</source>
        <translation>Das Textbudget muss zwischen 100 und 40.000 Zeichen liegen: Slack kürzt längere Nachrichten.</translation>
    </message>
    <message>
        <source>The longest message must be at least 100 characters.</source>
        <translation>Die maximale Nachrichtenlänge muss mindestens 100 Zeichen betragen.</translation>
    </message>
    <message>
        <source>The spool&apos;s size cap must be at least 65536 bytes.</source>
        <translation>Die Größenobergrenze des Spools muss mindestens 65536 Bytes betragen.</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; is not a proxy URL such as http://proxy:3128 or socks5://proxy:1080.</source>
        <translation>Der Proxy &quot;%1&quot; ist keine Proxy-URL wie http://proxy:3128 oder socks5://proxy:1080.</translation>
    </message>
    <message>
        <source>The emoji for %1 messages</source>
        <translation>Das Emoji für %1-Nachrichten</translation>
    </message>
    <message>
        <source>The format blocks is Slack&apos;s Block Kit, which %1 does not understand: use attachments or text.</source>
        <translation>Das Format blocks (Blöcke) ist Slacks Block Kit, das %1 nicht versteht: Verwenden Sie attachments (Anhänge) oder text.</translation>
    </message>
    <message>
        <source>one of slack, mattermost, rocketchat or discord</source>
        <translation>einer der Werte slack, mattermost, rocketchat oder discord</translation>
    </message>
    <message>
        <source>one of text, attachments or blocks</source>
        <translation>einer der Werte text, attachments oder blocks</translation>
    </message>
    <message>
        <source>a comma list of app, host, pid, thread, category, file and function</source>
        <translation>eine durch Kommas getrennte Liste aus app, host, pid, thread, category, file und function</translation>
    </message>
    <message>
        <source>of the form level=emoji, such as warning=:warning:</source>
        <translation>ein Eintrag der Form level=emoji, etwa warning=:warning:</translation>
    </message>
    <message>
        <source>The shutdown timeout must be from 0 to %1 ms.</source>
        <translation>Das Zeitlimit beim Beenden muss zwischen 0 und %1 ms liegen.</translation>
    </message>
    <message>
        <source>The request timeout must be longer than 0 ms, and at most %1 ms.</source>
        <translation>Das Zeitlimit für Anfragen muss länger als 0 ms und höchstens %1 ms sein.</translation>
    </message>
    <message>
        <source>The retry time must be from 0 to %1 ms.</source>
        <translation>Die Wiederholungsdauer muss zwischen 0 und %1 ms liegen.</translation>
    </message>
    <message>
        <source>The repeat window must be from 0 to %1 ms.</source>
        <translation>Das Wiederholungsfenster muss zwischen 0 und %1 ms liegen.</translation>
    </message>
    <message>
        <source>a whole number of milliseconds up to %1</source>
        <translation>eine ganze Zahl von Millisekunden bis %1</translation>
    </message>
</context>
<context>
    <name>SlackRendering</name>
    <message>
        <source>[image]</source>
        <extracomment>stands for an icon image that the inspector does not download</extracomment>
        <translation>[Bild]</translation>
    </message>
    <message>
        <source>incoming-webhook</source>
        <translation>incoming-webhook</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>APP</translation>
    </message>
    <message>
        <source>[%1 block]</source>
        <extracomment>a Block Kit block that the inspector does not draw; %1 is its type</extracomment>
        <translation>[Block %1]</translation>
    </message>
</context>
<context>
    <name>SourceBar</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>The organization name the application sets with QCoreApplication::setOrganizationName().</source>
        <translation>Der Organisationsname, den die Anwendung mit QCoreApplication::setOrganizationName() setzt.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>The application name it sets with QCoreApplication::setApplicationName().</source>
        <translation>Der Anwendungsname, den sie mit QCoreApplication::setApplicationName() setzt.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Edit the SlackLog settings of this application.</source>
        <translation>Die SlackLog-Einstellungen dieser Anwendung bearbeiten.</translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation>Datei öff&amp;nen…</translation>
    </message>
    <message>
        <source>Edit the SlackLog group of an INI settings file.</source>
        <translation>Die SlackLog-Gruppe einer INI-Einstellungsdatei bearbeiten.</translation>
    </message>
    <message>
        <source>Settings of:</source>
        <translation>Einstellungen von:</translation>
    </message>
    <message>
        <source>File: %1 (the SlackLog group)</source>
        <extracomment>%1 is the settings file&apos;s path</extracomment>
        <translation>Datei: %1 (die SlackLog-Gruppe)</translation>
    </message>
    <message>
        <source>Open Settings File</source>
        <translation>Einstellungsdatei öffnen</translation>
    </message>
    <message>
        <source>Settings files (*.ini *.conf);;All files (*)</source>
        <translation>Einstellungsdateien (*.ini *.conf);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>TestSend</name>
    <message>
        <source>A test message is still under way.</source>
        <translation>Eine Testnachricht ist noch unterwegs.</translation>
    </message>
    <message>
        <source>Not sent: the settings filter out %1 messages in &quot;%2&quot; (minimum level %3, category rules).</source>
        <translation>Nicht gesendet: Die Einstellungen filtern %1-Nachrichten in &quot;%2&quot; heraus (Mindeststufe %3, Kategorieregeln).</translation>
    </message>
    <message>
        <source>SlackLog could not be installed with these settings.</source>
        <translation>SlackLog konnte mit diesen Einstellungen nicht installiert werden.</translation>
    </message>
    <message>
        <source>Not posted: this webhook answered that it was revoked (404 or 410) earlier, so SlackLog posts nothing more to it until it is installed with another webhook.</source>
        <translation>Nicht gepostet: Dieser Webhook hat zuvor gemeldet, dass er widerrufen wurde (404 oder 410), daher postet SlackLog nichts mehr an ihn, bis es mit einem anderen Webhook installiert wird.</translation>
    </message>
    <message>
        <source>Not posted: the queue was full, and the message was dropped.</source>
        <translation>Nicht gepostet: Die Warteschlange war voll, und die Nachricht wurde verworfen.</translation>
    </message>
    <message>
        <source>Not posted: the message was dropped before it could be sent.</source>
        <translation>Nicht gepostet: Die Nachricht wurde verworfen, bevor sie gesendet werden konnte.</translation>
    </message>
    <message>
        <source>Not posted, and SlackLog reported no result for it.</source>
        <translation>Nicht gepostet, und SlackLog hat kein Ergebnis dafür gemeldet.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The settings file %1 does not exist.</source>
        <translation>Die Einstellungsdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The settings in %1 could not be read.</source>
        <translation>Die Einstellungen in %1 konnten nicht gelesen werden.</translation>
    </message>
</context>
</TS>
