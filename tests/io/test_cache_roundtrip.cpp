// The cache kind goes through both formats without loss: JSON (design-format.md)
// and the native SQLite file, with its properties (engine, port, memory) and
// its links; a cache outside a server or with a bad engine is refused with a
// message naming the node and the field.
#include "core/io/designfile.h"
#include "core/io/jsonformat.h"
#include "core/io/sqlitestore.h"
#include "core/model/propertykeys.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sw;

namespace {

const char *kDesign = R"({"format":"stackwright-design","version":1,"name":"cache",
  "nodes":[
    {"id":"users","kind":"internet"},
    {"id":"s1","kind":"server","x":0,"y":0,"props":{"hostname":"s1","address":"10.0.0.1"}},
    {"id":"web","kind":"web-server","parent":"s1","x":10,"y":30},
    {"id":"app","kind":"app-server","parent":"s1","x":10,"y":78},
    {"id":"db","kind":"database","parent":"s1","x":10,"y":126},
    {"id":"c1","kind":"server","x":300,"y":0,"props":{"hostname":"c1","address":"10.0.0.2"}},
    {"id":"redis","kind":"cache","parent":"c1","x":10,"y":30},
    {"id":"mc","kind":"cache","parent":"c1","x":10,"y":78,"label":"Sessions",
     "props":{"engine":"memcached","port":11211,"memory_mb":1024,"extra":"kept"}}
  ],
  "links":[
    {"id":"l1","from":"users","to":"web","protocol":"https"},
    {"id":"l2","from":"web","to":"app","protocol":"http","port":8000},
    {"id":"l3","from":"app","to":"db","protocol":"mysql"},
    {"id":"l4","from":"app","to":"redis","protocol":"tcp","port":6379},
    {"id":"l5","from":"app","to":"mc","protocol":"tcp","port":11211}
  ]})";

Design parsed()
{
    Design d;
    QString error;
    if (!readJson(QByteArray(kDesign), &d, &error))
        qFatal("%s", qPrintable(error));
    return d;
}

} // namespace

class TestCacheRoundTrip : public QObject {
    Q_OBJECT
private slots:
    void readsTheCache()
    {
        const Design d = parsed();
        const Node *redis = d.node(QStringLiteral("redis"));
        const Node *mc = d.node(QStringLiteral("mc"));
        QVERIFY(redis && mc);
        QCOMPARE(redis->kind, Kind::Cache);
        QCOMPARE(redis->propString(keys::engine), QStringLiteral("redis")); // the default
        QCOMPARE(redis->propInt(keys::port), 6379);
        QVERIFY(!redis->hasProp(keys::engine)); // defaults are not stored
        QCOMPARE(mc->propString(keys::engine), QStringLiteral("memcached"));
        QCOMPARE(mc->propInt(keys::port), 11211);
        QCOMPARE(mc->propInt(keys::memoryMb), 1024);
    }

    void jsonRoundTrip()
    {
        const Design d = parsed();
        const QByteArray json = writeJson(d);
        QVERIFY(json.contains("\"kind\": \"cache\""));
        Design back;
        QString error;
        QVERIFY2(readJson(json, &back, &error), qPrintable(error));
        QVERIFY(back == d);
        QCOMPARE(back.node(QStringLiteral("mc"))->props.value(QStringLiteral("extra")).toString(), QStringLiteral("kept"));
        QCOMPARE(writeJson(back), json);
    }

    void sqliteRoundTrip()
    {
        const Design d = parsed();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("cache.stackwright"));
        QString error;
        QVERIFY2(SqliteStore::write(d, path, &error), qPrintable(error));
        Design back;
        QVERIFY2(SqliteStore::read(path, &back, &error), qPrintable(error));
        QVERIFY(back == d);
        QCOMPARE(back.node(QStringLiteral("mc"))->kind, Kind::Cache);
        QCOMPARE(back.node(QStringLiteral("mc"))->propInt(keys::port), 11211);
        // And through the file functions the app uses, JSON to native and back.
        const QString json = dir.filePath(QStringLiteral("cache.json"));
        QVERIFY2(saveDesignFile(back, json, &error), qPrintable(error));
        Design again;
        QVERIFY2(loadDesignFile(json, &again, &error), qPrintable(error));
        QVERIFY(again == d);
    }

    void badCachesAreRefusedByName()
    {
        QByteArray text(kDesign);
        Design d;
        QString error;
        QVERIFY(!readJson(QByteArray(text).replace("\"engine\":\"memcached\"", "\"engine\":\"mongodb\""), &d, &error));
        QVERIFY2(error.contains(QStringLiteral("mc")) && error.contains(QStringLiteral("engine")), qPrintable(error));
        error.clear();
        QVERIFY(!readJson(QByteArray(text).replace("\"parent\":\"c1\",\"x\":10,\"y\":30", "\"x\":10,\"y\":30"), &d, &error));
        QVERIFY2(error.contains(QStringLiteral("redis")), qPrintable(error));
    }
};

QTEST_MAIN(TestCacheRoundTrip)
#include "test_cache_roundtrip.moc"
