#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;

namespace Keyward {

// What a dialog that shows a secret the one time the server gives it out (a key, recovery codes) has in common: an
// "I have stored it" check box that must be ticked before Close, Escape or the window's close button can close it;
// the subclass wipes its copy of the secret in done().
class ShownOnceDialog : public QDialog
{
    Q_OBJECT
public:
    bool isStored() const;

public slots:
    void reject() override;

protected:
    // storedText: the check box's label ("I have stored the key somewhere safe").
    ShownOnceDialog(const QString& storedText, QWidget* parent);
    QCheckBox* storedCheckBox() const { return m_storedCheckBox; }
    QDialogButtonBox* buttonBox() const { return m_buttonBox; }

private:
    QCheckBox* m_storedCheckBox = nullptr;
    QDialogButtonBox* m_buttonBox = nullptr;
};

} // namespace Keyward
