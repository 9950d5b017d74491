// Baseline for bench/console: the smallest Qt Widgets program that shows a main window, measured the same way as
// keyward (process start to the first shown window).

#include "core/ProcessClock.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("baseline")));
    window.resize(1100, 720);
    window.show();
    QTimer::singleShot(0, &window, [] {
        fprintf(stdout, "first-window-ms=%.1f\n", millisecondsSinceProcessStart());
        fflush(stdout);
        QCoreApplication::exit(0);
    });
    return QApplication::exec();
}
