// Times json::parse and Text::render on one file (by default the corpus's
// largest model, 305 KB). Prints figures; it is not a test.
//   bench_json [FILE] [--repeat N] [--smoke]
// --smoke runs each step once, and without the corpus says so and succeeds
// (fails when RELATA_REQUIRE_CORPUS=1, as in CI).
#include "corpus_apps.h"
#include "json/json_text.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <functional>
#include <variant>
#include <vector>

using namespace relata;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

struct Figures {
    double medianMs;
    double minMs;
    double cpuMs; // mean processor time, steadier than wall time on a shared machine
};

Figures measure(int repeat, const std::function<void()>& work)
{
    std::vector<double> times;
    const std::clock_t cpuStart = std::clock();
    for (int i = 0; i < repeat; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    const double cpuMs = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC / repeat;
    return {median(times), *std::min_element(times.begin(), times.end()), cpuMs};
}

void report(const char* what, const Figures& figures)
{
    std::printf("%-28s median_ms=%.3f min_ms=%.3f cpu_ms=%.3f\n", what, figures.medianMs, figures.minMs,
                figures.cpuMs);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool smoke = args.removeAll(QStringLiteral("--smoke")) > 0;
    int repeat = smoke ? 1 : 50;
    if (const qsizetype at = args.indexOf(QStringLiteral("--repeat")); at >= 0 && at + 1 < args.size()) {
        repeat = std::max(1, args[at + 1].toInt());
        args.remove(at, 2);
    }
    const QString path = args.value(0, test::corpusDir() + QStringLiteral("/WorldHealthOrganization__"
                                                                          "GoDataSource-API/common/models/outbreak.json"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return smoke && args.isEmpty() && !test::corpusRequired() ? 0 : 2;
    }
    const QByteArray bytes = file.readAll();
    const std::string source(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    auto first = json::parse(source);
    if (const auto* error = std::get_if<json::ParseError>(&first)) {
        std::fprintf(stderr, "%s:%d:%d: %s\n", qPrintable(path), error->at.line, error->at.column,
                     error->message.c_str());
        return 2;
    }
    const json::Text text = std::get<json::Text>(std::move(first));
    Json edited = text.value();
    if (edited.is_object())
        edited["relataBenchmark"] = Json{{"type", "hasMany"}, {"model", "Other"}};

    std::printf("%s: %zu bytes, %d runs\n", qPrintable(path), source.size(), repeat);
    std::size_t sink = 0;
    report("parse", measure(repeat, [&] { sink += json::parse(source).index(); }));
    report("render unchanged", measure(repeat, [&] { sink += text.render(text.value()).size(); }));
    report("render one added member", measure(repeat, [&] { sink += text.render(edited).size(); }));
    report("parse + render edited", measure(repeat, [&] {
               auto parsed = json::parse(source);
               sink += std::get<json::Text>(parsed).render(edited).size();
           }));
    report("format", measure(repeat, [&] { sink += json::format(text.value()).size(); }));
    report("nlohmann parse (reference)", measure(repeat, [&] { sink += Json::parse(source).size(); }));
    return sink == 0 ? 1 : 0;
}
