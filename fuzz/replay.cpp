// The replay driver of the g++ build: runs every file of the given corpus folders (or files) once through the target's
// LLVMFuzzerTestOneInput, as ctest tests labelled "fuzz". A crash or a FUZZ_CHECK aborts, naming the file.

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        } else {
            files.append(path);
        }
    }
    files.sort();
    if (files.isEmpty()) {
        std::fprintf(stderr, "no corpus files given\n");
        return 2;
    }
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 2;
        }
        const QByteArray data = file.readAll();
        std::fprintf(stderr, "%s (%lld bytes)\n", qPrintable(path), static_cast<long long>(data.size()));
        // A copy of exactly the file's bytes, so that reading past the end is an error under sanitizers.
        std::unique_ptr<uint8_t[]> copy(new uint8_t[static_cast<size_t>(data.size()) + 1]);
        memcpy(copy.get(), data.constData(), static_cast<size_t>(data.size()));
        LLVMFuzzerTestOneInput(copy.get(), static_cast<size_t>(data.size()));
    }
    std::printf("%lld corpus files replayed\n", static_cast<long long>(files.size()));
    return 0;
}
