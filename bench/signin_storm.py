#!/usr/bin/env python3
"""Signs one user in again and again from N threads for SECONDS (a sign-in storm: argon2 on every request); prints
one JSON line with the sign-ins per second and their p50/p99 latency in ms (benchmark input only).

    bench/signin_storm.py HOST PORT EMAIL PASSWORD THREADS SECONDS
"""
import http.client, json, sys, threading, time

host, port, email, password = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
threads, seconds = int(sys.argv[5]), float(sys.argv[6])
body = json.dumps({"email": email, "password": password})
latencies, failures, lock = [], [0], threading.Lock()
end = time.monotonic() + seconds


def run():
    conn = http.client.HTTPConnection(host, port, timeout=60)
    while time.monotonic() < end:
        t = time.monotonic()
        conn.request("POST", "/v1/auth/login", body, {"Content-Type": "application/json"})
        r = conn.getresponse()
        r.read()
        with lock:
            if r.status == 200:
                latencies.append((time.monotonic() - t) * 1000)
            else:
                failures[0] += 1


workers = [threading.Thread(target=run) for _ in range(threads)]
for w in workers:
    w.start()
for w in workers:
    w.join()
latencies.sort()
pick = lambda q: round(latencies[min(len(latencies) - 1, int(q * len(latencies)))], 1) if latencies else None
print(json.dumps({"signins_per_s": round(len(latencies) / seconds, 1), "p50_ms": pick(0.5), "p99_ms": pick(0.99),
                  "failures": failures[0]}))
