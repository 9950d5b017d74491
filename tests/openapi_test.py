#!/usr/bin/env python3
"""docs/api/openapi.yaml stays true to the code: it parses, every $ref resolves, and every route keywardd registers
(server/http/Routes.cpp) is documented with its method, and nothing documented is missing from the code."""
import re
import sys

import yaml

root = sys.argv[1]
with open(f"{root}/docs/api/openapi.yaml", encoding="utf-8") as f:
    spec = yaml.safe_load(f)
with open(f"{root}/server/http/Routes.cpp", encoding="utf-8") as f:
    routes_source = f.read()

problems = []


def shape(path):
    # Parameter names may differ between the code and the document; their places may not.
    return re.sub(r"\{[^}]*\}", "{}", path)


coded = set()
for method, path in re.findall(r'r\.add\(\s*"([A-Z]+)",\s*QStringLiteral\("([^"]+)"\)', routes_source):
    coded.add((method.lower(), shape(path)))
if len(coded) < 20:
    problems.append(f"only {len(coded)} routes found in Routes.cpp: the pattern no longer matches the code")

documented = set()
for path, item in (spec.get("paths") or {}).items():
    for method in item:
        if method in ("get", "post", "put", "patch", "delete"):
            documented.add((method, shape(path)))

for method, path in sorted(coded - documented):
    problems.append(f"{method.upper()} {path} is served but not documented")
for method, path in sorted(documented - coded):
    problems.append(f"{method.upper()} {path} is documented but not served")


def resolve(ref):
    node = spec
    for part in ref.lstrip("#/").split("/"):
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def walk(node):
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and not resolve(ref):
            problems.append(f"$ref {ref} does not resolve")
        for value in node.values():
            walk(value)
    elif isinstance(node, list):
        for value in node:
            walk(value)


walk(spec)
for problem in problems:
    print(problem)
print(f"{len(coded)} routes served, {len(documented)} documented, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
