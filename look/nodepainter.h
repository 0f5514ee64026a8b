// Paints one node or one link of a design into any QPainter (the canvas items,
// a PNG, an SVG, a PDF), so every picture of a design looks the same.
//
//   NodePainter painter(Style::light());
//   const NodeLook look = NodeLook::of(node, &overlay);       // what to show
//   painter.paintNode(&p, geometry.rect(node.id), look, Detail::Full);
//   const auto ends = DiagramGeometry::linkEnds(fromRect, toRect);
//   painter.paintLink(&p, ends.first, ends.second, LinkLook::of(link, &overlay), Detail::Full);
//
// Rects are in the painter's current coordinates (scene units); pick the
// Detail with detailForScale(). To paint a whole design use paintDesign()
// (designpainter.h). Safe to use from any thread (icons are cached as QImage).
#pragma once

#include "core/model/design.h"
#include "core/model/overlay.h"
#include "look/style.h"

#include <QIcon>
#include <QPointF>
#include <QRectF>

#include <functional>

class QPainter;

namespace sw {

// What a node shows. Fill it with NodeLook::of() and adjust flags as needed.
struct NodeLook {
    Kind kind = Kind::Note;
    QString title;              // the label (or id)
    QString subtitle;           // hostname and address, software, port, domain, ...
    QString trust;              // zones: private / public / dmz
    bool selected = false;
    bool highlighted = false;   // a finding or an animation step points at it
    bool failed = false;        // what-if: drawn greyed out
    bool hasBadge = false;      // a finding: badge in `badge`'s colour
    Severity badge = Severity::Info;
    Overlay::RunState runState = Overlay::RunState::Unknown;

    // From a node and (optionally) the overlay's state for it.
    static NodeLook of(const Node &node, const Overlay *overlay = nullptr, bool selected = false);
};

// What a link shows.
struct LinkLook {
    Protocol protocol = Protocol::Http;
    QString text;               // "https 443", or "label (https 443)"
    bool selected = false;
    bool highlighted = false;
    bool failed = false;

    static LinkLook of(const Link &link, const Overlay *overlay = nullptr, bool selected = false);
};

class NodePainter {
public:
    explicit NodePainter(const Style &style = Style::light()) : m_style(style) {}
    const Style &style() const { return m_style; }
    void setStyle(const Style &style) { m_style = style; }

    // A node in `rect`: a leaf box with icon, title and subtitle; a server or
    // zone as a container with a header band; a cluster as a dashed outline
    // around its members; a note as a sticky note.
    void paintNode(QPainter *p, const QRectF &rect, const NodeLook &look, Detail detail) const;
    // A link from `from` to `to` (use DiagramGeometry::linkEnds), with an
    // arrowhead at `to` and, at Full detail, its label at the middle.
    void paintLink(QPainter *p, const QPointF &from, const QPointF &to, const LinkLook &look, Detail detail) const;
    // The pieces of paintLink(), for painters that batch many links (the
    // canvas): the line (stopping at the arrowhead; clipped to `clip` when
    // given, dashes kept in phase), the arrowhead at `to`, and the label in
    // `labelRect` (linkLabelRect()) when labelFits() on the link.
    void paintLinkLine(QPainter *p, const QPointF &from, const QPointF &to, const LinkLook &look,
                       const QRectF &clip = QRectF()) const;
    void paintLinkArrow(QPainter *p, const QPointF &from, const QPointF &to, const LinkLook &look) const;
    static bool labelFits(const QPointF &from, const QPointF &to, const QRectF &labelRect);
    void paintLinkLabel(QPainter *p, const QRectF &labelRect, const LinkLook &look) const;
    QColor linkColor(const LinkLook &look) const;
    double linkPenWidth(const LinkLook &look) const;
    double arrowSize() const;
    // Where the line ends and the arrowhead begins.
    QPointF arrowBase(const QPointF &from, const QPointF &to) const;
    // Everything paintLink() may touch (for an item's boundingRect), the
    // label being in `labelRect` (linkLabelRect()).
    QRectF linkBounds(const QPointF &from, const QPointF &to, const QRectF &labelRect) const;
    // Where the label of a link is drawn.
    QRectF linkLabelRect(const QPointF &from, const QPointF &to, const LinkLook &look) const;

    // The kind's icon (resources/icons/<kind-name>.svg) in `rect`.
    void paintIcon(QPainter *p, Kind kind, const QRectF &rect) const;
    // Optional hook for vector outputs that draw each kind's icon once and
    // reference it per node (the SVG export's <defs> and <use>): when set,
    // paintIcon() first offers every icon to the sink, which returns true
    // when it took care of it and false to have the icon painted as usual.
    // Unset (the default) for the canvas, PNG and PDF.
    using IconSink = std::function<bool(QPainter *p, Kind kind, const QRectF &rect)>;
    void setIconSink(IconSink sink) { m_iconSink = std::move(sink); }
    static QIcon kindIcon(Kind kind);
    static QString iconPath(Kind kind);

    // Texts shown on a node and a link.
    static QString subtitleOf(const Node &node);
    static QString linkText(const Link &link);   // "https 443"

private:
    void paintLeaf(QPainter *p, const QRectF &r, const NodeLook &look, Detail detail) const;
    void paintContainer(QPainter *p, const QRectF &r, const NodeLook &look, Detail detail) const;
    void paintCluster(QPainter *p, const QRectF &r, const NodeLook &look, Detail detail) const;
    void paintNote(QPainter *p, const QRectF &r, const NodeLook &look, Detail detail) const;
    void paintMarks(QPainter *p, const QRectF &r, const NodeLook &look, double radius) const;
    QColor accent(const NodeLook &look) const;

    Style m_style;
    IconSink m_iconSink;
};

// Liang-Barsky: shortens a-b to the part inside r; false when none of it is.
bool clipSegment(const QRectF &r, QPointF &a, QPointF &b);

} // namespace sw
