// Bar chart of availability per tier and for the whole design, as expected
// downtime per year in hours (differences between 99.99 % and 99.98 % show);
// with a second bar set "after every quick fix" side by side when given.
#pragma once

#include "core/analysis/availability.h"

#include <QChartView>
#include <optional>

class QBarSet;
class QBarSeries;
class QValueAxis;
class QBarCategoryAxis;

namespace sw {

class AvailabilityChart : public QChartView {
    Q_OBJECT
public:
    explicit AvailabilityChart(QWidget *parent = nullptr);

    void setResults(const AvailabilityResult &now, const std::optional<AvailabilityResult> &afterFixes,
                    const QString &nowTitle = QString());

    // For tests and screenshots: the bar sets in order ("now", then "after").
    QList<QBarSet *> barSets() const;
    QStringList categories() const;
    QValueAxis *valueAxis() const { return m_axisY; }

    void setLarge(bool large);

    static constexpr double kHoursPerYear = 8766.0; // 365.25 days
    // Expected downtime per year, in hours, of an availability (0..1).
    static double downtimeHours(double availability);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitLabels();

    QBarSeries *m_series;
    QBarCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
};

} // namespace sw
