// Runs a fuzz target over a fixed corpus, for CTest, where no libFuzzer is linked: each file in
// the directories given, then each of them cut short at every length up to 64 bytes and with
// each byte flipped, so the tests reach more than the corpus itself.

#include <QtCore/qdir.h>
#include <QtCore/qfile.h>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

void run(const QByteArray &input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(input.constData()),
                           std::size_t(input.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    int files = 0;
    long inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const QDir dir(QString::fromLocal8Bit(argv[i]));
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &name : names) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
                return 1;
            }
            const QByteArray input = file.readAll();
            ++files;
            run(input);
            for (qsizetype length = 0; length < qMin<qsizetype>(input.size(), 64);
                 ++length, ++inputs)
                run(input.left(length));
            for (qsizetype at = 0; at < input.size(); ++at, ++inputs) {
                QByteArray flipped = input;
                flipped[at] = char(flipped.at(at) ^ 0xa5);
                run(flipped);
            }
        }
    }
    if (files == 0) {
        std::fprintf(stderr, "no corpus files found\n");
        return 1;
    }
    std::printf("%d corpus files, %ld inputs: no broken promise\n", files, inputs + files);
    return 0;
}
