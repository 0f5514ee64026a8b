// The path one real request took through the design, from what the lab's
// probe reports (the load balancer's header; the demo app's answer naming
// the web server, app server and database), and the numbers of a batch.
#pragma once

#include "core/model/design.h"
#include "deploy/lab/labengine.h"

#include <QStringList>

namespace sw {

struct RequestPath {
    QStringList nodes;     // design node ids in the order the request passed them
    bool served = false;
    QString failedAt;      // the node it stopped at (served: empty)
    QString failure;       // why, in words
    QString route;         // "lb-01 → web-01 → app-01 → db-01"
    double seconds = 0;
};

struct RequestStats {
    int sent = 0, served = 0, failed = 0;
    double medianSeconds = 0;      // of every request (served or not)
};

RequestPath requestPath(const Design &design, const lab::LabPlan &plan, const lab::ProbeResult &result);
RequestStats requestStats(const QVector<lab::ProbeResult> &results);

} // namespace sw
