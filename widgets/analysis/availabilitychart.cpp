#include "widgets/analysis/availabilitychart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QResizeEvent>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace sw {

namespace {
// Category names short enough for a narrow dock.
QString shortTitle(Tier t)
{
    switch (t) {
    case Tier::Entry: return AvailabilityChart::tr("Entry");
    case Tier::Web: return AvailabilityChart::tr("Web");
    case Tier::App: return AvailabilityChart::tr("App");
    case Tier::Database: return AvailabilityChart::tr("DB");
    }
    return {};
}
} // namespace

AvailabilityChart::AvailabilityChart(QWidget *parent)
    : QChartView(parent), m_series(new QBarSeries), m_axisX(new QBarCategoryAxis), m_axisY(new QValueAxis)
{
    auto *c = new QChart;   // owned by the view
    c->addSeries(m_series);
    c->addAxis(m_axisX, Qt::AlignBottom);
    c->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsAngle(-90);   // upright above the bar: neighbours never overlap
    m_series->setLabelsFormat(QStringLiteral("@value h"));
    m_series->setLabelsPrecision(3); // significant digits: "262 h", "0.877 h"
    m_axisY->setTitleText(tr("hours"));
    m_axisY->setLabelFormat(QStringLiteral("%.1f"));
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setTitle(tr("Downtime per year (hours)"));
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setAnimationOptions(QChart::NoAnimation);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

double AvailabilityChart::downtimeHours(double availability)
{
    return std::max(0.0, 1.0 - availability) * kHoursPerYear;
}

void AvailabilityChart::setResults(const AvailabilityResult &now, const std::optional<AvailabilityResult> &after,
                                   const QString &nowTitle)
{
    m_series->clear();
    QStringList cats;
    for (const TierAvailability &t : now.tiers)
        cats << shortTitle(t.tier);
    cats << tr("All"); // (short: "Design" was cut to "Des…" in the dock)
    m_axisX->clear();
    m_axisX->append(cats);

    // Downtime per year, not percent: 99.99 % and 99.98 % look the same on a
    // 99-100 % axis, but 0.9 h and 1.8 h of downtime do not.
    double highest = 0;
    auto makeSet = [&](const QString &label, const AvailabilityResult &r, const QColor &color) {
        auto *set = new QBarSet(label);
        for (const TierAvailability &t : r.tiers)
            set->append(downtimeHours(t.availability));
        set->append(downtimeHours(r.availability));
        for (int i = 0; i < set->count(); ++i)
            highest = std::max(highest, set->at(i));
        set->setColor(color);
        set->setLabelColor(Qt::black);
        m_series->append(set);   // the series owns it
    };
    makeSet(nowTitle.isEmpty() ? tr("This design") : nowTitle, now, QColor(0x4a, 0x90, 0xd9));
    if (after)
        makeSet(tr("After fixes"), *after, QColor(0x5c, 0xb8, 0x5c));
    m_axisY->setRange(0.0, highest > 0 ? highest * 1.25 : 1.0);
    m_axisY->applyNiceNumbers();
    m_axisY->setLabelFormat(highest < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    chart()->setTitle(tr("Downtime per year (hours)"));
    fitLabels();
}

void AvailabilityChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitLabels();
}

// Category names stand upright when they do not fit side by side: a narrow
// dock shows "Entry", never "En...".
void AvailabilityChart::fitLabels()
{
    const QStringList cats = m_axisX->categories();
    if (cats.isEmpty())
        return;
    const QFontMetrics fm(m_axisX->labelsFont());
    int widest = 0;
    for (const QString &c : cats)
        widest = std::max(widest, fm.horizontalAdvance(c));
    const double slot = chart()->plotArea().width() / cats.size();
    m_axisX->setLabelsAngle(widest + 6 > slot ? -90 : 0);
}

QList<QBarSet *> AvailabilityChart::barSets() const { return m_series->barSets(); }

QStringList AvailabilityChart::categories() const { return m_axisX->categories(); }

void AvailabilityChart::setLarge(bool large)
{
    QFont f = font();
    f.setPointSizeF(large ? f.pointSizeF() * 1.8 : f.pointSizeF());
    chart()->setTitleFont(f);
    m_axisX->setLabelsFont(f);
    m_axisY->setLabelsFont(f);
    chart()->legend()->setFont(f);
    m_series->setLabelsVisible(true);
    for (QBarSet *s : m_series->barSets())
        s->setLabelFont(f);
}

} // namespace sw
