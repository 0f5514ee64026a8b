#include "core/analysis/reliability.h"

#include <algorithm>
#include <map>

namespace sw {

namespace {

bool contains(const std::vector<int> &sorted, int x) { return std::binary_search(sorted.begin(), sorted.end(), x); }

void insertSorted(std::vector<int> &sorted, int x)
{
    auto it = std::lower_bound(sorted.begin(), sorted.end(), x);
    if (it == sorted.end() || *it != x)
        sorted.insert(it, x);
}

void eraseSorted(std::vector<int> &sorted, int x)
{
    auto it = std::lower_bound(sorted.begin(), sorted.end(), x);
    if (it != sorted.end() && *it == x)
        sorted.erase(it);
}

bool disjoint(const std::vector<int> &a, const std::vector<int> &b)
{
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i == *j)
            return false;
        if (*i < *j)
            ++i;
        else
            ++j;
    }
    return true;
}

std::vector<int> unite(const std::vector<int> &a, const std::vector<int> &b)
{
    std::vector<int> u;
    u.reserve(a.size() + b.size());
    std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(u));
    return u;
}

// One series-parallel reduction of the problem under fixed variable states.
class Reducer {
public:
    Reducer(const ReliabilityProblem &p, const VarStates &states) : m_p(p), m_s(p.source), m_t(p.sink)
    {
        const int n = p.vertexCount();
        m_v.resize(size_t(n));
        m_out.resize(size_t(n));
        m_in.resize(size_t(n));
        for (int i = 0; i < n; ++i) {
            W &w = m_v[size_t(i)];
            for (int var : p.vars[size_t(i)]) {
                const signed char st = state(states, var);
                if (st == 0) {
                    w.alive = false;
                    break;
                }
                if (st < 0)
                    w.vars.push_back(var);
            }
            std::sort(w.vars.begin(), w.vars.end());
            w.vars.erase(std::unique(w.vars.begin(), w.vars.end()), w.vars.end());
            w.prob = product(w.vars);
        }
        for (int i = 0; i < n; ++i) {
            if (!m_v[size_t(i)].alive)
                continue;
            for (int j : p.out[size_t(i)])
                if (j != i && m_v[size_t(j)].alive) {
                    insertSorted(m_out[size_t(i)], j);
                    insertSorted(m_in[size_t(j)], i);
                }
        }
    }

    // The exact value, or nothing with `pivot` set to a variable to factor on.
    std::optional<double> run(int *pivot)
    {
        if (!pruneToPaths())
            return 0.0;
        bool changed = true;
        while (changed) {
            changed = false;
            if (contains(m_out[size_t(m_s)], m_t))
                return 1.0;
            for (int x = 0; x < int(m_v.size()); ++x) {
                if (!inner(x))
                    continue;
                if (perfect(x) && bypassable(x)) {
                    bypass(x);
                    changed = true;
                    continue;
                }
                if (m_out[size_t(x)].size() == 1) {
                    const int y = m_out[size_t(x)].front();
                    if (y != m_t && y != x && m_in[size_t(y)].size() == 1 && mergeSeries(x, y))
                        changed = true;
                }
            }
            if (contains(m_out[size_t(m_s)], m_t))
                return 1.0;
            // Parallel: same predecessors and successors. A key that held a
            // vertex merged away names that dead vertex, so it never matches
            // a live key again.
            std::map<std::pair<std::vector<int>, std::vector<int>>, int> groups;
            for (int x = 0; x < int(m_v.size()); ++x) {
                if (!inner(x))
                    continue;
                auto key = std::make_pair(m_in[size_t(x)], m_out[size_t(x)]);
                auto it = groups.find(key);
                if (it == groups.end())
                    groups.emplace(std::move(key), x);
                else if (mergeParallel(it->second, x))
                    changed = true;
            }
        }
        if (contains(m_out[size_t(m_s)], m_t))
            return 1.0;
        int innerCount = 0, last = -1;
        bool anyVars = false;
        for (int x = 0; x < int(m_v.size()); ++x)
            if (inner(x)) {
                ++innerCount;
                last = x;
                anyVars = anyVars || !m_v[size_t(x)].vars.empty();
            }
        if (innerCount == 1 && m_in[size_t(last)] == std::vector<int>{m_s}
            && m_out[size_t(last)] == std::vector<int>{m_t})
            return m_v[size_t(last)].prob;
        if (!anyVars) // everything left is always up and on a path
            return innerCount > 0 || contains(m_out[size_t(m_s)], m_t) ? 1.0 : 0.0;
        *pivot = choosePivot();
        return std::nullopt;
    }

private:
    struct W {
        double prob = 1;
        std::vector<int> vars;   // unknown variables the vertex depends on
        bool pure = true;        // up exactly when all `vars` are up
        bool alive = true;
    };

    static signed char state(const VarStates &states, int var) { return states[size_t(var)]; }

    double product(const std::vector<int> &vars) const
    {
        double p = 1;
        for (int var : vars)
            p *= m_p.availability[size_t(var)];
        return p;
    }

    bool inner(int x) const { return x != m_s && x != m_t && m_v[size_t(x)].alive; }
    bool perfect(int x) const
    {
        const W &w = m_v[size_t(x)];
        return w.vars.empty() && w.pure && w.prob >= 1.0;
    }
    bool bypassable(int x) const
    {
        const size_t i = m_in[size_t(x)].size(), o = m_out[size_t(x)].size();
        return i == 1 || o == 1 || i * o <= i + o;
    }

    void removeVertex(int x)
    {
        for (int p : m_in[size_t(x)])
            eraseSorted(m_out[size_t(p)], x);
        for (int q : m_out[size_t(x)])
            eraseSorted(m_in[size_t(q)], x);
        m_in[size_t(x)].clear();
        m_out[size_t(x)].clear();
        m_v[size_t(x)].alive = false;
    }

    void addEdge(int a, int b)
    {
        if (a == b)
            return;
        insertSorted(m_out[size_t(a)], b);
        insertSorted(m_in[size_t(b)], a);
    }

    void bypass(int x)
    {
        const std::vector<int> ins = m_in[size_t(x)], outs = m_out[size_t(x)];
        removeVertex(x);
        for (int p : ins)
            for (int q : outs)
                addEdge(p, q);
    }

    // x -> y, x's only successor, y's only predecessor: y folds into x.
    bool mergeSeries(int x, int y)
    {
        W &a = m_v[size_t(x)];
        const W &b = m_v[size_t(y)];
        if (disjoint(a.vars, b.vars)) {
            a.prob *= b.prob;
            a.pure = a.pure && b.pure;
            a.vars = unite(a.vars, b.vars);
        } else if (a.pure && b.pure) { // a server met twice on the way counts once
            a.vars = unite(a.vars, b.vars);
            a.prob = product(a.vars);
        } else {
            return false;
        }
        const std::vector<int> outs = m_out[size_t(y)];
        removeVertex(y);
        eraseSorted(m_out[size_t(x)], y);
        for (int q : outs)
            addEdge(x, q);
        return true;
    }

    // Same neighbours: y folds into x as "either is up".
    bool mergeParallel(int x, int y)
    {
        W &a = m_v[size_t(x)];
        const W &b = m_v[size_t(y)];
        if (!disjoint(a.vars, b.vars))
            return false;
        a.prob = 1 - (1 - a.prob) * (1 - b.prob);
        a.vars = unite(a.vars, b.vars);
        a.pure = false;
        removeVertex(y);
        return true;
    }

    // Keeps the vertices on a path from source to sink; false when none.
    bool pruneToPaths()
    {
        const size_t n = m_v.size();
        std::vector<char> f(n, 0), b(n, 0);
        auto walk = [&](int start, const std::vector<std::vector<int>> &adj, std::vector<char> &seen) {
            std::vector<int> stack{start};
            seen[size_t(start)] = 1;
            while (!stack.empty()) {
                const int v = stack.back();
                stack.pop_back();
                for (int w : adj[size_t(v)])
                    if (!seen[size_t(w)]) {
                        seen[size_t(w)] = 1;
                        stack.push_back(w);
                    }
            }
        };
        if (m_s < 0 || m_t < 0 || !m_v[size_t(m_s)].alive || !m_v[size_t(m_t)].alive)
            return false;
        walk(m_s, m_out, f);
        if (!f[size_t(m_t)])
            return false;
        walk(m_t, m_in, b);
        for (size_t x = 0; x < n; ++x)
            if (m_v[x].alive && !(f[x] && b[x]))
                removeVertex(int(x));
        return true;
    }

    // The variable that blocks the most merges: the one most vertices share.
    int choosePivot() const
    {
        std::map<int, int> count;
        for (int x = 0; x < int(m_v.size()); ++x)
            if (inner(x))
                for (int var : m_v[size_t(x)].vars)
                    ++count[var];
        int best = -1, bestCount = 0;
        for (const auto &[var, c] : count)
            if (c > bestCount) {
                best = var;
                bestCount = c;
            }
        return best;
    }

    const ReliabilityProblem &m_p;
    int m_s, m_t;
    std::vector<W> m_v;
    std::vector<std::vector<int>> m_out, m_in;
};

double solve(const ReliabilityProblem &p, VarStates &states, int &budget, bool &exhausted)
{
    if (exhausted || --budget < 0) {
        exhausted = true;
        return 0;
    }
    int pivot = -1;
    Reducer r(p, states);
    if (const std::optional<double> v = r.run(&pivot))
        return *v;
    if (pivot < 0) {
        exhausted = true;
        return 0;
    }
    const double a = p.availability[size_t(pivot)];
    states[size_t(pivot)] = 1;
    const double up = solve(p, states, budget, exhausted);
    states[size_t(pivot)] = 0;
    const double down = solve(p, states, budget, exhausted);
    states[size_t(pivot)] = -1;
    return a * up + (1 - a) * down;
}

// Variables that are certain count as decided.
VarStates normalised(const ReliabilityProblem &p, const VarStates &states)
{
    VarStates st(p.availability.size(), -1);
    for (size_t i = 0; i < st.size(); ++i) {
        if (i < states.size() && states[i] >= 0)
            st[i] = states[i];
        else if (p.availability[i] >= 1.0)
            st[i] = 1;
        else if (p.availability[i] <= 0.0)
            st[i] = 0;
    }
    return st;
}

} // namespace

std::optional<double> exactReliability(const ReliabilityProblem &p, const VarStates &states)
{
    if (p.vertexCount() > kExactVertexLimit)
        return std::nullopt;
    VarStates st = normalised(p, states);
    // Each reduction costs about O(V log V): bound the total work too.
    int budget = std::min(kExactSolveBudget, std::max(8, 2000000 / std::max(1, p.vertexCount())));
    bool exhausted = false;
    const double v = solve(p, st, budget, exhausted);
    if (exhausted)
        return std::nullopt;
    return std::clamp(v, 0.0, 1.0);
}

double approximateReliability(const ReliabilityProblem &p, const VarStates &states)
{
    const int n = p.vertexCount();
    if (p.source < 0 || p.sink < 0 || n == 0)
        return 0;
    const VarStates st = normalised(p, states);
    std::vector<char> dead(size_t(n), 0);
    for (int v = 0; v < n; ++v)
        for (int var : p.vars[size_t(v)])
            if (st[size_t(var)] == 0)
                dead[size_t(v)] = 1;
    if (dead[size_t(p.source)])
        return 0;
    // Reverse postorder of a DFS from the source: a topological order that
    // ignores edges closing a cycle.
    std::vector<int> post;
    post.reserve(size_t(n));
    std::vector<int> rank(size_t(n), -1);
    std::vector<char> seen(size_t(n), 0);
    std::vector<std::pair<int, size_t>> stack{{p.source, 0}};
    seen[size_t(p.source)] = 1;
    while (!stack.empty()) {
        auto &[v, i] = stack.back();
        const std::vector<int> &succ = p.out[size_t(v)];
        if (i < succ.size()) {
            const int w = succ[i++];
            if (!seen[size_t(w)] && !dead[size_t(w)]) {
                seen[size_t(w)] = 1;
                stack.push_back({w, 0});
            }
        } else {
            post.push_back(v);
            stack.pop_back();
        }
    }
    if (!seen[size_t(p.sink)])
        return 0;
    for (size_t i = 0; i < post.size(); ++i)
        rank[size_t(post[i])] = int(post.size() - 1 - i);
    std::vector<std::vector<int>> in(static_cast<size_t>(n));
    for (int v : post)
        for (int w : p.out[size_t(v)])
            if (rank[size_t(w)] > rank[size_t(v)])
                in[size_t(w)].push_back(v);
    std::vector<double> r(size_t(n), 0.0);
    r[size_t(p.source)] = 1.0;
    for (auto it = post.rbegin(); it != post.rend(); ++it) {
        const int v = *it;
        if (v == p.source)
            continue;
        // R(v) = a(vars of v) * P(some predecessor reached | v's vars up);
        // a predecessor on the same server already counts that server.
        const std::vector<int> &vv = p.vars[size_t(v)];
        double own = 1.0;
        for (int var : vv)
            if (st[size_t(var)] < 0)
                own *= p.availability[size_t(var)];
        double miss = 1.0;
        for (int u : in[size_t(v)]) {
            double shared = 1.0;
            const std::vector<int> &uv = p.vars[size_t(u)];
            for (int var : vv)
                if (st[size_t(var)] < 0 && std::find(uv.begin(), uv.end(), var) != uv.end())
                    shared *= p.availability[size_t(var)];
            const double given = shared > 0 ? std::min(1.0, r[size_t(u)] / shared) : 0.0;
            miss *= 1.0 - given;
        }
        r[size_t(v)] = own * (1.0 - miss);
    }
    return std::clamp(r[size_t(p.sink)], 0.0, 1.0);
}

} // namespace sw
