#pragma once

#include <QWidget>
#include <functional>

class QAbstractItemView;
class QLabel;
class QPushButton;

namespace Keyward {

// What a view says where it has no rows, and the one thing to do about it: "No key matches the filters" with
// Clear filters, "No keys yet" with Create your first key. It lies over the view's empty area, below the header, and
// shows itself exactly when the view's model has no rows and there is something to say.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    // The view must have its model: the state follows that model's rows.
    explicit EmptyState(QAbstractItemView* view);

    // An empty text says nothing (the grid stays as it is); an empty button text offers no button.
    void setState(const QString& text, const QString& buttonText = {}, std::function<void()> onClick = {});
    QString text() const;
    QPushButton* button() const { return m_button; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void follow();

    QAbstractItemView* m_view;
    QLabel* m_label;
    QPushButton* m_button;
    std::function<void()> m_onClick;
};

} // namespace Keyward
