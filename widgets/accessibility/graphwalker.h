// Walks the design with the keyboard along its links, as a request travels:
// from the users' entry (the internet node) towards the database.
//   Tab, Alt+Right        next node along an outgoing link (links that lead
//                         to a database first); Tab on the last node leaves
//                         the canvas, and Tab after tabbing back in starts
//                         again at the entry
//   Shift+Tab, Alt+Left   back the way the walk came (else an incoming link)
//   Alt+Down, Alt+Up      another link at this step (the next alternative)
//   Alt+PageDown/PageUp   the next / previous node of the design, linked or not
//   Shift+Space           keeps this node selected while the walk goes on (the
//                         start of a link): walk to another node and press
//                         Ctrl+L (Link Selected) to link the two; Shift+Space
//                         again or Escape lets it go
// The node walked to becomes the selection (so the canvas shows the focus and
// the properties panel follows) and is announced to assistive technology.
// These keys are read by an event filter on the canvas only; they are not
// actions, so they never collide with menu shortcuts (arrow keys alone still
// move the selection, Ctrl+Tab still leaves the canvas).
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

namespace sw {

class CanvasView;

class GraphWalker : public QObject {
    Q_OBJECT
public:
    explicit GraphWalker(CanvasView *view);

    // The node the walk is on: the single selected node, or the one walked to
    // beside the kept node; empty otherwise.
    QString current() const;
    // Moves like the keys do; false when there is nowhere to go.
    bool forward();
    bool back();
    bool alternative(int step);   // +1 next, -1 previous
    bool step(int by);            // the next (+1) / previous (-1) node in the design's order
    // Keeps the current node selected while walking on (the start of a link);
    // again on the kept node lets it go. False when there is no current node.
    bool toggleKept();
    QString kept() const { return m_kept; }
    // The last sentence said to the user (status line and screen reader).
    QString lastAnnouncement() const { return m_announcement; }

    // The nodes one step ahead of `id`, the ones leading to a database first.
    QStringList nextOf(const QString &id) const;

signals:
    void walkedTo(const QString &id);
    void announced(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString entry() const;
    bool leadsToDatabase(const QString &id) const;
    void go(const QString &id);
    void announce(const QString &text);
    void release(bool say);
    void linkAdded(const QString &linkId);

    CanvasView *m_view;
    QStringList m_trail;       // the nodes walked through, oldest first
    bool m_restart = false;    // the focus came in with Tab: the next Tab starts at the entry
    QString m_at;              // the node the walk is on
    QString m_kept;            // the node kept selected for a link, or empty
    QString m_announcement;
};

} // namespace sw
