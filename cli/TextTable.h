#pragma once

#include <QStringList>

namespace Keyward::Cli {

// Columns aligned with two spaces between them, for people (scripts use --json).
class TextTable
{
public:
    explicit TextTable(QStringList header)
        : m_rows {std::move(header)}
    { }
    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }
    bool isEmpty() const { return m_rows.size() <= 1; }
    QString render() const;

private:
    QList<QStringList> m_rows;
};

} // namespace Keyward::Cli
