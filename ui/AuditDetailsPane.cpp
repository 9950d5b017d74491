#include "ui/AuditDetailsPane.h"

#include "ui/AuditSentences.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Keyward {

AuditDetailsPane::AuditDetailsPane(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("auditDetailsPane"));
    setAccessibleName(tr("Entry details"));
    m_emptyLabel = new QLabel(tr("Select an entry to see everything it records."), this);
    m_emptyLabel->setObjectName(QStringLiteral("noEntryLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    // The fields scroll within the pane: the table above keeps its height when an entry has many details.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("auditDetailsScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* fields = new QWidget(m_scroll);
    m_form = new QFormLayout(fields);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_time = addField("auditTimeValue", tr("Time:"));
    m_event = addField("auditEventValue", tr("Event:"));
    m_action = addField("auditActionValue", tr("Action:"));
    m_outcome = addField("auditOutcomeValue", tr("Outcome:"));
    m_actor = addField("auditActorValue", tr("Who:"));
    m_target = addField("auditTargetValue", tr("Object:"));
    m_address = addField("auditAddressValue", tr("Address:"));
    m_details = addField("auditDetailsValue", tr("Details:"));
    m_scroll->setWidget(fields);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_scroll);
    m_scroll->setVisible(false);
}

QLabel* AuditDetailsPane::addField(const char* name, const QString& label)
{
    auto* value = new QLabel(m_form->parentWidget());
    value->setObjectName(QLatin1String(name));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    auto* caption = new QLabel(label, m_form->parentWidget());
    caption->setBuddy(value);
    m_form->addRow(caption, value);
    return value;
}

void AuditDetailsPane::showEntry(const Api::AuditEntry& entry, const QString& sentence)
{
    m_entry = entry;
    const bool shown = entry.id != 0;
    m_emptyLabel->setVisible(!shown);
    m_scroll->setVisible(shown);
    if (!shown)
        return;
    const QString none = tr("—");
    const auto orNone = [&none](const QString& text) { return text.isEmpty() ? none : text; };

    m_time->setText(
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.at, Qt::UTC).toLocalTime(), QLocale::LongFormat));
    m_event->setText(sentence);
    const QString name = AuditSentences::actionName(entry.action);
    m_action->setText(name == entry.action ? entry.action : tr("%1 (%2)").arg(name, entry.action));

    const QString reason = AuditSentences::reasonText(entry.details.value(QLatin1String("reason")).toString());
    const QString outcome = AuditSentences::outcomeName(entry.outcome);
    m_outcome->setText(reason.isEmpty() ? orNone(outcome) : tr("%1: %2").arg(outcome, reason));

    if (entry.actor.id.isEmpty())
        m_actor->setText(orNone(entry.actor.email));
    else if (entry.actor.email.isEmpty())
        m_actor->setText(tr("id %1").arg(entry.actor.id));
    else
        m_actor->setText(tr("%1 (id %2)").arg(entry.actor.email, entry.actor.id));

    const QString type = AuditSentences::targetTypeName(entry.targetType);
    if (entry.targetName.isEmpty() && entry.targetId.isEmpty())
        m_target->setText(orNone(type));
    else if (entry.targetName.isEmpty())
        m_target->setText(tr("%1, id %2").arg(type, entry.targetId).trimmed());
    else if (entry.targetId.isEmpty())
        m_target->setText(tr("%1 “%2”").arg(type, entry.targetName).trimmed());
    else
        m_target->setText(tr("%1 “%2”, id %3").arg(type, entry.targetName, entry.targetId).trimmed());

    m_address->setText(orNone(entry.clientAddress));
    const QStringList lines = AuditSentences::detailLines(entry.details);
    m_details->setText(lines.isEmpty() ? none : lines.join(QLatin1Char('\n')));
}

} // namespace Keyward
