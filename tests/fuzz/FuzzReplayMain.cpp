// Runs a fuzz target without libFuzzer (any compiler): every file of the given corpus
// directories, then deterministic pseudo-random mutations of them, within a time budget.
//   fuzzreplay_<name> [--seconds S] [--mutations N] <dir or file>...
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

/// xorshift64*: the same sequence on every run, so a failure reproduces.
struct Random
{
    quint64 state = 0x9E3779B97F4A7C15ULL;
    quint64 next()
    {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 0x2545F4914F6CDD1DULL;
    }
    qsizetype below(qsizetype n) { return n <= 0 ? 0 : qsizetype(next() % quint64(n)); }
};

void run(const QByteArray &input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
}

QByteArray mutate(QByteArray input, const QList<QByteArray> &seeds, Random &random)
{
    static const QByteArray interesting =
        QByteArrayLiteral(",\"\r\n{}[]\\:. \t0-9etfnu\xEF\xBB\xBF\xC3\xA9\xFF\x80\xED\xF0");
    const int steps = 1 + int(random.below(4));
    for (int step = 0; step < steps; ++step) {
        const qsizetype at = random.below(input.size() + 1);
        switch (random.below(9)) {
        case 0: // flip a bit
            if (!input.isEmpty())
                input[random.below(input.size())] ^= char(1 << random.below(8));
            break;
        case 1: // overwrite a byte with a meaningful one
            if (!input.isEmpty())
                input[random.below(input.size())] = interesting.at(random.below(interesting.size()));
            break;
        case 2: // insert a meaningful byte
            input.insert(at, interesting.at(random.below(interesting.size())));
            break;
        case 3: // delete a range
            input.remove(at, random.below(16) + 1);
            break;
        case 4: // duplicate a range
            input.insert(at, input.mid(random.below(input.size()), random.below(64) + 1));
            break;
        case 5: // truncate
            input.truncate(at);
            break;
        case 6: { // splice with another seed
            const QByteArray &other = seeds.at(random.below(seeds.size()));
            input = input.left(at) + other.mid(random.below(other.size()));
            break;
        }
        case 7: // a long run of one byte
            input.insert(
                at, QByteArray(random.below(4096) + 1, interesting.at(random.below(interesting.size()))));
            break;
        default: // random byte
            input.insert(at, char(random.next()));
            break;
        }
    }
    return input;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    double seconds = 15;
    qint64 mutations = 5000;
    QList<QByteArray> seeds;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--seconds") && i + 1 < args.size()) {
            seconds = args[++i].toDouble();
            continue;
        }
        if (args[i] == QLatin1String("--mutations") && i + 1 < args.size()) {
            mutations = args[++i].toLongLong();
            continue;
        }
        const QFileInfo info(args[i]);
        QStringList files;
        if (info.isDir()) {
            for (const QFileInfo &entry : QDir(args[i]).entryInfoList(QDir::Files, QDir::Name))
                files.append(entry.filePath());
        } else {
            files.append(args[i]);
        }
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 2;
            }
            seeds.append(file.readAll());
        }
    }
    if (seeds.isEmpty()) {
        std::fprintf(stderr, "usage: %s [--seconds S] [--mutations N] <corpus dir or file>...\n", argv[0]);
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &seed : std::as_const(seeds))
        run(seed);
    run(QByteArray());
    Random random;
    qint64 done = 0;
    for (; done < mutations && timer.elapsed() < qint64(seconds * 1000); ++done)
        run(mutate(seeds.at(random.below(seeds.size())), seeds, random));
    std::printf("%lld seed files and %lld mutations in %.1f s, no failure\n",
                static_cast<long long>(seeds.size()), static_cast<long long>(done),
                double(timer.elapsed()) / 1000.0);
    return 0;
}
