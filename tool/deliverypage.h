#ifndef SLACKLOG_TOOL_DELIVERYPAGE_H
#define SLACKLOG_TOOL_DELIVERYPAGE_H

#include "settingspage.h"

#include <functional>
#include <vector>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
QT_END_NAMESPACE

// Every delivery setting of the library: timing, pacing, memory, network and spool, each with
// its unit in the field, its default beside it, and a tooltip.
class DeliveryPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit DeliveryPage(QWidget *parent = nullptr);

    void showSettings(const SlackLog::Settings &settings) override;
    void applyTo(SlackLog::Settings &settings) const override;

private:
    // A number shown in a unit of its own: seconds for milliseconds, MiB for bytes.
    struct NumberField
    {
        QDoubleSpinBox *spin = nullptr;
        double scale = 1; // setting units per shown unit
        std::function<double(const SlackLog::Settings &)> get;
        std::function<void(SlackLog::Settings &, double)> set;
        double shown = 0; // the setting's value when last shown, unrounded
    };
    struct NumberSpec
    {
        const char *name;
        QString label;
        QString tooltip;
        QString unit;
        double minimum;
        double maximum;
        int decimals;
        double scale;
        std::function<double(const SlackLog::Settings &)> get;
        std::function<void(SlackLog::Settings &, double)> set;
    };
    void addNumber(QFormLayout *form, NumberSpec spec);
    QWidget *withDefault(QWidget *field, const QString &defaultText,
                         const std::function<void()> &reset);

    std::vector<NumberField> m_numbers;
    QComboBox *m_overflow;
    QLineEdit *m_proxy;
    QCheckBox *m_spoolOn;
    QLineEdit *m_spoolDirectory;
    bool m_spoolWasDefault = true;
};

#endif // SLACKLOG_TOOL_DELIVERYPAGE_H
