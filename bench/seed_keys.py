#!/usr/bin/env python3
"""Signs in to keywardd and creates N API keys; writes the secrets, one per line (benchmark input only)."""
import http.client, json, sys

host, port, email, password, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5]), sys.argv[6]
conn = http.client.HTTPConnection(host, port)
conn.request("POST", "/v1/auth/login", json.dumps({"email": email, "password": password}), {"Content-Type": "application/json"})
r = conn.getresponse(); r.read()
token = r.getheader("x-auth-token")
if r.status != 200 or not token:
    sys.exit("login failed: %d" % r.status)
with open(out, "w") as f:
    for i in range(count):
        conn.request("POST", "/v1/api-keys", json.dumps({"name": "bench-%d" % i, "expires_in_days": 90, "scopes": ["read"]}),
                     {"Content-Type": "application/json", "x-auth-token": token})
        r = conn.getresponse(); body = json.loads(r.read())
        if r.status != 201:
            sys.exit("create failed: %d %s" % (r.status, body))
        f.write(body["response"]["secret"] + "\n")
