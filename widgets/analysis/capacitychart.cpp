#include "widgets/analysis/capacitychart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace sw {

CapacityChart::CapacityChart(QWidget *parent)
    : QChartView(parent), m_series(new QBarSeries), m_axisX(new QBarCategoryAxis), m_axisY(new QValueAxis)
{
    auto *c = new QChart;
    c->addSeries(m_series);
    c->addAxis(m_axisX, Qt::AlignBottom);
    c->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    m_series->setLabelsVisible(true);
    m_series->setLabelsFormat(QStringLiteral("@value %"));
    m_series->setLabelsPrecision(4);
    m_axisY->setTitleText(tr("Utilization (%)"));
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    c->legend()->setVisible(false);
    c->setTitle(tr("Capacity: utilization per tier"));
    c->setAnimationOptions(QChart::NoAnimation);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
}

void CapacityChart::setResult(const CapacityResult &r)
{
    m_series->clear();
    m_set = new QBarSet(tr("Utilization"));
    m_set->setColor(QColor(0x4a, 0x90, 0xd9));
    m_set->setSelectedColor(QColor(0xd9, 0x53, 0x4f));
    m_set->setLabelColor(Qt::black);
    QStringList cats;
    double top = 100.0;
    for (const TierLoad &t : r.tiers) {
        cats << tierTitle(t.tier);
        const double pct = std::min(t.utilization, 1e6) * 100.0;
        m_set->append(pct);
        top = std::max(top, pct);
    }
    m_series->append(m_set);
    if (r.bottleneck >= 0)
        m_set->selectBar(r.bottleneck);
    m_axisX->clear();
    m_axisX->append(cats);
    m_axisY->setRange(0, std::ceil(top * 1.1 / 10.0) * 10.0);
    chart()->setTitle(r.bottleneck >= 0 ? tr("Utilization at %1 req/s; bottleneck: %2")
                                              .arg(r.load)
                                              .arg(tierTitle(r.tiers[r.bottleneck].tier))
                                        : tr("Utilization per tier (no load)"));
}

QStringList CapacityChart::categories() const { return m_axisX->categories(); }

int CapacityChart::highlightedBar() const
{
    if (!m_set || m_set->selectedBars().isEmpty())
        return -1;
    return m_set->selectedBars().first();
}

} // namespace sw
