#pragma once

#include "core/ApiTypes.h"

#include <QTableView>
#include <QTimer>
#include <functional>

class QMenu;

namespace Keyward {

class ApiKeyFilterProxy;
class EmptyState;
class ApiKeyModel;

// The table both key pages show: rows of an ApiKeyModel through an ApiKeyFilterProxy, whole rows selected, no
// editing in place. Its header remembers column widths, order, visibility and sorting under a QSettings key, and its
// context menu chooses the columns. Dates get the width their text needs, so that they are never cut, and the last
// column (Description) takes what is left; in a narrow window the text columns narrow instead of scrolling sideways.
class KeyTableView : public QTableView
{
    Q_OBJECT
public:
    // settingsKey: where the header's state is kept; defaultHidden: columns hidden until the user shows them.
    KeyTableView(ApiKeyModel* model, ApiKeyFilterProxy* proxy, const QString& settingsKey,
                 const QList<int>& defaultHidden, QWidget* parent = nullptr);
    ~KeyTableView() override;

    ApiKeyModel* keyModel() const { return m_model; }
    // A column that makes no sense on this page (the owner of one's own keys): hidden and not in the column menu.
    void withholdColumn(int column);
    // The keys selected, in the order shown, and the current one (an empty Key when none).
    QList<Api::Key> selectedKeys() const;
    Api::Key currentKey() const;
    // Selects the key with this id and scrolls to it; false if it is not shown.
    bool selectKey(const QString& id);
    // While pages stream in: repaint at most every 100 ms instead of once per page (painting was about 15% of
    // loading 100k keys). The first page always paints at once.
    void holdRepaints();
    void releaseRepaints();
    // The header as it is when nothing was remembered.
    void resetColumns();
    void saveHeader() const;
    // The header's context menu: a checkable entry per column offered (Name cannot be hidden), then "Default
    // columns". The caller owns it.
    QMenu* createColumnsMenu(QWidget* parent);
    // What the table says where it has no rows ("No keys yet", "No key matches the filters"), with a button that
    // does something about it; an empty text: nothing.
    void setEmptyState(const QString& text, const QString& buttonText = {}, std::function<void()> onClick = {});
    QString emptyText() const;
    EmptyState* emptyState() const { return m_emptyState; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showHeaderMenu(const QPoint& position);
    // The widths the columns have now are the ones wanted (after the defaults, a restored state or a user's drag).
    void rememberWidths();
    // Narrows the text columns (never below their header) so that the table needs no horizontal scrolling; widens
    // them back to the wanted widths when there is room.
    void fitColumns();

    ApiKeyModel* m_model;
    ApiKeyFilterProxy* m_proxy;
    const QString m_settingsKey;
    const QList<int> m_defaultHidden;
    QList<int> m_withheld;
    QTimer m_paintTimer;
    EmptyState* m_emptyState = nullptr;
    QList<int> m_preferredWidths; // per logical column
    bool m_fitting = false;
};

} // namespace Keyward
