#pragma once

#include "json/json_text.h"

#include <QObject>
#include <QTest>

#include <optional>
#include <string>

namespace relata::testing {

std::string bytes(const QByteArray& text);
QByteArray qbytes(const std::string& text);
QByteArray dumped(const Json& value);
// The value `text` parses to, dumped, or its parse error.
QByteArray reparsed(const std::string& text);
std::string readFile(const QString& path);
// The text, or nullopt with "line:column: message" in `error`.
std::optional<json::Text> parsed(const std::string& source, QByteArray* error = nullptr);
// {lines removed, lines added} of the one hunk by which two texts differ.
std::pair<int, int> hunk(const std::string& before, const std::string& after);

} // namespace relata::testing

class TestJson : public QObject {
    Q_OBJECT

private slots:
    void corpusRoundTrips_data();
    void corpusRoundTrips();
    void corpusEditsStayLocal_data() { corpusRoundTrips_data(); }
    void corpusEditsStayLocal();
    void fixturesRoundTripWithTheirStyle_data();
    void fixturesRoundTripWithTheirStyle();
    void valuesMatchNlohmann();
    void duplicateKeysWarnAndLastWins();
    void edits_data();
    void edits();
    void parseErrors_data();
    void parseErrors();
    void badInputFiles_data();
    void badInputFiles();
    void depthScanAgreesWithParser_data();
    void depthScanAgreesWithParser();
    void formatMatchesJsonStringify_data();
    void formatMatchesJsonStringify();
    void formatFollowsStyle_data();
    void formatFollowsStyle();
    void locate_data();
    void locate();
};
