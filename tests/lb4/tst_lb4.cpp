#include "tst_lb4.h"

#include "document/document.h"
#include "io/app_io.h"
#include "schema/schema.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace relata;

namespace relata::test {

lb4::Project exportApp(const QString& app)
{
    const std::unique_ptr<Document> document = io::read(app);
    if (!document)
        return {};
    return lb4::generate(*document, schema::compile(*document));
}

const lb4::GeneratedFile* findFile(const lb4::Project& project, const QString& path)
{
    const auto it = std::find_if(project.files.begin(), project.files.end(),
                                 [&](const lb4::GeneratedFile& file) { return file.path == path; });
    return it == project.files.end() ? nullptr : &*it;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace relata::test

namespace {

const QString goldenRoot = QStringLiteral(RELATA_SOURCE_DIR "/tests/lb4/golden/shop");
const QString regenerate = QStringLiteral("regenerate it with RELATA_LB4_GOLDEN=write QT_QPA_PLATFORM=offscreen tst_lb4 golden");

} // namespace

using namespace relata::test;

// Every file the sample app exports, byte for byte against tests/lb4/golden/shop.
void TestLb4::golden_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("text");
    const lb4::Project project = exportApp(shopApp);
    QVERIFY(!project.files.empty());
    for (const lb4::GeneratedFile& file : project.files)
        QTest::addRow("%s", qPrintable(file.path)) << file.path << QByteArray::fromStdString(file.text);
}

void TestLb4::golden()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, text);
    const QString expectedPath = goldenRoot + u'/' + path;
    if (qEnvironmentVariable("RELATA_LB4_GOLDEN") == QLatin1String("write")) {
        QVERIFY(QDir().mkpath(QFileInfo(expectedPath).path()));
        QSaveFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        QVERIFY(out.commit());
    }
    QVERIFY2(QFile::exists(expectedPath), qPrintable(expectedPath + QStringLiteral(" is missing; ") + regenerate));
    QCOMPARE(QString::fromUtf8(text), QString::fromUtf8(readAll(expectedPath)));
}

void TestLb4::goldenHasNoStaleFile()
{
    const lb4::Project project = exportApp(shopApp);
    QDirIterator it(goldenRoot, QDir::Files, QDirIterator::Subdirectories);
    int count = 0;
    while (it.hasNext()) {
        const QString path = QDir(goldenRoot).relativeFilePath(it.next());
        QVERIFY2(findFile(project, path), qPrintable(path + QStringLiteral(" is no longer generated; ") + regenerate));
        ++count;
    }
    QCOMPARE(count, int(project.files.size()));
}

// One row per relation kind and key rule of the sample: the decorator LoopBack 4 gets.
void TestLb4::relations_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* name, const char* file, const char* expected) {
        QTest::addRow("%s", name) << QStringLiteral("src/models/") + QLatin1String(file) << QString::fromUtf8(expected);
    };
    row("belongsTo", "order.model.ts", "@belongsTo(() => Customer, {name: 'customer', keyTo: 'id'})\n  customerId?: number;");
    row("belongsTo to a primaryKey", "stock-level.model.ts",
        "@belongsTo(() => Product, {name: 'product', keyTo: 'sku'})\n  productSku?: string;");
    row("belongsTo self", "category.model.ts", "@belongsTo(() => Category, {name: 'parent', keyTo: 'id'})\n  parentId?: number;");
    row("hasMany foreignKey", "customer.model.ts", "@hasMany(() => Order, {keyTo: 'customerId', keyFrom: 'id'})\n  orders: Order[];");
    row("hasMany primaryKey", "product.model.ts",
        "@hasMany(() => StockLevel, {keyTo: 'productSku', keyFrom: 'sku'})\n  stockLevels: StockLevel[];");
    row("hasOne default key", "customer.model.ts",
        "@hasOne(() => CustomerProfile, {keyTo: 'customerId', keyFrom: 'id'})\n  profile: CustomerProfile;");
    row("hasManyThrough keys given", "physician.model.ts",
        "through: {\n      model: () => Appointment,\n      keyFrom: 'physicianId',\n      keyTo: 'patientId',\n    },\n    keyFrom: 'id',\n    keyTo: 'id',\n  })\n  patients: Patient[];");
    row("hasManyThrough default keys", "patient.model.ts",
        "model: () => Appointment,\n      keyFrom: 'patientId',\n      keyTo: 'physicianId',");
    row("hasAndBelongsToMany with through", "tag.model.ts",
        "through: {model: () => ProductTag, keyFrom: 'tagId', keyTo: 'productId'},");
    row("hasAndBelongsToMany found by name", "assembly.model.ts",
        "model: () => AssemblyPart,\n      keyFrom: 'assemblyId',\n      keyTo: 'partId',");
    row("habtm link model keys", "assembly-part.model.ts",
        "@belongsTo(() => Assembly, {name: 'assembly', keyTo: 'id'})\n  assemblyId?: number;");
    row("referencesMany", "customer.model.ts",
        "@referencesMany(() => Product, {name: 'favorites', keyTo: 'id'}, {\n    default: [],\n  })\n  productIds?: number[];");
    row("hidden", "customer.model.ts", "@property({type: 'string', hidden: true})\n  passwordHash?: string;");
    row("required and unique index", "product.model.ts",
        "@property({type: 'string', required: true, index: {unique: true}})\n  sku: string;");
    row("default", "product.model.ts", "@property({type: 'boolean', default: false})\n  discontinued?: boolean;");
    row("generated id", "order.model.ts", "@property({type: 'number', id: 1, generated: true})\n  id?: number;");
    row("default scope kept", "product.model.ts", "scope: {where: {discontinued: {neq: true}}},");
    row("not persisted", "address.model.ts", "export class Address extends Model {");
    row("embedded data kept as a property", "customer.model.ts",
        "@property({type: 'object'})\n  billingAddress?: object;");
    row("polymorphic keys kept as properties", "picture.model.ts",
        "@property({type: 'string', index: true})\n  imageableType?: string;");
}

void TestLb4::relations()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const lb4::Project project = exportApp(shopApp);
    const lb4::GeneratedFile* generated = findFile(project, file);
    QVERIFY2(generated, qPrintable(file));
    const QString text = QString::fromStdString(generated->text);
    QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("%1 lacks\n%2\n---\n%3").arg(file, expected, text)));
}

void TestLb4::repositories_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("present");
    const auto row = [](const char* name, const char* file, const char* text, bool present) {
        QTest::addRow("%s", name) << QStringLiteral("src/repositories/") + QLatin1String(file)
                                  << QString::fromUtf8(text) << present;
    };
    row("belongsTo accessor", "order.repository.ts",
        "this.customer = this.createBelongsToAccessorFor(\n      'customer',\n      customerRepositoryGetter,\n    );", true);
    row("hasMany factory", "customer.repository.ts",
        "this.orders = this.createHasManyRepositoryFactoryFor(\n      'orders',\n      orderRepositoryGetter,\n    );", true);
    row("hasOne factory", "customer.repository.ts", "this.createHasOneRepositoryFactoryFor(", true);
    row("referencesMany accessor", "customer.repository.ts", "this.createReferencesManyAccessorFor(", true);
    row("through factory", "product.repository.ts",
        "this.tags = this.createHasManyThroughRepositoryFactoryFor(\n      'tags',\n      tagRepositoryGetter,\n      productTagRepositoryGetter,\n    );", true);
    row("inclusion resolver", "customer.repository.ts",
        "this.registerInclusionResolver('orders', this.orders.inclusionResolver);", true);
    row("self relation", "category.repository.ts", "Getter.fromValue(this)", true);
    row("disableInclude", "physician.repository.ts", "this.appointments.inclusionResolver", false);
    row("datasource", "customer.repository.ts", "@inject('datasources.db') dataSource: DbDataSource,", true);
    row("polymorphic not written", "customer.repository.ts", "'pictures'", false);
    row("embedded not written", "customer.repository.ts", "'emails'", false);
    QTest::addRow("datasource config") << QStringLiteral("src/datasources/db.datasource.ts")
                                       << QStringLiteral("const config = {name: 'db', connector: 'sqlite3', file: 'shop.sqlite3'};")
                                       << true;
}

void TestLb4::repositories()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(bool, present);
    const lb4::Project project = exportApp(shopApp);
    const lb4::GeneratedFile* generated = findFile(project, file);
    QVERIFY2(generated, qPrintable(file));
    const QString source = QString::fromStdString(generated->text);
    QVERIFY2(source.contains(text) == present, qPrintable(QStringLiteral("%1:\n%2").arg(file, source)));
}

// A controller per public model and per relation of it: LoopBack 3's CRUD
// and relation endpoints at its paths.
void TestLb4::controllers_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("present");
    const auto row = [](const char* name, const QString& app, const char* file, const char* text, bool present) {
        QTest::addRow("%s", name) << app << QStringLiteral("src/controllers/") + QLatin1String(file)
                                  << QString::fromUtf8(text) << present;
    };
    const QString stringIds = checkApps + QStringLiteral("foreign-key-type-mismatch");
    row("create at LoopBack 3's path", shopApp, "customer.controller.ts", "@post('/Customers')\n", true);
    row("count", shopApp, "customer.controller.ts", "@get('/Customers/count')\n", true);
    row("find", shopApp, "customer.controller.ts", "return this.customerRepository.find(filter);", true);
    row("findById", shopApp, "order.controller.ts",
        "@get('/Orders/{id}')\n", true);
    row("number id in the path", shopApp, "order.controller.ts",
        "async deleteById(@param.path.number('id') id: number): Promise<void> {", true);
    row("generated id left out of create", shopApp, "customer.controller.ts",
        "exclude: ['id'],\n          }),\n        },\n      },\n    })\n    customer: Omit<Customer, 'id'>,", true);
    row("repository injected", shopApp, "tag.controller.ts",
        "@repository(TagRepository)\n    public tagRepository: TagRepository,", true);
    row("index", shopApp, "index.ts", "export * from './customer.controller';\n", true);
    row("not public: none", shopApp, "index.ts", "assembly-part", false);
    row("string id in the path", stringIds, "customer.controller.ts", "@param.path.string('id') id: string,", true);
    row("id given, not generated", stringIds, "customer.controller.ts", "    customer: Customer,\n  ): Promise<Customer> {", true);
    row("hasMany at LoopBack 3's path", shopApp, "customer.orders.controller.ts",
        "@get('/Customers/{id}/orders')\n", true);
    row("hasMany find", shopApp, "customer.orders.controller.ts",
        "return this.customerRepository.orders(id).find(filter);", true);
    row("hasMany create", shopApp, "customer.orders.controller.ts",
        "title: 'NewOrderInCustomer',", true);
    row("relation's REST path option", shopApp, "customer.big-orders.controller.ts",
        "@del('/Customers/{id}/big-orders')\n", true);
    row("keyFrom other than the id", shopApp, "product.stock-levels.controller.ts",
        "const source = await this.productRepository.findById(id);\n"
        "    return this.productRepository.stockLevels(source.sku).find(filter);", true);
    row("hasOne updated with PUT", shopApp, "customer.profile.controller.ts",
        "@put('/Customers/{id}/profile')\n", true);
    row("hasOne get", shopApp, "customer.profile.controller.ts",
        "return this.customerRepository.profile(id).get(filter);", true);
    row("class name of a model's controller", shopApp, "customer.profile.controller.ts",
        "export class CustomerProfileRelationController {", true);
    row("belongsTo", shopApp, "order.customer.controller.ts", "return this.orderRepository.customer(id);", true);
    row("hasManyThrough", shopApp, "product.tags.controller.ts",
        "return this.productRepository.tags(id).create(tag);", true);
    row("referencesMany: none", shopApp, "index.ts", "customer.favorites", false);
    row("relation index", shopApp, "index.ts", "export * from './order.customer.controller';\n", true);
}

void TestLb4::controllers()
{
    QFETCH(QString, app);
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(bool, present);
    const lb4::Project project = exportApp(app);
    const lb4::GeneratedFile* generated = findFile(project, file);
    QVERIFY2(generated, qPrintable(file));
    const QString source = QString::fromStdString(generated->text);
    QVERIFY2(source.contains(text) == present, qPrintable(QStringLiteral("%1:\n%2").arg(file, source)));
    QVERIFY(!findFile(project, QStringLiteral("src/controllers/assembly-part.controller.ts")));
}

// What LoopBack 4 cannot express, one row per kind the issue names: in the
// returned list and in MIGRATION.md, with where it comes from.
void TestLb4::migration_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("relation");
    QTest::addColumn<QString>("feature");
    QTest::addColumn<QString>("pointer");
    const auto row = [](const char* model, const char* relation, const char* feature, const char* pointer) {
        QTest::addRow("%s.%s %s", model, relation, feature)
            << QString::fromLatin1(model) << QString::fromLatin1(relation) << QString::fromLatin1(feature)
            << QString::fromLatin1(pointer);
    };
    row("Customer", "pictures", "polymorphic", "/relations/pictures/polymorphic");
    row("Picture", "imageable", "polymorphic", "/relations/imageable/polymorphic");
    row("Category", "gallery", "polymorphic", "/relations/gallery/polymorphic");
    row("Customer", "address", "embedsOne", "/relations/address");
    row("Customer", "emails", "embedsMany", "/relations/emails");
    row("Customer", "bigOrders", "relation scope", "/relations/bigOrders/scope");
    row("Physician", "confirmedPatients", "relation scope", "/relations/confirmedPatients/scope");
    row("Customer", "", "named scope", "/scopes/vips");
    row("Customer", "", "ACLs", "/acls");
    row("Order", "items", "properties", "/relations/items/properties");
    row("OrderItem", "product", "properties, invertProperties", "/relations/product/properties");
    row("Customer", "orders", "nestRemoting", "/relations/orders/options/nestRemoting");
    row("Customer", "bigOrders", "REST path", "/relations/bigOrders/options/http");
    row("Customer", "favorites", "relation option", "/relations/favorites/options/prepend");
    row("Customer", "favorites", "referencesMany accessor", "/relations/favorites");
    row("Physician", "appointments", "disableInclude", "/relations/appointments/options/disableInclude");
}

void TestLb4::migration()
{
    QFETCH(QString, model);
    QFETCH(QString, relation);
    QFETCH(QString, feature);
    QFETCH(QString, pointer);
    const lb4::Project project = exportApp(shopApp);
    const auto it = std::find_if(project.migration.begin(), project.migration.end(), [&](const lb4::MigrationItem& item) {
        return QString::fromStdString(item.model) == model && QString::fromStdString(item.relation) == relation
               && QString::fromStdString(item.feature) == feature && QString::fromStdString(item.pointer) == pointer;
    });
    QVERIFY2(it != project.migration.end(), "not in the migration list");
    QVERIFY(!it->file.isEmpty());
    QVERIFY(!it->replacement.empty());
    const QString report = QString::fromStdString(findFile(project, QStringLiteral("MIGRATION.md"))->text);
    QVERIFY(report.contains(QStringLiteral("| %1 | %2 | %3 |").arg(model, relation, feature)));
    const std::unique_ptr<Document> document = io::read(shopApp);
    const Diagnostics diagnostics = lb4::diagnostics(*document, project.migration);
    QCOMPARE(diagnostics.size(), project.migration.size());
    const Diagnostic& diagnostic = diagnostics.at(std::size_t(it - project.migration.begin()));
    QCOMPARE(diagnostic.severity, Severity::Info);
    QCOMPARE(diagnostic.at, document->modelFile(document->modelAt(it->file)).text().locate(it->pointer));
    QVERIFY(diagnostic.at.line > 1);
}

// HABTM without a link model file: LoopBack 3 generates one; the export writes it
// as a model of the same name (so the same table) with its two keys.
void TestLb4::generatedThroughModel()
{
    const std::unique_ptr<Document> document = io::read(checkApps + QStringLiteral("habtm-keys"));
    QVERIFY(document);
    const schema::Schema schema = schema::compile(*document);
    const schema::Relation* parts = schema.model("Assembly")->relation("parts");
    QVERIFY(parts && !parts->modelThrough.empty());
    const schema::Model* through = schema.model(parts->modelThrough);
    QVERIFY(through && through->generated);
    const lb4::Project project = lb4::generate(*document, schema);
    const lb4::GeneratedFile* file
        = findFile(project, QStringLiteral("src/models/%1.model.ts").arg(QStringLiteral("assembly-part")));
    QVERIFY(file);
    const QString text = QString::fromStdString(file->text);
    QVERIFY(text.contains(QStringLiteral("export class %1 extends Entity").arg(QString::fromStdString(through->name))));
    QVERIFY(text.contains(QStringLiteral("@belongsTo(() => Assembly, {name: 'assembly', keyTo: 'id'})\n  assemblyId?: number;")));
    QVERIFY(text.contains(QStringLiteral("@belongsTo(() => Part, {name: 'part', keyTo: 'id'})\n  partId?: number;")));
    QVERIFY(findFile(project, QStringLiteral("src/repositories/assembly-part.repository.ts")));
    const QString assembly = QString::fromStdString(findFile(project, QStringLiteral("src/models/assembly.model.ts"))->text);
    QVERIFY2(assembly.contains(QStringLiteral("model: () => AssemblyPart,\n      keyFrom: 'assemblyId',\n      keyTo: 'partId',")),
             qPrintable(assembly));
}

// Apps LoopBack 3 refuses to boot still export; the relation it never set up is listed.
void TestLb4::appsThatCannotBoot_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("relation");
    QTest::addRow("belongsTo without model") << QStringLiteral("belongs-to-missing-model") << "Order" << "customer";
    QTest::addRow("polymorphic without model") << QStringLiteral("polymorphic-missing-model") << "Author" << "pictures";
    QTest::addRow("target missing") << QStringLiteral("relation-target-not-found") << "Shop" << "widgets";
}

void TestLb4::appsThatCannotBoot()
{
    QFETCH(QString, app);
    QFETCH(QString, model);
    QFETCH(QString, relation);
    const std::unique_ptr<Document> document = io::read(checkApps + app);
    QVERIFY(document);
    const schema::Schema schema = schema::compile(*document);
    QVERIFY(std::any_of(schema.findings().begin(), schema.findings().end(),
                        [](const schema::Finding& finding) { return finding.fatal; }));
    const lb4::Project project = lb4::generate(*document, schema);
    QVERIFY(findFile(project, QStringLiteral("src/models/%1.model.ts").arg(model.toLower())));
    QVERIFY(std::any_of(project.migration.begin(), project.migration.end(), [&](const lb4::MigrationItem& item) {
        return item.model == model.toStdString() && item.relation == relation.toStdString();
    }));
}

// A second run writes nothing (bytes and modification times kept); after one
// model changes, only its file is written again.
void TestLb4::rerunTouchesOnlyChanges()
{
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const std::unique_ptr<Document> document = io::read(shopApp);
    QVERIFY(document);
    const lb4::WriteReport first = lb4::write(lb4::generate(*document, schema::compile(*document)), out.path());
    QVERIFY(first.ok());
    QVERIFY(first.unchanged.isEmpty());
    const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-1);
    for (const QString& path : first.written) {
        QFile file(out.filePath(path));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(past, QFileDevice::FileModificationTime));
    }
    const lb4::WriteReport second = lb4::write(lb4::generate(*document, schema::compile(*document)), out.path());
    QVERIFY(second.written.isEmpty());
    QCOMPARE(second.unchanged.size(), first.written.size());
    for (const QString& path : first.written)
        QCOMPARE(QFileInfo(out.filePath(path)).lastModified().toSecsSinceEpoch(), past.toSecsSinceEpoch());

    const ModelId tag = document->findModel("Tag");
    Json value = document->model(tag);
    value["properties"]["color"] = {{"type", "string"}};
    document->setModel(tag, value);
    const lb4::WriteReport third = lb4::write(lb4::generate(*document, schema::compile(*document)), out.path());
    QCOMPARE(third.written, QStringList{QStringLiteral("src/models/tag.model.ts")});
    QVERIFY(readAll(out.filePath(QStringLiteral("src/models/tag.model.ts"))).contains("color?: string;"));
}

void TestLb4::cli_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutHas");
    QTest::addColumn<QString>("stderrHas");
    QTest::addRow("sample") << QStringList{shopApp} << 0 << QStringLiteral("\"lb4Relations\": ") << QString();
    QTest::addRow("no --out") << QStringList{shopApp, QStringLiteral("--out")} << 2 << QString()
                              << QStringLiteral("--out DIR is required");
    QTest::addRow("unreadable app") << QStringList{QStringLiteral("/nonexistent/app")} << 2 << QString()
                                    << QStringLiteral("/nonexistent/app");
}

void TestLb4::cli()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutHas);
    QFETCH(QString, stderrHas);
    QTemporaryDir out;
    QStringList all = QStringList{QStringLiteral("export-lb4")} + arguments;
    if (!all.contains(QStringLiteral("--out")))
        all << QStringLiteral("--out") << out.path();
    QProcess process;
    process.start(QStringLiteral(RELATA_CLI), all);
    QVERIFY(process.waitForFinished(60000));
    const QString stdOut = QString::fromUtf8(process.readAllStandardOutput());
    const QString stdErr = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), exitCode);
    QVERIFY2(stdOut.contains(stdoutHas), qPrintable(stdOut));
    QVERIFY2(stdErr.contains(stderrHas), qPrintable(stdErr));
    if (exitCode == 0)
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("MIGRATION.md"))));
}

QTEST_MAIN(TestLb4)
