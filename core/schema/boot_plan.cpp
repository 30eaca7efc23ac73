#include "schema/boot_plan.h"

#include <algorithm>
#include <deque>
#include <unordered_map>
#include <unordered_set>

namespace relata::schema {
namespace {

// The `toposort` package (2.x) over edges base -> model: nodes in first-seen order,
// visited from the last one backwards, each placed before everything it reaches.
// An empty name stands for JavaScript's `undefined` (a model without base).
class TopoSort {
public:
    explicit TopoSort(const std::vector<std::pair<std::string, std::string>>& edges)
    {
        for (const auto& [from, to] : edges) {
            add(from);
            add(to);
        }
        m_outgoing.resize(m_nodes.size());
        for (const auto& [from, to] : edges) {
            std::vector<std::size_t>& out = m_outgoing[m_index[from]];
            const std::size_t target = m_index[to];
            if (std::find(out.begin(), out.end(), target) == out.end())
                out.push_back(target);
        }
    }

    // The sorted nodes, or nothing when there is a cycle (`cycle` names a node on it).
    std::optional<std::vector<std::string>> sort(std::string& cycle)
    {
        m_sorted.assign(m_nodes.size(), std::string());
        m_visited.assign(m_nodes.size(), false);
        m_cursor = m_nodes.size();
        for (std::size_t i = m_nodes.size(); i-- > 0;) {
            std::unordered_set<std::size_t> predecessors;
            if (!m_visited[i] && !visit(i, predecessors, cycle))
                return std::nullopt;
        }
        return m_sorted;
    }

private:
    void add(const std::string& node)
    {
        if (m_index.emplace(node, m_nodes.size()).second)
            m_nodes.push_back(node);
    }

    bool visit(std::size_t node, std::unordered_set<std::size_t>& predecessors, std::string& cycle)
    {
        if (predecessors.contains(node)) {
            cycle = m_nodes[node];
            return false;
        }
        if (m_visited[node])
            return true;
        m_visited[node] = true;
        const std::vector<std::size_t>& outgoing = m_outgoing[node];
        if (!outgoing.empty()) {
            predecessors.insert(node);
            for (std::size_t k = outgoing.size(); k-- > 0;) {
                if (!visit(outgoing[k], predecessors, cycle))
                    return false;
            }
            predecessors.erase(node);
        }
        m_sorted[--m_cursor] = m_nodes[node];
        return true;
    }

    std::vector<std::string> m_nodes;
    std::unordered_map<std::string, std::size_t> m_index;
    std::vector<std::vector<std::size_t>> m_outgoing;
    std::vector<std::string> m_sorted;
    std::vector<bool> m_visited;
    std::size_t m_cursor = 0;
};

} // namespace

BootPlan planBoot(const std::vector<std::pair<std::string, Json>>& config,
                  const std::function<std::optional<std::string>(const std::string&)>& baseOf)
{
    std::unordered_map<std::string, const Json*> entries;
    std::deque<std::string> queue;
    for (const auto& [name, entry] : config) {
        entries.emplace(name, &entry);
        queue.push_back(name);
    }
    std::vector<std::string> names;
    std::unordered_set<std::string> seen;
    while (!queue.empty()) {
        const std::string name = queue.front();
        queue.pop_front();
        if (!seen.insert(name).second)
            continue;
        names.push_back(name);
        const std::optional<std::string> base = baseOf(name);
        if (base && !base->empty() && baseOf(*base))
            queue.push_back(*base);
    }
    std::vector<std::pair<std::string, std::string>> edges;
    for (const std::string& name : names)
        edges.emplace_back(baseOf(name).value_or(std::string()), name);

    BootPlan plan;
    std::vector<std::string> order = names;
    if (std::optional<std::vector<std::string>> sorted = TopoSort(edges).sort(plan.cycle))
        order = std::move(*sorted);
    for (const std::string& name : order) {
        if (name.empty() || !seen.contains(name))
            continue;
        BootStep step;
        step.name = name;
        if (const auto it = entries.find(name); it != entries.end())
            step.config = *it->second;
        plan.steps.push_back(std::move(step));
    }
    return plan;
}

} // namespace relata::schema
