#pragma once

#include "schema/schema.h"
#include "store/connection.h"
#include "store/fixtures.h"
#include "store/js_values.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <string>

// What tst_query and tst_include share: the shop sample, its conformance
// database, and generated rows enough for include's paging.
namespace relata::querytest {

inline const QString shopApp = QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop");
inline const QString shopDatabase = QStringLiteral(RELATA_SOURCE_DIR "/tests/conformance/shop.sqlite");

constexpr int manyCustomers = 600; // more than the juggler's page of 256 keys
constexpr int manyPhysicians = 300;
constexpr int manyPatients = 400;

// Deterministic rows large enough for every paging path of include.
inline Json manyRows()
{
    Json data = Json::object();
    Json customers = Json::array();
    for (int i = 1; i <= manyCustomers; ++i)
        customers.push_back({{"id", i}, {"name", "Customer " + std::to_string(i)}, {"vip", i % 3 == 0}});
    Json orders = Json::array();
    for (int i = 1; i <= 3 * manyCustomers; ++i) {
        Json order = {{"id", i}, {"total", (i * 37) % 500}, {"status", i % 4 ? "open" : "shipped"}};
        order["customerId"] = i % 7 == 0 ? Json() : Json((i * 53) % manyCustomers + 1);
        orders.push_back(order);
    }
    Json physicians = Json::array();
    for (int i = 1; i <= manyPhysicians; ++i)
        physicians.push_back({{"id", i}, {"name", "Dr " + std::to_string((i * 7) % 101)}});
    Json patients = Json::array();
    for (int i = 1; i <= manyPatients; ++i)
        patients.push_back({{"id", i}, {"name", "Patient " + std::to_string((i * 13) % 97)}});
    Json appointments = Json::array();
    for (int i = 1; i <= 4 * manyPhysicians; ++i)
        appointments.push_back({{"id", i},
                                {"physicianId", (i * 17) % manyPhysicians + 1},
                                {"patientId", (i * 29) % manyPatients + 1},
                                {"appointmentDate", "2024-01-01T00:00:00.000Z"}});
    data["Customer"] = std::move(customers);
    data["Order"] = std::move(orders);
    data["Physician"] = std::move(physicians);
    data["Patient"] = std::move(patients);
    data["Appointment"] = std::move(appointments);
    return data;
}

inline QByteArray printable(const Json& value)
{
    return QByteArray::fromStdString(store::jsStringify(value));
}


// A new database at `path` holding `data`, loaded as `relata-cli load` loads
// it; null, and why in `error`, when it cannot be made.
inline std::unique_ptr<store::Connection> loadedDatabase(const QString& path, const schema::Schema& schema,
                                                         const Json& data, std::string& error)
{
    store::Error opening;
    auto connection = store::Connection::open(path, {store::Access::ReadWrite}, &opening);
    if (!connection) {
        error = opening.text().toStdString();
        return nullptr;
    }
    const store::LoadResult loaded = store::loadFixtures(*connection, schema, data);
    if (!loaded.ok()) {
        error = loaded.error->text();
        return nullptr;
    }
    return connection;
}

} // namespace relata::querytest
