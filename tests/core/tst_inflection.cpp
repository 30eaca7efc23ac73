#include "schema/inflection.h"
#include "schema/naming.h"

#include <QTest>

using namespace relata;

namespace {

// Expected values printed by npm inflection 1.13.4 and lodash 4.17 (the versions
// LoopBack 3 and its tooling use): node -e "require('inflection').pluralize(w)".
struct Pair {
    const char* input;
    const char* expected;
};

const Pair plurals[] = {
    {"person", "people"}, {"man", "men"}, {"woman", "women"}, {"child", "children"}, {"ox", "oxen"},
    {"axis", "axes"}, {"test", "tests"}, {"octopus", "octopuses"}, {"virus", "viruses"},
    {"alias", "aliases"}, {"status", "statuses"}, {"campus", "campuses"}, {"summons", "summonses"},
    {"bus", "buses"}, {"buffalo", "buffaloes"}, {"tomato", "tomatoes"}, {"medium", "media"},
    {"datum", "data"}, {"analysis", "analyses"}, {"basis", "bases"}, {"diagnosis", "diagnoses"},
    {"knife", "knives"}, {"wife", "wives"}, {"leaf", "leafs"}, {"half", "halves"},
    {"wolf", "wolves"}, {"hive", "hives"}, {"drive", "drives"}, {"curve", "curves"},
    {"cave", "caves"}, {"movie", "movies"}, {"category", "categories"}, {"query", "queries"},
    {"day", "days"}, {"box", "boxes"}, {"church", "churches"}, {"class", "classes"},
    {"wish", "wishes"}, {"matrix", "matrices"}, {"vertex", "vertices"}, {"index", "indices"},
    {"mouse", "mice"}, {"louse", "lice"}, {"foot", "feet"}, {"tooth", "teeth"}, {"goose", "geese"},
    {"quiz", "quizzes"}, {"whereas", "whereases"}, {"criterion", "criteria"}, {"genus", "genera"},
    {"database", "databases"}, {"shoe", "shoes"}, {"hero", "heros"}, {"photo", "photos"},
    {"information", "information"}, {"equipment", "equipment"}, {"sheep", "sheep"},
    {"deer", "deer"}, {"news", "news"}, {"series", "series"}, {"species", "species"},
    {"Person", "People"}, {"Category", "Categories"}, {"CATEGORY", "CATEGORies"}, {"Box", "Boxes"},
    {"Data", "Data"}, {"Customer", "Customers"}, {"OrderItem", "OrderItems"},
    {"Address", "Addresses"}, {"Status", "Statuses"}, {"people", "people"}, {"mice", "mice"},
    {"Hat", "Hats"}, {"Gas", "Gas"}, {"Sms", "Sms"}, {"SMS", "SMs"}, {"Moose", "Mooses"},
    {"quizzes", "quizzes"}, {"children", "children"},
};

const Pair singulars[] = {
    {"people", "person"}, {"men", "man"}, {"women", "woman"}, {"children", "child"}, {"oxen", "ox"},
    {"axes", "ax"}, {"tests", "test"}, {"octopuses", "octopus"}, {"viruses", "virus"},
    {"aliases", "alias"}, {"statuses", "status"}, {"campuses", "campus"}, {"summonses", "summons"},
    {"buses", "bus"}, {"buffaloes", "buffalo"}, {"tomatoes", "tomato"}, {"media", "medium"},
    {"data", "datum"}, {"analyses", "analyasis"}, {"bases", "basis"}, {"diagnoses", "diagnosis"},
    {"knives", "knife"}, {"wives", "wife"}, {"leaves", "leave"}, {"halves", "half"},
    {"wolves", "wolf"}, {"hives", "hive"}, {"drives", "drive"}, {"curves", "curve"},
    {"caves", "cave"}, {"movies", "movie"}, {"categories", "category"}, {"queries", "query"},
    {"days", "day"}, {"boxes", "box"}, {"churches", "church"}, {"classes", "class"},
    {"wishes", "wish"}, {"matrices", "matrix"}, {"vertices", "vertex"}, {"indices", "index"},
    {"mice", "mouse"}, {"lice", "louse"}, {"feet", "foot"}, {"teeth", "tooth"}, {"geese", "goose"},
    {"quizzes", "quiz"}, {"whereases", "whereas"}, {"criteria", "criterion"}, {"genera", "genus"},
    {"databases", "database"}, {"shoes", "sho"}, {"heroes", "hero"}, {"photos", "photo"},
    {"information", "information"}, {"sheep", "sheep"}, {"news", "news"}, {"series", "series"},
    {"species", "species"}, {"glasses", "glass"}, {"address", "address"}, {"orders", "order"},
    {"Orders", "Order"}, {"ORDERS", "ORDER"}, {"Customers", "Customer"}, {"picture", "picture"},
    {"pictures", "picture"}, {"Status", "Status"}, {"dress", "dress"}, {"bus", "bus"},
    {"Person", "Person"},
};

struct Camel {
    const char* input;
    const char* lowerFirst;
    const char* upperFirst;
};

const Camel camels[] = {
    {"Customer_id", "customerId", "CustomerId"}, {"OrderItem_id", "orderItemId", "OrderItemId"},
    {"order_item_id", "orderItemId", "OrderItemId"}, {"URL_id", "uRLId", "URLId"},
    {"Account_ids", "accountIds", "AccountIds"}, {"Order-Item_id", "order-ItemId", "Order-ItemId"},
    {"imageable_id", "imageableId", "ImageableId"},
    {"imageable_type", "imageableType", "ImageableType"},
    {"foo/bar_baz", "foo::BarBaz", "Foo::BarBaz"}, {"a__b", "aB", "AB"}, {"_x", "X", "X"},
    {"x_", "x", "X"}, {"message_properties", "messageProperties", "MessageProperties"},
    {"Product", "product", "Product"}, {"Customer_ORDER_id", "customerOrderId", "CustomerOrderId"},
};

const Pair kebabs[] = {
    {"FooBar", "foo-bar"}, {"foo2bar", "foo-2-bar"}, {"XMLHttpRequest", "xml-http-request"},
    {"Order_Item", "order-item"}, {"ABCdef", "ab-cdef"}, {"Model3D", "model-3-d"},
    {"iPhone", "i-phone"}, {"HTTP2Server", "http-2-server"}, {"fooBAR", "foo-bar"},
    {"User1st", "user-1st"}, {"Item1st2nd", "item-1-st-2nd"}, {"Café", "cafe"},
    {"naïveModel", "naive-model"}, {"OrderItem", "order-item"},
};

// loopback-workspace toFilename: all caps or a '-' -> lower-cased, else kebab-cased.
const Pair fileStems[] = {
    {"FooBar", "foo-bar"}, {"ACL", "acl"}, {"MY_MODEL", "my_model"}, {"Order-Item", "order-item"},
    {"Customer", "customer"}, {"OrderItem", "order-item"}, {"AccessToken", "access-token"},
    {"Order2Item", "order-2-item"}, {"iPhone", "i-phone"},
};

template <typename Row, std::size_t N>
void addPairs(const Row (&rows)[N])
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    for (const Row& row : rows)
        QTest::addRow("%s", row.input) << QString::fromUtf8(row.input) << QString::fromUtf8(row.expected);
}

} // namespace

class TestInflection : public QObject {
    Q_OBJECT

private slots:
    void pluralize_data() { addPairs(plurals); }
    void pluralize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(inflection::pluralize(input.toStdString())), expected);
    }

    void singularize_data() { addPairs(singulars); }
    void singularize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(inflection::singularize(input.toStdString())), expected);
    }

    void camelize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("lowerFirst");
        QTest::addColumn<QString>("upperFirst");
        for (const Camel& row : camels)
            QTest::addRow("%s", row.input) << QString::fromUtf8(row.input)
                                           << QString::fromUtf8(row.lowerFirst)
                                           << QString::fromUtf8(row.upperFirst);
    }
    void camelize()
    {
        QFETCH(QString, input);
        QFETCH(QString, lowerFirst);
        QFETCH(QString, upperFirst);
        QCOMPARE(QString::fromStdString(inflection::camelize(input.toStdString(), true)), lowerFirst);
        QCOMPARE(QString::fromStdString(inflection::camelize(input.toStdString(), false)), upperFirst);
    }

    void kebabCase_data() { addPairs(kebabs); }
    void kebabCase()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(naming::kebabCase(input.toStdString())), expected);
    }

    void modelFileName_data() { addPairs(fileStems); }
    void modelFileName()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(naming::modelFileStem(input.toStdString())), expected);
        QCOMPARE(QString::fromStdString(naming::modelFileName(input.toStdString())), expected + QStringLiteral(".json"));
    }
};

QTEST_GUILESS_MAIN(TestInflection)
#include "tst_inflection.moc"
