<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppearancePage</name>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Process ID</source>
        <translation>进程 ID</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>File and line</source>
        <translation>文件和行号</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>One line per message, as the message pattern below makes it, with the emoji of its level in front. No fields are shown: put what you need in the pattern.</source>
        <translation>每条消息一行，由下方的消息模式生成，前面加上其级别的 emoji。不显示字段：需要的内容请写进模式。</translation>
    </message>
    <message>
        <source>One attachment per message: a colour bar for its level, a title with the level and category, the message, the fields chosen below and the time. The pattern and the emoji are for Text posts.</source>
        <translation>每条消息一个附件：按级别着色的色条、包含级别和类别的标题、消息本身、下方选中的字段以及时间。模式和 emoji 用于文本帖子。</translation>
    </message>
    <message>
        <source>Slack&apos;s Block Kit: a header with the level and category, the message, and the fields chosen below with the time in small print. Only Slack understands it. The pattern and the emoji are for Text posts.</source>
        <translation>Slack 的 Block Kit：包含级别和类别的标题、消息本身，以及以小字显示的下方选中字段和时间。只有 Slack 支持。模式和 emoji 用于文本帖子。</translation>
    </message>
    <message>
        <source>Shown beside each message</source>
        <translation>随每条消息显示</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Blocks (Slack only)</source>
        <translation>块（仅限 Slack）</translation>
    </message>
    <message>
        <source>How messages look in the channel. Default: Attachments.</source>
        <translation>消息在频道中的外观。默认：附件。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>What attachments and blocks show beside the message. Text posts show what the message pattern says instead.</source>
        <translation>附件和块在消息旁显示的内容。文本帖子则显示消息模式所指定的内容。</translation>
    </message>
    <message>
        <source>Only when the application is built with QT_MESSAGELOGCONTEXT, as debug builds are.</source>
        <translation>仅当应用程序使用 QT_MESSAGELOGCONTEXT 构建时（调试版本即是如此）。</translation>
    </message>
    <message>
        <source>The text of each message, with qSetMessagePattern()&apos;s placeholders: %{time …}, %{type}, %{category}, %{message}, %{file}, %{line}, %{function}, %{appname}, %{pid}, %{threadid}.</source>
        <translation>每条消息的文本，可使用 qSetMessagePattern() 的占位符：%{time …}、%{type}、%{category}、%{message}、%{file}、%{line}、%{function}、%{appname}、%{pid}、%{threadid}。</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Use the default pattern: %1</source>
        <translation>使用默认模式：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Put in front of %1 messages in Text posts, such as :warning:.</source>
        <translation>在文本帖子中放在%1消息前面，例如 :warning:。</translation>
    </message>
    <message>
        <source>Text posts</source>
        <translation>文本帖子</translation>
    </message>
    <message>
        <source>&amp;Message pattern:</source>
        <translation>消息模式(&amp;M)：</translation>
    </message>
    <message>
        <source>Emoji:</source>
        <translation>Emoji：</translation>
    </message>
    <message>
        <source>Sample:</source>
        <extracomment>a sample warning as a Text post: pattern, mention and emoji</extracomment>
        <translation>示例：</translation>
    </message>
    <message>
        <source>Disk almost full: 95% of /var used</source>
        <translation>磁盘快满了：/var 已使用 95%</translation>
    </message>
    <message>
        <source>Form&amp;at:</source>
        <translation>格式(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Sends TEXT as one log message, as an application would.</source>
        <translation>像应用程序那样，将 TEXT 作为一条日志消息发送。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The level of the message: debug, info, warning or critical (default: info).</source>
        <translation>消息的级别：debug、info、warning 或 critical（默认：info）。</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The channel, such as #ops or @alice.</source>
        <translation>频道，例如 #ops 或 @alice。</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CHANNEL</translation>
    </message>
    <message>
        <source>The name to post as.</source>
        <translation>发布消息时使用的名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The emoji to post with, such as :robot_face:.</source>
        <translation>发布消息时使用的 emoji，例如 :robot_face:。</translation>
    </message>
    <message>
        <source>EMOJI</source>
        <translation>EMOJI</translation>
    </message>
    <message>
        <source>The URL of an image to post with.</source>
        <translation>发布消息时使用的图片的 URL。</translation>
    </message>
    <message>
        <source>Reads the settings from this INI file.</source>
        <translation>从此 INI 文件读取设置。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The organization name of the application whose settings to read.</source>
        <translation>要读取其设置的应用程序的组织名称。</translation>
    </message>
    <message>
        <source>The name of the application whose settings to read.</source>
        <translation>要读取其设置的应用程序的名称。</translation>
    </message>
    <message>
        <source>The language to show, such as de or zh_CN, instead of the system&apos;s.</source>
        <translation>要显示的语言（例如 de 或 zh_CN），用于代替系统语言。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>请尝试 --help。</translation>
    </message>
    <message>
        <source>--level must be debug, info, warning or critical, not &quot;%1&quot;. (A fatal message would end slacklog-config itself.)</source>
        <translation>--level 必须是 debug、info、warning 或 critical，而不是 &quot;%1&quot;。（fatal 消息会导致 slacklog-config 自身退出。）</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Put a message with spaces in quotes: --send &quot;disk almost full&quot;.</source>
        <translation>意外的参数 &quot;%1&quot;。包含空格的消息请用引号括起来：--send &quot;disk almost full&quot;。</translation>
    </message>
    <message>
        <source>The webhook URL to post to. Other users of this machine can read a command line: prefer SLACKLOG_WEBHOOK_URL.</source>
        <translation>要发送到的 webhook URL。本机的其他用户可以看到命令行：建议改用 SLACKLOG_WEBHOOK_URL。</translation>
    </message>
    <message>
        <source>Checks the settings and says what is wrong; exits with 0 when they are valid, 1 when not.</source>
        <translation>检查设置并指出问题；设置有效时以 0 退出，否则以 1 退出。</translation>
    </message>
    <message>
        <source>Prints the settings in effect, with webhook URLs redacted.</source>
        <translation>打印当前生效的设置，Webhook URL 已隐去。</translation>
    </message>
    <message>
        <source>Edits the SlackLog settings that an application reads, and sends test messages.
Without --send, --check or --print-settings it opens the settings window.
Without a configured webhook, --send posts to a built-in Slack stand-in on 127.0.0.1 and shows what it received.</source>
        <translation>编辑应用程序读取的 SlackLog 设置，并发送测试消息。
未指定 --send、--check 或 --print-settings 时，打开设置窗口。
未配置 webhook 时，--send 会发送到 127.0.0.1 上内置的 Slack 模拟服务，并显示其收到的内容。</translation>
    </message>
</context>
<context>
    <name>DeliveryLogModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>destination (channel)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状态</translation>
    </message>
    <message>
        <source>Slack&apos;s answer</source>
        <extracomment>the body of Slack&apos;s answer, such as &quot;ok&quot; or &quot;no_service&quot;</extracomment>
        <translation>Slack 的应答</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message numerus="yes">
        <source>Delivered %n message(s)</source>
        <extracomment>%n is how many log messages the post carried</extracomment>
        <translation>
            <numerusform>已投递 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>未投递</translation>
    </message>
    <message numerus="yes">
        <source>%1; trying again in %n s</source>
        <extracomment>%1 is why the post failed, in words</extracomment>
        <translation>
            <numerusform>%1；%n s 后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer</source>
        <extracomment>no HTTP status: the server never answered</extracomment>
        <translation>无应答</translation>
    </message>
    <message>
        <source>first</source>
        <translation>首次</translation>
    </message>
    <message>
        <source>retry %1</source>
        <extracomment>%1 is the attempt&apos;s number: 2 is the first retry</extracomment>
        <translation>第 %1 次重试</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <source>Keep undelivered messages on disk</source>
        <translation>将未投递的消息保存到磁盘</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <source>Shutdown timeout:</source>
        <translation>关闭超时：</translation>
    </message>
    <message>
        <source>The longest that exit, uninstall() and qFatal wait for delivery.</source>
        <translation>退出、uninstall() 和 qFatal 等待投递的最长时间。</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>请求超时：</translation>
    </message>
    <message>
        <source>Retry for:</source>
        <translation>最长重试时间：</translation>
    </message>
    <message>
        <source>How long a post is retried after 5xx answers, timeouts and network failures before its messages count as expired. 0: no retries.</source>
        <translation>发布遇到 5xx 应答、超时或网络故障后的重试时长，超过后其消息计为已过期。0：不重试。</translation>
    </message>
    <message>
        <source>Fold repeats within:</source>
        <translation>重复消息合并窗口：</translation>
    </message>
    <message>
        <source>Repeats of one message from one place within this time become one line, &quot;… (repeated 9 times)&quot;. 0: no folding.</source>
        <translation>在此时间内，来自同一位置的同一消息的重复会合并为一行：&quot;…（重复了 9 次）&quot;。0：不合并。</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Posts per second:</source>
        <translation>每秒发布次数：</translation>
    </message>
    <message>
        <source>Posts per second to one webhook, on average. Slack allows about 1; messages that wait meanwhile go into the next post together.</source>
        <translation>向单个 webhook 平均每秒发布的次数。Slack 约允许每秒 1 次；其间等待的消息会合并到下一次发布中。</translation>
    </message>
    <message>
        <source> posts/s</source>
        <translation> 次/秒</translation>
    </message>
    <message>
        <source>Burst:</source>
        <translation>突发量：</translation>
    </message>
    <message>
        <source>Posts a webhook may take at once, beyond the rate per second.</source>
        <translation>在每秒速率之外，一个 webhook 可一次性接受的发布次数。</translation>
    </message>
    <message>
        <source> posts</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>Text per post:</source>
        <translation>每次发布的文本上限：</translation>
    </message>
    <message>
        <source>The most characters of text one post carries, at most 40,000 (Slack truncates beyond). Longer messages are split into marked parts.</source>
        <translation>一次发布最多携带的文本字符数，上限 40,000（超出部分 Slack 会截断）。更长的消息会拆分为带标记的多个部分。</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <source>Longest message:</source>
        <translation>消息最大长度：</translation>
    </message>
    <message>
        <source>A message longer than this is cut, with a marker that says how much was cut.</source>
        <translation>超过此长度的消息会被截断，并附上标记说明截掉了多少。</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Queue capacity:</source>
        <translation>队列容量：</translation>
    </message>
    <message>
        <source>Messages waiting for delivery beyond this many are dropped, and counted.</source>
        <translation>等待投递的消息超过此数量时将被丢弃并计数。</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> 条消息</translation>
    </message>
    <message>
        <source>Queue memory:</source>
        <translation>队列内存：</translation>
    </message>
    <message>
        <source>What waiting messages may hold in memory, text and bookkeeping together. Beyond it, messages are dropped as for the queue capacity.</source>
        <translation>等待中的消息可占用的内存，包括文本和记录开销。超出时，消息会像超出队列容量时一样被丢弃。</translation>
    </message>
    <message>
        <source>Drop the oldest</source>
        <translation>丢弃最旧的</translation>
    </message>
    <message>
        <source>Drop the newest</source>
        <translation>丢弃最新的</translation>
    </message>
    <message>
        <source>Which message a full queue drops. The logging thread never waits either way.</source>
        <translation>队列已满时丢弃哪条消息。无论哪种方式，记录日志的线程都不会等待。</translation>
    </message>
    <message>
        <source>When full:</source>
        <translation>队列已满时：</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>the system&apos;s proxy settings</source>
        <translation>系统的代理设置</translation>
    </message>
    <message>
        <source>The proxy for posts, such as http://proxy:3128 or socks5://proxy:1080. Empty: the system&apos;s settings (on Linux, the https_proxy variable).</source>
        <translation>发布所用的代理，例如 http://proxy:3128 或 socks5://proxy:1080。留空：使用系统设置（在 Linux 上为 https_proxy 变量）。</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>代理：</translation>
    </message>
    <message>
        <source>Spool</source>
        <translation>磁盘缓存队列</translation>
    </message>
    <message>
        <source>What an exit, a crash or an outage leaves undelivered is kept on disk and delivered by the next run.</source>
        <translation>因退出、崩溃或服务中断而未投递的内容会保存在磁盘上，由下次运行投递。</translation>
    </message>
    <message>
        <source>default: slacklog-spool in the application&apos;s data directory</source>
        <translation>默认：应用程序数据目录中的 slacklog-spool</translation>
    </message>
    <message>
        <source>One process at a time uses a directory. Empty: the default, under the application&apos;s data directory.</source>
        <translation>一个目录同一时间只能由一个进程使用。留空：使用默认目录，位于应用程序数据目录下。</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the spool directory</source>
        <translation>选择磁盘缓存队列目录</translation>
    </message>
    <message>
        <source>Spool directory</source>
        <translation>磁盘缓存队列目录</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>目录：</translation>
    </message>
    <message>
        <source>Size cap:</source>
        <translation>大小上限：</translation>
    </message>
    <message>
        <source>The most the spool holds on disk. Beyond it, what cannot be delivered in time counts as dropped.</source>
        <translation>磁盘缓存队列在磁盘上最多占用的空间。超出后，无法及时投递的内容计为已丢弃。</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>默认：%1。</translation>
    </message>
    <message>
        <source>Reset to the default, %1</source>
        <translation>重置为默认值 %1</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>默认 %1</translation>
    </message>
    <message>
        <source>The longest one post may take, from connecting to the last byte of the answer, before it is abandoned and retried.</source>
        <translation>单次发送最长可用的时间（从建立连接到收到应答的最后一个字节），超过后将放弃并重试。</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>The incoming webhook that messages are posted to. Anyone who has it can post, so it is masked. Empty: test messages go to the built-in inspector, and applications need SLACKLOG_WEBHOOK_URL.</source>
        <translation>消息发布到的传入 webhook。任何拥有它的人都能发布消息，因此会遮盖显示。留空：测试消息发送到内置检查器，应用程序则需要 SLACKLOG_WEBHOOK_URL。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide the webhook URL</source>
        <translation>显示或隐藏 webhook URL</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>the webhook&apos;s own channel</source>
        <translation>webhook 自身的频道</translation>
    </message>
    <message>
        <source>A channel such as #ops, or @user for a direct message.</source>
        <translation>频道，例如 #ops；或用 @user 发送私信。</translation>
    </message>
    <message>
        <source>the webhook&apos;s own name</source>
        <translation>webhook 自身的名称</translation>
    </message>
    <message>
        <source>:robot_face: or https://example.com/icon.png</source>
        <translation>:robot_face: 或 https://example.com/icon.png</translation>
    </message>
    <message>
        <source>An emoji name, with or without colons, or the URL of an image.</source>
        <translation>emoji 名称（带或不带冒号均可），或图片的 URL。</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>Webhook URL(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>频道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Icon:</source>
        <translation>图标(&amp;I)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; webhooks made by a Slack app post to their own channel as their own identity, and ignore channel, username and icon. One webhook per channel is the routing that works everywhere.</source>
        <translation>&lt;b&gt;注意：&lt;/b&gt;由 Slack 应用创建的 webhook 会以自身身份发布到自己的频道，并忽略频道、用户名和图标。每个频道使用一个 webhook 是在任何情况下都有效的路由方式。</translation>
    </message>
    <message>
        <source>No webhook: test messages go to the built-in inspector.</source>
        <translation>未设置 webhook：测试消息将发送到内置检查器。</translation>
    </message>
    <message>
        <source>A valid webhook URL.</source>
        <translation>有效的 webhook URL。</translation>
    </message>
    <message>
        <source>It understands Block Kit (the Blocks format).</source>
        <translation>它支持 Block Kit（“块”格式）。</translation>
    </message>
    <message>
        <source>It does not understand Block Kit (the Blocks format).</source>
        <translation>它不支持 Block Kit（“块”格式）。</translation>
    </message>
    <message>
        <source>the channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>the username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>the icon emoji</source>
        <translation>图标 emoji</translation>
    </message>
    <message>
        <source>the icon URL</source>
        <translation>图标 URL</translation>
    </message>
    <message>
        <source>It ignores %1, so posts leave them out.</source>
        <translation>它会忽略%1，因此帖子中不包含这些内容。</translation>
    </message>
    <message>
        <source>Username and icon work only where an administrator allows them to be overridden.</source>
        <translation>仅当管理员允许覆盖时，用户名和图标才会生效。</translation>
    </message>
    <message>
        <source>Use the webhook URL with /slack at its end.</source>
        <translation>请使用以 /slack 结尾的 Webhook URL。</translation>
    </message>
    <message>
        <source>The chat server behind the webhook. Mattermost, Rocket.Chat and Discord accept Slack&apos;s posts, each with limits of its own.</source>
        <translation>Webhook 背后的聊天服务器。Mattermost、Rocket.Chat 和 Discord 都接受 Slack 的帖子，但各有自己的限制。</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>服务器(&amp;V)：</translation>
    </message>
    <message>
        <source>A post carries at most %L1 characters, or the text budget on the Delivery page if that is lower, and %L2 attachments; longer messages are split.</source>
        <translation>每条帖子最多 %L1 个字符（若“投递”页上的文本预算更小，则以其为准）、%L2 个附件；更长的消息会被拆分。</translation>
    </message>
    <message>
        <source>Its attachments hold at most %L1 characters together, titles and fields included.</source>
        <translation>其所有附件合计最多 %L1 个字符，包括标题和字段。</translation>
    </message>
</context>
<context>
    <name>FilteringPage</name>
    <message>
        <source>Let mentions written in log text through</source>
        <translation>允许日志文本中的提及生效</translation>
    </message>
    <message>
        <source>Messages below this level are not posted. Default: Debug.</source>
        <translation>低于此级别的消息不会发布。默认：调试。</translation>
    </message>
    <message>
        <source>Which logging categories are posted, in QLoggingCategory&apos;s rule syntax, one rule per line. Later rules win. They filter on top of Qt&apos;s own category settings.</source>
        <translation>要发布哪些日志类别，使用 QLoggingCategory 的规则语法，每行一条规则。靠后的规则优先。这些规则在 Qt 自身的类别设置之上再做过滤。</translation>
    </message>
    <message>
        <source>What is posted</source>
        <translation>发布内容</translation>
    </message>
    <message>
        <source>&amp;Minimum level:</source>
        <translation>最低级别(&amp;M)：</translation>
    </message>
    <message>
        <source>Category &amp;rules:</source>
        <translation>类别规则(&amp;R)：</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Put in front of %1 messages: @here, @channel, @everyone, a user (@U012AB3CD) or a user group (&lt;!subteam^S012AB3CD&gt;).</source>
        <translation>加在 %1 消息之前：@here、@channel、@everyone、某个用户（@U012AB3CD）或用户组（&lt;!subteam^S012AB3CD&gt;）。</translation>
    </message>
    <message>
        <source>Off by default: log text is untrusted, and a &lt;!channel&gt; in it must not ping a whole channel.</source>
        <translation>默认关闭：日志文本不可信，其中的 &lt;!channel&gt; 不应通知整个频道。</translation>
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
        <translation>200 ok，10 s 后</translation>
    </message>
    <message>
        <source>429 rate_limited, retry after 1 s</source>
        <translation>429 rate_limited，1 s 后重试</translation>
    </message>
    <message>
        <source>500 rollup_error</source>
        <translation>500 rollup_error</translation>
    </message>
    <message>
        <source>404 no_service (webhook revoked)</source>
        <translation>404 no_service（webhook 已撤销）</translation>
    </message>
    <message>
        <source>How the inspector answers each post, to see how the settings behave when Slack is slow, limits the rate, fails or has revoked the webhook.</source>
        <translation>检查器对每次发布的应答方式，用于查看 Slack 响应缓慢、限流、出错或已撤销 webhook 时设置的表现。</translation>
    </message>
    <message>
        <source>Listening at %1. Each webhook of the settings gets a path of its own here when a test goes to the inspector.</source>
        <translation>正在 %1 监听。测试发送到检查器时，设置中的每个 webhook 在此都有各自的路径。</translation>
    </message>
    <message>
        <source>The inspector could not listen on 127.0.0.1: test messages can only go to the webhooks in the settings.</source>
        <translation>检查器无法在 127.0.0.1 上监听：测试消息只能发送到设置中的 webhook。</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Answer with:</source>
        <translation>应答：</translation>
    </message>
    <message>
        <source>As Slack shows it:</source>
        <extracomment>the payload drawn as Slack shows it</extracomment>
        <translation>在 Slack 中的显示效果：</translation>
    </message>
    <message>
        <source>Raw JSON:</source>
        <translation>原始 JSON：</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
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
        <translation>调试</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>致命</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>目标(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Filtering</source>
        <translation>过滤(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Routes</source>
        <translation>路由(&amp;R)</translation>
    </message>
    <message>
        <source>De&amp;livery</source>
        <translation>投递(&amp;L)</translation>
    </message>
    <message>
        <source>Send a &amp;Test</source>
        <translation>发送测试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>检查器(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Inspector (%1)</source>
        <translation>检查器(&amp;I) (%1)</translation>
    </message>
    <message>
        <source>Go back to the saved settings</source>
        <translation>恢复为已保存的设置</translation>
    </message>
    <message>
        <source>&amp;Open Settings File…</source>
        <translation>打开设置文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Send &amp;Test Message</source>
        <translation>发送测试消息(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SlackLog Settings</source>
        <translation>关于 SlackLog 设置(&amp;A)</translation>
    </message>
    <message>
        <source>About SlackLog Settings</source>
        <translation>关于 SlackLog 设置</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SlackLog Settings&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Edits the settings that SlackLog reads in an application, previews and sends test messages, and shows them in a built-in inspector.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SlackLog 设置&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;编辑应用程序中 SlackLog 读取的设置，预览并发送测试消息，并在内置检查器中显示这些消息。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved to %1. A running application that watches this file applies the settings now.</source>
        <translation>已保存到 %1。正在运行并监视此文件的应用程序会立即应用这些设置。</translation>
    </message>
    <message>
        <source>Cannot be saved until this is fixed:</source>
        <translation>修正以下问题后才能保存：</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>%1[*] - SlackLog Settings</source>
        <extracomment>%1 is whose settings: an application name or a file name</extracomment>
        <translation>%1[*] - SlackLog 设置</translation>
    </message>
    <message>
        <source>The settings of %1 have changes that are not saved. Save them?</source>
        <translation>%1 的设置有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Not Opened</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <extracomment>the tab with the format, fields, pattern and emoji</extracomment>
        <translation>外观(&amp;P)</translation>
    </message>
</context>
<context>
    <name>RoutesModel</name>
    <message>
        <source>Empty: the default webhook.</source>
        <translation>留空：使用默认 webhook。</translation>
    </message>
    <message>
        <source>Logging categories with QLoggingCategory&apos;s wildcards: &quot;db.sql&quot;, &quot;db.*&quot;, &quot;*.sql&quot; or &quot;*sql*&quot;. The first route that matches applies.</source>
        <translation>日志类别，可使用 QLoggingCategory 的通配符：&quot;db.sql&quot;、&quot;db.*&quot;、&quot;*.sql&quot; 或 &quot;*sql*&quot;。应用第一条匹配的路由。</translation>
    </message>
    <message>
        <source>Category pattern</source>
        <translation>类别模式</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook URL</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>图标</translation>
    </message>
    <message>
        <source>Empty: the server of the Destination page.</source>
        <translation>留空：使用“目标”页的服务器。</translation>
    </message>
    <message>
        <source>Server</source>
        <extracomment>the kind of chat server: Slack, Mattermost, Rocket.Chat or Discord</extracomment>
        <translation>服务器</translation>
    </message>
</context>
<context>
    <name>RoutesPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>(as the default)</source>
        <translation>（同默认）</translation>
    </message>
    <message>
        <source>Messages whose logging category matches a pattern go to that route&apos;s destination; the first match wins. Empty fields fall back to the Destination page. A route&apos;s own webhook may lead to another kind of server: say which. Webhook URLs are shown redacted: double-click to edit one.</source>
        <translation>日志类别与某个模式匹配的消息会发送到该路由的目标；以第一个匹配为准。留空的字段沿用“目标”页的设置。路由自己的 Webhook 可能指向另一种服务器：请注明是哪一种。Webhook URL 已隐去显示：双击即可编辑。</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>No webhook is configured, and the built-in Slack stand-in could not listen on 127.0.0.1.</source>
        <translation>未配置 webhook，且内置的 Slack 模拟服务无法在 127.0.0.1 上监听。</translation>
    </message>
    <message>
        <source>No webhook is configured (--webhook, SLACKLOG_WEBHOOK_URL or the saved settings), so this goes to the built-in Slack stand-in.</source>
        <translation>未配置 webhook（--webhook、SLACKLOG_WEBHOOK_URL 或已保存的设置），因此将发送到内置的 Slack 模拟服务。</translation>
    </message>
    <message>
        <source>The settings are not valid:</source>
        <translation>设置无效：</translation>
    </message>
    <message>
        <source>Not sent: the settings filter out %1 messages (minimum level %2, category rules &quot;%3&quot;).</source>
        <translation>未发送：设置会过滤掉 %1 消息（最低级别 %2，类别规则 &quot;%3&quot;）。</translation>
    </message>
    <message>
        <source>Delivered: HTTP %1 &quot;%2&quot; in %3 ms.</source>
        <translation>已投递：HTTP %1 &quot;%2&quot;，耗时 %3 ms。</translation>
    </message>
    <message>
        <source>Not delivered: %1 (after %2 ms).</source>
        <translation>未投递：%1（%2 ms 后）。</translation>
    </message>
    <message>
        <source>The stand-in received this payload:</source>
        <translation>模拟服务收到了以下负载：</translation>
    </message>
    <message>
        <source>Not delivered: no answer from %1 in time.</source>
        <translation>未投递：%1 未及时响应。</translation>
    </message>
    <message>
        <source>Sending one %1 message to %2 …</source>
        <translation>正在向 %2 发送一条 %1 级别的消息 …</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>Hello from slacklog-config</source>
        <translation>来自 slacklog-config 的问候</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>The built-in inspector</source>
        <translation>内置检查器</translation>
    </message>
    <message>
        <source>The webhooks in these settings</source>
        <translation>这些设置中的 webhook</translation>
    </message>
    <message>
        <source>The inspector receives on 127.0.0.1 and shows what arrived; nothing leaves this computer.</source>
        <translation>检查器在 127.0.0.1 上接收并显示收到的内容；数据不会离开这台计算机。</translation>
    </message>
    <message>
        <source>The logging category the message is logged in: it decides the route and the category rules that apply.</source>
        <translation>记录该消息所用的日志类别：它决定适用的路由和类别规则。</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>发送到：</translation>
    </message>
    <message>
        <source>in category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文本：</translation>
    </message>
    <message>
        <source>Payload:</source>
        <extracomment>the JSON body that will be posted</extracomment>
        <translation>负载：</translation>
    </message>
    <message>
        <source>Delivery log:</source>
        <translation>投递日志：</translation>
    </message>
    <message>
        <source>Delivered.</source>
        <translation>已投递。</translation>
    </message>
    <message>
        <source>Not delivered: see the log.</source>
        <translation>未投递：请查看日志。</translation>
    </message>
    <message>
        <source>%1, by route %2 (&quot;%3&quot;)</source>
        <translation>%1，经由路由 %2（&quot;%3&quot;）</translation>
    </message>
    <message>
        <source>The settings filter this message out: it would not be sent.</source>
        <translation>设置会过滤掉此消息：它不会被发送。</translation>
    </message>
    <message>
        <source>Goes to %1.</source>
        <translation>将发送到 %1。</translation>
    </message>
    <message>
        <source>Post %1 of %2:</source>
        <translation>第 %1 次发布，共 %2 次：</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
</context>
<context>
    <name>SettingsDocument</name>
    <message>
        <source>Name the application whose settings to edit, or open a settings file.</source>
        <translation>请指定要编辑其设置的应用程序，或打开一个设置文件。</translation>
    </message>
    <message>
        <source>The settings in %1 could not be read: the file is not in INI format, or it cannot be opened.</source>
        <translation>无法读取 %1 中的设置：该文件不是 INI 格式，或无法打开。</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>设置未保存：%1</translation>
    </message>
    <message>
        <source>The settings could not be written to %1. Check that its folder exists and may be written, and that the disk is not full.</source>
        <translation>无法将设置写入 %1。请检查其所在文件夹是否存在且可写，以及磁盘是否已满。</translation>
    </message>
</context>
<context>
    <name>SettingsReport</name>
    <message>
        <source>The settings are valid.</source>
        <translation>设置有效。</translation>
    </message>
    <message>
        <source>The settings are not valid:</source>
        <translation>设置无效：</translation>
    </message>
    <message>
        <source># The SlackLog settings in effect: saved settings, then SLACKLOG_* variables, then this command&apos;s flags.</source>
        <translation># 当前生效的 SlackLog 设置：先是已保存的设置，然后是 SLACKLOG_* 变量，最后是本命令的选项。</translation>
    </message>
    <message>
        <source>(default: slacklog-spool in the application&apos;s data directory)</source>
        <translation>（默认：应用程序数据目录中的 slacklog-spool）</translation>
    </message>
</context>
<context>
    <name>SlackLog::Delivery</name>
    <message>
        <source>delivered %1 to %2: HTTP %3 &quot;%4&quot; in %5 ms</source>
        <translation>已将 %1 投递到 %2：HTTP %3 &quot;%4&quot;，耗时 %5 ms</translation>
    </message>
    <message>
        <source>could not deliver %1 to %2: %3 (after %4 ms)</source>
        <translation>无法将 %1 投递到 %2：%3（%4 ms 后）</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 条消息</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 条消息</translation>
    </message>
    <message>
        <source>the webhook answered with a redirect (%1), which SlackLog does not follow</source>
        <translation>webhook 返回了重定向（%1），SlackLog 不会跟随重定向</translation>
    </message>
    <message>
        <source>Slack rejected the message (%1)</source>
        <translation>Slack 拒绝了该消息（%1）</translation>
    </message>
    <message>
        <source>the webhook is not allowed to post (%1)</source>
        <translation>该 webhook 无权发布消息（%1）</translation>
    </message>
    <message>
        <source>the webhook was revoked or does not exist (%1)</source>
        <translation>该 webhook 已被撤销或不存在（%1）</translation>
    </message>
    <message>
        <source>the channel is archived (%1)</source>
        <translation>频道已归档（%1）</translation>
    </message>
    <message>
        <source>Slack is rate limiting this webhook (%1)</source>
        <translation>Slack 正在对该 webhook 限流（%1）</translation>
    </message>
    <message>
        <source>Slack had a server error (%1)</source>
        <translation>Slack 发生了服务器错误（%1）</translation>
    </message>
    <message>
        <source>the webhook refused the message (%1)</source>
        <translation>webhook 未接受该消息（%1）</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 拒绝了连接</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation>%1 在响应之前关闭了连接</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 ms</source>
        <translation>%1 未在 %2 ms 内响应</translation>
    </message>
    <message>
        <source>the host %1 was not found</source>
        <translation>未找到主机 %1</translation>
    </message>
    <message>
        <source>the TLS connection to %1 failed: %2</source>
        <translation>与 %1 的 TLS 连接失败：%2</translation>
    </message>
    <message>
        <source>the post to %1 failed: %2</source>
        <translation>向 %1 发送失败：%2</translation>
    </message>
    <message>
        <source>%1, retry after %2 s</source>
        <translation>%1，%2 s 后重试</translation>
    </message>
    <message>
        <source>SlackLog is not installed, because the settings are invalid:</source>
        <translation>SlackLog 未安装，因为设置无效：</translation>
    </message>
    <message>
        <source>SlackLog was uninstalled before they could be delivered</source>
        <translation>在投递之前 SlackLog 已被卸载</translation>
    </message>
    <message>
        <source>the shutdown timeout of %1 ms passed before they could be delivered</source>
        <translation>在投递之前已超过 %1 毫秒的关闭超时</translation>
    </message>
    <message>
        <source>the delivery thread did not stop in time; it is left behind</source>
        <translation>投递线程未能及时停止；将其留在后台</translation>
    </message>
    <message>
        <source>%1 dropped: %2</source>
        <translation>已丢弃 %1：%2</translation>
    </message>
    <message>
        <source>messages logged after SlackLog&apos;s last delivery at exit are dropped</source>
        <translation>在退出时 SlackLog 最后一次投递之后记录的消息将被丢弃</translation>
    </message>
    <message>
        <source>a delivery thread left behind still runs; no new one is started</source>
        <translation>遗留的投递线程仍在运行；不会启动新的线程</translation>
    </message>
    <message>
        <source>%1 dropped: their post was cut off at the deadline, before the server answered</source>
        <translation>已丢弃 %1：在服务器应答之前，其发送在截止时间被中断</translation>
    </message>
    <message>
        <source>%1 dropped (queue full) since %2; SlackLog was uninstalled before it could say so in the channel</source>
        <translation>自 %2 起已丢弃 %1（队列已满）；SlackLog 在于频道中报告此事之前已被卸载</translation>
    </message>
    <message>
        <source>%1; nothing more is posted to %2 until SlackLog is installed with another webhook (%3 rejected)</source>
        <translation>%1；在使用其他 webhook 安装 SlackLog 之前，不会再向 %2 发布任何内容（已拒绝 %3）</translation>
    </message>
    <message>
        <source>(retrying in %1 s)</source>
        <translation>（%1 s 后重试）</translation>
    </message>
    <message>
        <source>(gave up: %1 expired)</source>
        <translation>（已放弃：%1 已过期）</translation>
    </message>
    <message>
        <source>(%1 rejected)</source>
        <translation>（已拒绝 %1）</translation>
    </message>
    <message>
        <source>the queue is full (%1, or %2 bytes, wait for delivery): %3 are dropped until there is room</source>
        <translation>队列已满（%1 或 %2 字节正在等待投递）：在腾出空间之前，%3将被丢弃</translation>
    </message>
    <message>
        <source>the oldest messages</source>
        <translation>最旧的消息</translation>
    </message>
    <message>
        <source>new messages</source>
        <translation>新消息</translation>
    </message>
    <message>
        <source>SlackLog: %1 dropped (queue full) since %2</source>
        <translation>SlackLog：自 %2 起已丢弃 %1（队列已满）</translation>
    </message>
    <message>
        <source>(repeated %1 times)</source>
        <comment>a log line that came this many more times in a row</comment>
        <translation>（重复了 %1 次）</translation>
    </message>
    <message>
        <source>[replayed; its destination is no longer in the settings]</source>
        <comment>put in front of a message from an earlier run that goes to the default channel</comment>
        <translation>[重新投递；其原目标已不在设置中]</translation>
    </message>
    <message>
        <source>the spool directory %1 cannot be created; messages are not kept on disk</source>
        <translation>无法创建磁盘缓存队列目录 %1；消息不会保存到磁盘</translation>
    </message>
    <message>
        <source>the spool directory %1 is in use by process %2; messages are not kept on disk</source>
        <translation>磁盘缓存队列目录 %1 正被进程 %2 使用；消息不会保存到磁盘</translation>
    </message>
    <message>
        <source>the spool file %1 cannot be read: %2</source>
        <translation>无法读取磁盘缓存队列文件 %1：%2</translation>
    </message>
    <message>
        <source>the spool is full (%1 bytes); messages that cannot be delivered now are counted as spool_full</source>
        <translation>磁盘缓存队列已满（%1 字节）；当前无法投递的消息将计为 spool_full</translation>
    </message>
    <message>
        <source>the spool file %1 cannot be written: %2</source>
        <translation>无法写入磁盘缓存队列文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 kept in the spool for the next run: their post was cut off at the deadline, before the server answered, so Slack may show them twice</source>
        <translation>%1 已保存在磁盘缓存队列中，留待下次运行：其发送在截止时间被中断，服务器尚未应答，因此 Slack 可能会显示两次</translation>
    </message>
    <message>
        <source>the delivery thread had ended before it was asked to stop</source>
        <translation>投递线程在被要求停止之前就已结束</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>%1 answered with more than %2 bytes, which no webhook does; the answer was cut off there</source>
        <translation>%1 的应答超过 %2 字节，任何 webhook 都不会这样；应答已在此处截断</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not HTTP (no status code)</source>
        <translation>%1 发送的应答不是 HTTP（没有状态码）</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not HTTP (status %2)</source>
        <translation>%1 发送的应答不是 HTTP（状态 %2）</translation>
    </message>
    <message>
        <source>the webhook answered %1 without &quot;ok&quot;: something between SlackLog and Slack, such as a proxy, may have answered instead</source>
        <translation>webhook 应答了 %1 但没有 &quot;ok&quot;：可能是 SlackLog 与 Slack 之间的某个环节（例如代理）代为应答</translation>
    </message>
    <message>
        <source>the webhook answered %1 &quot;%2&quot; instead of &quot;ok&quot;: something between SlackLog and Slack, such as a proxy, may have answered instead</source>
        <translation>webhook 应答了 %1 &quot;%2&quot; 而不是 &quot;ok&quot;：可能是 SlackLog 与 Slack 之间的某个环节（例如代理）代为应答</translation>
    </message>
    <message>
        <source>the fatal message could not be kept in the spool at %1: %2</source>
        <translation>致命消息无法保存到 %1 的暂存区：%2</translation>
    </message>
    <message>
        <source>%1 dropped: %2, and the spool could not keep them for the next run (it was full, or could not be opened or written); counted as spool_full</source>
        <translation>已丢弃 %1：%2，且暂存区无法为下次运行保存它们（暂存区已满，或无法打开或写入）；计为 spool_full</translation>
    </message>
    <message>
        <source>the spool directory %1 is in use by another process; messages are not kept on disk</source>
        <translation>暂存目录 %1 正被另一个进程使用；消息不会保存到磁盘</translation>
    </message>
    <message>
        <source>the spool directory %1 cannot be locked (%2); messages are not kept on disk</source>
        <translation>无法锁定暂存目录 %1（%2）；消息不会保存到磁盘</translation>
    </message>
    <message>
        <source>the spool file %1 was written by a later version of SlackLog (spool format %2); it is left as it is</source>
        <translation>暂存文件 %1 由更新版本的 SlackLog 写入（暂存格式 %2）；保持原样</translation>
    </message>
    <message>
        <source>%1 is not a SlackLog spool file; it is left as it is</source>
        <translation>%1 不是 SlackLog 暂存文件；保持原样</translation>
    </message>
    <message>
        <source>the directory cannot be created</source>
        <translation>无法创建该目录</translation>
    </message>
    <message>
        <source>the spool at %1 holds %2 damaged record(s) and %3 damaged stretch(es) whose records cannot be counted (a file cut off by a crash, or overwritten); every intact record around them is delivered</source>
        <translation>%1 的暂存区有 %2 条损坏的记录，以及 %3 段无法统计其记录数的损坏区段（文件因崩溃被截断或被覆盖）；其前后所有完好的记录都会投递</translation>
    </message>
    <message>
        <source>the spool at %1 holds %2 damaged record(s) that could not be read back</source>
        <translation>%1 的暂存区有 %2 条损坏的记录无法读回</translation>
    </message>
    <message>
        <source>the spool file %1 cannot be deleted</source>
        <translation>无法删除暂存文件 %1</translation>
    </message>
</context>
<context>
    <name>SlackLog::Settings</name>
    <message>
        <source>The category rule &quot;%1&quot; is not of the form category=true or category=false.</source>
        <translation>类别规则 &quot;%1&quot; 不符合 category=true 或 category=false 的形式。</translation>
    </message>
    <message>
        <source>The category rule &quot;%1&quot; has a &apos;*&apos; that is neither first nor last.</source>
        <translation>类别规则 &quot;%1&quot; 中的 &apos;*&apos; 既不在开头也不在结尾。</translation>
    </message>
    <message>
        <source>The message pattern has an %{if-…} without %{endif}.</source>
        <translation>消息模式中有 %{if-…}，但缺少 %{endif}。</translation>
    </message>
    <message>
        <source>The webhook URL</source>
        <translation>webhook URL</translation>
    </message>
    <message>
        <source>The webhook URL is not set: set SLACKLOG_WEBHOOK_URL, or save one with slacklog-config.</source>
        <translation>未设置 webhook URL：请设置 SLACKLOG_WEBHOOK_URL，或使用 slacklog-config 保存一个。</translation>
    </message>
    <message>
        <source>in the settings</source>
        <translation>设置中</translation>
    </message>
    <message>
        <source>The mention for %1 messages, &quot;%2&quot;, is not a Slack mention: use @here, @channel, @everyone, &lt;@U…&gt; or &lt;!subteam^S…&gt;.</source>
        <translation>%1 消息的提及 &quot;%2&quot; 不是 Slack 提及：请使用 @here、@channel、@everyone、&lt;@U…&gt; 或 &lt;!subteam^S…&gt;。</translation>
    </message>
    <message>
        <source>of the route for &quot;%1&quot;</source>
        <translation>类别 &quot;%1&quot; 的路由中</translation>
    </message>
    <message>
        <source>The route category &quot;%1&quot; is not a category pattern such as db.* or *.sql.</source>
        <translation>路由类别 &quot;%1&quot; 不是 db.* 或 *.sql 这样的类别模式。</translation>
    </message>
    <message>
        <source>The route for &quot;%1&quot; sets no webhook URL, channel, username or icon.</source>
        <translation>类别 &quot;%1&quot; 的路由未设置 webhook URL、频道、用户名或图标。</translation>
    </message>
    <message>
        <source>The webhook URL %1</source>
        <translation>%1的 webhook URL</translation>
    </message>
    <message>
        <source>a whole number of at least 1</source>
        <translation>不小于 1 的整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>%1 is not a JSON array of routes such as [{&quot;category&quot;: &quot;db.*&quot;, &quot;channel&quot;: &quot;#db&quot;}] (%2 at character %3).</source>
        <translation>%1 不是形如 [{&quot;category&quot;: &quot;db.*&quot;, &quot;channel&quot;: &quot;#db&quot;}] 的 JSON 路由数组（%2，位于第 %3 个字符）。</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>不是数组</translation>
    </message>
    <message>
        <source>The message pattern has a &quot;%1&quot; that is not closed with &apos;}&apos;.</source>
        <translation>消息模式中的 &quot;%1&quot; 没有以 &apos;}&apos; 结束。</translation>
    </message>
    <message>
        <source>The message pattern nests &quot;%1&quot; inside another %{if-…}; conditions cannot be nested.</source>
        <translation>消息模式将 &quot;%1&quot; 嵌套在另一个 %{if-…} 中；条件不能嵌套。</translation>
    </message>
    <message>
        <source>The message pattern has an unknown condition &quot;%1&quot;.</source>
        <translation>消息模式中有未知条件 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The message pattern has &quot;%1&quot; without an %{if-…} before it.</source>
        <translation>消息模式中的 &quot;%1&quot; 之前没有 %{if-…}。</translation>
    </message>
    <message>
        <source>The message pattern uses &quot;%1&quot;, which SlackLog does not support: a backtrace would have to be taken in the logging thread, at a cost every log call would pay.</source>
        <translation>消息模式使用了 &quot;%1&quot;，SlackLog 不支持：回溯必须在记录日志的线程中获取，每次日志调用都要为此付出代价。</translation>
    </message>
    <message>
        <source>The message pattern has an unknown placeholder &quot;%1&quot;.</source>
        <translation>消息模式中有未知占位符 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an emoji name such as :robot_face:.</source>
        <translation>%1 &quot;%2&quot; 不是 :robot_face: 这样的 emoji 名称。</translation>
    </message>
    <message>
        <source>The channel %1 &quot;%2&quot; contains white space.</source>
        <translation>%1的频道 &quot;%2&quot; 包含空白字符。</translation>
    </message>
    <message>
        <source>The icon emoji %1</source>
        <translation>%1的图标 emoji</translation>
    </message>
    <message>
        <source>The icon URL %1</source>
        <translation>%1的图标 URL</translation>
    </message>
    <message>
        <source>Both an icon emoji and an icon URL are set %1; set only one.</source>
        <translation>%1同时设置了图标 emoji 和图标 URL；请只设置其中一个。</translation>
    </message>
    <message>
        <source>one of debug, info, warning, critical or fatal</source>
        <translation>debug、info、warning、critical 或 fatal 之一</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, which is not %3.</source>
        <translation>%1 的值 &quot;%2&quot; 无效，应为：%3。</translation>
    </message>
    <message>
        <source>of the form level=mention, such as critical=@here</source>
        <translation>level=mention 形式的值，例如 critical=@here</translation>
    </message>
    <message>
        <source>%1 is not set.</source>
        <translation>未设置%1。</translation>
    </message>
    <message>
        <source>%1 is not a valid URL: %2</source>
        <translation>%1 不是有效的 URL：%2</translation>
    </message>
    <message>
        <source>%1 must use https; plain http is accepted only for a loopback host (127.0.0.1, ::1, localhost): %2</source>
        <translation>%1 必须使用 https；仅当主机为环回地址 (127.0.0.1, ::1, localhost) 时才接受未加密的 http：%2</translation>
    </message>
    <message>
        <source>%1 must be an https URL: %2</source>
        <translation>%1 必须是 https URL：%2</translation>
    </message>
    <message>
        <source>%1 is not a valid http or https URL: %2</source>
        <translation>%1 不是有效的 http 或 https URL：%2</translation>
    </message>
    <message>
        <source>a whole number of bytes, at least 65536</source>
        <translation>不小于 65536 的整数（字节数）</translation>
    </message>
    <message>
        <source>drop-oldest or drop-newest</source>
        <translation>drop-oldest 或 drop-newest</translation>
    </message>
    <message>
        <source>a number of posts per second over 0 and at most 100, such as 1 or 0.5</source>
        <translation>每秒发布次数，大于 0 且不超过 100，例如 1 或 0.5</translation>
    </message>
    <message>
        <source>a number of characters from 100 to 40000 (Slack truncates longer posts)</source>
        <translation>100 到 40000 之间的字符数（Slack 会截断更长的消息）</translation>
    </message>
    <message>
        <source>a proxy URL such as http://proxy:3128 or socks5://proxy:1080</source>
        <translation>http://proxy:3128 或 socks5://proxy:1080 这样的代理 URL</translation>
    </message>
    <message>
        <source>The queue capacity must be at least 1 message.</source>
        <translation>队列容量必须至少为 1 条消息。</translation>
    </message>
    <message>
        <source>The queue&apos;s byte cap must be at least 65536 bytes.</source>
        <translation>队列的字节上限必须至少为 65536 字节。</translation>
    </message>
    <message>
        <source>The post rate must be more than 0 and at most 100 posts per second.</source>
        <translation>发布速率必须大于 0 且不超过每秒 100 次。</translation>
    </message>
    <message>
        <source>The burst must be between 1 and 100 posts.</source>
        <translation>突发量必须在 1 到 100 次发布之间。</translation>
    </message>
    <message>
        <source>The text budget must be between 100 and 40,000 characters: Slack truncates longer messages.</source>
        <translation>每次发布的文本上限必须在 100 到 40,000 个字符之间：Slack 会截断更长的消息。</translation>
    </message>
    <message>
        <source>The longest message must be at least 100 characters.</source>
        <translation>消息最大长度必须至少为 100 个字符。</translation>
    </message>
    <message>
        <source>The spool&apos;s size cap must be at least 65536 bytes.</source>
        <translation>磁盘缓存队列的大小上限必须至少为 65536 字节。</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; is not a proxy URL such as http://proxy:3128 or socks5://proxy:1080.</source>
        <translation>代理 &quot;%1&quot; 不是 http://proxy:3128 或 socks5://proxy:1080 这样的代理 URL。</translation>
    </message>
    <message>
        <source>The emoji for %1 messages</source>
        <translation>%1 消息的 emoji</translation>
    </message>
    <message>
        <source>The format blocks is Slack&apos;s Block Kit, which %1 does not understand: use attachments or text.</source>
        <translation>blocks（块）格式是 Slack 的 Block Kit，%1 不支持：请使用 attachments（附件）或 text（文本）。</translation>
    </message>
    <message>
        <source>one of slack, mattermost, rocketchat or discord</source>
        <translation>slack、mattermost、rocketchat 或 discord 之一</translation>
    </message>
    <message>
        <source>one of text, attachments or blocks</source>
        <translation>text、attachments 或 blocks 之一</translation>
    </message>
    <message>
        <source>a comma list of app, host, pid, thread, category, file and function</source>
        <translation>由 app、host、pid、thread、category、file 和 function 组成的逗号分隔列表</translation>
    </message>
    <message>
        <source>of the form level=emoji, such as warning=:warning:</source>
        <translation>level=emoji 形式的值，例如 warning=:warning:</translation>
    </message>
    <message>
        <source>The shutdown timeout must be from 0 to %1 ms.</source>
        <translation>关闭超时必须在 0 到 %1 毫秒之间。</translation>
    </message>
    <message>
        <source>The request timeout must be longer than 0 ms, and at most %1 ms.</source>
        <translation>请求超时必须大于 0 毫秒，且最多 %1 毫秒。</translation>
    </message>
    <message>
        <source>The retry time must be from 0 to %1 ms.</source>
        <translation>重试时间必须在 0 到 %1 毫秒之间。</translation>
    </message>
    <message>
        <source>The repeat window must be from 0 to %1 ms.</source>
        <translation>重复窗口必须在 0 到 %1 毫秒之间。</translation>
    </message>
    <message>
        <source>a whole number of milliseconds up to %1</source>
        <translation>不超过 %1 的整数毫秒数</translation>
    </message>
</context>
<context>
    <name>SlackRendering</name>
    <message>
        <source>[image]</source>
        <extracomment>stands for an icon image that the inspector does not download</extracomment>
        <translation>[图片]</translation>
    </message>
    <message>
        <source>incoming-webhook</source>
        <translation>incoming-webhook</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>[%1 block]</source>
        <extracomment>a Block Kit block that the inspector does not draw; %1 is its type</extracomment>
        <translation>[%1 块]</translation>
    </message>
</context>
<context>
    <name>SourceBar</name>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>The organization name the application sets with QCoreApplication::setOrganizationName().</source>
        <translation>应用程序通过 QCoreApplication::setOrganizationName() 设置的组织名称。</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>The application name it sets with QCoreApplication::setApplicationName().</source>
        <translation>应用程序通过 QCoreApplication::setApplicationName() 设置的应用程序名称。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Edit the SlackLog settings of this application.</source>
        <translation>编辑此应用程序的 SlackLog 设置。</translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation>打开文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Edit the SlackLog group of an INI settings file.</source>
        <translation>编辑 INI 设置文件中的 SlackLog 组。</translation>
    </message>
    <message>
        <source>Settings of:</source>
        <translation>设置对象：</translation>
    </message>
    <message>
        <source>File: %1 (the SlackLog group)</source>
        <extracomment>%1 is the settings file&apos;s path</extracomment>
        <translation>文件：%1（SlackLog 组）</translation>
    </message>
    <message>
        <source>Open Settings File</source>
        <translation>打开设置文件</translation>
    </message>
    <message>
        <source>Settings files (*.ini *.conf);;All files (*)</source>
        <translation>设置文件 (*.ini *.conf);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>TestSend</name>
    <message>
        <source>A test message is still under way.</source>
        <translation>仍有一条测试消息正在发送。</translation>
    </message>
    <message>
        <source>Not sent: the settings filter out %1 messages in &quot;%2&quot; (minimum level %3, category rules).</source>
        <translation>未发送：设置会过滤掉 &quot;%2&quot; 中的 %1 消息（最低级别 %3，类别规则）。</translation>
    </message>
    <message>
        <source>SlackLog could not be installed with these settings.</source>
        <translation>无法使用这些设置安装 SlackLog。</translation>
    </message>
    <message>
        <source>Not posted: this webhook answered that it was revoked (404 or 410) earlier, so SlackLog posts nothing more to it until it is installed with another webhook.</source>
        <translation>未发布：此 webhook 之前已应答其已被撤销（404 或 410），因此在使用其他 webhook 安装 SlackLog 之前，SlackLog 不会再向它发布任何内容。</translation>
    </message>
    <message>
        <source>Not posted: the queue was full, and the message was dropped.</source>
        <translation>未发布：队列已满，消息已被丢弃。</translation>
    </message>
    <message>
        <source>Not posted: the message was dropped before it could be sent.</source>
        <translation>未发布：消息在发送之前已被丢弃。</translation>
    </message>
    <message>
        <source>Not posted, and SlackLog reported no result for it.</source>
        <translation>未发布，且 SlackLog 未报告其结果。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The settings file %1 does not exist.</source>
        <translation>设置文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The settings in %1 could not be read.</source>
        <translation>无法读取 %1 中的设置。</translation>
    </message>
</context>
</TS>
