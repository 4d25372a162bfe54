<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CommandLine</name>
    <message>
        <source>Edits the SlackLog settings that an application reads, and sends test messages.
Without a configured webhook, --send posts to a built-in Slack stand-in on 127.0.0.1 and shows what it received.</source>
        <translation>Bearbeitet die SlackLog-Einstellungen, die eine Anwendung liest, und sendet Testnachrichten.
Ohne konfigurierten Webhook sendet --send an einen eingebauten Slack-Ersatz auf 127.0.0.1 und zeigt an, was dieser empfangen hat.</translation>
    </message>
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
        <source>Nothing to do. Send a test message with --send &quot;TEXT&quot;, or use --check or --print-settings; see --help.</source>
        <translation>Nichts zu tun. Senden Sie eine Testnachricht mit --send &quot;TEXT&quot;, oder verwenden Sie --check oder --print-settings; siehe --help.</translation>
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
        <source>the spool directory %1 cannot be locked; messages are not kept on disk</source>
        <translation>das Spool-Verzeichnis %1 kann nicht gesperrt werden; Nachrichten werden nicht auf der Festplatte gespeichert</translation>
    </message>
    <message>
        <source>the spool file %1 cannot be read: %2</source>
        <translation>die Spool-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged record(s) in the spool could not be read back; they were cut off by a crash or overwritten</source>
        <translation>
            <numerusform>%n beschädigter Datensatz im Spool konnte nicht zurückgelesen werden; er wurde durch einen Absturz abgeschnitten oder überschrieben</numerusform>
            <numerusform>%n beschädigte Datensätze im Spool konnten nicht zurückgelesen werden; sie wurden durch einen Absturz abgeschnitten oder überschrieben</numerusform>
        </translation>
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
        <source>the fatal message could not be kept in the spool at %1</source>
        <translation>die fatale Nachricht konnte nicht im Spool unter %1 aufbewahrt werden</translation>
    </message>
    <message>
        <source>%1 kept in the spool for the next run: their post was cut off at the deadline, before the server answered, so Slack may show them twice</source>
        <translation>%1 für den nächsten Lauf im Spool aufbewahrt: ihr Versand wurde an der Frist abgebrochen, bevor der Server antwortete, daher zeigt Slack sie womöglich doppelt</translation>
    </message>
    <message>
        <source>the delivery thread had ended before it was asked to stop</source>
        <translation>der Zustell-Thread war schon beendet, bevor er angehalten werden sollte</translation>
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
        <source>The shutdown timeout must not be negative.</source>
        <translation>Das Zeitlimit beim Beenden darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The request timeout must be longer than 0 ms.</source>
        <translation>Das Zeitlimit für Anfragen muss größer als 0 ms sein.</translation>
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
        <source>a whole number of milliseconds</source>
        <translation>eine ganze Zahl von Millisekunden</translation>
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
        <source>The retry time must not be negative.</source>
        <translation>Die maximale Dauer für erneute Zustellversuche darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The repeat window must not be negative.</source>
        <translation>Das Zeitfenster zum Zusammenfassen von Wiederholungen darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The spool&apos;s size cap must be at least 65536 bytes.</source>
        <translation>Die Größenobergrenze des Spools muss mindestens 65536 Bytes betragen.</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; is not a proxy URL such as http://proxy:3128 or socks5://proxy:1080.</source>
        <translation>Der Proxy &quot;%1&quot; ist keine Proxy-URL wie http://proxy:3128 oder socks5://proxy:1080.</translation>
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
