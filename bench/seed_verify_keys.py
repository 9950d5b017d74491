#!/usr/bin/env python3
"""Seeds N live API keys with real secrets straight into a stopped keywardd's SQLite database (benchmark input only),
and writes the secrets, one per line, so that wrk can present them. Also writes M well-formed keys (valid checksum)
that exist nowhere: the flood of guesses.

    bench/seed_verify_keys.py DB N SECRETS_FILE [--unknown M UNKNOWN_FILE] [--seed S]

The database must already hold the schema, a tenant and a user (start keywardd on it once). Secrets are built as
core/KeySecret.cpp builds them: "kw_key_" + 30 base62 characters + the base62 CRC-32 of both (6 characters); only
their SHA-256 is stored, as keywardd stores it.
"""
import argparse, hashlib, json, random, sqlite3, string, time, zlib

ALPHABET = string.digits + string.ascii_uppercase + string.ascii_lowercase
DAY = 86400000


def base62(value, width):
    out = []
    for _ in range(width):
        out.append(ALPHABET[value % 62])
        value //= 62
    return "".join(reversed(out))


def secret(rng):
    body = "kw_key_" + "".join(rng.choices(ALPHABET, k=30))
    return body + base62(zlib.crc32(body.encode()), 6)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("rows", type=int)
    ap.add_argument("secrets_file")
    ap.add_argument("--unknown", nargs=2, metavar=("M", "FILE"))
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    db = sqlite3.connect(args.db, isolation_level=None)
    tenant_id, user_id = db.execute("SELECT tenant_id, id FROM users ORDER BY created_at LIMIT 1").fetchone()
    db.execute("PRAGMA journal_mode=DELETE")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-2000000")
    now = int(time.time() * 1000)
    started = time.monotonic()
    secrets = []

    def keys():
        for i in range(args.rows):
            key_id = "key_" + "".join(rng.choices(ALPHABET, k=16))
            s = secret(rng)
            secrets.append((s, key_id))
            yield (key_id, tenant_id, user_id, "api", "bench-%d" % i, "", s[:11], 1, 0, 0, now - DAY, now - DAY,
                   now + 365 * DAY, 0, "", user_id)

    db.execute("BEGIN")
    db.executemany("INSERT INTO api_keys (id, tenant_id, user_id, kind, name, description, display_prefix, scopes, "
                   "rate_limit, revoked, created_at, updated_at, expires_at, last_used_at, last_used_addr, created_by) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", keys())
    db.executemany("INSERT INTO key_secrets (hash, key_id, valid_until) VALUES (?, ?, 0)",
                   ((hashlib.sha256(s.encode()).hexdigest(), k) for s, k in secrets))
    db.execute("COMMIT")
    db.execute("PRAGMA journal_mode=WAL")
    db.close()
    order = list(range(len(secrets)))
    rng.shuffle(order)  # presented in another order than inserted
    with open(args.secrets_file, "w") as f:
        f.writelines(secrets[i][0] + "\n" for i in order)
    if args.unknown:
        with open(args.unknown[1], "w") as f:
            f.writelines(secret(rng) + "\n" for _ in range(int(args.unknown[0])))
    print(json.dumps({"rows": args.rows, "seconds": round(time.monotonic() - started, 1)}))


if __name__ == "__main__":
    main()
