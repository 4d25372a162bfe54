<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AppearancePage</name>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Process ID</source>
        <translation>ID de proceso</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Hilo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>File and line</source>
        <translation>Archivo y línea</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>One line per message, as the message pattern below makes it, with the emoji of its level in front. No fields are shown: put what you need in the pattern.</source>
        <translation>Una línea por mensaje, tal como la forma el patrón de mensaje de abajo, con el emoji de su nivel delante. No se muestran campos: ponga lo que necesite en el patrón.</translation>
    </message>
    <message>
        <source>One attachment per message: a colour bar for its level, a title with the level and category, the message, the fields chosen below and the time. The pattern and the emoji are for Text posts.</source>
        <translation>Un adjunto por mensaje: una barra de color según su nivel, un título con el nivel y la categoría, el mensaje, los campos elegidos abajo y la hora. El patrón y los emoji son para las publicaciones de texto.</translation>
    </message>
    <message>
        <source>Slack&apos;s Block Kit: a header with the level and category, the message, and the fields chosen below with the time in small print. Only Slack understands it. The pattern and the emoji are for Text posts.</source>
        <translation>Block Kit de Slack: un encabezado con el nivel y la categoría, el mensaje, y los campos elegidos abajo con la hora en letra pequeña. Solo Slack lo entiende. El patrón y los emoji son para las publicaciones de texto.</translation>
    </message>
    <message>
        <source>Shown beside each message</source>
        <translation>Se muestra junto a cada mensaje</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Blocks (Slack only)</source>
        <translation>Bloques (solo Slack)</translation>
    </message>
    <message>
        <source>How messages look in the channel. Default: Attachments.</source>
        <translation>Cómo se ven los mensajes en el canal. Predeterminado: Adjuntos.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>What attachments and blocks show beside the message. Text posts show what the message pattern says instead.</source>
        <translation>Lo que los adjuntos y los bloques muestran junto al mensaje. Las publicaciones de texto muestran en su lugar lo que indica el patrón de mensaje.</translation>
    </message>
    <message>
        <source>Only when the application is built with QT_MESSAGELOGCONTEXT, as debug builds are.</source>
        <translation>Solo si la aplicación se compila con QT_MESSAGELOGCONTEXT, como las compilaciones de depuración.</translation>
    </message>
    <message>
        <source>The text of each message, with qSetMessagePattern()&apos;s placeholders: %{time …}, %{type}, %{category}, %{message}, %{file}, %{line}, %{function}, %{appname}, %{pid}, %{threadid}.</source>
        <translation>El texto de cada mensaje, con los marcadores de qSetMessagePattern(): %{time …}, %{type}, %{category}, %{message}, %{file}, %{line}, %{function}, %{appname}, %{pid}, %{threadid}.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Use the default pattern: %1</source>
        <translation>Usar el patrón predeterminado: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Put in front of %1 messages in Text posts, such as :warning:.</source>
        <translation>Se pone delante de los mensajes %1 en las publicaciones de texto, como :warning:.</translation>
    </message>
    <message>
        <source>Text posts</source>
        <translation>Publicaciones de texto</translation>
    </message>
    <message>
        <source>&amp;Message pattern:</source>
        <translation>Patrón de &amp;mensaje:</translation>
    </message>
    <message>
        <source>Emoji:</source>
        <translation>Emoji:</translation>
    </message>
    <message>
        <source>Sample:</source>
        <extracomment>a sample warning as a Text post: pattern, mention and emoji</extracomment>
        <translation>Ejemplo:</translation>
    </message>
    <message>
        <source>Disk almost full: 95% of /var used</source>
        <translation>Disco casi lleno: 95 % de /var en uso</translation>
    </message>
    <message>
        <source>Form&amp;at:</source>
        <translation>Form&amp;ato:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
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
        <source>Edits the SlackLog settings that an application reads, and sends test messages.
Without --send, --check or --print-settings it opens the settings window.
Without a configured webhook, --send posts to a built-in Slack stand-in on 127.0.0.1 and shows what it received.</source>
        <translation>Edita la configuración de SlackLog que lee una aplicación y envía mensajes de prueba.
Sin --send, --check ni --print-settings, abre la ventana de configuración.
Sin un webhook configurado, --send publica en un sustituto de Slack integrado en 127.0.0.1 y muestra lo que ha recibido.</translation>
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
        <translation>no enviado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <source>Slack&apos;s answer</source>
        <extracomment>the body of Slack&apos;s answer, such as &quot;ok&quot; or &quot;no_service&quot;</extracomment>
        <translation>Respuesta de Slack</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message numerus="yes">
        <source>Delivered %n message(s)</source>
        <extracomment>%n is how many log messages the post carried</extracomment>
        <translation>
            <numerusform>Se entregó %n mensaje</numerusform>
            <numerusform>Se entregaron %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>no entregado</translation>
    </message>
    <message numerus="yes">
        <source>%1; trying again in %n s</source>
        <extracomment>%1 is why the post failed, in words</extracomment>
        <translation>
            <numerusform>%1; nuevo intento dentro de %n s</numerusform>
            <numerusform>%1; nuevo intento dentro de %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer</source>
        <extracomment>no HTTP status: the server never answered</extracomment>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primero</translation>
    </message>
    <message>
        <source>retry %1</source>
        <extracomment>%1 is the attempt&apos;s number: 2 is the first retry</extracomment>
        <translation>reintento %1</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <source>Keep undelivered messages on disk</source>
        <translation>Guardar en disco los mensajes no entregados</translation>
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
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>Shutdown timeout:</source>
        <translation>Tiempo de espera de cierre:</translation>
    </message>
    <message>
        <source>The longest that exit, uninstall() and qFatal wait for delivery.</source>
        <translation>El tiempo máximo que la salida, uninstall() y qFatal esperan a la entrega.</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>Tiempo de espera de solicitud:</translation>
    </message>
    <message>
        <source>Retry for:</source>
        <translation>Reintentar durante:</translation>
    </message>
    <message>
        <source>How long a post is retried after 5xx answers, timeouts and network failures before its messages count as expired. 0: no retries.</source>
        <translation>Cuánto tiempo se reintenta una publicación tras respuestas 5xx, tiempos de espera agotados y fallos de red antes de que sus mensajes se den por caducados. 0: sin reintentos.</translation>
    </message>
    <message>
        <source>Fold repeats within:</source>
        <translation>Agrupar repeticiones en:</translation>
    </message>
    <message>
        <source>Repeats of one message from one place within this time become one line, &quot;… (repeated 9 times)&quot;. 0: no folding.</source>
        <translation>Las repeticiones de un mismo mensaje desde un mismo punto dentro de este tiempo se convierten en una sola línea, &quot;… (repetido 9 veces)&quot;. 0: sin agrupar.</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Posts per second:</source>
        <translation>Publicaciones por segundo:</translation>
    </message>
    <message>
        <source>Posts per second to one webhook, on average. Slack allows about 1; messages that wait meanwhile go into the next post together.</source>
        <translation>Publicaciones por segundo a un webhook, de media. Slack admite aproximadamente 1; los mensajes que esperan mientras tanto van juntos en la siguiente publicación.</translation>
    </message>
    <message>
        <source> posts/s</source>
        <translation> publicaciones/s</translation>
    </message>
    <message>
        <source>Burst:</source>
        <translation>Ráfaga:</translation>
    </message>
    <message>
        <source>Posts a webhook may take at once, beyond the rate per second.</source>
        <translation>Publicaciones que un webhook puede recibir de una vez, además de la frecuencia por segundo.</translation>
    </message>
    <message>
        <source> posts</source>
        <translation> publicaciones</translation>
    </message>
    <message>
        <source>Text per post:</source>
        <translation>Texto por publicación:</translation>
    </message>
    <message>
        <source>The most characters of text one post carries, at most 40,000 (Slack truncates beyond). Longer messages are split into marked parts.</source>
        <translation>El máximo de caracteres de texto que lleva una publicación, como mucho 40.000 (Slack trunca el resto). Los mensajes más largos se dividen en partes marcadas.</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>Longest message:</source>
        <translation>Longitud máxima del mensaje:</translation>
    </message>
    <message>
        <source>A message longer than this is cut, with a marker that says how much was cut.</source>
        <translation>Un mensaje más largo se corta, con una marca que indica cuánto se ha cortado.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Queue capacity:</source>
        <translation>Capacidad de la cola:</translation>
    </message>
    <message>
        <source>Messages waiting for delivery beyond this many are dropped, and counted.</source>
        <translation>Los mensajes en espera de entrega que superen esta cantidad se descartan y se contabilizan.</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> mensajes</translation>
    </message>
    <message>
        <source>Queue memory:</source>
        <translation>Memoria de la cola:</translation>
    </message>
    <message>
        <source>What waiting messages may hold in memory, text and bookkeeping together. Beyond it, messages are dropped as for the queue capacity.</source>
        <translation>La memoria que pueden ocupar los mensajes en espera, texto y datos de gestión juntos. Por encima de ella, los mensajes se descartan igual que con la capacidad de la cola.</translation>
    </message>
    <message>
        <source>Drop the oldest</source>
        <translation>Descartar los más antiguos</translation>
    </message>
    <message>
        <source>Drop the newest</source>
        <translation>Descartar los más nuevos</translation>
    </message>
    <message>
        <source>Which message a full queue drops. The logging thread never waits either way.</source>
        <translation>Qué mensaje descarta una cola llena. En ambos casos, el hilo que registra nunca espera.</translation>
    </message>
    <message>
        <source>When full:</source>
        <translation>Si está llena:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>the system&apos;s proxy settings</source>
        <translation>la configuración de proxy del sistema</translation>
    </message>
    <message>
        <source>The proxy for posts, such as http://proxy:3128 or socks5://proxy:1080. Empty: the system&apos;s settings (on Linux, the https_proxy variable).</source>
        <translation>El proxy para las publicaciones, como http://proxy:3128 o socks5://proxy:1080. Vacío: la configuración del sistema (en Linux, la variable https_proxy).</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Servidor proxy:</translation>
    </message>
    <message>
        <source>Spool</source>
        <translation>Cola en disco</translation>
    </message>
    <message>
        <source>What an exit, a crash or an outage leaves undelivered is kept on disk and delivered by the next run.</source>
        <translation>Lo que una salida, un fallo o una interrupción del servicio deja sin entregar se guarda en disco y lo entrega la siguiente ejecución.</translation>
    </message>
    <message>
        <source>default: slacklog-spool in the application&apos;s data directory</source>
        <translation>predeterminado: slacklog-spool en el directorio de datos de la aplicación</translation>
    </message>
    <message>
        <source>One process at a time uses a directory. Empty: the default, under the application&apos;s data directory.</source>
        <translation>Cada directorio lo usa un solo proceso a la vez. Vacío: el predeterminado, dentro del directorio de datos de la aplicación.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the spool directory</source>
        <translation>Elegir el directorio de la cola en disco</translation>
    </message>
    <message>
        <source>Spool directory</source>
        <translation>Directorio de la cola en disco</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directorio:</translation>
    </message>
    <message>
        <source>Size cap:</source>
        <translation>Tamaño máximo:</translation>
    </message>
    <message>
        <source>The most the spool holds on disk. Beyond it, what cannot be delivered in time counts as dropped.</source>
        <translation>El espacio máximo que ocupa la cola en disco. Por encima de él, lo que no pueda entregarse a tiempo se cuenta como descartado.</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Predeterminado: %1.</translation>
    </message>
    <message>
        <source>Reset to the default, %1</source>
        <translation>Restablecer el valor predeterminado, %1</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>predeterminado: %1</translation>
    </message>
    <message>
        <source>The longest one post may take, from connecting to the last byte of the answer, before it is abandoned and retried.</source>
        <translation>Lo más que puede durar un envío, desde la conexión hasta el último byte de la respuesta, antes de abandonarlo y reintentarlo.</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>The incoming webhook that messages are posted to. Anyone who has it can post, so it is masked. Empty: test messages go to the built-in inspector, and applications need SLACKLOG_WEBHOOK_URL.</source>
        <translation>El webhook entrante en el que se publican los mensajes. Cualquiera que lo tenga puede publicar, por eso se oculta. Vacío: los mensajes de prueba van al inspector integrado y las aplicaciones necesitan SLACKLOG_WEBHOOK_URL.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide the webhook URL</source>
        <translation>Mostrar u ocultar la URL del webhook</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>the webhook&apos;s own channel</source>
        <translation>el canal propio del webhook</translation>
    </message>
    <message>
        <source>A channel such as #ops, or @user for a direct message.</source>
        <translation>Un canal como #ops, o @usuario para un mensaje directo.</translation>
    </message>
    <message>
        <source>the webhook&apos;s own name</source>
        <translation>el nombre propio del webhook</translation>
    </message>
    <message>
        <source>:robot_face: or https://example.com/icon.png</source>
        <translation>:robot_face: o https://example.com/icon.png</translation>
    </message>
    <message>
        <source>An emoji name, with or without colons, or the URL of an image.</source>
        <translation>Un nombre de emoji, con o sin dos puntos, o la URL de una imagen.</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>URL del &amp;webhook:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nombre de u&amp;suario:</translation>
    </message>
    <message>
        <source>&amp;Icon:</source>
        <translation>Ic&amp;ono:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; webhooks made by a Slack app post to their own channel as their own identity, and ignore channel, username and icon. One webhook per channel is the routing that works everywhere.</source>
        <translation>&lt;b&gt;Nota:&lt;/b&gt; los webhooks creados por una app de Slack publican en su propio canal con su propia identidad e ignoran el canal, el nombre de usuario y el icono. Un webhook por canal es el enrutamiento que funciona en todos los casos.</translation>
    </message>
    <message>
        <source>No webhook: test messages go to the built-in inspector.</source>
        <translation>Sin webhook: los mensajes de prueba van al inspector integrado.</translation>
    </message>
    <message>
        <source>A valid webhook URL.</source>
        <translation>Una URL de webhook válida.</translation>
    </message>
    <message>
        <source>It understands Block Kit (the Blocks format).</source>
        <translation>Entiende Block Kit (el formato Bloques).</translation>
    </message>
    <message>
        <source>It does not understand Block Kit (the Blocks format).</source>
        <translation>No entiende Block Kit (el formato Bloques).</translation>
    </message>
    <message>
        <source>the channel</source>
        <translation>el canal</translation>
    </message>
    <message>
        <source>the username</source>
        <translation>el nombre de usuario</translation>
    </message>
    <message>
        <source>the icon emoji</source>
        <translation>el emoji de icono</translation>
    </message>
    <message>
        <source>the icon URL</source>
        <translation>la URL del icono</translation>
    </message>
    <message>
        <source>It ignores %1, so posts leave them out.</source>
        <translation>Ignora %1, así que las publicaciones los omiten.</translation>
    </message>
    <message>
        <source>Username and icon work only where an administrator allows them to be overridden.</source>
        <translation>El nombre de usuario y el icono solo funcionan donde un administrador permite reemplazarlos.</translation>
    </message>
    <message>
        <source>Use the webhook URL with /slack at its end.</source>
        <translation>Use la URL del webhook terminada en /slack.</translation>
    </message>
    <message>
        <source>The chat server behind the webhook. Mattermost, Rocket.Chat and Discord accept Slack&apos;s posts, each with limits of its own.</source>
        <translation>El servidor de chat detrás del webhook. Mattermost, Rocket.Chat y Discord aceptan las publicaciones de Slack, cada uno con sus propios límites.</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>A post carries at most %L1 characters, or the text budget on the Delivery page if that is lower, and %L2 attachments; longer messages are split.</source>
        <translation>Una publicación lleva como máximo %L1 caracteres, o el presupuesto de texto de la página Entrega si es menor, y %L2 adjuntos; los mensajes más largos se dividen.</translation>
    </message>
    <message>
        <source>Its attachments hold at most %L1 characters together, titles and fields included.</source>
        <translation>Sus adjuntos contienen como máximo %L1 caracteres en total, títulos y campos incluidos.</translation>
    </message>
</context>
<context>
    <name>FilteringPage</name>
    <message>
        <source>Let mentions written in log text through</source>
        <translation>Dejar pasar las menciones escritas en el texto del registro</translation>
    </message>
    <message>
        <source>Messages below this level are not posted. Default: Debug.</source>
        <translation>Los mensajes por debajo de este nivel no se publican. Predeterminado: Depuración.</translation>
    </message>
    <message>
        <source>Which logging categories are posted, in QLoggingCategory&apos;s rule syntax, one rule per line. Later rules win. They filter on top of Qt&apos;s own category settings.</source>
        <translation>Qué categorías de registro se publican, con la sintaxis de reglas de QLoggingCategory, una regla por línea. Prevalecen las reglas posteriores. Filtran además de la configuración de categorías propia de Qt.</translation>
    </message>
    <message>
        <source>What is posted</source>
        <translation>Qué se publica</translation>
    </message>
    <message>
        <source>&amp;Minimum level:</source>
        <translation>&amp;Nivel mínimo:</translation>
    </message>
    <message>
        <source>Category &amp;rules:</source>
        <translation>Re&amp;glas de categoría:</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Put in front of %1 messages: @here, @channel, @everyone, a user (@U012AB3CD) or a user group (&lt;!subteam^S012AB3CD&gt;).</source>
        <translation>Se antepone a los mensajes de nivel %1: @here, @channel, @everyone, un usuario (@U012AB3CD) o un grupo de usuarios (&lt;!subteam^S012AB3CD&gt;).</translation>
    </message>
    <message>
        <source>Off by default: log text is untrusted, and a &lt;!channel&gt; in it must not ping a whole channel.</source>
        <translation>Desactivado de forma predeterminada: el texto del registro no es de confianza, y un &lt;!channel&gt; que contenga no debe avisar a todo un canal.</translation>
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
        <translation>200 ok, tras 10 s</translation>
    </message>
    <message>
        <source>429 rate_limited, retry after 1 s</source>
        <translation>429 rate_limited, reintentar tras 1 s</translation>
    </message>
    <message>
        <source>500 rollup_error</source>
        <translation>500 rollup_error</translation>
    </message>
    <message>
        <source>404 no_service (webhook revoked)</source>
        <translation>404 no_service (webhook revocado)</translation>
    </message>
    <message>
        <source>How the inspector answers each post, to see how the settings behave when Slack is slow, limits the rate, fails or has revoked the webhook.</source>
        <translation>Cómo responde el inspector a cada publicación, para ver cómo se comporta la configuración cuando Slack va lento, limita la frecuencia, falla o ha revocado el webhook.</translation>
    </message>
    <message>
        <source>Listening at %1. Each webhook of the settings gets a path of its own here when a test goes to the inspector.</source>
        <translation>Escuchando en %1. Cada webhook de la configuración recibe aquí una ruta URL propia cuando una prueba va al inspector.</translation>
    </message>
    <message>
        <source>The inspector could not listen on 127.0.0.1: test messages can only go to the webhooks in the settings.</source>
        <translation>El inspector no pudo escuchar en 127.0.0.1: los mensajes de prueba solo pueden ir a los webhooks de la configuración.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Answer with:</source>
        <translation>Responder con:</translation>
    </message>
    <message>
        <source>As Slack shows it:</source>
        <extracomment>the payload drawn as Slack shows it</extracomment>
        <translation>Como lo muestra Slack:</translation>
    </message>
    <message>
        <source>Raw JSON:</source>
        <translation>JSON sin procesar:</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
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
        <translation>Depuración</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
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
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>&amp;Destino</translation>
    </message>
    <message>
        <source>&amp;Filtering</source>
        <translation>&amp;Filtrado</translation>
    </message>
    <message>
        <source>&amp;Routes</source>
        <translation>&amp;Rutas</translation>
    </message>
    <message>
        <source>De&amp;livery</source>
        <translation>En&amp;trega</translation>
    </message>
    <message>
        <source>Send a &amp;Test</source>
        <translation>Enviar una &amp;prueba</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspector</translation>
    </message>
    <message>
        <source>&amp;Inspector (%1)</source>
        <translation>&amp;Inspector (%1)</translation>
    </message>
    <message>
        <source>Go back to the saved settings</source>
        <translation>Volver a la configuración guardada</translation>
    </message>
    <message>
        <source>&amp;Open Settings File…</source>
        <translation>&amp;Abrir archivo de configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Send &amp;Test Message</source>
        <translation>Enviar mensaje de &amp;prueba</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>Pr&amp;ueba</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About SlackLog Settings</source>
        <translation>&amp;Acerca de Configuración de SlackLog</translation>
    </message>
    <message>
        <source>About SlackLog Settings</source>
        <translation>Acerca de Configuración de SlackLog</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SlackLog Settings&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Edits the settings that SlackLog reads in an application, previews and sends test messages, and shows them in a built-in inspector.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Configuración de SlackLog&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Edita la configuración que SlackLog lee en una aplicación, previsualiza y envía mensajes de prueba, y los muestra en un inspector integrado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Se abrió %1.</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Saved to %1. A running application that watches this file applies the settings now.</source>
        <translation>Guardado en %1. Una aplicación en ejecución que vigile este archivo aplica ahora la configuración.</translation>
    </message>
    <message>
        <source>Cannot be saved until this is fixed:</source>
        <translation>No se puede guardar hasta que se corrija esto:</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>%1[*] - SlackLog Settings</source>
        <extracomment>%1 is whose settings: an application name or a file name</extracomment>
        <translation>%1[*] - Configuración de SlackLog</translation>
    </message>
    <message>
        <source>The settings of %1 have changes that are not saved. Save them?</source>
        <translation>La configuración de %1 tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>Not Opened</source>
        <translation>No abierto</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <extracomment>the tab with the format, fields, pattern and emoji</extracomment>
        <translation>Apari&amp;encia</translation>
    </message>
</context>
<context>
    <name>RoutesModel</name>
    <message>
        <source>Empty: the default webhook.</source>
        <translation>Vacío: el webhook predeterminado.</translation>
    </message>
    <message>
        <source>Logging categories with QLoggingCategory&apos;s wildcards: &quot;db.sql&quot;, &quot;db.*&quot;, &quot;*.sql&quot; or &quot;*sql*&quot;. The first route that matches applies.</source>
        <translation>Categorías de registro con los comodines de QLoggingCategory: &quot;db.sql&quot;, &quot;db.*&quot;, &quot;*.sql&quot; o &quot;*sql*&quot;. Se aplica la primera ruta que coincida.</translation>
    </message>
    <message>
        <source>Category pattern</source>
        <translation>Patrón de categoría</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icono</translation>
    </message>
    <message>
        <source>Empty: the server of the Destination page.</source>
        <translation>Vacío: el servidor de la página Destino.</translation>
    </message>
    <message>
        <source>Server</source>
        <extracomment>the kind of chat server: Slack, Mattermost, Rocket.Chat or Discord</extracomment>
        <translation>Servidor</translation>
    </message>
</context>
<context>
    <name>RoutesPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;gregar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>(as the default)</source>
        <translation>(como el predeterminado)</translation>
    </message>
    <message>
        <source>Messages whose logging category matches a pattern go to that route&apos;s destination; the first match wins. Empty fields fall back to the Destination page. A route&apos;s own webhook may lead to another kind of server: say which. Webhook URLs are shown redacted: double-click to edit one.</source>
        <translation>Los mensajes cuya categoría de registro coincide con un patrón van al destino de esa ruta; prevalece la primera coincidencia. Los campos vacíos toman el valor de la página Destino. El webhook propio de una ruta puede llevar a otro tipo de servidor: indique cuál. Las URL de webhook se muestran ocultas: haga doble clic para editar una.</translation>
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
    <name>SendPanel</name>
    <message>
        <source>Hello from slacklog-config</source>
        <translation>Hola desde slacklog-config</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>The built-in inspector</source>
        <translation>El inspector integrado</translation>
    </message>
    <message>
        <source>The webhooks in these settings</source>
        <translation>Los webhooks de esta configuración</translation>
    </message>
    <message>
        <source>The inspector receives on 127.0.0.1 and shows what arrived; nothing leaves this computer.</source>
        <translation>El inspector recibe en 127.0.0.1 y muestra lo que ha llegado; nada sale de este equipo.</translation>
    </message>
    <message>
        <source>The logging category the message is logged in: it decides the route and the category rules that apply.</source>
        <translation>La categoría de registro en la que se registra el mensaje: determina la ruta y las reglas de categoría que se aplican.</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Enviar a:</translation>
    </message>
    <message>
        <source>in category</source>
        <translation>en la categoría</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <extracomment>the JSON body that will be posted</extracomment>
        <translation>Carga útil:</translation>
    </message>
    <message>
        <source>Delivery log:</source>
        <translation>Registro de entregas:</translation>
    </message>
    <message>
        <source>Delivered.</source>
        <translation>Entregado.</translation>
    </message>
    <message>
        <source>Not delivered: see the log.</source>
        <translation>No entregado: consulte el registro.</translation>
    </message>
    <message>
        <source>%1, by route %2 (&quot;%3&quot;)</source>
        <translation>%1, por la ruta %2 (&quot;%3&quot;)</translation>
    </message>
    <message>
        <source>The settings filter this message out: it would not be sent.</source>
        <translation>La configuración filtra este mensaje: no se enviaría.</translation>
    </message>
    <message>
        <source>Goes to %1.</source>
        <translation>Se envía a %1.</translation>
    </message>
    <message>
        <source>Post %1 of %2:</source>
        <translation>Publicación %1 de %2:</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
</context>
<context>
    <name>SettingsDocument</name>
    <message>
        <source>Name the application whose settings to edit, or open a settings file.</source>
        <translation>Indique la aplicación cuya configuración quiere editar o abra un archivo de configuración.</translation>
    </message>
    <message>
        <source>The settings in %1 could not be read: the file is not in INI format, or it cannot be opened.</source>
        <translation>No se pudo leer la configuración de %1: el archivo no está en formato INI o no se puede abrir.</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>La configuración no se guardó: %1</translation>
    </message>
    <message>
        <source>The settings could not be written to %1. Check that its folder exists and may be written, and that the disk is not full.</source>
        <translation>No se pudo escribir la configuración en %1. Compruebe que su carpeta existe y permite escribir, y que el disco no está lleno.</translation>
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
        <source>the spool file %1 cannot be read: %2</source>
        <translation>no se puede leer el archivo de la cola en disco %1: %2</translation>
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
        <source>%1 kept in the spool for the next run: their post was cut off at the deadline, before the server answered, so Slack may show them twice</source>
        <translation>%1 guardados en la cola en disco para la próxima ejecución: su envío se cortó en el plazo, antes de que el servidor respondiera, así que Slack podría mostrarlos dos veces</translation>
    </message>
    <message>
        <source>the delivery thread had ended before it was asked to stop</source>
        <translation>el hilo de entrega ya había terminado antes de que se le pidiera detenerse</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Hilo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>%1 answered with more than %2 bytes, which no webhook does; the answer was cut off there</source>
        <translation>%1 respondió con más de %2 bytes, algo que ningún webhook hace; la respuesta se cortó ahí</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not HTTP (no status code)</source>
        <translation>%1 envió una respuesta que no es HTTP (sin código de estado)</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not HTTP (status %2)</source>
        <translation>%1 envió una respuesta que no es HTTP (estado %2)</translation>
    </message>
    <message>
        <source>the webhook answered %1 without &quot;ok&quot;: something between SlackLog and Slack, such as a proxy, may have answered instead</source>
        <translation>el webhook respondió %1 sin &quot;ok&quot;: algo entre SlackLog y Slack, como un proxy, puede haber respondido en su lugar</translation>
    </message>
    <message>
        <source>the webhook answered %1 &quot;%2&quot; instead of &quot;ok&quot;: something between SlackLog and Slack, such as a proxy, may have answered instead</source>
        <translation>el webhook respondió %1 &quot;%2&quot; en lugar de &quot;ok&quot;: algo entre SlackLog y Slack, como un proxy, puede haber respondido en su lugar</translation>
    </message>
    <message>
        <source>the fatal message could not be kept in the spool at %1: %2</source>
        <translation>el mensaje fatal no se pudo guardar en el spool de %1: %2</translation>
    </message>
    <message>
        <source>%1 dropped: %2, and the spool could not keep them for the next run (it was full, or could not be opened or written); counted as spool_full</source>
        <translation>%1 descartados: %2, y el spool no pudo guardarlos para la próxima ejecución (estaba lleno, o no se pudo abrir ni escribir); contados como spool_full</translation>
    </message>
    <message>
        <source>the spool directory %1 is in use by another process; messages are not kept on disk</source>
        <translation>otro proceso está usando el directorio de spool %1; los mensajes no se guardan en disco</translation>
    </message>
    <message>
        <source>the spool directory %1 cannot be locked (%2); messages are not kept on disk</source>
        <translation>no se puede bloquear el directorio de spool %1 (%2); los mensajes no se guardan en disco</translation>
    </message>
    <message>
        <source>the spool file %1 was written by a later version of SlackLog (spool format %2); it is left as it is</source>
        <translation>el archivo de spool %1 lo escribió una versión posterior de SlackLog (formato de spool %2); se deja como está</translation>
    </message>
    <message>
        <source>%1 is not a SlackLog spool file; it is left as it is</source>
        <translation>%1 no es un archivo de spool de SlackLog; se deja como está</translation>
    </message>
    <message>
        <source>the directory cannot be created</source>
        <translation>no se puede crear el directorio</translation>
    </message>
    <message>
        <source>the spool at %1 holds %2 damaged record(s) and %3 damaged stretch(es) whose records cannot be counted (a file cut off by a crash, or overwritten); every intact record around them is delivered</source>
        <translation>el spool de %1 contiene %2 registros dañados y %3 tramos dañados cuyos registros no se pueden contar (un archivo cortado por un fallo, o sobrescrito); se entrega cada registro intacto a su alrededor</translation>
    </message>
    <message>
        <source>the spool at %1 holds %2 damaged record(s) that could not be read back</source>
        <translation>el spool de %1 contiene %2 registros dañados que no se pudieron leer</translation>
    </message>
    <message>
        <source>the spool file %1 cannot be deleted</source>
        <translation>no se puede borrar el archivo de spool %1</translation>
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
        <source>The spool&apos;s size cap must be at least 65536 bytes.</source>
        <translation>El límite de tamaño de la cola en disco debe ser de al menos 65536 bytes.</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; is not a proxy URL such as http://proxy:3128 or socks5://proxy:1080.</source>
        <translation>El proxy &quot;%1&quot; no es una URL de proxy como http://proxy:3128 o socks5://proxy:1080.</translation>
    </message>
    <message>
        <source>The emoji for %1 messages</source>
        <translation>El emoji para los mensajes %1</translation>
    </message>
    <message>
        <source>The format blocks is Slack&apos;s Block Kit, which %1 does not understand: use attachments or text.</source>
        <translation>El formato blocks (bloques) es el Block Kit de Slack, que %1 no entiende: use attachments (adjuntos) o text (texto).</translation>
    </message>
    <message>
        <source>one of slack, mattermost, rocketchat or discord</source>
        <translation>uno de slack, mattermost, rocketchat o discord</translation>
    </message>
    <message>
        <source>one of text, attachments or blocks</source>
        <translation>uno de text, attachments o blocks</translation>
    </message>
    <message>
        <source>a comma list of app, host, pid, thread, category, file and function</source>
        <translation>una lista separada por comas de app, host, pid, thread, category, file y function</translation>
    </message>
    <message>
        <source>of the form level=emoji, such as warning=:warning:</source>
        <translation>un valor de la forma level=emoji, como warning=:warning:</translation>
    </message>
    <message>
        <source>The shutdown timeout must be from 0 to %1 ms.</source>
        <translation>El tiempo límite de cierre debe estar entre 0 y %1 ms.</translation>
    </message>
    <message>
        <source>The request timeout must be longer than 0 ms, and at most %1 ms.</source>
        <translation>El tiempo límite de las solicitudes debe ser mayor que 0 ms y como máximo %1 ms.</translation>
    </message>
    <message>
        <source>The retry time must be from 0 to %1 ms.</source>
        <translation>El tiempo de reintento debe estar entre 0 y %1 ms.</translation>
    </message>
    <message>
        <source>The repeat window must be from 0 to %1 ms.</source>
        <translation>La ventana de repeticiones debe estar entre 0 y %1 ms.</translation>
    </message>
    <message>
        <source>a whole number of milliseconds up to %1</source>
        <translation>un número entero de milisegundos hasta %1</translation>
    </message>
</context>
<context>
    <name>SlackRendering</name>
    <message>
        <source>[image]</source>
        <extracomment>stands for an icon image that the inspector does not download</extracomment>
        <translation>[imagen]</translation>
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
        <translation>[bloque %1]</translation>
    </message>
</context>
<context>
    <name>SourceBar</name>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>The organization name the application sets with QCoreApplication::setOrganizationName().</source>
        <translation>El nombre de la organización que la aplicación define con QCoreApplication::setOrganizationName().</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>The application name it sets with QCoreApplication::setApplicationName().</source>
        <translation>El nombre de la aplicación que esta define con QCoreApplication::setApplicationName().</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Edit the SlackLog settings of this application.</source>
        <translation>Editar la configuración de SlackLog de esta aplicación.</translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation>Abrir arc&amp;hivo…</translation>
    </message>
    <message>
        <source>Edit the SlackLog group of an INI settings file.</source>
        <translation>Editar el grupo SlackLog de un archivo de configuración INI.</translation>
    </message>
    <message>
        <source>Settings of:</source>
        <translation>Configuración de:</translation>
    </message>
    <message>
        <source>File: %1 (the SlackLog group)</source>
        <extracomment>%1 is the settings file&apos;s path</extracomment>
        <translation>Archivo: %1 (el grupo SlackLog)</translation>
    </message>
    <message>
        <source>Open Settings File</source>
        <translation>Abrir archivo de configuración</translation>
    </message>
    <message>
        <source>Settings files (*.ini *.conf);;All files (*)</source>
        <translation>Archivos de configuración (*.ini *.conf);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>TestSend</name>
    <message>
        <source>A test message is still under way.</source>
        <translation>Todavía hay un mensaje de prueba en curso.</translation>
    </message>
    <message>
        <source>Not sent: the settings filter out %1 messages in &quot;%2&quot; (minimum level %3, category rules).</source>
        <translation>No enviado: la configuración filtra los mensajes %1 en &quot;%2&quot; (nivel mínimo %3, reglas de categoría).</translation>
    </message>
    <message>
        <source>SlackLog could not be installed with these settings.</source>
        <translation>No se pudo instalar SlackLog con esta configuración.</translation>
    </message>
    <message>
        <source>Not posted: this webhook answered that it was revoked (404 or 410) earlier, so SlackLog posts nothing more to it until it is installed with another webhook.</source>
        <translation>No publicado: este webhook respondió antes que se había revocado (404 o 410), así que SlackLog no publicará nada más en él hasta que se instale con otro webhook.</translation>
    </message>
    <message>
        <source>Not posted: the queue was full, and the message was dropped.</source>
        <translation>No publicado: la cola estaba llena y el mensaje se descartó.</translation>
    </message>
    <message>
        <source>Not posted: the message was dropped before it could be sent.</source>
        <translation>No publicado: el mensaje se descartó antes de poder enviarse.</translation>
    </message>
    <message>
        <source>Not posted, and SlackLog reported no result for it.</source>
        <translation>No publicado, y SlackLog no informó de ningún resultado.</translation>
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
