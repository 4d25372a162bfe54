#include "deliverypage.h"

#include <QtCore/QLocale>
#include <QtCore/QUrl>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

#include <cmath>

using SlackLog::Settings;

namespace {

constexpr double msPerSecond = 1000;
constexpr double bytesPerMiB = 1024 * 1024;

std::chrono::milliseconds millis(double value)
{
    return std::chrono::milliseconds(qint64(std::llround(value)));
}

double roundedTo(double value, int decimals)
{
    const double factor = std::pow(10.0, decimals);
    return std::round(value * factor) / factor;
}

} // namespace

DeliveryPage::DeliveryPage(QWidget *parent)
    : SettingsPage(parent), m_overflow(new QComboBox(this)), m_proxy(new QLineEdit(this)),
      m_spoolOn(new QCheckBox(tr("Keep undelivered messages on disk"), this)),
      m_spoolDirectory(new QLineEdit(this))
{
    const QString seconds = tr(" s", "unit: seconds, after a number");
    const QString mebibytes = tr(" MiB", "unit: mebibytes, after a number");

    auto *timing = new QGroupBox(tr("Timing"), this);
    auto *timingForm = new QFormLayout(timing);
    addNumber(timingForm,
              {"shutdownTimeout", tr("Shutdown timeout:"),
               tr("The longest that exit, uninstall() and qFatal wait for delivery."), seconds, 0,
               600, 3, msPerSecond,
               [](const Settings &s) { return double(s.shutdownTimeout().count()); },
               [](Settings &s, double v) { s.setShutdownTimeout(millis(v)); }});
    addNumber(timingForm,
              {"requestTimeout", tr("Request timeout:"),
               tr("The longest one post may take, from connecting to the last byte of the answer, "
                  "before it is abandoned and retried."),
               seconds, 0.001, 600, 3, msPerSecond,
               [](const Settings &s) { return double(s.requestTimeout().count()); },
               [](Settings &s, double v) { s.setRequestTimeout(millis(v)); }});
    addNumber(timingForm,
              {"maxRetryTime", tr("Retry for:"),
               tr("How long a post is retried after 5xx answers, timeouts and network failures "
                  "before its messages count as expired. 0: no retries."),
               seconds, 0, 7 * 24 * 3600, 3, msPerSecond,
               [](const Settings &s) { return double(s.maxRetryTime().count()); },
               [](Settings &s, double v) { s.setMaxRetryTime(millis(v)); }});
    addNumber(timingForm,
              {"repeatWindow", tr("Fold repeats within:"),
               tr("Repeats of one message from one place within this time become one line, "
                  "\"… (repeated 9 times)\". 0: no folding."),
               seconds, 0, 24 * 3600, 3, msPerSecond,
               [](const Settings &s) { return double(s.repeatWindow().count()); },
               [](Settings &s, double v) { s.setRepeatWindow(millis(v)); }});

    auto *pacing = new QGroupBox(tr("Pacing"), this);
    auto *pacingForm = new QFormLayout(pacing);
    addNumber(pacingForm,
              {"postsPerSecond", tr("Posts per second:"),
               tr("Posts per second to one webhook, on average. Slack allows about 1; messages "
                  "that wait meanwhile go into the next post together."),
               tr(" posts/s"), 0.01, 100, 2, 1,
               [](const Settings &s) { return s.postsPerSecond(); },
               [](Settings &s, double v) { s.setPostsPerSecond(v); }});
    addNumber(pacingForm,
              {"burst", tr("Burst:"),
               tr("Posts a webhook may take at once, beyond the rate per second."), tr(" posts"), 1,
               100, 0, 1, [](const Settings &s) { return double(s.burst()); },
               [](Settings &s, double v) { s.setBurst(int(v)); }});
    addNumber(pacingForm,
              {"textBudget", tr("Text per post:"),
               tr("The most characters of text one post carries, at most 40,000 (Slack "
                  "truncates beyond). Longer messages are split into marked parts."),
               tr(" characters"), 100, 40000, 0, 1,
               [](const Settings &s) { return double(s.textBudget()); },
               [](Settings &s, double v) { s.setTextBudget(int(v)); }});
    addNumber(pacingForm,
              {"messageMax", tr("Longest message:"),
               tr("A message longer than this is cut, with a marker that says how much was cut."),
               tr(" characters"), 100, 100000000, 0, 1,
               [](const Settings &s) { return double(s.messageMax()); },
               [](Settings &s, double v) { s.setMessageMax(int(v)); }});

    auto *memory = new QGroupBox(tr("Memory"), this);
    auto *memoryForm = new QFormLayout(memory);
    addNumber(memoryForm,
              {"queueCapacity", tr("Queue capacity:"),
               tr("Messages waiting for delivery beyond this many are dropped, and counted."),
               tr(" messages"), 1, 100000000, 0, 1,
               [](const Settings &s) { return double(s.queueCapacity()); },
               [](Settings &s, double v) { s.setQueueCapacity(int(v)); }});
    addNumber(memoryForm,
              {"queueCapacityBytes", tr("Queue memory:"),
               tr("What waiting messages may hold in memory, text and bookkeeping together. "
                  "Beyond it, messages are dropped as for the queue capacity."),
               mebibytes, 0.0625, 1024 * 1024, 4, bytesPerMiB,
               [](const Settings &s) { return double(s.queueCapacityBytes()); },
               [](Settings &s, double v) { s.setQueueCapacityBytes(qint64(std::llround(v))); }});
    m_overflow->setObjectName(QStringLiteral("overflowPolicy"));
    m_overflow->addItem(tr("Drop the oldest"), int(Settings::OverflowPolicy::DropOldest));
    m_overflow->addItem(tr("Drop the newest"), int(Settings::OverflowPolicy::DropNewest));
    m_overflow->setToolTip(tr("Which message a full queue drops. The logging thread never "
                              "waits either way."));
    connect(m_overflow, &QComboBox::activated, this, &SettingsPage::edited);
    memoryForm->addRow(tr("When full:"), withDefault(m_overflow, m_overflow->itemText(0), [this] {
                           m_overflow->setCurrentIndex(0);
                       }));

    auto *network = new QGroupBox(tr("Network"), this);
    auto *networkForm = new QFormLayout(network);
    m_proxy->setObjectName(QStringLiteral("proxy"));
    m_proxy->setPlaceholderText(tr("the system's proxy settings"));
    m_proxy->setToolTip(tr("The proxy for posts, such as http://proxy:3128 or "
                           "socks5://proxy:1080. Empty: the system's settings (on Linux, the "
                           "https_proxy variable)."));
    connect(m_proxy, &QLineEdit::textEdited, this, &SettingsPage::edited);
    networkForm->addRow(tr("Proxy:"), m_proxy);

    auto *spool = new QGroupBox(tr("Spool"), this);
    auto *spoolForm = new QFormLayout(spool);
    m_spoolOn->setObjectName(QStringLiteral("spoolOn"));
    m_spoolOn->setToolTip(tr("What an exit, a crash or an outage leaves undelivered is kept "
                             "on disk and delivered by the next run."));
    connect(m_spoolOn, &QCheckBox::clicked, this, [this](bool on) {
        m_spoolDirectory->setEnabled(on);
        Q_EMIT edited();
    });
    spoolForm->addRow(m_spoolOn);
    m_spoolDirectory->setObjectName(QStringLiteral("spoolDirectory"));
    m_spoolDirectory->setPlaceholderText(
            tr("default: slacklog-spool in the application's data directory"));
    m_spoolDirectory->setToolTip(tr("One process at a time uses a directory. Empty: the "
                                    "default, under the application's data directory."));
    connect(m_spoolDirectory, &QLineEdit::textEdited, this, &SettingsPage::edited);
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the spool directory"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString directory = QFileDialog::getExistingDirectory(this, tr("Spool directory"),
                                                                    m_spoolDirectory->text());
        if (directory.isEmpty())
            return;
        m_spoolDirectory->setText(directory);
        Q_EMIT edited();
    });
    auto *directoryRow = new QHBoxLayout;
    directoryRow->addWidget(m_spoolDirectory);
    directoryRow->addWidget(browse);
    spoolForm->addRow(tr("Directory:"), directoryRow);
    addNumber(spoolForm,
              {"spoolMaxBytes", tr("Size cap:"),
               tr("The most the spool holds on disk. Beyond it, what cannot be delivered in "
                  "time counts as dropped."),
               mebibytes, 0.0625, 1024 * 1024, 4, bytesPerMiB,
               [](const Settings &s) { return double(s.spoolMaxBytes()); },
               [](Settings &s, double v) { s.setSpoolMaxBytes(qint64(std::llround(v))); }});

    // Many fields: they scroll rather than widen the window.
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    for (QGroupBox *group : {timing, pacing, memory, network, spool})
        contentLayout->addWidget(group);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void DeliveryPage::addNumber(QFormLayout *form, NumberSpec spec)
{
    auto *spin = new QDoubleSpinBox(this);
    spin->setObjectName(QString::fromLatin1(spec.name));
    spin->setDecimals(spec.decimals);
    spin->setRange(spec.minimum, spec.maximum);
    spin->setSuffix(spec.unit);
    spin->setGroupSeparatorShown(true);
    spin->setAccelerated(true);
    const double defaultShown = roundedTo(spec.get(Settings()) / spec.scale, spec.decimals);
    // The default as a person writes it: "5 s", "16 MiB", "10,000 messages".
    const QString defaultText =
            QLocale().toString(defaultShown, 'f',
                               defaultShown == std::floor(defaultShown) ? 0 : spec.decimals)
            + spec.unit;
    spin->setToolTip(spec.tooltip + u' ' + tr("Default: %1.").arg(defaultText));
    // showSettings() blocks the signal, so every change that arrives is an edit.
    connect(spin, &QDoubleSpinBox::valueChanged, this, &SettingsPage::edited);
    form->addRow(spec.label, withDefault(spin, defaultText, [spin, defaultShown] {
                     spin->setValue(defaultShown);
                 }));
    m_numbers.push_back({spin, spec.scale, std::move(spec.get), std::move(spec.set), 0});
}

QWidget *DeliveryPage::withDefault(QWidget *field, const QString &defaultText,
                                   const std::function<void()> &reset)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    auto *resetButton = new QToolButton(row);
    resetButton->setText(QStringLiteral("↺"));
    resetButton->setAutoRaise(true);
    resetButton->setToolTip(tr("Reset to the default, %1").arg(defaultText));
    connect(resetButton, &QToolButton::clicked, this, [this, reset] {
        reset();
        Q_EMIT edited();
    });
    auto *label = new QLabel(tr("default %1").arg(defaultText), row);
    label->setEnabled(false);
    layout->addWidget(resetButton);
    layout->addWidget(label);
    return row;
}

void DeliveryPage::showSettings(const Settings &settings)
{
    for (NumberField &field : m_numbers) {
        field.shown = field.get(settings);
        const QSignalBlocker blocker(field.spin);
        field.spin->setValue(field.shown / field.scale);
    }
    m_overflow->setCurrentIndex(m_overflow->findData(int(settings.overflowPolicy())));
    m_proxy->setText(settings.proxy().toString());
    m_spoolWasDefault = settings.spoolDirectory() == Settings().spoolDirectory();
    m_spoolOn->setChecked(!settings.spoolDirectory().isEmpty());
    m_spoolDirectory->setEnabled(m_spoolOn->isChecked());
    m_spoolDirectory->setText(m_spoolWasDefault ? QString() : settings.spoolDirectory());
}

void DeliveryPage::applyTo(Settings &settings) const
{
    for (const NumberField &field : m_numbers) {
        // A value the spin box can only show rounded stays exact unless it was changed.
        const bool unchanged =
                field.spin->value() == roundedTo(field.shown / field.scale, field.spin->decimals());
        field.set(settings, unchanged ? field.shown : field.spin->value() * field.scale);
    }
    settings.setOverflowPolicy(
            static_cast<Settings::OverflowPolicy>(m_overflow->currentData().toInt()));
    settings.setProxy(QUrl(m_proxy->text().trimmed(), QUrl::StrictMode));
    if (!m_spoolOn->isChecked())
        settings.setSpoolDirectory(QString());
    else if (!m_spoolDirectory->text().trimmed().isEmpty())
        settings.setSpoolDirectory(m_spoolDirectory->text().trimmed());
    else if (!m_spoolWasDefault || settings.spoolDirectory().isEmpty())
        settings.setSpoolDirectory(Settings().spoolDirectory());
}
