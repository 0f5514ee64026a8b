#include "widgets/accessibility/accessibilityfeature.h"

#include "widgets/accessibility/canvasaccessible.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/accessibility/graphwalker.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QAccessible>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QTextBrowser>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

namespace sw {

namespace {

class AccessibilityTexts {
    Q_DECLARE_TR_FUNCTIONS(sw::AccessibilityFeature)
public:
    static QString detailsName() { return tr("Why it matters and how to fix it"); }
    static QString findingsListName() { return tr("Findings list"); }
};

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text.remove(QLatin1Char('&')).trimmed();
}

} // namespace

int nameUnnamedWidgets(QWidget *window)
{
    if (!window)
        return 0;
    QHash<QWidget *, QString> buddies;
    for (QLabel *l : window->findChildren<QLabel *>())
        if (l->buddy() && !l->text().isEmpty())
            buddies.insert(l->buddy(), plain(l->text()));
    int named = 0;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->objectName() == QLatin1String("findingDetails") && w->accessibleName().isEmpty())
            w->setAccessibleName(AccessibilityTexts::detailsName());
        if (w->objectName() == QLatin1String("findingsTree") && w->accessibleName().isEmpty())
            w->setAccessibleName(AccessibilityTexts::findingsListName());
        if (w->accessibleDescription().isEmpty() && !w->toolTip().isEmpty())
            w->setAccessibleDescription(w->toolTip());
        if (w->focusPolicy() == Qt::NoFocus || !w->accessibleName().isEmpty())
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (iface && !iface->text(QAccessible::Name).trimmed().isEmpty())
            continue;
        QString name = buddies.value(w);
        if (name.isEmpty())
            name = plain(w->toolTip());
        if (auto *e = qobject_cast<QLineEdit *>(w); e && name.isEmpty())
            name = e->placeholderText();
        for (QWidget *p = w->parentWidget(); p && name.isEmpty(); p = p->parentWidget())
            if (auto *dock = qobject_cast<QDockWidget *>(p))
                name = dock->windowTitle();
        if (name.isEmpty())
            name = plain(w->windowTitle());
        if (!name.isEmpty()) {
            w->setAccessibleName(name);
            ++named;
        }
    }
    return named;
}

void attachAccessibility(EditorContext &ctx)
{
    installCanvasAccessibility();
    if (auto *view = qobject_cast<CanvasView *>(ctx.view)) {
        // An interface made before the factory was installed is the generic one: drop it.
        if (QAccessibleInterface *old = QAccessible::queryAccessibleInterface(view); old && !dynamic_cast<CanvasAccessible *>(old))
            QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(old));
        if (!view->findChild<GraphWalker *>())
            new GraphWalker(view);
        // The canvas's description comes from its interface (CanvasAccessible::text),
        // in the language of the moment and with what the keyboard just did.
    }
    if (ctx.window) {
        nameUnnamedWidgets(ctx.window);
        // Docks attached after this feature get their names once the window is up.
        QTimer::singleShot(0, ctx.window, [w = QPointer<QWidget>(ctx.window)] { nameUnnamedWidgets(w); });
    }
}

} // namespace sw
