// WCAG contrast of everything the canvas, the pictures and the report draw,
// computed from the palette (look/style.cpp) in the light, dark and
// both high-contrast looks: text at least 4.5:1, icon glyphs, badges and link
// lines at least 3:1 against what they are drawn on.
#include "look/nodepainter.h"
#include "look/style.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace sw;

namespace {

struct Look {
    QString name;
    Style style;
};

QList<Look> looks()
{
    return {{QStringLiteral("light"), Style::light()},
            {QStringLiteral("dark"), Style::dark_()},
            {QStringLiteral("light high-contrast"), Style::light().withHighContrast(true)},
            {QStringLiteral("dark high-contrast"), Style::dark_().withHighContrast(true)}};
}

QString hex(const QColor &c) { return c.name(); }

// Collects every pair below its minimum, so one run lists them all.
struct Checker {
    QStringList failures;
    int checked = 0;
    void need(double minimum, const QColor &fg, const QColor &bg, const QString &what)
    {
        ++checked;
        const double r = Style::contrastRatio(fg, bg);
        if (r + 1e-9 < minimum)
            failures << QStringLiteral("%1: %2 on %3 is %4:1, needs %5:1")
                            .arg(what, hex(fg), hex(bg)).arg(r, 0, 'f', 2).arg(minimum);
    }
};

const double kText = 4.5;
const double kGraphic = 3.0;

} // namespace

class TestContrast : public QObject {
    Q_OBJECT
private slots:
    void contrastRatioIsWcag()
    {
        QCOMPARE(Style::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(Style::contrastRatio(Qt::white, Qt::white), 1.0);
        // The colours the issue measured before the fix.
        QVERIFY(std::abs(Style::contrastRatio(Qt::white, QColor(0xe0, 0x7b, 0x1a)) - 2.99) < 0.01);
        QVERIFY(std::abs(Style::contrastRatio(Qt::white, QColor(0xc9, 0xa1, 0x00)) - 2.45) < 0.01);
        QVERIFY(std::abs(Style::over(Qt::white, Qt::black, 0.5).red() - 128) <= 1);
    }

    void iconGlyphsOnEveryKindColour()
    {
        Checker c;
        for (const KindInfo &k : allKinds()) {
            const QColor tile = Style::kindColor(k.kind);
            c.need(kGraphic, Qt::white, tile, QStringLiteral("white glyph of %1").arg(k.name));
            // The icon file draws its tile in the same colour.
            QFile svg(NodePainter::iconPath(k.kind));
            QVERIFY2(svg.open(QIODevice::ReadOnly), qPrintable(svg.fileName()));
            const QString text = QString::fromUtf8(svg.readAll());
            const auto m = QRegularExpression(QStringLiteral("fill=\"(#[0-9A-Fa-f]{6})\"")).match(text);
            QVERIFY2(m.hasMatch(), qPrintable(svg.fileName()));
            QCOMPARE(QColor(m.captured(1)).name(), tile.name());
            // A failed node is drawn at failedOpacity over its surface.
            for (const Look &l : looks()) {
                const double a = l.style.failedOpacity;
                for (const QColor &under : {l.style.surface, l.style.containerFill}) {
                    const QColor ground = Style::over(under, l.style.background, a);
                    c.need(kGraphic, Style::over(Qt::white, ground, a), Style::over(tile, ground, a),
                           QStringLiteral("%1: glyph of a failed %2").arg(l.name, k.name));
                }
            }
        }
        QVERIFY(c.checked > 100);
        QVERIFY2(c.failures.isEmpty(), qPrintable(c.failures.join(QLatin1Char('\n'))));
    }

    void textOnEveryBackground()
    {
        Checker c;
        for (const Look &l : looks()) {
            const Style &s = l.style;
            QList<QPair<QString, QColor>> grounds = {{QStringLiteral("surface"), s.surface},
                                                     {QStringLiteral("container"), s.containerFill},
                                                     {QStringLiteral("canvas"), s.background},
                                                     {QStringLiteral("note"), s.noteFill}};
            for (const KindInfo &k : allKinds()) {
                // Server headers are tinted with the kind colour; clusters with a light wash.
                grounds << qMakePair(QStringLiteral("%1 header").arg(k.name),
                                     Style::over(Style::kindColor(k.kind), s.containerFill, s.bandAlpha()));
                grounds << qMakePair(QStringLiteral("%1 wash").arg(k.name),
                                     Style::over(Style::kindColor(k.kind), s.background, s.tintAlpha()));
            }
            for (const char *trust : {"public", "dmz", "private"})
                grounds << qMakePair(QStringLiteral("%1 zone").arg(QLatin1String(trust)),
                                     Style::over(Style::zoneTint(QLatin1String(trust)), s.background, s.tintAlpha()));
            for (const auto &g : grounds) {
                c.need(kText, s.text, g.second, QStringLiteral("%1: title on %2").arg(l.name, g.first));
                c.need(kText, s.subtleText, g.second, QStringLiteral("%1: subtitle on %2").arg(l.name, g.first));
                // A failed node's texts (drawn in `text`) at failedOpacity.
                const double a = s.failedOpacity;
                const QColor ground = Style::over(g.second, s.background, a);
                c.need(kText, Style::over(s.text, ground, a), ground,
                       QStringLiteral("%1: failed node's text on %2").arg(l.name, g.first));
            }
        }
        QVERIFY(c.checked > 300);
        QVERIFY2(c.failures.isEmpty(), qPrintable(c.failures.join(QLatin1Char('\n'))));
    }

    void linksLabelsAndBadges()
    {
        Checker c;
        for (const Look &l : looks()) {
            const Style &s = l.style;
            QList<QPair<QString, QColor>> lines;
            for (Protocol p : allProtocols())
                lines << qMakePair(protocolName(p), s.protocolColor(p));
            lines << qMakePair(QStringLiteral("failed"), s.failed) << qMakePair(QStringLiteral("selected"), s.selection);
            for (const auto &line : lines) {
                c.need(kGraphic, line.second, s.background, QStringLiteral("%1: %2 link line").arg(l.name, line.first));
                // Labels: the line colour made darker in the light look, `text` in high contrast.
                const QColor label = s.highContrast ? s.text : line.second.darker(s.dark ? 100 : 115);
                c.need(kText, label, s.background, QStringLiteral("%1: %2 link label").arg(l.name, line.first));
            }
            c.need(kGraphic, s.failed, s.surface, QStringLiteral("%1: failed border on a node").arg(l.name));
        }
        for (Severity sev : {Severity::Error, Severity::Warning, Severity::Info}) {
            const QColor fill = Style::severityColor(sev);
            c.need(kGraphic, Style::glyphOn(fill), fill, QStringLiteral("badge glyph on %1").arg(hex(fill)));
        }
        QVERIFY2(c.failures.isEmpty(), qPrintable(c.failures.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestContrast)
#include "test_contrast.moc"
