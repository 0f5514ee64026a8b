// The table of export formats (exportformat.h). A new format is one entry
// here: its texts, suffixes, options and the exporter that writes it.
#include "exporters/formats/exportformat.h"

#include "exporters/bundle/ansiblebundle.h"
#include "exporters/bundle/shellbundle.h"
#include "exporters/pictures/dotexporter.h"
#include "exporters/pictures/pdfexporter.h"
#include "exporters/pictures/pngexporter.h"
#include "exporters/pictures/reportexporter.h"
#include "exporters/pictures/svgexporter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sw {

namespace {

constexpr const char *context = "sw::ExportFormats";

template <typename Exporter>
ExportFormat::Writer picture()
{
    return [](const Design &design, const QString &path, const PictureOptions &options, QString *error) {
        return Exporter().write(design, path, options, error);
    };
}

QVector<ExportFormat> builtIn()
{
    using O = ExportOption;
    const ExportOptionUse select{O::Selection, {}}, layout{O::Layout, {}};
    QVector<ExportFormat> t;

    ExportFormat png;
    png.id = QStringLiteral("png");
    png.name = QT_TRANSLATE_NOOP("sw::ExportFormats", "PNG image");
    png.menuText = QT_TRANSLATE_NOOP("sw::ExportFormats", "&PNG Image...");
    png.filter = QT_TRANSLATE_NOOP("sw::ExportFormats", "PNG images (*.png)");
    png.suffixes = {QStringLiteral("png")};
    png.options = {{O::Scale, {}}, {O::Dpi, {}}, {O::Background, {}}, select, layout};
    png.write = picture<PngExporter>();
    png.note = [](const Design &design, const PictureOptions &options) {
        double used = 0;
        const QSize px = PngExporter::pixelSize(design, options, &used);
        if (used >= options.effectiveScale() - 1e-9)
            return QString();
        return QCoreApplication::translate(context, "note: the design is too large for the scale asked; the picture was "
                                                    "scaled down to %1 x %2 pixels (scale %3)")
            .arg(px.width()).arg(px.height()).arg(used, 0, 'f', 3);
    };
    t << png;

    ExportFormat svg;
    svg.id = QStringLiteral("svg");
    svg.name = QT_TRANSLATE_NOOP("sw::ExportFormats", "SVG image");
    svg.menuText = QT_TRANSLATE_NOOP("sw::ExportFormats", "&SVG Image...");
    svg.filter = QT_TRANSLATE_NOOP("sw::ExportFormats", "SVG images (*.svg)");
    svg.suffixes = {QStringLiteral("svg")};
    svg.options = {{O::Background, {}}, select, layout};
    svg.write = picture<SvgExporter>();
    t << svg;

    ExportFormat pdf;
    pdf.id = QStringLiteral("pdf");
    pdf.name = QT_TRANSLATE_NOOP("sw::ExportFormats", "PDF document");
    pdf.menuText = QT_TRANSLATE_NOOP("sw::ExportFormats", "P&DF Document...");
    pdf.filter = QT_TRANSLATE_NOOP("sw::ExportFormats", "PDF documents (*.pdf)");
    pdf.suffixes = {QStringLiteral("pdf")};
    pdf.options = {{O::Paper, {}}, select, layout};
    pdf.write = picture<PdfExporter>();
    t << pdf;

    ExportFormat dot;
    dot.id = QStringLiteral("dot");
    dot.name = QT_TRANSLATE_NOOP("sw::ExportFormats", "Graphviz DOT");
    dot.menuText = QT_TRANSLATE_NOOP("sw::ExportFormats", "&Graphviz DOT...");
    dot.filter = QT_TRANSLATE_NOOP("sw::ExportFormats", "Graphviz files (*.dot *.gv)");
    dot.suffixes = {QStringLiteral("dot"), QStringLiteral("gv")};
    dot.options = {select}; // DOT never lays out: Graphviz does when it reads the file
    dot.write = picture<DotExporter>();
    t << dot;

    ExportFormat report;
    report.id = QStringLiteral("report");
    report.name = QT_TRANSLATE_NOOP("sw::ExportFormats", "report (HTML or PDF)");
    report.menuText = QT_TRANSLATE_NOOP("sw::ExportFormats", "&Report (HTML or PDF)...");
    report.filter = QT_TRANSLATE_NOOP("sw::ExportFormats", "HTML report (*.html);;PDF report (*.pdf)");
    report.suffixes = {QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("pdf")};
    report.suffixRequired = true;
    report.options = {{O::Paper, {QStringLiteral("pdf")}}, select, layout};
    report.write = [](const Design &design, const QString &path, const PictureOptions &options, QString *error) {
        return ReportExporter(ReportExporter::formatForPath(path)).write(design, path, options, error);
    };
    t << report;

    ExportFormat shell;
    shell.id = QStringLiteral("shell");
    shell.name = QT_TRANSLATE_NOOP("sw::ExportFormats", "shell scripts");
    shell.menuText = QT_TRANSLATE_NOOP("sw::ExportFormats", "Shell scripts...");
    shell.statusTip = QT_TRANSLATE_NOOP("sw::ExportFormats", "Write one idempotent provisioning script per server and a deploy.sh");
    shell.folder = true;
    shell.write = [](const Design &design, const QString &dir, const PictureOptions &, QString *error) {
        return bundle::writeShellBundle(design, dir, error);
    };
    t << shell;

    ExportFormat ansible;
    ansible.id = QStringLiteral("ansible");
    ansible.name = QT_TRANSLATE_NOOP("sw::ExportFormats", "Ansible project");
    ansible.menuText = QT_TRANSLATE_NOOP("sw::ExportFormats", "Ansible project...");
    ansible.statusTip = QT_TRANSLATE_NOOP("sw::ExportFormats", "Write an Ansible inventory, site.yml and one role per concern");
    ansible.folder = true;
    ansible.write = [](const Design &design, const QString &dir, const PictureOptions &, QString *error) {
        return bundle::writeAnsibleBundle(design, dir, error);
    };
    t << ansible;
    return t;
}

QString suffixOf(const QString &path) { return QFileInfo(path).suffix().toLower(); }

} // namespace

bool ExportFormat::takes(ExportOption option, const QString &path) const
{
    for (const ExportOptionUse &u : options)
        if (u.option == option && (u.suffixes.isEmpty() || path.isEmpty() || u.suffixes.contains(suffixOf(path))))
            return true;
    return false;
}

bool ExportFormat::acceptsSuffixOf(const QString &path) const { return suffixes.contains(suffixOf(path)); }

QString ExportFormat::displayName() const { return QCoreApplication::translate(context, name); }
QString ExportFormat::displayMenuText() const { return QCoreApplication::translate(context, menuText); }
QString ExportFormat::displayStatusTip() const { return *statusTip ? QCoreApplication::translate(context, statusTip) : QString(); }
QString ExportFormat::displayFilter() const { return *filter ? QCoreApplication::translate(context, filter) : QString(); }

QVector<ExportFormat> &ExportFormats::registry()
{
    static QVector<ExportFormat> formats = builtIn();
    return formats;
}

const QVector<ExportFormat> &ExportFormats::all() { return registry(); }

const ExportFormat *ExportFormats::find(const QString &id)
{
    for (const ExportFormat &f : registry())
        if (f.id == id)
            return &f;
    return nullptr;
}

const ExportFormat *ExportFormats::forPath(const QString &path)
{
    const QString suffix = suffixOf(path);
    if (suffix.isEmpty())
        return nullptr;
    const ExportFormat *only = nullptr;
    int count = 0;
    for (const ExportFormat &f : registry()) {
        if (!f.suffixes.isEmpty() && f.suffixes.first() == suffix)
            return &f;
        if (f.suffixes.contains(suffix)) {
            only = &f;
            ++count;
        }
    }
    return count == 1 ? only : nullptr;
}

QStringList ExportFormats::ids(bool files, bool folders)
{
    QStringList out;
    for (const ExportFormat &f : registry())
        if (f.folder ? folders : files)
            out << f.id;
    return out;
}

QStringList ExportFormats::takingOption(ExportOption option)
{
    QStringList out;
    for (const ExportFormat &f : registry()) {
        for (const ExportOptionUse &u : f.options) {
            if (u.option != option)
                continue;
            out << (u.suffixes.isEmpty() ? f.id
                                         : QStringLiteral("%1 (.%2)").arg(f.id, u.suffixes.join(QStringLiteral(", ."))));
            break;
        }
    }
    return out;
}

void ExportFormats::add(const ExportFormat &format)
{
    for (ExportFormat &f : registry()) {
        if (f.id == format.id) {
            f = format;
            return;
        }
    }
    registry() << format;
}

bool ExportFormats::remove(const QString &id)
{
    QVector<ExportFormat> &r = registry();
    for (int i = 0; i < r.size(); ++i) {
        if (r.at(i).id == id) {
            r.removeAt(i);
            return true;
        }
    }
    return false;
}

} // namespace sw
