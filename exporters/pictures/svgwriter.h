// The SVG export, written directly in one pass (no QSvgGenerator): a <style>
// sheet with one class per class of element (box of a kind, container, zone
// trust, text role, link protocol, link label), each used kind's icon once as
// a shared drawing in <defs> (a <g> in the unit square: Qt 6.4 ignores
// <symbol>) and a <use> of it per node, then one <g> per node in
// paint order (with its id, a hover <title> and its shapes, whose coordinates
// are the only per-node attributes) and the links on top. The shapes follow
// NodePainter's drawing (see look/nodepainter.cpp): change both together.
//
//   SvgWriter w(design, renderer, options);
//   w.write(device, &error);       // streamed to the device in pieces
//   QByteArray all = w.document(); // or the whole document in memory
//
// Every user value goes through markup::xml; nothing of the design ends up
// in the style sheet, an id or an element name.
#pragma once

#include "exporters/pictures/diagramrenderer.h"
#include "exporters/pictures/pictureoptions.h"

#include "core/model/design.h"
#include "look/nodepainter.h"

#include <QByteArray>
#include <QFontMetricsF>
#include <QRectF>

class QIODevice;

namespace sw {

class SvgWriter {
public:
    static constexpr qsizetype kChunk = 1 << 20; // bytes handed to the device at a time

    SvgWriter(const Design &design, const DiagramRenderer &renderer, const PictureOptions &options);

    // Writes the document to `device`; false with `error` when the device refuses.
    bool write(QIODevice *device, QString *error);
    // The whole document.
    QByteArray document();

    // The id of a kind's icon in <defs>: "sw-icon-<kind name>".
    static QByteArray symbolId(Kind kind);
    // A kind's icon as a group in <defs> drawn in the unit square (from
    // resources/icons); empty when unreadable.
    static QByteArray symbol(Kind kind);

private:
    bool run();
    bool flushIfFull();
    void header();
    void styleSheet();
    void defs();
    void node(const Node &n, const QRectF &r);
    void leaf(const NodeLook &look, const QRectF &r);
    void container(const NodeLook &look, const QRectF &r);
    void cluster(const NodeLook &look, const QRectF &r);
    void note(const NodeLook &look, const QRectF &r);
    void marks(const NodeLook &look, const QRectF &r, double radius);
    void link(const Link &l);

    // Output pieces.
    void num(double v);
    void pt(const QPointF &p); // "x,y"
    void xy(const char *xName, double x, const char *yName, double y);
    void rect(const char *cls, const QRectF &r, double radius, const QByteArray &style = {});
    void icon(Kind kind, const QRectF &r);
    // `s` in `box` aligned as QPainter::drawText(box, align, s) would place a
    // single line of `fm`'s font.
    void text(const char *cls, const QFontMetricsF &fm, const QRectF &box, Qt::Alignment align, const QString &s,
              const QByteArray &style = {});
    void esc(const QString &s);

    const Design &m_design;
    const DiagramRenderer &m_renderer;
    PictureOptions m_options;
    NodePainter m_painter;
    QPointF m_origin;
    QFontMetricsF m_title, m_subtitle, m_header, m_label;
    QByteArray m_out;
    QIODevice *m_device = nullptr;
    QString m_error;
};

} // namespace sw
