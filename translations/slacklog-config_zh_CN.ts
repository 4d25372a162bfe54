<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLine</name>
    <message>
        <source>Edits the SlackLog settings that an application reads, and sends test messages.
Without a configured webhook, --send posts to a built-in Slack stand-in on 127.0.0.1 and shows what it received.</source>
        <translation>编辑应用程序读取的 SlackLog 设置，并发送测试消息。
未配置 webhook 时，--send 会发送到 127.0.0.1 上的内置 Slack 模拟服务，并显示其收到的内容。</translation>
    </message>
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
        <source>Nothing to do. Send a test message with --send &quot;TEXT&quot;, or use --check or --print-settings; see --help.</source>
        <translation>无事可做。请使用 --send &quot;TEXT&quot; 发送测试消息，或使用 --check 或 --print-settings；参见 --help。</translation>
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
        <source>the spool directory %1 cannot be locked; messages are not kept on disk</source>
        <translation>无法锁定磁盘缓存队列目录 %1；消息不会保存到磁盘</translation>
    </message>
    <message>
        <source>the spool file %1 cannot be read: %2</source>
        <translation>无法读取磁盘缓存队列文件 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged record(s) in the spool could not be read back; they were cut off by a crash or overwritten</source>
        <translation>
            <numerusform>磁盘缓存队列中有 %n 条损坏的记录无法读回；它们因崩溃被截断或已被覆盖</numerusform>
        </translation>
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
        <source>the fatal message could not be kept in the spool at %1</source>
        <translation>无法将致命消息保存到位于 %1 的磁盘缓存队列中</translation>
    </message>
    <message>
        <source>%1 kept in the spool for the next run: their post was cut off at the deadline, before the server answered, so Slack may show them twice</source>
        <translation>%1 已保存在磁盘缓存队列中，留待下次运行：其发送在截止时间被中断，服务器尚未应答，因此 Slack 可能会显示两次</translation>
    </message>
    <message>
        <source>the delivery thread had ended before it was asked to stop</source>
        <translation>投递线程在被要求停止之前就已结束</translation>
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
        <source>The shutdown timeout must not be negative.</source>
        <translation>关闭超时不能为负数。</translation>
    </message>
    <message>
        <source>The request timeout must be longer than 0 ms.</source>
        <translation>请求超时必须大于 0 ms。</translation>
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
        <source>a whole number of milliseconds</source>
        <translation>以毫秒为单位的整数</translation>
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
        <source>The retry time must not be negative.</source>
        <translation>最长重试时间不能为负数。</translation>
    </message>
    <message>
        <source>The repeat window must not be negative.</source>
        <translation>重复消息合并窗口不能为负数。</translation>
    </message>
    <message>
        <source>The spool&apos;s size cap must be at least 65536 bytes.</source>
        <translation>磁盘缓存队列的大小上限必须至少为 65536 字节。</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; is not a proxy URL such as http://proxy:3128 or socks5://proxy:1080.</source>
        <translation>代理 &quot;%1&quot; 不是 http://proxy:3128 或 socks5://proxy:1080 这样的代理 URL。</translation>
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
