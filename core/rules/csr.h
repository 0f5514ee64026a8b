// Compressed adjacency lists: for keys 0..n-1, the values added for each key
// in one flat array (two allocations in all, instead of one list per key).
// The validator's indexes use it so building them stays cheap at 10,000 nodes.
#pragma once

#include <utility>
#include <vector>

namespace sw {

template <class T>
class Span {
public:
    Span() = default;
    Span(const T *b, const T *e) : m_b(b), m_e(e) {}
    const T *begin() const { return m_b; }
    const T *end() const { return m_e; }
    bool isEmpty() const { return m_b == m_e; }
    int size() const { return int(m_e - m_b); }
    const T &first() const { return *m_b; }
    const T &operator[](int i) const { return m_b[i]; }
    bool contains(const T &v) const
    {
        for (const T *p = m_b; p != m_e; ++p)
            if (*p == v)
                return true;
        return false;
    }

private:
    const T *m_b = nullptr;
    const T *m_e = nullptr;
};

template <class T>
class Csr {
public:
    void reset(int keys, int expected = 0)
    {
        m_keys = keys;
        m_pairs.clear();
        m_pairs.reserve(size_t(expected));
    }
    void add(int key, T value)
    {
        if (key >= 0 && key < m_keys)
            m_pairs.emplace_back(key, std::move(value));
    }
    // Values keep the order they were added in.
    void finish()
    {
        m_start.assign(size_t(m_keys) + 1, 0);
        for (const auto &p : m_pairs)
            ++m_start[size_t(p.first) + 1];
        for (size_t i = 1; i < m_start.size(); ++i)
            m_start[i] += m_start[i - 1];
        std::vector<int> fill(m_start.begin(), m_start.end() - 1);
        m_items.resize(m_pairs.size());
        for (auto &p : m_pairs)
            m_items[size_t(fill[size_t(p.first)]++)] = std::move(p.second);
        m_pairs.clear();
        m_pairs.shrink_to_fit();
    }
    Span<T> at(int key) const
    {
        if (key < 0 || key >= m_keys || m_start.empty())
            return {};
        const T *base = m_items.data();
        return {base + m_start[size_t(key)], base + m_start[size_t(key) + 1]};
    }

private:
    int m_keys = 0;
    std::vector<std::pair<int, T>> m_pairs;
    std::vector<int> m_start;
    std::vector<T> m_items;
};

} // namespace sw
