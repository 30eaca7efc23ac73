#include "schema/inflection.h"

#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

namespace relata::inflection {
namespace {

// One rule of inflection's tables: the first rule whose pattern matches wins;
// a rule without replacement leaves the word as it is ("already plural").
// The library's patterns end in JavaScript's `$`, which only matches at the very
// end; PCRE's `$` also matches before a final newline, hence `\z` here.
struct RuleSource {
    const char* pattern;
    const char* replacement; // nullptr: the word is kept
};

struct Rule {
    QRegularExpression pattern;
    // What a word must end with (lower-cased) for the pattern to match; a
    // pattern is compiled the first time a word gets that far, and most words
    // only reach a few of the sixty.
    QString suffix;
    QString replacement;
    bool replaces = false;
};

// Plural forms (inflection's regex.plural), used to recognise plurals and to singularize.
constexpr const char* pluralMen = R"(^(m|wom)en\z)";
constexpr const char* pluralPeople = R"((pe)ople\z)";
constexpr const char* pluralChildren = R"((child)ren\z)";
constexpr const char* pluralTia = R"(([ti])a\z)";
constexpr const char* pluralAnalyses = R"(((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)ses\z)";
constexpr const char* pluralDatabases = R"((database)s\z)";
constexpr const char* pluralDrives = R"((drive)s\z)";
constexpr const char* pluralHives = R"((hi|ti)ves\z)";
constexpr const char* pluralCurves = R"((curve)s\z)";
constexpr const char* pluralLrves = R"(([lr])ves\z)";
constexpr const char* pluralAves = R"(([a])ves\z)";
constexpr const char* pluralFoves = R"(([^fo])ves\z)";
constexpr const char* pluralMovies = R"((m)ovies\z)";
constexpr const char* pluralAeiouyies = R"(([^aeiouy]|qu)ies\z)";
constexpr const char* pluralSeries = R"((s)eries\z)";
constexpr const char* pluralXes = R"((x|ch|ss|sh)es\z)";
constexpr const char* pluralMice = R"(([m|l])ice\z)";
constexpr const char* pluralBuses = R"((bus)es\z)";
constexpr const char* pluralOes = R"((o)es\z)";
constexpr const char* pluralShoes = R"((shoe)s\z)";
constexpr const char* pluralCrises = R"((cris|ax|test)es\z)";
constexpr const char* pluralOctopuses = R"((octop|vir)uses\z)";
constexpr const char* pluralAliases = R"((alias|canvas|status|campus)es\z)";
constexpr const char* pluralSummonses = R"(^(summons|bonus)es\z)";
constexpr const char* pluralOxen = R"(^(ox)en)";
constexpr const char* pluralMatrices = R"((matr)ices\z)";
constexpr const char* pluralVertices = R"((vert|ind)ices\z)";
constexpr const char* pluralFeet = R"(^feet\z)";
constexpr const char* pluralTeeth = R"(^teeth\z)";
constexpr const char* pluralGeese = R"(^geese\z)";
constexpr const char* pluralQuizzes = R"((quiz)zes\z)";
constexpr const char* pluralWhereases = R"(^(whereas)es\z)";
constexpr const char* pluralCriteria = R"(^(criteri)a\z)";
constexpr const char* pluralGenera = R"(^genera\z)";
constexpr const char* pluralSs = R"(ss\z)";
constexpr const char* pluralS = R"(s\z)";

// Singular forms (inflection's regex.singular).
constexpr const char* singularMan = R"(^(m|wom)an\z)";
constexpr const char* singularPerson = R"((pe)rson\z)";
constexpr const char* singularChild = R"((child)\z)";
constexpr const char* singularDrive = R"((drive)\z)";
constexpr const char* singularOx = R"(^(ox)\z)";
constexpr const char* singularAxis = R"((ax|test)is\z)";
constexpr const char* singularOctopus = R"((octop|vir)us\z)";
constexpr const char* singularAlias = R"((alias|status|canvas|campus)\z)";
constexpr const char* singularSummons = R"(^(summons|bonus)\z)";
constexpr const char* singularBus = R"((bu)s\z)";
constexpr const char* singularBuffalo = R"((buffal|tomat|potat)o\z)";
constexpr const char* singularTium = R"(([ti])um\z)";
constexpr const char* singularSis = R"(sis\z)";
constexpr const char* singularFfe = R"((?:([^f])fe|([lr])f)\z)";
constexpr const char* singularHive = R"((hi|ti)ve\z)";
constexpr const char* singularAeiouyy = R"(([^aeiouy]|qu)y\z)";
constexpr const char* singularX = R"((x|ch|ss|sh)\z)";
constexpr const char* singularMatrix = R"((matr)ix\z)";
constexpr const char* singularVertex = R"((vert|ind)ex\z)";
constexpr const char* singularMouse = R"(([m|l])ouse\z)";
constexpr const char* singularFoot = R"(^foot\z)";
constexpr const char* singularTooth = R"(^tooth\z)";
constexpr const char* singularGoose = R"(^goose\z)";
constexpr const char* singularQuiz = R"((quiz)\z)";
constexpr const char* singularWhereas = R"(^(whereas)\z)";
constexpr const char* singularCriterion = R"(^(criteri)on\z)";
constexpr const char* singularGenus = R"(^genus\z)";
constexpr const char* singularS = R"(s\z)";
constexpr const char* singularCommon = R"(\z)";

// inflection's plural_rules, in its order.
const RuleSource pluralRuleSources[] = {
    {pluralMen, nullptr},         {pluralPeople, nullptr},     {pluralChildren, nullptr},
    {pluralTia, nullptr},         {pluralAnalyses, nullptr},   {pluralDatabases, nullptr},
    {pluralDrives, nullptr},      {pluralHives, nullptr},      {pluralCurves, nullptr},
    {pluralLrves, nullptr},       {pluralFoves, nullptr},      {pluralAeiouyies, nullptr},
    {pluralSeries, nullptr},      {pluralMovies, nullptr},     {pluralXes, nullptr},
    {pluralMice, nullptr},        {pluralBuses, nullptr},      {pluralOes, nullptr},
    {pluralShoes, nullptr},       {pluralCrises, nullptr},     {pluralOctopuses, nullptr},
    {pluralAliases, nullptr},     {pluralSummonses, nullptr},  {pluralOxen, nullptr},
    {pluralMatrices, nullptr},    {pluralFeet, nullptr},       {pluralTeeth, nullptr},
    {pluralGeese, nullptr},       {pluralQuizzes, nullptr},    {pluralWhereases, nullptr},
    {pluralCriteria, nullptr},    {pluralGenera, nullptr},

    {singularMan, "$1en"},        {singularPerson, "$1ople"},  {singularChild, "$1ren"},
    {singularDrive, "$1s"},       {singularOx, "$1en"},        {singularAxis, "$1es"},
    {singularOctopus, "$1uses"},  {singularAlias, "$1es"},     {singularSummons, "$1es"},
    {singularBus, "$1ses"},       {singularBuffalo, "$1oes"},  {singularTium, "$1a"},
    {singularSis, "ses"},         {singularFfe, "$1$2ves"},    {singularHive, "$1ves"},
    {singularAeiouyy, "$1ies"},   {singularMatrix, "$1ices"},  {singularVertex, "$1ices"},
    {singularX, "$1es"},          {singularMouse, "$1ice"},    {singularFoot, "feet"},
    {singularTooth, "teeth"},     {singularGoose, "geese"},    {singularQuiz, "$1zes"},
    {singularWhereas, "$1es"},    {singularCriterion, "$1a"},  {singularGenus, "genera"},
    {singularS, "s"},             {singularCommon, "s"},
};

// inflection's singular_rules, in its order.
const RuleSource singularRuleSources[] = {
    {singularMan, nullptr},       {singularPerson, nullptr},   {singularChild, nullptr},
    {singularDrive, nullptr},     {singularOx, nullptr},       {singularAxis, nullptr},
    {singularOctopus, nullptr},   {singularAlias, nullptr},    {singularSummons, nullptr},
    {singularBus, nullptr},       {singularBuffalo, nullptr},  {singularTium, nullptr},
    {singularSis, nullptr},       {singularFfe, nullptr},      {singularHive, nullptr},
    {singularAeiouyy, nullptr},   {singularX, nullptr},        {singularMatrix, nullptr},
    {singularMouse, nullptr},     {singularFoot, nullptr},     {singularTooth, nullptr},
    {singularGoose, nullptr},     {singularQuiz, nullptr},     {singularWhereas, nullptr},
    {singularCriterion, nullptr}, {singularGenus, nullptr},

    {pluralMen, "$1an"},          {pluralPeople, "$1rson"},    {pluralChildren, "$1"},
    {pluralDatabases, "$1"},      {pluralDrives, "$1"},        {pluralGenera, "genus"},
    {pluralCriteria, "$1on"},     {pluralTia, "$1um"},         {pluralAnalyses, "$1$2sis"},
    {pluralHives, "$1ve"},        {pluralCurves, "$1"},        {pluralLrves, "$1f"},
    {pluralAves, "$1ve"},         {pluralFoves, "$1fe"},       {pluralMovies, "$1ovie"},
    {pluralAeiouyies, "$1y"},     {pluralSeries, "$1eries"},   {pluralXes, "$1"},
    {pluralMice, "$1ouse"},       {pluralBuses, "$1"},         {pluralOes, "$1"},
    {pluralShoes, "$1"},          {pluralCrises, "$1is"},      {pluralOctopuses, "$1us"},
    {pluralAliases, "$1"},        {pluralSummonses, "$1"},     {pluralOxen, "$1"},
    {pluralMatrices, "$1ix"},     {pluralVertices, "$1ex"},    {pluralFeet, "foot"},
    {pluralTeeth, "tooth"},       {pluralGeese, "goose"},      {pluralQuizzes, "$1"},
    {pluralWhereases, "$1"},      {pluralSs, "ss"},            {pluralS, ""},
};

// Words with one form for singular and plural (inflection's uncountable_words,
// the entries it leaves uncommented); compared lower-cased.
const char* const uncountableWords[] = {
    "accommodation", "adulthood", "advertising", "advice", "aggression", "aid", "air",
    "aircraft", "alcohol", "anger", "applause", "arithmetic", "assistance", "athletics",
    "bacon", "baggage", "beef", "biology", "blood", "botany", "bread", "butter",
    "carbon", "cardboard", "cash", "chalk", "chaos", "chess", "crossroads", "countryside",
    "dancing", "deer", "dignity", "dirt", "dust",
    "economics", "education", "electricity", "engineering", "enjoyment", "envy", "equipment",
    "ethics", "evidence", "evolution",
    "fame", "fiction", "flour", "flu", "food", "fuel", "fun", "furniture",
    "gallows", "garbage", "garlic", "genetics", "gold", "golf", "gossip", "gratitude", "grief",
    "guilt", "gymnastics",
    "happiness", "hardware", "harm", "hate", "hatred", "health", "heat", "help", "homework",
    "honesty", "honey", "hospitality", "housework", "humour", "hunger", "hydrogen",
    "ice", "importance", "inflation", "information", "innocence", "iron", "irony",
    "jam", "jewelry", "judo",
    "karate", "knowledge",
    "lack", "laughter", "lava", "leather", "leisure", "lightning", "linguine", "linguini",
    "linguistics", "literature", "litter", "livestock", "logic", "loneliness", "luck", "luggage",
    "macaroni", "machinery", "magic", "management", "mankind", "marble", "mathematics",
    "mayonnaise", "measles", "methane", "milk", "minus", "money", "mud", "music", "mumps",
    "nature", "news", "nitrogen", "nonsense", "nurture", "nutrition",
    "obedience", "obesity", "oxygen",
    "pasta", "patience", "physics", "poetry", "pollution", "poverty", "pride", "psychology",
    "publicity", "punctuation",
    "quartz",
    "racism", "relaxation", "reliability", "research", "respect", "revenge", "rice", "rubbish",
    "rum",
    "safety", "scenery", "seafood", "seaside", "series", "shame", "sheep", "shopping", "sleep",
    "smoke", "smoking", "snow", "soap", "software", "soil", "spaghetti", "species", "steam",
    "stuff", "stupidity", "sunshine", "symmetry",
    "tennis", "thirst", "thunder", "timber", "traffic", "transportation", "trust",
    "underwear", "unemployment", "unity",
    "validity", "veal", "vegetation", "vegetarianism", "vengeance", "violence", "vitality",
    "warmth", "wealth", "weather", "welfare", "wheat", "wildlife", "wisdom",
    "yoga",
    "zinc", "zoology",
};

// The letters a word must end with for a pattern ending in `\z` to match it:
// the run of letters before the `\z`, or a group of letters alone there
// ("(drive)\z"). Empty, so every word is tried, when the pattern could end
// otherwise (an alternative outside any group, a class, a quantifier).
QString requiredSuffix(std::string_view pattern)
{
    constexpr std::string_view end = R"(\z)";
    if (!pattern.ends_with(end))
        return {};
    int depth = 0;
    for (const char c : pattern) {
        if (c == '(')
            ++depth;
        else if (c == ')')
            --depth;
        else if (c == '|' && depth == 0)
            return {};
    }
    const auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
    const std::string_view rest = pattern.substr(0, pattern.size() - end.size());
    if (rest.ends_with(')')) {
        const std::size_t open = rest.rfind('(');
        if (open == std::string_view::npos)
            return {};
        const std::string_view group = rest.substr(open + 1, rest.size() - open - 2);
        if (group.empty() || !std::all_of(group.begin(), group.end(), letter))
            return {};
        return QString::fromLatin1(group).toCaseFolded();
    }
    std::size_t start = rest.size();
    while (start > 0 && letter(rest[start - 1]))
        --start;
    if (start > 0 && rest[start - 1] == '\\')
        ++start; // an escape such as \b is not the letter b
    return QString::fromLatin1(rest.substr(start)).toCaseFolded();
}

template <std::size_t N>
std::vector<Rule> compileRules(const RuleSource (&sources)[N])
{
    std::vector<Rule> rules;
    rules.reserve(N);
    for (const RuleSource& source : sources) {
        Rule rule;
        rule.pattern = QRegularExpression(QString::fromLatin1(source.pattern),
                                          QRegularExpression::CaseInsensitiveOption);
        rule.suffix = requiredSuffix(source.pattern);
        rule.replaces = source.replacement != nullptr;
        if (rule.replaces)
            rule.replacement = QString::fromLatin1(source.replacement);
        rules.push_back(std::move(rule));
    }
    return rules;
}

const std::vector<Rule>& pluralRules()
{
    static const std::vector<Rule> rules = compileRules(pluralRuleSources);
    return rules;
}

const std::vector<Rule>& singularRules()
{
    static const std::vector<Rule> rules = compileRules(singularRuleSources);
    return rules;
}

const QSet<QString>& uncountables()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char* word : uncountableWords)
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

// JavaScript's String.prototype.replace expansion: `$n` is the n-th group, or
// nothing when that group did not take part in the match.
QString expand(const QString& replacement, const QRegularExpressionMatch& match)
{
    QString out;
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        if (c == u'$' && i + 1 < replacement.size() && replacement.at(i + 1).isDigit()) {
            out += match.captured(replacement.at(i + 1).digitValue());
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

std::string applyRules(std::string_view word, const std::vector<Rule>& rules)
{
    const QString text = QString::fromUtf8(word.data(), static_cast<qsizetype>(word.size()));
    if (uncountables().contains(text.toLower()))
        return std::string(word);
    // The patterns ignore case as Unicode folds it (ſ is an s).
    const QString folded = text.toCaseFolded();
    for (const Rule& rule : rules) {
        if (!folded.endsWith(rule.suffix))
            continue;
        const QRegularExpressionMatch match = rule.pattern.match(text);
        if (!match.hasMatch())
            continue;
        if (!rule.replaces)
            return std::string(word);
        const QString result = text.left(match.capturedStart()) + expand(rule.replacement, match)
                               + text.mid(match.capturedEnd());
        return result.toStdString();
    }
    return std::string(word);
}

} // namespace

std::string camelize(std::string_view text, bool lowerFirst)
{
    const QString input = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    const QStringList path = input.split(u'/');
    QStringList out;
    for (qsizetype i = 0; i < path.size(); ++i) {
        QStringList parts = path[i].split(u'_');
        for (qsizetype k = 0; k < parts.size(); ++k) {
            QString& part = parts[k];
            if (k != 0)
                part = part.toLower();
            if (part.isEmpty())
                continue;
            const QString first = part.left(1);
            part = (lowerFirst && i == 0 && k == 0 ? first.toLower() : first.toUpper()) + part.mid(1);
        }
        out << parts.join(QString());
    }
    return out.join(QStringLiteral("::")).toStdString();
}

std::string pluralize(std::string_view word)
{
    return applyRules(word, pluralRules());
}

std::string singularize(std::string_view word)
{
    return applyRules(word, singularRules());
}

} // namespace relata::inflection
