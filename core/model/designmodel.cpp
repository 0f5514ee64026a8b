#include "core/model/designmodel.h"

namespace sw {

DesignModel::DesignModel(QObject *parent) : QObject(parent) {}

void DesignModel::reset(Design design)
{
    m_design = std::move(design);
    emit designReset();
    emit changed();
}

void DesignModel::insertNode(const Node &node, int index)
{
    m_design.insertNode(node, index);
    emit nodeAdded(node.id);
    emit changed();
}

std::pair<Node, int> DesignModel::takeNode(const QString &id)
{
    const Node *n = m_design.node(id);
    Q_ASSERT(n);
    if (!n)
        return {Node{}, -1};
    emit nodeAboutToBeRemoved(id);
    Node copy = *n;
    const int index = m_design.removeNode(id);
    emit nodeRemoved(id);
    emit changed();
    return {copy, index};
}

void DesignModel::setNodePlacement(const QString &id, bool hasPos, const QPointF &pos)
{
    Node *n = m_design.nodeForEdit(id);
    if (!n || (n->hasPos == hasPos && n->pos == pos))
        return;
    n->pos = pos;
    n->hasPos = hasPos;
    emit nodeMoved(id);
    emit changed();
}

void DesignModel::setNodeLabel(const QString &id, const QString &label)
{
    Node *n = m_design.nodeForEdit(id);
    if (!n || n->label == label)
        return;
    n->label = label;
    emit nodeLabelChanged(id);
    emit nodeChanged(id);
    emit changed();
}

void DesignModel::setNodeProp(const QString &id, const QString &key, const QVariant &value)
{
    Node *n = m_design.nodeForEdit(id);
    if (!n)
        return;
    if (!value.isValid()) {
        if (n->props.remove(key) == 0)
            return;
    } else {
        auto it = n->props.find(key);
        if (it != n->props.end() && *it == value)
            return;
        n->props.insert(key, value);
    }
    emit nodePropertyChanged(id, key);
    emit nodeChanged(id);
    emit changed();
}

void DesignModel::setNodeParent(const QString &id, const QString &parent, const QPointF &pos, bool hasPos)
{
    Node *n = m_design.node(id);
    if (!n)
        return;
    const QString old = n->parent;
    n->parent = parent;
    n->pos = pos;
    n->hasPos = hasPos;
    emit nodeReparented(id, old);
    emit nodeMoved(id);
    emit changed();
}

void DesignModel::insertLink(const Link &link, int index)
{
    m_design.insertLink(link, index);
    emit linkAdded(link.id);
    emit changed();
}

std::pair<Link, int> DesignModel::takeLink(const QString &id)
{
    const Link *l = m_design.link(id);
    Q_ASSERT(l);
    if (!l)
        return {Link{}, -1};
    emit linkAboutToBeRemoved(id);
    Link copy = *l;
    const int index = m_design.removeLink(id);
    emit linkRemoved(id);
    emit changed();
    return {copy, index};
}

void DesignModel::replaceLink(const Link &link)
{
    Link *l = m_design.link(link.id);
    if (!l || *l == link)
        return;
    *l = link;
    emit linkChanged(link.id);
    emit changed();
}

void DesignModel::setName(const QString &name)
{
    if (m_design.name == name)
        return;
    m_design.name = name;
    emit metaChanged();
    emit changed();
}

void DesignModel::setProfile(const QString &profile)
{
    if (m_design.profile == profile)
        return;
    m_design.profile = profile;
    emit metaChanged();
    emit changed();
}

void DesignModel::setSuppressions(const QVector<Suppression> &s)
{
    if (m_design.suppressions == s)
        return;
    m_design.suppressions = s;
    emit metaChanged();
    emit changed();
}

void DesignModel::setExtension(const QString &key, const QJsonValue &value)
{
    if (m_design.extensions.value(key) == value)
        return;
    if (value.isUndefined() || value.isNull())
        m_design.extensions.remove(key);
    else
        m_design.extensions.insert(key, value);
    emit metaChanged();
    emit changed();
}

} // namespace sw
