<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CommandLine</name>
    <message>
        <source>Edits the SlackLog settings that an application reads, and sends test messages.
Without a configured webhook, --send posts to a built-in Slack stand-in on 127.0.0.1 and shows what it received.</source>
        <translation>Edita la configuración de SlackLog que lee una aplicación y envía mensajes de prueba.
Sin un webhook configurado, --send publica en un sustituto de Slack integrado en 127.0.0.1 y muestra lo que ha recibido.</translation>
    </message>
    <message>
        <source>Sends TEXT as one log message, as an application would.</source>
        <translation>Envía TEXTO como un mensaje de registro, igual que lo haría una aplicación.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>The level of the message: debug, info, warning or critical (default: info).</source>
        <translation>El nivel del mensaje: debug, info, warning o critical (predeterminado: info).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEL</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The channel, such as #ops or @alice.</source>
        <translation>El canal, como #ops o @alice.</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CANAL</translation>
    </message>
    <message>
        <source>The name to post as.</source>
        <translation>El nombre con el que publicar.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>The emoji to post with, such as :robot_face:.</source>
        <translation>El emoji con el que publicar, como :robot_face:.</translation>
    </message>
    <message>
        <source>EMOJI</source>
        <translation>EMOJI</translation>
    </message>
    <message>
        <source>The URL of an image to post with.</source>
        <translation>La URL de una imagen con la que publicar.</translation>
    </message>
    <message>
        <source>Reads the settings from this INI file.</source>
        <translation>Lee la configuración de este archivo INI.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The organization name of the application whose settings to read.</source>
        <translation>El nombre de la organización de la aplicación cuya configuración se debe leer.</translation>
    </message>
    <message>
        <source>The name of the application whose settings to read.</source>
        <translation>El nombre de la aplicación cuya configuración se debe leer.</translation>
    </message>
    <message>
        <source>The language to show, such as de or zh_CN, instead of the system&apos;s.</source>
        <translation>El idioma en que mostrar los textos, como de o zh_CN, en lugar del idioma del sistema.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Pruebe --help.</translation>
    </message>
    <message>
        <source>--level must be debug, info, warning or critical, not &quot;%1&quot;. (A fatal message would end slacklog-config itself.)</source>
        <translation>--level debe ser debug, info, warning o critical, no &quot;%1&quot;. (Un mensaje fatal terminaría el propio slacklog-config.)</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Put a message with spaces in quotes: --send &quot;disk almost full&quot;.</source>
        <translation>Argumento inesperado &quot;%1&quot;. Ponga entre comillas los mensajes que contengan espacios: --send &quot;disco casi lleno&quot;.</translation>
    </message>
    <message>
        <source>The webhook URL to post to. Other users of this machine can read a command line: prefer SLACKLOG_WEBHOOK_URL.</source>
        <translation>La URL del webhook en la que publicar. Otros usuarios de esta máquina pueden leer la línea de órdenes: es preferible usar SLACKLOG_WEBHOOK_URL.</translation>
    </message>
    <message>
        <source>Checks the settings and says what is wrong; exits with 0 when they are valid, 1 when not.</source>
        <translation>Comprueba la configuración y dice qué está mal; termina con 0 si es válida y con 1 si no.</translation>
    </message>
    <message>
        <source>Prints the settings in effect, with webhook URLs redacted.</source>
        <translation>Muestra la configuración vigente, con las URL de webhook ocultas.</translation>
    </message>
    <message>
        <source>Nothing to do. Send a test message with --send &quot;TEXT&quot;, or use --check or --print-settings; see --help.</source>
        <translation>No hay nada que hacer. Envíe un mensaje de prueba con --send &quot;TEXTO&quot;, o use --check o --print-settings; consulte --help.</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>No webhook is configured, and the built-in Slack stand-in could not listen on 127.0.0.1.</source>
        <translation>No hay ningún webhook configurado y el sustituto de Slack integrado no pudo escuchar en 127.0.0.1.</translation>
    </message>
    <message>
        <source>No webhook is configured (--webhook, SLACKLOG_WEBHOOK_URL or the saved settings), so this goes to the built-in Slack stand-in.</source>
        <translation>No hay ningún webhook configurado (--webhook, SLACKLOG_WEBHOOK_URL o la configuración guardada), así que esto se envía al sustituto de Slack integrado.</translation>
    </message>
    <message>
        <source>The settings are not valid:</source>
        <translation>La configuración no es válida:</translation>
    </message>
    <message>
        <source>Not sent: the settings filter out %1 messages (minimum level %2, category rules &quot;%3&quot;).</source>
        <translation>No enviado: la configuración filtra los mensajes %1 (nivel mínimo %2, reglas de categoría &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>Delivered: HTTP %1 &quot;%2&quot; in %3 ms.</source>
        <translation>Entregado: HTTP %1 &quot;%2&quot; en %3 ms.</translation>
    </message>
    <message>
        <source>Not delivered: %1 (after %2 ms).</source>
        <translation>No entregado: %1 (tras %2 ms).</translation>
    </message>
    <message>
        <source>The stand-in received this payload:</source>
        <translation>El sustituto recibió esta carga útil:</translation>
    </message>
    <message>
        <source>Not delivered: no answer from %1 in time.</source>
        <translation>No entregado: %1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Sending one %1 message to %2 …</source>
        <translation>Enviando un mensaje de nivel %1 a %2 …</translation>
    </message>
</context>
<context>
    <name>SettingsReport</name>
    <message>
        <source>The settings are valid.</source>
        <translation>La configuración es válida.</translation>
    </message>
    <message>
        <source>The settings are not valid:</source>
        <translation>La configuración no es válida:</translation>
    </message>
    <message>
        <source># The SlackLog settings in effect: saved settings, then SLACKLOG_* variables, then this command&apos;s flags.</source>
        <translation># La configuración de SlackLog vigente: la guardada, luego las variables SLACKLOG_* y luego las opciones de este comando.</translation>
    </message>
    <message>
        <source>(default: slacklog-spool in the application&apos;s data directory)</source>
        <translation>(predeterminado: slacklog-spool en el directorio de datos de la aplicación)</translation>
    </message>
</context>
<context>
    <name>SlackLog::Delivery</name>
    <message>
        <source>delivered %1 to %2: HTTP %3 &quot;%4&quot; in %5 ms</source>
        <translation>entrega de %1 a %2: HTTP %3 &quot;%4&quot; en %5 ms</translation>
    </message>
    <message>
        <source>could not deliver %1 to %2: %3 (after %4 ms)</source>
        <translation>no se pudo entregar %1 a %2: %3 (tras %4 ms)</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 mensaje</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 mensajes</translation>
    </message>
    <message>
        <source>the webhook answered with a redirect (%1), which SlackLog does not follow</source>
        <translation>el webhook respondió con una redirección (%1), que SlackLog no sigue</translation>
    </message>
    <message>
        <source>Slack rejected the message (%1)</source>
        <translation>Slack rechazó el mensaje (%1)</translation>
    </message>
    <message>
        <source>the webhook is not allowed to post (%1)</source>
        <translation>el webhook no tiene permiso para publicar (%1)</translation>
    </message>
    <message>
        <source>the webhook was revoked or does not exist (%1)</source>
        <translation>el webhook se ha revocado o no existe (%1)</translation>
    </message>
    <message>
        <source>the channel is archived (%1)</source>
        <translation>el canal está archivado (%1)</translation>
    </message>
    <message>
        <source>Slack is rate limiting this webhook (%1)</source>
        <translation>Slack está limitando la frecuencia de este webhook (%1)</translation>
    </message>
    <message>
        <source>Slack had a server error (%1)</source>
        <translation>se produjo un error en el servidor de Slack (%1)</translation>
    </message>
    <message>
        <source>the webhook refused the message (%1)</source>
        <translation>el webhook no aceptó el mensaje (%1)</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 rechazó la conexión</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation>%1 cerró la conexión antes de responder</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 ms</source>
        <translation>%1 no respondió en un plazo de %2 ms</translation>
    </message>
    <message>
        <source>the host %1 was not found</source>
        <translation>no se encontró el host %1</translation>
    </message>
    <message>
        <source>the TLS connection to %1 failed: %2</source>
        <translation>falló la conexión TLS con %1: %2</translation>
    </message>
    <message>
        <source>the post to %1 failed: %2</source>
        <translation>falló el envío a %1: %2</translation>
    </message>
    <message>
        <source>%1, retry after %2 s</source>
        <translation>%1, reintentar dentro de %2 s</translation>
    </message>
    <message>
        <source>SlackLog is not installed, because the settings are invalid:</source>
        <translation>SlackLog no está instalado porque la configuración no es válida:</translation>
    </message>
    <message>
        <source>SlackLog was uninstalled before they could be delivered</source>
        <translation>SlackLog se desinstaló antes de que pudieran entregarse</translation>
    </message>
    <message>
        <source>the shutdown timeout of %1 ms passed before they could be delivered</source>
        <translation>el tiempo límite de cierre de %1 ms se agotó antes de que pudieran entregarse</translation>
    </message>
    <message>
        <source>the delivery thread did not stop in time; it is left behind</source>
        <translation>el hilo de entrega no se detuvo a tiempo; se deja atrás</translation>
    </message>
    <message>
        <source>%1 dropped: %2</source>
        <translation>%1 descartados: %2</translation>
    </message>
    <message>
        <source>messages logged after SlackLog&apos;s last delivery at exit are dropped</source>
        <translation>los mensajes registrados después de la última entrega de SlackLog al salir se descartan</translation>
    </message>
    <message>
        <source>a delivery thread left behind still runs; no new one is started</source>
        <translation>un hilo de entrega que quedó atrás sigue en marcha; no se inicia otro</translation>
    </message>
    <message>
        <source>%1 dropped: their post was cut off at the deadline, before the server answered</source>
        <translation>%1 descartados: su envío se interrumpió al cumplirse el plazo, antes de que el servidor respondiera</translation>
    </message>
    <message>
        <source>%1 dropped (queue full) since %2; SlackLog was uninstalled before it could say so in the channel</source>
        <translation>%1 descartados (cola llena) desde las %2; SlackLog se desinstaló antes de poder indicarlo en el canal</translation>
    </message>
    <message>
        <source>%1; nothing more is posted to %2 until SlackLog is installed with another webhook (%3 rejected)</source>
        <translation>%1; no se publicará nada más en %2 hasta que SlackLog se instale con otro webhook (%3 rechazados)</translation>
    </message>
    <message>
        <source>(retrying in %1 s)</source>
        <translation>(reintento dentro de %1 s)</translation>
    </message>
    <message>
        <source>(gave up: %1 expired)</source>
        <translation>(abandonado: %1 caducados)</translation>
    </message>
    <message>
        <source>(%1 rejected)</source>
        <translation>(%1 rechazados)</translation>
    </message>
    <message>
        <source>the queue is full (%1, or %2 bytes, wait for delivery): %3 are dropped until there is room</source>
        <translation>la cola está llena (%1, o %2 bytes, esperan la entrega): se descartan %3 hasta que haya espacio</translation>
    </message>
    <message>
        <source>the oldest messages</source>
        <translation>los mensajes más antiguos</translation>
    </message>
    <message>
        <source>new messages</source>
        <translation>los mensajes nuevos</translation>
    </message>
    <message>
        <source>SlackLog: %1 dropped (queue full) since %2</source>
        <translation>SlackLog: %1 descartados (cola llena) desde las %2</translation>
    </message>
    <message>
        <source>(repeated %1 times)</source>
        <comment>a log line that came this many more times in a row</comment>
        <translation>(repetido %1 veces)</translation>
    </message>
    <message>
        <source>[replayed; its destination is no longer in the settings]</source>
        <comment>put in front of a message from an earlier run that goes to the default channel</comment>
        <translation>[reenviado; su destino ya no figura en la configuración]</translation>
    </message>
    <message>
        <source>the spool directory %1 cannot be created; messages are not kept on disk</source>
        <translation>no se puede crear el directorio de la cola en disco %1; los mensajes no se guardan en disco</translation>
    </message>
    <message>
        <source>the spool directory %1 is in use by process %2; messages are not kept on disk</source>
        <translation>el directorio de la cola en disco %1 está en uso por el proceso %2; los mensajes no se guardan en disco</translation>
    </message>
    <message>
        <source>the spool directory %1 cannot be locked; messages are not kept on disk</source>
        <translation>no se puede bloquear el directorio de la cola en disco %1; los mensajes no se guardan en disco</translation>
    </message>
    <message>
        <source>the spool file %1 cannot be read: %2</source>
        <translation>no se puede leer el archivo de la cola en disco %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged record(s) in the spool could not be read back; they were cut off by a crash or overwritten</source>
        <translation>
            <numerusform>no se pudo volver a leer %n registro dañado de la cola en disco; quedó truncado por un fallo o se sobrescribió</numerusform>
            <numerusform>no se pudieron volver a leer %n registros dañados de la cola en disco; quedaron truncados por un fallo o se sobrescribieron</numerusform>
        </translation>
    </message>
    <message>
        <source>the spool is full (%1 bytes); messages that cannot be delivered now are counted as spool_full</source>
        <translation>la cola en disco está llena (%1 bytes); los mensajes que no se pueden entregar ahora se contabilizan como spool_full</translation>
    </message>
    <message>
        <source>the spool file %1 cannot be written: %2</source>
        <translation>no se puede escribir el archivo de la cola en disco %1: %2</translation>
    </message>
    <message>
        <source>the fatal message could not be kept in the spool at %1</source>
        <translation>el mensaje fatal no se pudo guardar en la cola en disco de %1</translation>
    </message>
    <message>
        <source>%1 kept in the spool for the next run: their post was cut off at the deadline, before the server answered, so Slack may show them twice</source>
        <translation>%1 guardados en la cola en disco para la próxima ejecución: su envío se cortó en el plazo, antes de que el servidor respondiera, así que Slack podría mostrarlos dos veces</translation>
    </message>
    <message>
        <source>the delivery thread had ended before it was asked to stop</source>
        <translation>el hilo de entrega ya había terminado antes de que se le pidiera detenerse</translation>
    </message>
</context>
<context>
    <name>SlackLog::Settings</name>
    <message>
        <source>The category rule &quot;%1&quot; is not of the form category=true or category=false.</source>
        <translation>La regla de categoría &quot;%1&quot; no tiene la forma category=true o category=false.</translation>
    </message>
    <message>
        <source>The category rule &quot;%1&quot; has a &apos;*&apos; that is neither first nor last.</source>
        <translation>La regla de categoría &quot;%1&quot; tiene un &apos;*&apos; que no está ni al principio ni al final.</translation>
    </message>
    <message>
        <source>The message pattern has an %{if-…} without %{endif}.</source>
        <translation>El patrón de mensaje tiene un %{if-…} sin %{endif}.</translation>
    </message>
    <message>
        <source>The webhook URL</source>
        <translation>La URL del webhook</translation>
    </message>
    <message>
        <source>The webhook URL is not set: set SLACKLOG_WEBHOOK_URL, or save one with slacklog-config.</source>
        <translation>La URL del webhook no está definida: defina SLACKLOG_WEBHOOK_URL o guarde una con slacklog-config.</translation>
    </message>
    <message>
        <source>in the settings</source>
        <translation>en la configuración</translation>
    </message>
    <message>
        <source>The shutdown timeout must not be negative.</source>
        <translation>El tiempo de espera de cierre no puede ser negativo.</translation>
    </message>
    <message>
        <source>The request timeout must be longer than 0 ms.</source>
        <translation>El tiempo de espera de las solicitudes debe ser mayor que 0 ms.</translation>
    </message>
    <message>
        <source>The mention for %1 messages, &quot;%2&quot;, is not a Slack mention: use @here, @channel, @everyone, &lt;@U…&gt; or &lt;!subteam^S…&gt;.</source>
        <translation>La mención para los mensajes %1, &quot;%2&quot;, no es una mención de Slack: use @here, @channel, @everyone, &lt;@U…&gt; o &lt;!subteam^S…&gt;.</translation>
    </message>
    <message>
        <source>of the route for &quot;%1&quot;</source>
        <translation>en la ruta para &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The route category &quot;%1&quot; is not a category pattern such as db.* or *.sql.</source>
        <translation>La categoría de ruta &quot;%1&quot; no es un patrón de categoría como db.* o *.sql.</translation>
    </message>
    <message>
        <source>The route for &quot;%1&quot; sets no webhook URL, channel, username or icon.</source>
        <translation>La ruta para &quot;%1&quot; no define ninguna URL de webhook, canal, nombre de usuario ni icono.</translation>
    </message>
    <message>
        <source>The webhook URL %1</source>
        <translation>La URL del webhook %1</translation>
    </message>
    <message>
        <source>a whole number of milliseconds</source>
        <translation>un número entero de milisegundos</translation>
    </message>
    <message>
        <source>a whole number of at least 1</source>
        <translation>un número entero mayor o igual que 1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>%1 is not a JSON array of routes such as [{&quot;category&quot;: &quot;db.*&quot;, &quot;channel&quot;: &quot;#db&quot;}] (%2 at character %3).</source>
        <translation>%1 no es un array JSON de rutas como [{&quot;category&quot;: &quot;db.*&quot;, &quot;channel&quot;: &quot;#db&quot;}] (%2 en el carácter %3).</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>no es un array</translation>
    </message>
    <message>
        <source>The message pattern has a &quot;%1&quot; that is not closed with &apos;}&apos;.</source>
        <translation>El patrón de mensaje tiene un &quot;%1&quot; que no se cierra con &apos;}&apos;.</translation>
    </message>
    <message>
        <source>The message pattern nests &quot;%1&quot; inside another %{if-…}; conditions cannot be nested.</source>
        <translation>El patrón de mensaje anida &quot;%1&quot; dentro de otro %{if-…}; las condiciones no se pueden anidar.</translation>
    </message>
    <message>
        <source>The message pattern has an unknown condition &quot;%1&quot;.</source>
        <translation>El patrón de mensaje tiene una condición desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The message pattern has &quot;%1&quot; without an %{if-…} before it.</source>
        <translation>El patrón de mensaje tiene &quot;%1&quot; sin un %{if-…} antes.</translation>
    </message>
    <message>
        <source>The message pattern uses &quot;%1&quot;, which SlackLog does not support: a backtrace would have to be taken in the logging thread, at a cost every log call would pay.</source>
        <translation>El patrón de mensaje usa &quot;%1&quot;, que SlackLog no admite: habría que obtener una traza en el hilo que registra, con un coste que pagaría cada llamada de registro.</translation>
    </message>
    <message>
        <source>The message pattern has an unknown placeholder &quot;%1&quot;.</source>
        <translation>El patrón de mensaje tiene un marcador desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an emoji name such as :robot_face:.</source>
        <translation>%1, &quot;%2&quot;, no es un nombre de emoji como :robot_face:.</translation>
    </message>
    <message>
        <source>The channel %1 &quot;%2&quot; contains white space.</source>
        <translation>El canal &quot;%2&quot; %1 contiene espacios en blanco.</translation>
    </message>
    <message>
        <source>The icon emoji %1</source>
        <translation>El emoji de icono %1</translation>
    </message>
    <message>
        <source>The icon URL %1</source>
        <translation>La URL del icono %1</translation>
    </message>
    <message>
        <source>Both an icon emoji and an icon URL are set %1; set only one.</source>
        <translation>Se han definido tanto un emoji de icono como una URL de icono %1; defina solo uno de los dos.</translation>
    </message>
    <message>
        <source>one of debug, info, warning, critical or fatal</source>
        <translation>uno de debug, info, warning, critical o fatal</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, which is not %3.</source>
        <translation>%1 es &quot;%2&quot;, pero se esperaba %3.</translation>
    </message>
    <message>
        <source>of the form level=mention, such as critical=@here</source>
        <translation>un valor de la forma level=mention, como critical=@here</translation>
    </message>
    <message>
        <source>%1 is not set.</source>
        <translation>%1 no está definida.</translation>
    </message>
    <message>
        <source>%1 is not a valid URL: %2</source>
        <translation>%1 no es una URL válida: %2</translation>
    </message>
    <message>
        <source>%1 must use https; plain http is accepted only for a loopback host (127.0.0.1, ::1, localhost): %2</source>
        <translation>%1 debe usar https; http sin cifrar solo se acepta para un host de loopback (127.0.0.1, ::1, localhost): %2</translation>
    </message>
    <message>
        <source>%1 must be an https URL: %2</source>
        <translation>%1 debe ser una URL https: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid http or https URL: %2</source>
        <translation>%1 no es una URL http o https válida: %2</translation>
    </message>
    <message>
        <source>a whole number of bytes, at least 65536</source>
        <translation>un número entero de bytes, como mínimo 65536</translation>
    </message>
    <message>
        <source>drop-oldest or drop-newest</source>
        <translation>drop-oldest o drop-newest</translation>
    </message>
    <message>
        <source>a number of posts per second over 0 and at most 100, such as 1 or 0.5</source>
        <translation>un número de publicaciones por segundo mayor que 0 y como máximo 100, como 1 o 0.5</translation>
    </message>
    <message>
        <source>a number of characters from 100 to 40000 (Slack truncates longer posts)</source>
        <translation>un número de caracteres entre 100 y 40000 (Slack trunca las publicaciones más largas)</translation>
    </message>
    <message>
        <source>a proxy URL such as http://proxy:3128 or socks5://proxy:1080</source>
        <translation>una URL de proxy como http://proxy:3128 o socks5://proxy:1080</translation>
    </message>
    <message>
        <source>The queue capacity must be at least 1 message.</source>
        <translation>La capacidad de la cola debe ser de al menos 1 mensaje.</translation>
    </message>
    <message>
        <source>The queue&apos;s byte cap must be at least 65536 bytes.</source>
        <translation>El límite de bytes de la cola debe ser de al menos 65536 bytes.</translation>
    </message>
    <message>
        <source>The post rate must be more than 0 and at most 100 posts per second.</source>
        <translation>La frecuencia de publicación debe ser mayor que 0 y como máximo de 100 publicaciones por segundo.</translation>
    </message>
    <message>
        <source>The burst must be between 1 and 100 posts.</source>
        <translation>La ráfaga debe ser de entre 1 y 100 publicaciones.</translation>
    </message>
    <message>
        <source>The text budget must be between 100 and 40,000 characters: Slack truncates longer messages.</source>
        <translation>El límite de texto por publicación debe estar entre 100 y 40.000 caracteres: Slack trunca los mensajes más largos.</translation>
    </message>
    <message>
        <source>The longest message must be at least 100 characters.</source>
        <translation>La longitud máxima de un mensaje debe ser de al menos 100 caracteres.</translation>
    </message>
    <message>
        <source>The retry time must not be negative.</source>
        <translation>El tiempo máximo de reintentos no puede ser negativo.</translation>
    </message>
    <message>
        <source>The repeat window must not be negative.</source>
        <translation>La ventana para agrupar repeticiones no puede ser negativa.</translation>
    </message>
    <message>
        <source>The spool&apos;s size cap must be at least 65536 bytes.</source>
        <translation>El límite de tamaño de la cola en disco debe ser de al menos 65536 bytes.</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; is not a proxy URL such as http://proxy:3128 or socks5://proxy:1080.</source>
        <translation>El proxy &quot;%1&quot; no es una URL de proxy como http://proxy:3128 o socks5://proxy:1080.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The settings file %1 does not exist.</source>
        <translation>El archivo de configuración %1 no existe.</translation>
    </message>
    <message>
        <source>The settings in %1 could not be read.</source>
        <translation>No se pudo leer la configuración de %1.</translation>
    </message>
</context>
</TS>
