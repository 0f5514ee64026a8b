// FastPdfDeflate: inside its scope, on its thread, zlib's default level
// becomes level 1 for the PDF writer; outside (and on other threads) zlib is
// unchanged; either way the stream inflates back to the same bytes, and a PDF
// written under it is a whole PDF.
#include "exporters/pictures/pdfdeflate.h"
#include "exporters/pictures/pdfexporter.h"
#include "tests/pictures/picturetesthelpers.h"

#include <QBuffer>
#include <QTest>
#include <QThread>
#include <zlib.h>

using namespace sw;

namespace {

// `data` deflated by deflateInit() at the default level, then inflated.
QByteArray roundTrip(const QByteArray &data, qsizetype *compressedSize)
{
    z_stream z{};
    if (deflateInit(&z, Z_DEFAULT_COMPRESSION) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&z, uLong(data.size()))), '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    deflateEnd(&z);
    if (rc != Z_STREAM_END)
        return {};
    out.resize(qsizetype(z.total_out));
    *compressedSize = out.size();
    QByteArray back(data.size(), '\0');
    uLongf backSize = uLongf(back.size());
    if (uncompress(reinterpret_cast<Bytef *>(back.data()), &backSize, reinterpret_cast<const Bytef *>(out.constData()),
                   uLong(out.size()))
        != Z_OK)
        return {};
    back.resize(qsizetype(backSize));
    return back;
}

QByteArray sample()
{
    QByteArray s;
    for (int i = 0; i < 20000; ++i)
        s += QByteArray::number(i * 7919 % 1000) + " 0 Td <00" + QByteArray::number(i % 97, 16) + "> Tj\n";
    return s;
}

} // namespace

class TestPicturesPdfDeflate : public QObject {
    Q_OBJECT
private slots:
    void levelOnlyInsideTheScopeAndThread()
    {
        QCOMPARE(FastPdfDeflate::level(), Z_DEFAULT_COMPRESSION);
        {
            const FastPdfDeflate fast;
            QCOMPARE(FastPdfDeflate::level(), FastPdfDeflate::kLevel);
            int other = 0;
            std::unique_ptr<QThread> t(QThread::create([&] { other = FastPdfDeflate::level(); }));
            t->start();
            t->wait();
            QCOMPARE(other, Z_DEFAULT_COMPRESSION);
        }
        QCOMPARE(FastPdfDeflate::level(), Z_DEFAULT_COMPRESSION);
    }

    void sameBytesBack()
    {
        const QByteArray data = sample();
        qsizetype normal = 0, fast = 0;
        QCOMPARE(roundTrip(data, &normal), data);
        {
            const FastPdfDeflate scope;
            QCOMPARE(roundTrip(data, &fast), data);
        }
        // Level 1 really ran: a different (here bigger) stream than level 6's.
        QVERIFY2(fast > normal, qPrintable(QStringLiteral("%1 vs %2").arg(fast).arg(normal)));
    }

    void pdfIsWhole()
    {
        const Design d = swtest::templateDesign(QStringLiteral("secured-monitored"));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(PdfExporter().writeTo(d, &buffer, {}, &error), qPrintable(error));
        const QByteArray pdf = buffer.data();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QVERIFY(pdf.contains("/FlateDecode"));
        QCOMPARE(FastPdfDeflate::level(), Z_DEFAULT_COMPRESSION);
    }
};

QTEST_MAIN(TestPicturesPdfDeflate)
#include "test_pictures_pdfdeflate.moc"
