#pragma once

#include <QList>
#include <QToolBar>

namespace Keyward {

// A page's tool bar that never hides a command behind its "»" menu: when the window is too narrow for every label,
// the secondary commands show only their icons (their tool tips and accessible names stay), and if that is not
// enough, all of them do. It widens back when there is room.
class FittingToolBar : public QToolBar
{
    Q_OBJECT
public:
    explicit FittingToolBar(QWidget* parent = nullptr);

    // The commands that give up their labels first.
    void setSecondary(const QList<QAction*>& actions);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fit();

    QList<QAction*> m_secondary;
    bool m_fitting = false;
};

} // namespace Keyward
