#!/usr/bin/env python3
"""Walks GET /v1/api-keys page by page with the cursor on two keywardd instances (a big and a small database) and
prints per-shape page latencies, the big/small ratio and the SQLite query plan of each shape (benchmark only).

    bench/pagination_walk.py --big PORT:DB:SEED_JSON --small PORT:DB:SEED_JSON --email E --password P
                             [--pages 200] [--limit 100] [--mid-pages 20] [--budget 30]
                             [--user-email user00@bench.test] [--common prod] [--rare zeppelin]

Every request is timed from sending it to having read the whole body, over one keep-alive connection
(python http.client), as the admin (x-auth-token), so the whole tenant is listed.
- walk: page 1 (no cursor; SQLite may plan it differently from the next pages), then next_cursor after
  next_cursor, up to --pages pages or --budget seconds.
- mid: --mid-pages pages starting from a cursor crafted for the middle of the shape's sort order (the cursor is the
  base64url of "<sort value>\\n<id>", SqlStorage.cpp encodeCursor); this shows whether a page deep in the table costs
  what page 1 costs, which a 200-page walk (the first 20,000 rows) cannot.
"""
import argparse, base64, http.client, json, sqlite3, subprocess, sys, time, urllib.parse

# Mirrors SqlStorage::listKeys (server/storage/SqlStorage.cpp) for EXPLAIN QUERY PLAN; the server binds the same
# parameters (?), so the plan printed here is the plan keywardd gets.
KEY_COLUMNS = ("k.id, k.tenant_id, k.user_id, k.kind, k.name, k.description, k.display_prefix, k.scopes, k.rate_limit, "
               "k.revoked, k.created_at, k.updated_at, k.expires_at, k.last_used_at, k.last_used_addr, k.created_by, "
               "u.email, u.name, u.disabled")


def list_sql(params, with_cursor):
    sort = params.get("sort", "-created_at")
    desc = sort.startswith("-") or "sort" not in params
    column = "k." + sort.lstrip("-")
    where = "WHERE k.kind = 'api' AND k.tenant_id = ?"
    if "user" in params:
        where += " AND k.user_id = ?"
    status = params.get("status")
    if status == "active":
        where += " AND k.revoked = 0 AND k.expires_at > ?"
    elif status == "inactive":
        where += " AND k.revoked = 1 AND k.expires_at > ?"
    elif status == "expired":
        where += " AND k.expires_at <= ?"
    if "expiring_within_days" in params:
        where += " AND k.revoked = 0 AND k.expires_at > ? AND k.expires_at <= ?"
    if "q" in params:
        where += (" AND (k.name LIKE ? ESCAPE '\\' OR k.description LIKE ? ESCAPE '\\' OR k.display_prefix LIKE ? "
                  "ESCAPE '\\' OR k.id = ? OR u.email LIKE ? ESCAPE '\\')")
    if with_cursor:
        where += " AND (%s, k.id) %s (?, ?)" % (column, "<" if desc else ">")
    direction = "DESC" if desc else "ASC"
    return ("SELECT %s FROM api_keys k JOIN users u ON u.id = k.user_id %s ORDER BY %s %s, k.id %s LIMIT 101"
            % (KEY_COLUMNS, where, column, direction, direction))


def query_plan(db, sql):
    try:
        out = subprocess.run(["sqlite3", "-readonly", db, "EXPLAIN QUERY PLAN " + sql], capture_output=True, text=True,
                             timeout=60)
    except FileNotFoundError:
        con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
        rows = con.execute("EXPLAIN QUERY PLAN " + sql, [None] * sql.count("?")).fetchall()
        con.close()
        return [r[3] for r in rows]
    return [line.strip("|`- ") for line in out.stdout.splitlines() if line.strip() and line != "QUERY PLAN"]


def encode_cursor(value, key_id):
    return base64.urlsafe_b64encode(("%s\n%s" % (value, key_id)).encode()).rstrip(b"=").decode()


class Server:
    def __init__(self, spec, email, password, label):
        port, self.db, seed = spec.split(":", 2)
        self.port, self.label = int(port), label
        with open(seed) as f:
            self.seed = json.loads(f.read().strip().splitlines()[-1])
        self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)
        self.conn.request("POST", "/v1/auth/login", json.dumps({"email": email, "password": password}),
                          {"Content-Type": "application/json"})
        r = self.conn.getresponse()
        r.read()
        self.token = r.getheader("x-auth-token")
        if r.status != 200 or not self.token:
            sys.exit("%s: login failed: %d" % (label, r.status))

    def page(self, params):
        path = "/v1/api-keys?" + urllib.parse.urlencode(params)
        t = time.perf_counter()
        self.conn.request("GET", path, headers={"x-auth-token": self.token})
        r = self.conn.getresponse()
        body = r.read()
        ms = (time.perf_counter() - t) * 1000
        if r.status != 200:
            sys.exit("%s: GET %s answered %d: %s" % (self.label, path, r.status, body[:300]))
        doc = json.loads(body)["response"]
        return ms, len(doc["keys"]), doc["next_cursor"]

    def walk(self, params, pages, budget, cursor=None):
        times, rows, started, fetched = [], 0, time.monotonic(), 0
        while fetched < pages:
            fetched += 1
            p = dict(params)
            if cursor:
                p["cursor"] = cursor
            ms, n, cursor = self.page(p)
            rows += n
            # A short last page (fewer rows than the limit) is not a page-sized sample: only page 1 keeps it.
            if n == int(params["limit"]) or not times:
                times.append(ms)
            if not cursor or time.monotonic() - started > budget:
                break
        return {"times": times, "rows": rows, "pages": fetched, "complete": cursor is None,
                "budget_hit": cursor is not None and fetched < pages}

    def mid_cursor(self, params):
        """The cursor of the row in the middle of the shape's sort order (over the rows of the owner filter only)."""
        sort = params.get("sort", "-created_at")
        desc = sort.startswith("-") or "sort" not in params
        column = sort.lstrip("-")
        where, binds = "kind = 'api'", []
        if "user" in params:
            where += " AND user_id = ?"
            binds.append(params["user"])
        con = sqlite3.connect("file:%s?mode=ro" % self.db, uri=True)
        (count,) = con.execute("SELECT COUNT(*) FROM api_keys WHERE " + where, binds).fetchone()
        direction = "DESC" if desc else "ASC"
        row = con.execute("SELECT %s, id FROM api_keys WHERE %s ORDER BY %s %s, id %s LIMIT 1 OFFSET ?"
                          % (column, where, column, direction, direction), binds + [count // 2]).fetchone()
        con.close()
        return encode_cursor(row[0], row[1])


def pct(values, p):
    """Nearest-rank percentile."""
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(round(p / 100.0 * len(s) + 0.5)) - 1))]


def fmt(ms):
    return "-" if ms != ms else ("%.1f" % ms if ms < 1000 else "%.0f" % ms)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--big", required=True)
    ap.add_argument("--small", required=True)
    ap.add_argument("--email", required=True)
    ap.add_argument("--password", required=True)
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--mid-pages", type=int, default=20)
    ap.add_argument("--budget", type=float, default=30.0, help="seconds per shape and database for the walk")
    ap.add_argument("--user-email", default="user00@bench.test")
    ap.add_argument("--common", default="prod")
    ap.add_argument("--rare", default="zeppelin")
    args = ap.parse_args()

    big = Server(args.big, args.email, args.password, "big")
    small = Server(args.small, args.email, args.password, "small")
    con = sqlite3.connect("file:%s?mode=ro" % big.db, uri=True)
    user_id, user_keys = con.execute(
        "SELECT u.id, (SELECT COUNT(*) FROM api_keys k WHERE k.user_id = u.id AND k.kind = 'api') FROM users u "
        "WHERE u.email = ?", (args.user_email,)).fetchone()
    con.close()
    con = sqlite3.connect("file:%s?mode=ro" % small.db, uri=True)
    (user_keys_small,) = con.execute("SELECT COUNT(*) FROM api_keys WHERE user_id = ? AND kind = 'api'",
                                     (user_id,)).fetchone()
    con.close()

    # The cursor format the mid walk relies on: check it against a real next_cursor.
    _, _, probe = big.page({"limit": 1})
    raw = base64.urlsafe_b64decode(probe + "=" * (-len(probe) % 4)).decode()
    mid_ok = raw.count("\n") == 1 and raw.split("\n")[0].isdigit() and raw.split("\n")[1].startswith("key_")
    if not mid_ok:
        print("warning: next_cursor is not <value>\\n<id>; the mid walk is skipped", file=sys.stderr)

    limit = str(args.limit)
    shapes = [  # label, query parameters, matched rows key in the seed summary (or a number)
        ("-created_at (default)", {}, "rows"),
        ("sort=name", {"sort": "name"}, "rows"),
        ("sort=expires_at", {"sort": "expires_at"}, "rows"),
        ("user=<%s>" % args.user_email.split("@")[0], {"user": user_id}, None),
        ("status=active", {"status": "active"}, "active"),
        ("status=inactive", {"status": "inactive"}, "inactive"),
        ("status=expired", {"status": "expired"}, "expired"),
        ("expiring_within_days=7", {"expiring_within_days": "7"}, "expiring_7d"),
        ("q=%s (common)" % args.common, {"q": args.common}, "common_word"),
        ("q=%s (rare)" % args.rare, {"q": args.rare}, "rare_word"),
    ]
    # Warm-up: a few requests on each, not measured.
    for s in (big, small):
        for _ in range(5):
            s.page({"limit": limit})

    results = []
    for label, params, match_key in shapes:
        params = dict(params, limit=limit)
        row = {"label": label, "params": params}
        for s, tag in ((small, "small"), (big, "big")):
            w = s.walk(params, args.pages, args.budget)
            if mid_ok and args.mid_pages > 0:
                m = s.walk(params, args.mid_pages, args.budget / 2, cursor=s.mid_cursor(params))
            else:
                m = {"times": []}
            match = s.seed.get(match_key) if match_key else (user_keys if s is big else user_keys_small)
            row[tag] = {"walk": w, "mid": m, "match": match}
            t = w["times"]
            print("  %-24s %-5s %4d pages (%s) page1 %s ms, next p50 %s ms, mid p50 %s ms" % (
                label, tag, w["pages"], "end" if w["complete"] else ("budget" if w["budget_hit"] else "max"),
                fmt(t[0]), fmt(pct(t[1:], 50)), fmt(pct(m["times"], 50))), file=sys.stderr, flush=True)
        results.append(row)

    bn, sn = big.seed["rows"], small.seed["rows"]
    tag_b, tag_s = human(bn), human(sn)
    print()
    print("GET /v1/api-keys, ms per page, limit=%s, as the admin. page1: no cursor; p50/p99: the following pages "
          "of the walk (next_cursor, up to %d pages or %gs); 100+: median of pages 100-200; mid: median of %d pages "
          "from a cursor in the middle of the sort order" % (limit, args.pages, args.budget, args.mid_pages))
    cols = "%-24s | %8s %5s %7s %7s %7s %7s %7s | %6s %5s %6s %6s %6s %6s | %6s %6s %6s %6s | %s"
    head = cols % ("shape", "match", "pages", "page1", "p50", "p99", "100+", "mid", "match", "pages", "page1", "p50",
                   "p99", "mid", "page1", "p50", "p99", "mid", "verdict")
    print("%-24s | %-61s | %-44s | %-27s |" % ("", "at %s rows" % tag_b, "at %s rows" % tag_s,
                                             "ratio %s / %s" % (tag_b, tag_s)))
    print(head)
    print("-" * len(head))
    for row in results:
        b, s = row["big"], row["small"]
        bt, st = b["walk"]["times"], s["walk"]["times"]
        bm, sm = b["mid"]["times"], s["mid"]["times"]
        r1 = bt[0] / st[0]
        r50 = pct(bt[1:], 50) / pct(st[1:], 50)
        r99 = pct(bt[1:], 99) / pct(st[1:], 99)
        rmid = pct(bm, 50) / pct(sm, 50)
        worst = max([x for x in (r1, r50, rmid) if x == x] or [0])
        verdict = "flat" if worst <= 2 else "DEGRADES x%.0f" % worst
        if bt[0] > 100 or pct(bt[1:], 50) > 50 or pct(bm, 50) > 50:
            verdict += ", slow"
        print(cols % (row["label"], b["match"], pages_str(b["walk"]), fmt(bt[0]), fmt(pct(bt[1:], 50)),
                      fmt(pct(bt[1:], 99)), fmt(pct(bt[99:200], 50)), fmt(pct(bm, 50)), s["match"],
                      pages_str(s["walk"]), fmt(st[0]), fmt(pct(st[1:], 50)), fmt(pct(st[1:], 99)), fmt(pct(sm, 50)),
                      ratio(r1), ratio(r50), ratio(r99), ratio(rmid), verdict))
    print()
    print("match: keys the shape matches; pages: walked (+ = stopped at --pages or the time budget, not at the end); "
          "a short last page is left out of p50/p99/mid.")
    print("verdict: flat when page1, p50 and mid stay within 2x of the %s baseline; slow when page1 > 100 ms or "
          "p50/mid > 50 ms." % tag_s)
    print()
    print("SQLite query plans on the %s-row database (EXPLAIN QUERY PLAN of SqlStorage::listKeys's SELECT; "
          "the join's SEARCH u USING INDEX sqlite_autoindex_users_1 (id=?) is left out):" % tag_b)
    for row in results:
        for first, tag in ((True, "page1"), (False, "next ")):
            plan = [p for p in query_plan(big.db, list_sql(row["params"], not first))
                    if not p.startswith("SEARCH u USING INDEX sqlite_autoindex_users_1")]
            print("  %-24s %s %s" % (row["label"] if first else "", tag, " ; ".join(plan)))


def pages_str(w):
    return "%d%s" % (w["pages"], "" if w["complete"] else "+")


def ratio(x):
    return "-" if x != x else "%.1f" % x


def human(n):
    return "%dM" % (n // 1000000) if n % 1000000 == 0 else ("%dk" % (n // 1000) if n % 1000 == 0 else str(n))


if __name__ == "__main__":
    main()
