#!/usr/bin/env python3
"""Bulk-inserts N API keys (api_keys + key_secrets) straight into a keywardd SQLite database (benchmark input only).

keywardd must be stopped. The database must already hold the schema, the tenant and its users (start keywardd on it
once). The keys are spread over every user of the tenant (skewed: a few heavy owners), created over the last year
(inserted in created_at order, as a real database grows); ~85% expire within the next year, ~15% have expired (older
keys more often), 5% are revoked; names like "billing-prod-ci" (a common word, and a rare word in one key of 5000).

    bench/seed_bulk.py DB ROWS [--tenant ID] [--seed S] [--analyze] [--common-word prod] [--rare-word zeppelin]

Prints one JSON line: rows, seconds (the insert transaction, generation included), db_bytes, and the counts per
status and per search word so the benchmark can print what each filter matches.
"""
import argparse, json, os, random, sqlite3, string, time

ALPHABET = string.digits + string.ascii_uppercase + string.ascii_lowercase  # as Ids.cpp / KeySecret.cpp
DAY = 86400000

SERVICES = ["billing", "payments", "search", "auth", "ingest", "reporting", "analytics", "mobile", "webhooks", "crm",
            "inventory", "shipping", "notifications", "backup", "monitoring", "ml-pipeline", "etl", "gateway",
            "checkout", "support-portal", "ledger", "catalog", "pricing", "fraud", "identity", "mailer", "exports",
            "warehouse", "kiosk", "partner-api"]
ENVS = ["prod", "staging", "dev", "qa", "sandbox", "preview"]
ENV_WEIGHTS = [30, 20, 20, 10, 12, 8]
PURPOSES = ["ci", "deploy", "read-only", "sync", "cron", "integration", "terraform", "grafana", "datadog", "zapier",
            "github-actions", "jenkins", "lambda", "worker", "export", "import", "backfill", "smoke-test", "dashboard",
            "cli", "scheduler", "migration", "audit", "alerts", "bot"]
TEAMS = ["platform", "data", "growth", "payments", "infra", "mobile", "security", "sre", "finance", "support"]


def ident(rng, prefix):
    return prefix + "_" + "".join(rng.choices(ALPHABET, k=16))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("rows", type=int)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--tenant", help="tenant id (default: the first tenant)")
    ap.add_argument("--analyze", action="store_true", help="run ANALYZE afterwards (keywardd itself never does)")
    ap.add_argument("--common-word", default="prod")
    ap.add_argument("--rare-word", default="zeppelin")
    ap.add_argument("--rare-every", type=int, default=5000, help="one key in this many is named with the rare word")
    args = ap.parse_args()
    rng = random.Random(args.seed)

    db = sqlite3.connect(args.db, isolation_level=None)
    tenant_id = args.tenant or db.execute("SELECT id FROM tenants ORDER BY created_at LIMIT 1").fetchone()[0]
    users = [r[0] for r in db.execute("SELECT id FROM users WHERE tenant_id = ? ORDER BY created_at, id",
                                      (tenant_id,))]
    if not users:
        raise SystemExit("no users in %s: start keywardd on it first" % args.db)
    # A few heavy owners, a long tail: weights 1/(rank+1)^0.7 (with 51 users the heaviest, the admin, owns ~12%,
    # the lightest ~1%).
    weights = [1.0 / (i + 1) ** 0.7 for i in range(len(users))]
    cum = [sum(weights[:i + 1]) for i in range(len(weights))]
    # The load is one transaction; a rollback journal costs nothing on a fresh file, WAL would write everything twice.
    # keywardd switches the file back to WAL when it opens it.
    db.execute("PRAGMA journal_mode=DELETE")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-2000000")  # 2 GB: random-order index inserts stay in memory
    db.execute("PRAGMA foreign_keys=ON")

    now = int(time.time() * 1000)
    n = args.rows
    created = sorted(now - rng.randint(60000, 365 * DAY) for _ in range(n))
    counts = {"active": 0, "inactive": 0, "expired": 0, "expiring_7d": 0, "common_word": 0, "rare_word": 0}
    ids = []

    def keys():
        common, rare = args.common_word.lower(), args.rare_word.lower()
        for created_at in created:
            key_id = ident(rng, "key")
            ids.append(key_id)
            owner = rng.choices(users, cum_weights=cum)[0]
            service, purpose = rng.choice(SERVICES), rng.choice(PURPOSES)
            if rng.randrange(args.rare_every) == 0:
                purpose = args.rare_word
            env = rng.choices(ENVS, ENV_WEIGHTS)[0]
            form = rng.randrange(4)
            if form == 0:
                name = "%s-%s-%s" % (service, env, purpose)
            elif form == 1:
                name = "%s %s (%s)" % (service.capitalize(), purpose, env)
            elif form == 2:
                name = "%s for %s %s" % (purpose, service, env)
            else:
                name = "%s-%s-%d" % (service, purpose, rng.randint(1, 99))
            description = "" if rng.random() < 0.4 else "Used by the %s team for %s" % (rng.choice(TEAMS), service)
            prefix = "kw_key_" + "".join(rng.choices(ALPHABET, k=4))
            scopes = rng.choice([1, 1, 1, 3, 3, 9, 11])  # read | read+write | read+webhook | read+write+webhook
            revoked = 1 if rng.random() < 0.05 else 0
            # Older keys are more likely to have expired: P(expired) = 0.3 * age / 1 year (15% overall, ~0 for new
            # keys). The others expire within the next year.
            if rng.random() >= 0.3 * (now - created_at) / (365 * DAY):
                expires_at = now + rng.randint(3600000, 365 * DAY)
            else:  # expired: somewhere between its creation and now
                expires_at = created_at + rng.randint(1, max(1, min(90 * DAY, now - created_at - 1)))
            if expires_at <= now:
                counts["expired"] += 1
            elif revoked:
                counts["inactive"] += 1
            else:
                counts["active"] += 1
                if expires_at <= now + 7 * DAY:
                    counts["expiring_7d"] += 1
            hay = (name + " " + description + " " + prefix).lower()
            counts["common_word"] += common in hay
            counts["rare_word"] += rare in hay
            used = rng.random() < 0.6
            last_used_at = rng.randint(created_at, min(now, expires_at)) if used else 0
            last_used_addr = ("10.%d.%d.%d" % (rng.randrange(256), rng.randrange(256), rng.randrange(1, 255))
                              if used else "")
            rate_limit = 600 if rng.random() < 0.1 else 0
            yield (key_id, tenant_id, owner, "api", name, description, prefix, scopes, rate_limit, revoked, created_at,
                   created_at, expires_at, last_used_at, last_used_addr, owner)

    def secrets():
        for key_id in ids:
            yield ("%064x" % rng.getrandbits(256), key_id, 0)

    started = time.monotonic()
    db.execute("BEGIN")
    db.executemany("INSERT INTO api_keys (id, tenant_id, user_id, kind, name, description, display_prefix, scopes, "
                   "rate_limit, revoked, created_at, updated_at, expires_at, last_used_at, last_used_addr, created_by) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", keys())
    keys_done = time.monotonic()
    db.executemany("INSERT INTO key_secrets (hash, key_id, valid_until) VALUES (?, ?, ?)", secrets())
    db.execute("COMMIT")
    seconds = time.monotonic() - started
    analyze_seconds = 0.0
    if args.analyze:
        t = time.monotonic()
        db.execute("ANALYZE")
        analyze_seconds = time.monotonic() - t
    db.execute("PRAGMA journal_mode=WAL")
    db.close()
    print(json.dumps({"rows": n, "seconds": round(seconds, 2), "api_keys_seconds": round(keys_done - started, 2),
                      "key_secrets_seconds": round(seconds - (keys_done - started), 2),
                      "analyze_seconds": round(analyze_seconds, 2), "db_bytes": os.path.getsize(args.db),
                      "users": len(users), "tenant_id": tenant_id, "now_ms": now, **counts}))


if __name__ == "__main__":
    main()
