#include "ui/UserPicker.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QLineEdit>

namespace Keyward::UserPicker {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Keyward::UserPicker", text);
}
} // namespace

QString label(const Api::User& user)
{
    QString text = user.name.isEmpty()
        ? user.email
        : QCoreApplication::translate("Keyward::UserPicker", "%1 (%2)", "e-mail (name)").arg(user.email, user.name);
    if (user.disabled)
        text = QCoreApplication::translate("Keyward::UserPicker", "%1 — disabled").arg(text);
    return text;
}

QString selfLabel(const QString& email)
{
    return QCoreApplication::translate("Keyward::UserPicker", "%1 (you)").arg(email);
}

void makeSearchable(QComboBox* combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    QCompleter* completer = combo->completer();
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    combo->lineEdit()->setPlaceholderText(tr("Type to search…"));
    // Text that names no entry goes back to the entry chosen.
    QObject::connect(combo->lineEdit(), &QLineEdit::editingFinished, combo, [combo] {
        const int index = combo->findText(combo->currentText());
        if (index < 0)
            combo->setEditText(combo->itemText(combo->currentIndex()));
        else if (index != combo->currentIndex())
            combo->setCurrentIndex(index);
    });
}

} // namespace Keyward::UserPicker
