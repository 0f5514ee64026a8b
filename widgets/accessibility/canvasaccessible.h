// The canvas for assistive technology: the view's QAccessibleInterface has one
// child per node (its label, kind, container and findings) and one per link
// (its ends, protocol and port). The focused child is the node the keyboard
// walk (GraphWalker) is on, i.e. the single selected node.
#pragma once

#include "core/rules/finding.h"

#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QHash>
#include <QObject>

namespace sw {

class CanvasView;
class CanvasScene;
class GraphWalker;
class DesignModel;

// The validator's findings about each node, recomputed after the design changes.
class NodeFindings : public QObject {
    Q_OBJECT
public:
    explicit NodeFindings(DesignModel *model, QObject *parent = nullptr);
    // Findings that name `id` (the design's profile, switched-off rules left out).
    QList<Finding> about(const QString &id);

private:
    DesignModel *m_model;
    bool m_dirty = true;
    Findings m_all;
};

// Registers the factory that gives every CanvasView its interface (once).
void installCanvasAccessibility();

// Texts read for a node or a link (also used by the walker's status line).
class CanvasTexts {
    Q_DECLARE_TR_FUNCTIONS(sw::CanvasAccessible)
public:
    static QString nodeName(const DesignModel *model, const QString &id);
    static QString nodeDescription(const DesignModel *model, NodeFindings *findings, const QString &id);
    static QString linkName(const DesignModel *model, const QString &id);
    static QString canvasDescription();
    // Said of the node kept (Shift+Space) as the start of a link.
    static QString keptNote();
};

class CanvasAccessible : public QAccessibleWidget {
public:
    explicit CanvasAccessible(CanvasView *view);
    ~CanvasAccessible() override;

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *focusChild() const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QString text(QAccessible::Text t) const override;

    CanvasView *view() const;
    CanvasScene *scene() const;
    NodeFindings *findings() const;
    // The keyboard walk of the view, if the feature made one.
    GraphWalker *walker() const;
    // The node (link: false) or link (true) that has the keyboard focus, or empty.
    QString focusedId(bool link) const;
    // The interface of node or link `id` (created once, owned by QAccessible).
    QAccessibleInterface *itemInterface(const QString &id, bool link) const;
    // Index among the children: nodes in model order, then links; -1 if absent.
    int indexOf(const QString &id, bool link) const;

private:
    mutable QHash<QString, QAccessible::Id> m_items;
};

} // namespace sw
