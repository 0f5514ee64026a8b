// The deploy dialog against the test sshd: a row per server, live logs,
// the overlay's run states on the canvas, host key questions, cancel.
// SW_DEPLOY_SCREENSHOT=/tmp/deploy.png saves the dialog in the middle of a run.
#include "tests/deploy/sshdfixture.h"

#include "widgets/deploy/deploydialog.h"
#include "widgets/deploy/deploylogview.h"
#include "widgets/deploy/deployservertable.h"
#include "core/model/designmodel.h"

#include <QApplication>
#include <QAbstractButton>
#include <QMessageBox>
#include <QSignalSpy>
#include <QtTest>

using namespace sw;

class TestDeployDialog : public QObject {
    Q_OBJECT

    SshdFixture m_sshd;
    QTemporaryDir m_work;

    // Bundle for web1 and app1 (order: app1, then web1).
    QString bundle(const QString &name, const QByteArray &web, const QByteArray &app)
    {
        const QString dir = m_work.filePath(name);
        writeFile(dir, "servers/01-app1.sh", app, true);
        writeFile(dir, "servers/02-web1.sh", web, true);
        const QByteArray user = m_sshd.userName().toUtf8();
        const QByteArray port = QByteArray::number(m_sshd.port());
        writeFile(dir, "servers/order.txt", "01-app1.sh\t127.0.0.1\t" + user + "\t" + port + "\tapp1\n"
                                            "02-web1.sh\t127.0.0.1\t" + user + "\t" + port + "\tweb1\n");
        writeFile(dir, "deploy.sh", "#!/usr/bin/env bash\nSW_VARIABLES=( )\n", true);
        return dir;
    }

    Design design() const
    {
        Design d = m_sshd.design({"web1", "app1"});
        Node apache;
        apache.id = "apache";
        apache.kind = Kind::WebServer;
        apache.parent = "web1";
        d.insertNode(apache);
        Node guni;
        guni.id = "guni";
        guni.kind = Kind::AppServer;
        guni.parent = "app1";
        d.insertNode(guni);
        return d;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QString error;
        QVERIFY2(m_sshd.start(&error), qPrintable(error));
    }

    void deployShowsProgressLogsAndRunStates()
    {
        DesignModel model;
        model.reset(design());
        Overlay overlay;
        QSet<QString> sawRunning;
        connect(&overlay, &Overlay::changed, this, [&](const QStringList &ids) {
            for (const QString &id : ids)
                if (overlay.runState(id) == Overlay::RunState::Running)
                    sawRunning << id;
        });
        const QByteArray slow = "#!/bin/bash\nfor i in $(seq 1 16); do echo \"step $i: configuring the service\"; "
                                "sleep 0.2; done\necho 'warning: a line on stderr' >&2\n";
        DeployDialog dialog(&model, &overlay);
        dialog.setMode(DeployMode::Deploy);
        dialog.setKeyFile(m_sshd.userKey());
        dialog.setKnownHostsFile(m_sshd.knownHosts());
        dialog.setBundleDir(bundle("slow", slow, slow));
        dialog.show();
        QCOMPARE(dialog.serverTable()->rowCount(), 2);
        QCOMPARE(dialog.serverTable()->serverIds(), (QStringList{"web1", "app1"}));
        QCOMPARE(dialog.serverTable()->item(0, DeployServerTable::AddressColumn)->text(), QString("127.0.0.1"));

        QSignalSpy finished(&dialog, &DeployDialog::runFinished);
        QVERIFY2(dialog.startRun(), qPrintable(dialog.statusText()));
        QVERIFY(dialog.isRunning());
        // app1 first (its tier), while web1 waits.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.logView()->text("app1").contains("step 6:"), 60000);
        QCOMPARE(dialog.logView()->currentIndex(), 1); // the first server's log (after the summary tab)
        QCOMPARE(overlay.runState("app1"), Overlay::RunState::Running);
        const QString shot = qEnvironmentVariable("SW_DEPLOY_SCREENSHOT");
        if (!shot.isEmpty()) {
            QTest::qWait(300);
            QVERIFY(dialog.grab().save(shot));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
        const DeploySummary s = finished.first().first().value<DeploySummary>();
        QVERIFY(s.allSucceeded());
        QVERIFY(!dialog.isRunning());
        QCOMPARE(sawRunning, (QSet<QString>{"web1", "app1"}));
        QCOMPARE(overlay.runState("web1"), Overlay::RunState::Deployed);
        QCOMPARE(overlay.runState("app1"), Overlay::RunState::Deployed);
        const QString log = dialog.logView()->text("web1");
        QVERIFY(log.indexOf("step 2:") < log.indexOf("step 16:"));
        QVERIFY(log.contains("warning: a line on stderr"));
        QVERIFY(dialog.serverTable()->item(0, DeployServerTable::StateColumn)->text().startsWith("succeeded"));
        QVERIFY2(dialog.statusText().contains("2 succeeded"), qPrintable(dialog.statusText()));
        if (!shot.isEmpty()) {
            QTest::qWait(300);
            QVERIFY(dialog.grab().save(QString(shot).replace(".png", "-summary.png")));
        }
    }

    void checkMarksDriftAndCancelRestores()
    {
        DesignModel model;
        model.reset(design());
        Overlay overlay;
        DeployDialog dialog(&model, &overlay);
        dialog.setKeyFile(m_sshd.userKey());
        dialog.setKnownHostsFile(m_sshd.knownHosts());
        dialog.setMode(DeployMode::Check);
        dialog.show();
        QSignalSpy finished(&dialog, &DeployDialog::runFinished);
        QVERIFY2(dialog.startRun(), qPrintable(dialog.statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QCOMPARE(overlay.runState("web1"), Overlay::RunState::Drifted); // apache2 is not running here
        QVERIFY(dialog.logView()->text("web1").contains("apache2"));

        const QByteArray endless = "#!/bin/bash\necho waiting\nsleep 53.5\n";
        dialog.setMode(DeployMode::Deploy);
        dialog.setBundleDir(bundle("forever", endless, endless));
        finished.clear();
        QVERIFY(dialog.startRun());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.logView()->text("app1").contains("waiting"), 60000);
        dialog.cancelRun();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        const DeploySummary s = finished.first().first().value<DeploySummary>();
        QVERIFY(s.cancelled);
        QCOMPARE(s.results.value(0).state, ServerState::Cancelled);
        QCOMPARE(s.results.value(1).state, ServerState::Cancelled);
        QCOMPARE(overlay.runState("web1"), Overlay::RunState::Drifted); // as before the cancelled run
        QVERIFY(dialog.statusText().contains("cancelled"));
        for (const auto &r : s.results)
            if (!r.remoteDir.isEmpty())
                QDir(r.remoteDir).removeRecursively();
    }

    void unknownHostKeyIsAskedInTheDialog()
    {
        DesignModel model;
        model.reset(m_sshd.design({"app1"}));
        Overlay overlay;
        DeployDialog dialog(&model, &overlay);
        dialog.setMode(DeployMode::DryRun);
        dialog.setKeyFile(m_sshd.userKey());
        const QString kh = m_work.filePath("dialog_known_hosts");
        dialog.setKnownHostsFile(kh);
        dialog.setBundleDir(bundle("quick", "#!/bin/bash\necho hi\n", "#!/bin/bash\necho hi\n"));
        dialog.show();
        QSignalSpy finished(&dialog, &DeployDialog::runFinished);
        QVERIFY2(dialog.startRun(), qPrintable(dialog.statusText()));
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = dialog.findChild<QMessageBox *>()) != nullptr, 60000);
        QVERIFY2(box->text().contains(m_sshd.hostFingerprint()), qPrintable(box->text()));
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QVERIFY(finished.first().first().value<DeploySummary>().allSucceeded());
        QVERIFY(QFile::exists(kh));
    }
};

QTEST_MAIN(TestDeployDialog)
#include "test_deploy_dialog.moc"
