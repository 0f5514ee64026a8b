// Bar chart of utilization per tier (load / capacity, in percent), the
// bottleneck tier's bar drawn selected (red).
#pragma once

#include "core/analysis/capacity.h"

#include <QChartView>

class QBarSet;
class QBarSeries;
class QValueAxis;
class QBarCategoryAxis;

namespace sw {

class CapacityChart : public QChartView {
    Q_OBJECT
public:
    explicit CapacityChart(QWidget *parent = nullptr);

    void setResult(const CapacityResult &r);

    QBarSet *barSet() const { return m_set; }
    QStringList categories() const;
    int highlightedBar() const;   // -1 when none

private:
    QBarSeries *m_series;
    QBarSet *m_set = nullptr;
    QBarCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
};

} // namespace sw
