// Build tool: renders the application icon (SVG) to the PNG sizes of the
// hicolor theme. rendericon SVG OUTDIR SIZE... writes OUTDIR/SIZE/stackwright.png.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: rendericon SVG OUTDIR SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "rendericon: %s is not a valid SVG\n", qPrintable(args[1]));
        return 1;
    }
    for (const QString &s : args.mid(3)) {
        const int size = s.toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        svg.render(&p);
        p.end();
        const QString dir = QStringLiteral("%1/%2").arg(args[2], s);
        if (!QDir().mkpath(dir) || !image.save(dir + QStringLiteral("/stackwright.png"))) {
            std::fprintf(stderr, "rendericon: cannot write %s\n", qPrintable(dir));
            return 1;
        }
    }
    return 0;
}
