#include "widgets/compare/comparesession.h"

#include "core/io/designfile.h"
#include "core/model/designmodel.h"
#include "core/model/geometry.h"

#include <QFileInfo>

namespace sw {

CompareSession::CompareSession(DesignModel *model, QObject *parent) : QObject(parent), m_model(model)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &CompareSession::recompute);
    auto later = [this] {
        if (m_active)
            m_timer.start();
    };
    connect(model, &DesignModel::designReset, this, later);
    connect(model, &DesignModel::nodeAdded, this, later);
    connect(model, &DesignModel::nodeRemoved, this, later);
    connect(model, &DesignModel::nodeMoved, this, later);
    connect(model, &DesignModel::nodeChanged, this, later);
    connect(model, &DesignModel::nodeReparented, this, later);
    connect(model, &DesignModel::linkAdded, this, later);
    connect(model, &DesignModel::linkRemoved, this, later);
    connect(model, &DesignModel::linkChanged, this, later);
    connect(model, &DesignModel::metaChanged, this, later);
}

bool CompareSession::start(const QString &path, QString *error)
{
    Design other;
    if (!loadDesignFile(path, &other, error))
        return false;
    start(other, QFileInfo(path).fileName());
    return true;
}

void CompareSession::start(const Design &other, const QString &name)
{
    m_other = other;
    placeUnpositioned(m_other);   // ghosts need a place even when the file has none
    m_name = name;
    m_active = true;
    recompute();
}

void CompareSession::stop()
{
    if (!m_active)
        return;
    m_active = false;
    m_timer.stop();
    m_diff = {};
    m_impact = {};
    m_bundle = {};
    emit stopped();
}

void CompareSession::recompute()
{
    if (!m_active)
        return;
    const Design &current = m_model->design();
    m_diff = diffDesigns(m_other, current);
    m_impact = diffImpact(m_other, current, m_diff);
    m_bundle = bundle::diffShellBundles(m_other, current, m_diff.oldToNew());
    emit updated();
}

} // namespace sw
