#include "lb4/sources.h"

namespace relata::lb4 {
namespace {

// A Markdown table cell: pipes escaped, one line.
std::string cell(const std::string& text)
{
    std::string out;
    for (const char c : text) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n' || c == '\r')
            out += ' ';
        else
            out += c;
    }
    return out;
}

} // namespace

std::string migrationReport(const Plan& plan)
{
    const Figures& figures = plan.figures;
    std::string out = "# Moving " + plan.appName.toStdString() + " to LoopBack 4\n\n";
    out += "`relata-cli export-lb4` wrote the models, repositories, datasources and REST\n"
           "controllers of this LoopBack 3 app. This report lists what LoopBack 4 cannot\n"
           "express: the generated code leaves each item out, and the replacement column\n"
           "says what to write by hand.\n\n"
           "Each public model with an id gets a controller with LoopBack 3's CRUD endpoints\n"
           "at LoopBack 3's paths (create, count, find, updateAll, findById, updateById,\n"
           "replaceById, deleteById), and each of its LoopBack 4 relations one with\n"
           "LoopBack 3's relation endpoints (`GET /{id}/customer` for a belongsTo; GET, POST,\n"
           "PUT and DELETE for a hasOne; GET, POST and DELETE for the others). Not generated:\n"
           "the other built-in endpoints (exists, findOne, upsert, replaceOrCreate,\n"
           "upsertWithWhere, createChangeStream), a relation's count and its `/{fk}` and\n"
           "`/rel/{fk}` endpoints, and referencesMany endpoints.\n\n";
    out += "| export | count |\n|---|---|\n";
    out += "| models written | " + std::to_string(figures.models) + " |\n";
    out += "| relations in LoopBack 3 | " + std::to_string(figures.relations) + " |\n";
    out += "| written as LoopBack 4 relations | " + std::to_string(figures.lb4Relations) + " |\n";
    out += "| relations listed below | " + std::to_string(figures.relationsInReport) + " |\n";
    out += "| items below | " + std::to_string(figures.items) + " |\n\n";
    if (plan.items.empty())
        return out + "Nothing to do by hand: every model and relation has a LoopBack 4 form.\n";
    out += "| model | relation | what | LoopBack 3 | LoopBack 4 replacement | where |\n";
    out += "|---|---|---|---|---|---|\n";
    for (const MigrationItem& item : plan.items) {
        std::string where = item.file.toStdString();
        if (!where.empty() && !item.pointer.empty())
            where += "#" + item.pointer;
        out += "| " + cell(item.model) + " | " + cell(item.relation) + " | " + cell(item.feature) + " | "
               + cell(item.detail) + " | " + cell(item.replacement) + " | " + cell(where) + " |\n";
    }
    return out;
}

} // namespace relata::lb4
