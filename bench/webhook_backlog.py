#!/usr/bin/env python3
"""bench/webhook-backlog's helper. `blackhole PORT`: a receiver that accepts every connection and never answers.
`fill HOST PORT EMAIL PASSWORD RECEIVER_PORT COUNT`: creates a webhook on the receiver and COUNT test events for it,
then prints how many of its deliveries are pending. `drop HOST PORT EMAIL PASSWORD`: deletes every webhook."""
import http.client, json, socket, sys, threading, time


def login(conn, email, password):
    conn.request("POST", "/v1/auth/login", json.dumps({"email": email, "password": password}),
                 {"Content-Type": "application/json"})
    r = conn.getresponse(); r.read()
    token = r.getheader("x-auth-token")
    if r.status != 200 or not token:
        sys.exit("login failed: %d" % r.status)
    return token


def call(conn, token, method, path, body=None):
    headers = {"x-auth-token": token}
    if body is not None:
        headers["Content-Type"] = "application/json"
    conn.request(method, path, json.dumps(body) if body is not None else None, headers)
    r = conn.getresponse()
    data = r.read()
    return r.status, json.loads(data) if data else {}


def blackhole(port):
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", port))
    server.listen(4096)
    held = []
    while True:
        conn, _ = server.accept()
        held.append(conn)  # read nothing, answer nothing, close nothing


def pending(conn, token, webhook):
    count, cursor = 0, None
    while True:
        path = "/v1/webhooks/%s/deliveries?limit=100" % webhook + ("&cursor=" + cursor if cursor else "")
        status, body = call(conn, token, "GET", path)
        if status != 200:
            sys.exit("deliveries failed: %d %s" % (status, body))
        count += sum(1 for d in body["response"]["deliveries"] if d["status"] == "pending")
        cursor = body["response"]["next_cursor"]
        if not cursor:
            return count


def fill(host, port, email, password, receiver_port, count):
    conn = http.client.HTTPConnection(host, port)
    token = login(conn, email, password)
    status, body = call(conn, token, "POST", "/v1/webhooks",
                        {"url": "http://127.0.0.1:%d/hooks" % receiver_port, "events": ["webhook.test"]})
    if status != 201:
        sys.exit("webhook create failed: %d %s" % (status, body))
    webhook = body["response"]["id"]
    for _ in range(count):
        status, body = call(conn, token, "POST", "/v1/webhooks/%s/test" % webhook)
        if status != 202:
            sys.exit("test event failed: %d %s" % (status, body))
    print(pending(conn, token, webhook))


def drop(host, port, email, password):
    conn = http.client.HTTPConnection(host, port)
    token = login(conn, email, password)
    status, body = call(conn, token, "GET", "/v1/webhooks")
    for w in body["response"]["webhooks"]:
        call(conn, token, "DELETE", "/v1/webhooks/" + w["id"])


if __name__ == "__main__":
    if sys.argv[1] == "blackhole":
        blackhole(int(sys.argv[2]))
    elif sys.argv[1] == "fill":
        fill(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5], int(sys.argv[6]), int(sys.argv[7]))
    elif sys.argv[1] == "drop":
        drop(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5])
