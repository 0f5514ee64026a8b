# Stackwright demo application: what a design without a repository of its
# own deploys. It writes a row to the database (with ?write=1) and reads it
# back, then answers in JSON which load balancer, web server, app server and
# database served the request. When the primary does not answer, a read is
# served by a replica (DATABASE_REPLICA_HOSTS) and a write fails: a replica
# accepts no writes. Standard library plus PyMySQL (Debian: python3-pymysql).
import json
import os
import socket
import time

try:
    import pymysql
except ImportError:  # the page says so instead of failing
    pymysql = None


def _connect(host):
    return pymysql.connect(
        host=host,
        port=int(os.environ.get("DATABASE_PORT", "3306")),
        user=os.environ.get("DATABASE_USER", "app"),
        password=os.environ.get("DATABASE_PASSWORD", ""),
        database=os.environ.get("DATABASE_NAME", "app"),
        connect_timeout=3,
        read_timeout=5,
        write_timeout=5,
        autocommit=True,
    )


def _replica_hosts():
    return [h for h in os.environ.get("DATABASE_REPLICA_HOSTS", "").split(",") if h]


def _read(conn, out):
    with conn.cursor() as cur:
        cur.execute("SELECT @@hostname, COUNT(*), COALESCE(MAX(id), 0) FROM stackwright_visits")
        host, count, last = cur.fetchone()
        out.update({"database": host, "rows": count, "last_id": last})


def _read_from_replica(primary_error):
    """The primary does not answer: a read is served by a replica; a write is not
    (a replica accepts no writes, and none becomes the primary by itself)."""
    for host in _replica_hosts():
        try:
            conn = _connect(host)
        except Exception:  # noqa: BLE001 - try the next one
            continue
        try:
            out = {"read_from_replica": True, "primary_error": str(primary_error)}
            _read(conn, out)
            return out
        finally:
            conn.close()
    raise primary_error


def _database(write):
    """Writes (when asked) and reads a row; returns what the page reports."""
    primary = os.environ.get("DATABASE_HOST", "")
    if not primary:
        return {"database": None, "error": "no database is linked to this app server"}
    if pymysql is None:
        return {"database": None, "error": "python3-pymysql is not installed"}
    out = {}
    try:
        conn = _connect(primary)
    except pymysql.err.OperationalError as e:
        if write:
            raise
        return _read_from_replica(e)
    try:
        with conn.cursor() as cur:
            cur.execute(
                "CREATE TABLE IF NOT EXISTS stackwright_visits ("
                " id BIGINT AUTO_INCREMENT PRIMARY KEY, app VARCHAR(255) NOT NULL,"
                " at DOUBLE NOT NULL)"
            )
            if write:
                cur.execute(
                    "INSERT INTO stackwright_visits (app, at) VALUES (%s, %s)",
                    (socket.gethostname(), time.time()),
                )
                out["written_id"] = cur.lastrowid
        _read(conn, out)
    finally:
        conn.close()
    return out


def _replica(row_id):
    """Reads row `row_id` on each replica: proves replication."""
    found = []
    for host in _replica_hosts():
        try:
            conn = _connect(host)
            try:
                with conn.cursor() as cur:
                    cur.execute("SELECT @@hostname, COUNT(*) FROM stackwright_visits WHERE id = %s", (row_id,))
                    name, count = cur.fetchone()
                    found.append({"replica": name, "has_row": count == 1})
            finally:
                conn.close()
        except Exception as e:  # noqa: BLE001 - reported, not raised
            found.append({"replica": host, "error": str(e)})
    return found


def application(environ, start_response):
    path = environ.get("PATH_INFO", "/")
    query = environ.get("QUERY_STRING", "")
    body = {
        "app": "stackwright-demo",
        "path": path,
        "load_balancer": environ.get("HTTP_X_LOAD_BALANCER"),
        "web_server": environ.get("HTTP_X_WEB_SERVER"),
        "app_server": socket.gethostname(),
        "forwarded_for": environ.get("HTTP_X_FORWARDED_FOR"),
        "scheme": environ.get("HTTP_X_FORWARDED_PROTO", environ.get("wsgi.url_scheme")),
    }
    status = "200 OK"
    try:
        body.update(_database(write="write=1" in query.split("&")))
        if "replica" in query.split("&") and body.get("last_id"):
            for _ in range(20):
                body["replicas"] = _replica(body["last_id"])
                if all(r.get("has_row") for r in body["replicas"]):
                    break
                time.sleep(0.1)
    except Exception as e:  # noqa: BLE001 - the page names the failure
        status = "503 Service Unavailable"
        body["error"] = "database: %s" % e
    data = (json.dumps(body, sort_keys=True) + "\n").encode()
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(data))),
                            ("X-App-Server", body["app_server"])])
    return [data]
