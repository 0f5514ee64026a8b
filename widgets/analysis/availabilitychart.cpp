#include "availabilitychart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
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
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    m_series->setLabelsAngle(-90);   // upright inside the bar: neighbours never overlap
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_series->setLabelsPrecision(6);
    m_axisY->setTitleText(tr("Availability (%)"));
    m_axisY->setLabelFormat(QStringLiteral("%.2f"));
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setTitle(tr("Availability per tier"));
    c->setAnimationOptions(QChart::NoAnimation);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

void AvailabilityChart::setResults(const AvailabilityResult &now, const std::optional<AvailabilityResult> &after,
                                   const QString &nowTitle)
{
    m_series->clear();
    QStringList cats;
    for (const TierAvailability &t : now.tiers)
        cats << shortTitle(t.tier);
    cats << tr("Design");
    m_axisX->clear();
    m_axisX->append(cats);

    double lowest = 100.0;
    auto makeSet = [&](const QString &label, const AvailabilityResult &r, const QColor &color) {
        auto *set = new QBarSet(label);
        for (const TierAvailability &t : r.tiers)
            set->append(t.availability * 100.0);
        set->append(r.availability * 100.0);
        for (int i = 0; i < set->count(); ++i)
            lowest = std::min(lowest, set->at(i));
        set->setColor(color);
        set->setLabelColor(Qt::white);
        m_series->append(set);   // the series owns it
    };
    makeSet(nowTitle.isEmpty() ? tr("This design") : nowTitle, now, QColor(0x4a, 0x90, 0xd9));
    if (after)
        makeSet(tr("After every quick fix"), *after, QColor(0x5c, 0xb8, 0x5c));
    // Availability figures crowd near 100 %: start the axis just below the lowest bar.
    const double floorValue = lowest >= 100.0 ? 99.0 : std::max(0.0, std::floor(lowest - (100.0 - lowest) * 0.25));
    m_axisY->setRange(floorValue, 100.0);
    m_axisY->setLabelFormat(100.0 - floorValue < 5.0 ? QStringLiteral("%.2f") : QStringLiteral("%.0f"));
    chart()->setTitle(after ? tr("Availability per tier, before and after every quick fix")
                            : tr("Availability per tier"));
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
