#include "core/rules/incrementalvalidator.h"

#include "core/model/designmodel.h"
#include "core/rules/firewalllabel.h"
#include "core/rules/firewallrecheck.h"
#include "core/rules/rulechecks.h"
#include "core/rules/rulecontext.h"
#include "core/rules/serverrecheck.h"

#include <QCoreApplication>
#include <QEvent>
#include <QStringMatcher>
#include <algorithm>
#include <cstdint>
#include <iterator>
#include <set>

namespace sw {

namespace {
constexpr unsigned kAllGroups = (1u << checks::kGroupCount) - 1;
constexpr unsigned bit(checks::Group g) { return 1u << unsigned(g); }
constexpr int kMissingSource = int(checks::Group::Data) + 1;
int sourceOf(int group) { return group < kMissingSource ? group : group + 1; }
} // namespace

IncrementalValidator::IncrementalValidator(const DesignModel *model, QObject *parent)
    : QObject(parent), m_model(model)
{
    auto structure = [this] { m_full = true; };
    connect(model, &DesignModel::designReset, this, structure);
    connect(model, &DesignModel::nodeAdded, this, structure);
    connect(model, &DesignModel::nodeAboutToBeRemoved, this, structure);
    connect(model, &DesignModel::nodeRemoved, this, structure);
    connect(model, &DesignModel::nodeReparented, this, structure);
    connect(model, &DesignModel::linkAdded, this, structure);
    connect(model, &DesignModel::linkAboutToBeRemoved, this, structure);
    connect(model, &DesignModel::linkRemoved, this, structure);
    connect(model, &DesignModel::linkChanged, this, structure);
    // nodeMoved: no rule reads a position.
    connect(model, &DesignModel::nodePropertyChanged, this, &IncrementalValidator::onProperty);
    connect(model, &DesignModel::nodeLabelChanged, this, &IncrementalValidator::onLabel);
    connect(model, &DesignModel::nodeChanged, this, &IncrementalValidator::onNodeChanged);
    // The profile and the suppressions: the profile's rules and the result.
    connect(model, &DesignModel::metaChanged, this, [this] { markGroups(bit(checks::Group::Profile)); });
    // Another language: the texts of every finding change.
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool IncrementalValidator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        m_full = true;
    return QObject::eventFilter(watched, event);
}

IncrementalValidator::~IncrementalValidator() = default;

void IncrementalValidator::markGroups(unsigned groups)
{
    m_dirty |= groups;
    m_finish = true;
}

void IncrementalValidator::onProperty(const QString &id, const QString &key)
{
    m_explained = id;
    if (m_full)
        return; // everything is checked again anyway (and node indices may have moved)
    unsigned groups = 0;
    if (key == QLatin1String("allow")) {
        // The context parses a firewall's rules again; only the firewall
        // rules read them (and, as for every key, the cache rules).
        // result() re-checks that firewall alone (checks::recheckFirewallAllow).
        m_dirtyAllow.insert(id);
    } else if (checks::contextReads(key)) {
        m_full = true;
        return;
    }
    for (int g = 0; g < checks::kGroupCount; ++g)
        if (checks::groupReads(checks::Group(g), key))
            groups |= 1u << unsigned(g);
    // The duplicates change only when the value was or is now shared.
    // Counted on the first such edit after a full validation (with the new
    // value already: this one re-checks them).
    if (SharedValueIndex::counts(key)) {
        if (!m_sharedValuesBuilt) {
            m_sharedValues.build(m_model->design());
            m_sharedValuesBuilt = true;
        } else if (!m_sharedValues.update(m_model->design(), m_model->design().nodeIndex(id), key)) {
            groups &= ~bit(checks::Group::Duplicates);
        }
    }
    markGroups(groups);
    m_dirtyNodes.insert(id);
}

void IncrementalValidator::onLabel(const QString &id)
{
    // No rule decides anything by a label: only the messages that show the
    // old one change. result() finds the groups that made them.
    m_explained = id;
    m_dirtyLabels.insert(id);
    m_dirtyNodes.insert(id); // its PROP-MISSING names it
    m_finish = true;
}

unsigned IncrementalValidator::groupsShowing(int node, unsigned skip) const
{
    if (node < 0 || node >= int(m_shown.size()))
        return kAllGroups & ~skip;
    const QString &old = m_shown[size_t(node)];
    if (!checks::labelSearchable(old))
        return kAllGroups & ~skip;
    unsigned groups = 0;
    const QStringMatcher matcher(old); // its table once, not once per message
    for (int g = 0; g < checks::kGroupCount; ++g)
        for (const Finding &f : m_groups[size_t(g)]) {
            if ((m_dirty | skip) & (1u << unsigned(g)))
                break; // checked again anyway, or not by a search
            if (matcher.indexIn(f.message) >= 0) {
                groups |= 1u << unsigned(g);
                break;
            }
        }
    return groups;
}

void IncrementalValidator::onNodeChanged(const QString &id)
{
    if (m_explained != id)
        m_full = true; // a change no finer signal described: assume the worst
    m_explained.clear();
}

void IncrementalValidator::validateAll()
{
    const Design &d = m_model->design();
    m_profile = effectiveProfile(d, QString());
    m_context = std::make_unique<RuleContext>(d);
    const RuleTexts texts;
    for (int g = 0; g < checks::kGroupCount; ++g) {
        FindingSink sink;
        checks::runGroup(checks::Group(g), *m_context, m_profile, sink);
        m_groups[size_t(g)] = std::move(sink.findings());
    }
    m_missing.assign(d.nodes().size(), {});
    m_sharedValuesBuilt = false;
    m_shown.resize(d.nodes().size());
    for (size_t i = 0; i < d.nodes().size(); ++i)
        m_shown[i] = d.nodes()[i].displayLabel();
    FindingSink sink;
    for (size_t i = 0; i < d.nodes().size(); ++i) {
        checks::propMissing(d.nodes()[i], sink);
        if (!sink.findings().empty())
            m_missing[i] = std::move(sink.findings());
        sink.findings().clear();
    }
}

const ValidationResult &IncrementalValidator::result()
{
    const Design &d = m_model->design();
    if (m_full) {
        validateAll();
        m_lastWork = Work::Full;
        assemble(true, 0, {}, nullptr, nullptr);
    } else if (m_dirty || !m_dirtyNodes.isEmpty()) {
        const RuleTexts texts;
        // The servers group shows a label only in the findings about its
        // node: those are made again alone (serverrecheck.h), unless the
        // group runs again anyway.
        constexpr size_t srvs = size_t(checks::Group::Servers);
        std::vector<int> relabelled;
        // Those whose old label a firewall finding's message contains: the
        // findings of one firewall at most are made again (firewalllabel.h).
        std::vector<std::pair<int, QString>> fwLabels;
        for (const QString &id : std::as_const(m_dirtyLabels)) {
            const int i = d.nodeIndex(id);
            if (i < 0 || i >= int(m_shown.size())) {
                m_dirty |= kAllGroups;
                continue;
            }
            if (m_shown[size_t(i)] != d.nodes()[size_t(i)].displayLabel()) {
                // reads m_dirty: only the groups not checked again yet
                unsigned groups = groupsShowing(i, bit(checks::Group::Servers));
                const QString &old = m_shown[size_t(i)];
                if ((groups & bit(checks::Group::Firewalls)) && checks::labelSearchable(old)) {
                    fwLabels.emplace_back(i, old);
                    groups &= ~bit(checks::Group::Firewalls);
                }
                m_dirty |= groups;
                relabelled.push_back(i);
                m_shown[size_t(i)] = d.nodes()[size_t(i)].displayLabel();
            }
        }
        std::optional<checks::FindingsChange> serversChange;
        if (!relabelled.empty() && !(m_dirty & bit(checks::Group::Servers))) {
            std::vector<std::pair<size_t, Finding>> replace;
            bool ok = true;
            for (int i : relabelled)
                ok = ok && checks::recheckServersLabel(*m_context, i, m_groups[srvs], &replace);
            if (!ok) {
                m_dirty |= bit(checks::Group::Servers);
            } else {
                // The same findings, some with other messages: a window of
                // the same length changed.
                checks::FindingsChange change;
                if (!replace.empty()) {
                    change.from = SIZE_MAX;
                    for (auto &[at, f] : replace) {
                        change.from = std::min(change.from, at);
                        change.oldTo = std::max(change.oldTo, at + 1);
                        m_groups[srvs][at] = std::move(f);
                    }
                    change.newTo = change.oldTo;
                }
                serversChange = change;
            }
        }
        for (const QString &id : std::as_const(m_dirtyAllow))
            m_context->reparseAllow(d.nodeIndex(id));
        // Firewalls' rules alone changed in the firewall group: only the
        // findings about them and the links through their gates again.
        unsigned spliced = 0;
        bool refinish = false;
        checks::GroupFindings before; // the old findings of the groups checked again
        KnownChanges known;
        constexpr size_t fws = size_t(checks::Group::Firewalls);
        if (!m_dirtyAllow.isEmpty() && !(m_dirty & bit(checks::Group::Firewalls))) {
            spliced = bit(checks::Group::Firewalls);
            const bool one = m_dirtyAllow.size() == 1; // else compared with the old findings
            if (!one)
                before[fws] = m_groups[fws];
            for (const QString &id : std::as_const(m_dirtyAllow)) {
                checks::FindingsChange change;
                if (!checks::recheckFirewallAllow(*m_context, d.nodeIndex(id), m_groups[fws], &change)) {
                    // The group again; its old findings are in pieces: finish all again.
                    m_dirty |= bit(checks::Group::Firewalls);
                    spliced = 0;
                    refinish = true;
                    break;
                }
                if (one)
                    known[fws] = change;
            }
        }
        if (!fwLabels.empty() && !(m_dirty & bit(checks::Group::Firewalls))) {
            std::set<int> firewalls;
            bool ok = m_dirtyAllow.isEmpty(); // else their findings are being made again already
            for (const auto &[i, old] : fwLabels)
                ok = ok && checks::firewallsShowingLabel(*m_context, i, old, m_groups[fws], &firewalls);
            checks::FindingsChange change;
            if (!ok || firewalls.size() > 1) {
                m_dirty |= bit(checks::Group::Firewalls);
                refinish = refinish || (spliced & bit(checks::Group::Firewalls)); // its findings in pieces
            } else if (!firewalls.empty()) {
                if (checks::recheckFirewallAllow(*m_context, *firewalls.begin(), m_groups[fws], &change)) {
                    spliced |= bit(checks::Group::Firewalls);
                    known[fws] = change;
                } else { // the group again; its old findings are in pieces: finish all again
                    m_dirty |= bit(checks::Group::Firewalls);
                    refinish = true;
                }
            }
        }
        if (serversChange) {
            spliced |= bit(checks::Group::Servers);
            known[srvs] = serversChange;
        }
        // The profile and the suppressions come from the design's meta data:
        // a change of them finishes every finding again.
        refinish = refinish || (m_dirty & bit(checks::Group::Profile));
        if (refinish)
            m_profile = effectiveProfile(d, QString());
        for (int g = 0; g < checks::kGroupCount; ++g)
            if (m_dirty & (1u << unsigned(g))) {
                if (!(spliced & (1u << unsigned(g))))
                    before[size_t(g)] = std::move(m_groups[size_t(g)]);
                FindingSink sink;
                checks::runGroup(checks::Group(g), *m_context, m_profile, sink);
                m_groups[size_t(g)] = std::move(sink.findings());
            }
        std::vector<int> nodes;
        if (!refinish) // assemble() takes the old findings of these out of the totals
            for (const QString &id : std::as_const(m_dirtyNodes)) {
                const int i = d.nodeIndex(id);
                if (i < 0 || i >= int(m_missing.size()))
                    continue;
                nodes.push_back(i);
                for (Finding f : m_missing[size_t(i)]) {
                    int key = 0;
                    if (!m_finisher->finish(f, &key) && --m_missingSuppressed[f.rule] == 0)
                        m_missingSuppressed.remove(f.rule);
                }
            }
        for (const QString &id : std::as_const(m_dirtyNodes)) {
            const int i = d.nodeIndex(id);
            if (i < 0 || i >= int(m_missing.size()))
                continue;
            FindingSink sink;
            checks::propMissing(d.nodes()[size_t(i)], sink);
            m_missing[size_t(i)] = std::move(sink.findings());
        }
        assemble(refinish, m_dirty | spliced, nodes, &before, &known);
        m_lastWork = Work::Groups;
    } else if (m_finish) {
        m_lastWork = Work::Finish;
    } else {
        m_lastWork = Work::Nothing;
        return m_result;
    }
    m_full = false;
    m_dirty = 0;
    m_finish = false;
    m_dirtyNodes.clear();
    m_dirtyAllow.clear();
    m_dirtyLabels.clear();
    return m_result;
}

void IncrementalValidator::assemble(bool all, unsigned groups, const std::vector<int> &nodes,
                                    const checks::GroupFindings *before, const KnownChanges *known)
{
    const Design &d = m_model->design();
    if (all) {
        m_finisher = std::make_unique<FindingFinisher>(d, m_profile);
        groups = kAllGroups;
        m_result.findings.clear();
        m_tags.clear();
        m_missingSuppressed.clear();
        m_result.profile = m_profile;
    }
    // Of each group checked again, only the findings between the ones it
    // kept at its start and at its end are new: [from, oldTo) of the old
    // findings became [from, newTo).
    struct Change {
        size_t from = 0, oldTo = 0, newTo = 0;
    };
    std::array<Change, checks::kGroupCount> change{};
    auto same = [](const Finding &a, const Finding &b) { return a == b && a.property == b.property; };
    for (int g = 0; g < checks::kGroupCount; ++g) {
        if (!(groups & (1u << unsigned(g))))
            continue;
        const Findings &now = m_groups[size_t(g)];
        if (all || !before) {
            m_groupSuppressed[size_t(g)].clear();
            change[size_t(g)] = {0, 0, now.size()};
            continue;
        }
        if (known && (*known)[size_t(g)]) {
            const checks::FindingsChange &c = *(*known)[size_t(g)];
            change[size_t(g)] = {c.from, c.oldTo, c.newTo};
            // Its old findings are gone: count its switched-off ones again.
            QHash<QString, int> &suppressed = m_groupSuppressed[size_t(g)];
            suppressed.clear();
            if (m_finisher->anyOff())
                for (size_t i = 0; i < now.size(); ++i)
                    if ((i < c.from || i >= c.newTo) && m_finisher->isOff(now[i].rule))
                        ++suppressed[now[i].rule];
            continue;
        }
        const Findings &old = (*before)[size_t(g)];
        size_t from = 0, end = 0;
        while (from < old.size() && from < now.size() && same(old[from], now[from]))
            ++from;
        while (end < old.size() - from && end < now.size() - from
               && same(old[old.size() - 1 - end], now[now.size() - 1 - end]))
            ++end;
        change[size_t(g)] = {from, old.size() - end, now.size() - end};
        QHash<QString, int> &suppressed = m_groupSuppressed[size_t(g)];
        for (size_t i = from; i < old.size() - end; ++i) {
            Finding f = old[i];
            int key = 0;
            if (!m_finisher->finish(f, &key) && --suppressed[f.rule] == 0)
                suppressed.remove(f.rule);
        }
    }
    // The new findings, finished, and their order. A group's findings are
    // tagged with their index in it: a full validation keeps that order
    // among the findings of one rule and severity.
    Findings fresh;
    std::vector<Tag> freshTags;
    {
        size_t n = 0;
        for (int g = 0; g < checks::kGroupCount; ++g)
            if (groups & (1u << unsigned(g)))
                n += change[size_t(g)].newTo - change[size_t(g)].from;
        fresh.reserve(n + nodes.size() + (all ? m_missing.size() : 0));
        freshTags.reserve(fresh.capacity());
    }
    auto add = [&](const Finding &original, int source, int node, QHash<QString, int> &suppressed) {
        fresh.push_back(original);
        int key = 0;
        if (m_finisher->finish(fresh.back(), &key)) {
            freshTags.push_back(Tag{key, source, node});
        } else {
            ++suppressed[fresh.back().rule];
            fresh.pop_back();
        }
    };
    for (int g = 0; g < checks::kGroupCount; ++g)
        if (groups & (1u << unsigned(g))) {
            const Change &c = change[size_t(g)];
            for (size_t i = c.from; i < c.newTo; ++i)
                add(m_groups[size_t(g)][i], sourceOf(g), int(i), m_groupSuppressed[size_t(g)]);
        }
    std::vector<char> dirtyNode(m_missing.size(), all ? 1 : 0);
    if (all) {
        for (size_t i = 0; i < m_missing.size(); ++i)
            for (const Finding &f : m_missing[i])
                add(f, kMissingSource, int(i), m_missingSuppressed);
    } else {
        for (int i : nodes) {
            if (dirtyNode[size_t(i)])
                continue;
            dirtyNode[size_t(i)] = 1;
            for (const Finding &f : m_missing[size_t(i)])
                add(f, kMissingSource, i, m_missingSuppressed);
        }
    }
    // The old findings that go (and the new places of those a group kept
    // after its changed ones; the order of the tags stays).
    std::vector<char> staleAt(m_tags.size(), 0);
    for (size_t i = 0; i < m_tags.size(); ++i) {
        Tag &t = m_tags[i];
        if (t.source == kMissingSource) {
            staleAt[i] = dirtyNode[size_t(t.node)];
            continue;
        }
        const int g = t.source < kMissingSource ? t.source : t.source - 1;
        if (!(groups & (1u << unsigned(g))))
            continue;
        const Change &c = change[size_t(g)];
        if (size_t(t.node) >= c.oldTo) {
            t.node += int(c.newTo) - int(c.oldTo);
        } else if (size_t(t.node) >= c.from) {
            staleAt[i] = 1;
            t.node = int(c.from); // between the kept ones before and after, as the new ones
        }
    }
    std::vector<unsigned> order(fresh.size());
    for (size_t k = 0; k < order.size(); ++k)
        order[k] = unsigned(k);
    std::stable_sort(order.begin(), order.end(), [&](unsigned a, unsigned b) { return freshTags[a] < freshTags[b]; });

    // Merge them with the old findings of the other sources (moved, not
    // copied), only over the window of the result where something changes:
    // from the first stale finding or new one's place to the last.
    size_t lo = m_tags.size(), hi = 0;
    for (size_t i = 0; i < m_tags.size(); ++i)
        if (staleAt[i]) {
            lo = std::min(lo, i);
            hi = i + 1;
        }
    if (!order.empty()) {
        // No kept finding has the tag of a new one (same source and node).
        auto place = [&](unsigned k) { return size_t(std::upper_bound(m_tags.begin(), m_tags.end(), freshTags[k]) - m_tags.begin()); };
        lo = std::min(lo, place(order.front()));
        hi = std::max(hi, place(order.back()));
    }
    if (lo < hi || !order.empty()) {
        Findings findings;
        std::vector<Tag> tags;
        findings.reserve(hi - lo + fresh.size());
        tags.reserve(findings.capacity());
        size_t i = lo;
        auto keepOld = [&] {
            if (!staleAt[i]) {
                findings.push_back(std::move(m_result.findings[i]));
                tags.push_back(m_tags[i]);
            }
            ++i;
        };
        for (unsigned k : order) {
            while (i < hi && !(freshTags[k] < m_tags[i]))
                keepOld();
            findings.push_back(std::move(fresh[k]));
            tags.push_back(freshTags[k]);
        }
        while (i < hi)
            keepOld();
        Findings &all = m_result.findings;
        if (findings.size() == hi - lo) { // the same number: in place
            std::move(findings.begin(), findings.end(), all.begin() + std::ptrdiff_t(lo));
            std::copy(tags.begin(), tags.end(), m_tags.begin() + std::ptrdiff_t(lo));
        } else { // the findings after the window move once, by the difference
            const size_t n = findings.size(), w = hi - lo;
            if (n > w) {
                all.insert(all.begin() + std::ptrdiff_t(hi), n - w, Finding{});
                m_tags.insert(m_tags.begin() + std::ptrdiff_t(hi), n - w, Tag{});
            } else {
                all.erase(all.begin() + std::ptrdiff_t(lo + n), all.begin() + std::ptrdiff_t(hi));
                m_tags.erase(m_tags.begin() + std::ptrdiff_t(lo + n), m_tags.begin() + std::ptrdiff_t(hi));
            }
            std::move(findings.begin(), findings.end(), all.begin() + std::ptrdiff_t(lo));
            std::copy(tags.begin(), tags.end(), m_tags.begin() + std::ptrdiff_t(lo));
        }
    }

    m_result.suppressed = 0;
    m_result.suppressedByRule = m_missingSuppressed;
    for (const QHash<QString, int> &perGroup : m_groupSuppressed)
        for (auto it = perGroup.begin(); it != perGroup.end(); ++it)
            m_result.suppressedByRule[it.key()] += it.value();
    for (int n : std::as_const(m_result.suppressedByRule))
        m_result.suppressed += n;
}

} // namespace sw
