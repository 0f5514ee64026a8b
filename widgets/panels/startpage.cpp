#include "widgets/panels/startpage.h"

#include "look/designpainter.h"
#include "core/io/templates.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace sw {

QPixmap StartPage::templatePicture(const QString &name, const QSize &size)
{
    Design d;
    QString error;
    if (!loadTemplate(name, &d, &error))
        return {};
    const DiagramGeometry geo(d);
    const QRectF b = geo.bounds().adjusted(-20, -20, 20, 20);
    if (b.isEmpty())
        return {};
    const double scale = std::min(size.width() / b.width(), size.height() / b.height());
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    const Style style = Style::light();
    img.fill(style.background);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate((size.width() - b.width() * scale) / 2, (size.height() - b.height() * scale) / 2);
    p.scale(scale, scale);
    p.translate(-b.topLeft());
    DesignPaintOptions o;
    o.detail = Detail::Medium;
    paintDesign(&p, d, geo, NodePainter(style), o);
    p.end();
    return QPixmap::fromImage(img);
}

StartPage::StartPage(const QStringList &templates, const QStringList &recentFiles, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("startPage"));
    setWindowTitle(tr("Welcome to Stackwright"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<h2>Start a design</h2><p>Begin with an empty canvas and drag boxes from the "
                                "palette, or start from one of the designs below.</p>"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    auto *empty = new QPushButton(tr("&Empty design"), this);
    empty->setObjectName(QStringLiteral("emptyDesign"));
    empty->setDefault(true);
    auto *open = new QPushButton(tr("&Open a file…"), this);
    open->setObjectName(QStringLiteral("openFile"));
    row->addWidget(empty);
    row->addWidget(open);
    row->addStretch(1);
    layout->addLayout(row);
    connect(empty, &QPushButton::clicked, this, [this] { choose(Choice::Empty, {}); });
    connect(open, &QPushButton::clicked, this, [this] { choose(Choice::Open, {}); });

    layout->addWidget(new QLabel(tr("<b>Templates</b> (double-click to start from one)"), this));
    m_templates = new QListWidget(this);
    m_templates->setObjectName(QStringLiteral("templateList"));
    m_templates->setViewMode(QListView::IconMode);
    m_templates->setIconSize(QSize(240, 150));
    m_templates->setGridSize(QSize(260, 190));
    m_templates->setResizeMode(QListView::Adjust);
    m_templates->setMovement(QListView::Static);
    m_templates->setWordWrap(true);
    m_templates->setMinimumSize(820, 400);
    for (const QString &name : templates) {
        auto *item = new QListWidgetItem(QIcon(templatePicture(name, QSize(240, 150))), name, m_templates);
        item->setData(Qt::UserRole, name);
        item->setToolTip(tr("Start from the template \"%1\"").arg(name));
    }
    layout->addWidget(m_templates, 1);
    connect(m_templates, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { choose(Choice::Template, item->data(Qt::UserRole).toString()); });

    layout->addWidget(new QLabel(tr("<b>Recent files</b>"), this));
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setMaximumHeight(120);
    for (const QString &f : recentFiles) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QFileInfo(f).fileName(), f), m_recent);
        item->setData(Qt::UserRole, f);
    }
    if (recentFiles.isEmpty())
        new QListWidgetItem(tr("(no recent files yet)"), m_recent);
    m_recent->setEnabled(!recentFiles.isEmpty());
    layout->addWidget(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (!item->data(Qt::UserRole).toString().isEmpty())
            choose(Choice::Recent, item->data(Qt::UserRole).toString());
    });
}

void StartPage::choose(Choice c, const QString &what)
{
    m_choice = c;
    m_chosen = what;
    accept();
}

} // namespace sw
