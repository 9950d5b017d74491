#include "ui/RecoveryCodesDialog.h"

#include "ui/Clipboard.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Keyward {

RecoveryCodesDialog::RecoveryCodesDialog(Clipboard& clipboard, const QStringList& codes, QWidget* parent)
    : ShownOnceDialog(tr("I have stored the codes somewhere safe"), parent)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("recoveryCodesDialog"));
    setWindowTitle(tr("Your recovery codes"));

    auto* intro = new QLabel(tr("If you lose your authenticator, each of these codes signs you in <b>once</b> in "
                                "place of its code. They are shown <b>only this once</b>: copy or save them now and "
                                "keep them somewhere safe, apart from your password."),
                             this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);

    m_codesEdit = new QPlainTextEdit(codes.join(QLatin1Char('\n')), this);
    m_codesEdit->setObjectName(QStringLiteral("codesTextEdit"));
    m_codesEdit->setReadOnly(true);
    m_codesEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_codesEdit->setAccessibleName(tr("Recovery codes"));
    const QFontMetrics metrics(m_codesEdit->font());
    m_codesEdit->setMinimumSize(metrics.horizontalAdvance(QStringLiteral("abcd-efgh-ijkl-mnop")) + 48,
                                metrics.lineSpacing() * (static_cast<int>(codes.size()) + 1) + 12);

    m_copyButton = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setToolTip(
        tr("Copy the codes to the clipboard; it is cleared after %n second(s)", nullptr, m_clipboard.clearSeconds()));
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        m_clipboard.copySecret(m_codesEdit->toPlainText());
        m_copyButton->setText(tr("Copied"));
    });
    m_saveButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &RecoveryCodesDialog::chooseFile);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_saveButton);
    buttons->addStretch(1);
    auto* codesRow = new QHBoxLayout;
    codesRow->addWidget(m_codesEdit, 1);
    codesRow->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(codesRow);
    layout->addWidget(storedCheckBox());
    layout->addWidget(buttonBox());
    m_copyButton->setFocus();
}

RecoveryCodesDialog::~RecoveryCodesDialog() = default;

void RecoveryCodesDialog::chooseFile()
{
    auto* chooser = new QFileDialog(this, tr("Save the recovery codes"),
                                    QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                        + QStringLiteral("/keyward-recovery-codes.txt"),
                                    tr("Text files (*.txt)"));
    chooser->setObjectName(QStringLiteral("saveCodesFileDialog"));
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QString error;
        if (saveTo(path, &error)) {
            m_saveButton->setText(tr("Saved"));
            storedCheckBox()->setChecked(true);
        } else {
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Not saved"),
                                        tr("The codes could not be saved: %1").arg(error), QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    chooser->open(); // no nested event loop
}

bool RecoveryCodesDialog::saveTo(const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = file.errorString();
        return false;
    }
    // Only the user may read the codes.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray text
        = tr("Keyward recovery codes. Each signs in once in place of the authenticator's code.").toUtf8() + "\n\n"
        + m_codesEdit->toPlainText().toUtf8() + '\n';
    if (file.write(text) != text.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void RecoveryCodesDialog::done(int result)
{
    if (!isStored())
        return;
    m_codesEdit->clear();
    QDialog::done(result);
}

} // namespace Keyward
