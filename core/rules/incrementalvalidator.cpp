#include "core/rules/incrementalvalidator.h"

#include "core/model/designmodel.h"
#include "core/rules/rulechecks.h"
#include "core/rules/rulecontext.h"

#include <QCoreApplication>
#include <QEvent>

namespace sw {

namespace {
constexpr unsigned kAllGroups = (1u << checks::kGroupCount) - 1;
constexpr unsigned bit(checks::Group g) { return 1u << unsigned(g); }
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
    unsigned groups = 0;
    if (key == QLatin1String("allow")) {
        // The context parses a firewall's rules again; only the firewall
        // rules read them (and, as for every key, the cache rules).
        m_dirtyAllow.insert(id);
        groups |= bit(checks::Group::Firewalls);
    } else if (checks::contextReads(key)) {
        m_full = true;
        return;
    }
    for (int g = 0; g < checks::kGroupCount; ++g)
        if (checks::groupReads(checks::Group(g), key))
            groups |= 1u << unsigned(g);
    markGroups(groups);
    m_dirtyNodes.insert(id);
}

void IncrementalValidator::onLabel(const QString &id)
{
    m_explained = id;
    markGroups(kAllGroups); // messages name nodes by their labels
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
    } else if (m_dirty || !m_dirtyNodes.isEmpty()) {
        const RuleTexts texts;
        for (const QString &id : std::as_const(m_dirtyAllow))
            m_context->reparseAllow(d.nodeIndex(id));
        if (m_dirty & bit(checks::Group::Profile))
            m_profile = effectiveProfile(d, QString());
        for (int g = 0; g < checks::kGroupCount; ++g)
            if (m_dirty & (1u << unsigned(g))) {
                FindingSink sink;
                checks::runGroup(checks::Group(g), *m_context, m_profile, sink);
                m_groups[size_t(g)] = std::move(sink.findings());
            }
        for (const QString &id : std::as_const(m_dirtyNodes)) {
            const int i = d.nodeIndex(id);
            if (i < 0 || i >= int(m_missing.size()))
                continue;
            FindingSink sink;
            checks::propMissing(d.nodes()[size_t(i)], sink);
            m_missing[size_t(i)] = std::move(sink.findings());
        }
        m_lastWork = Work::Groups;
    } else if (m_finish) {
        m_lastWork = Work::Finish;
    } else {
        m_lastWork = Work::Nothing;
        return m_result;
    }
    m_result = finishValidation(d, m_profile, concatFindings(m_groups, m_missing));
    m_full = false;
    m_dirty = 0;
    m_finish = false;
    m_dirtyNodes.clear();
    m_dirtyAllow.clear();
    return m_result;
}

} // namespace sw
