#!/usr/bin/env python3
"""Checks a SARIF log the way a code-scanning service would read it.

usage: check_sarif.py SCHEMA LOG

Validates LOG against SCHEMA (sarif-2.1.0-subset.schema.json, written from the SARIF 2.1.0
standard's rules) with python3-jsonschema, then checks what a schema cannot say: each
result's ruleIndex names the rule of its ruleId, and each region ends after it starts.
Prints "ok" and the number of results, or each problem and exits 1.
"""
import json
import sys

import jsonschema


def problems_of(log):
    problems = []
    for run in log["runs"]:
        rules = run["tool"]["driver"].get("rules", [])
        for number, result in enumerate(run.get("results", [])):
            where = f"result {number}"
            if "ruleIndex" in result:
                index = result["ruleIndex"]
                if index >= len(rules) or rules[index]["id"] != result.get("ruleId"):
                    problems.append(f"{where}: ruleIndex {index} does not name rule {result.get('ruleId')}")
            for location in result.get("locations", []):
                region = location.get("physicalLocation", {}).get("region")
                if not region or "endLine" not in region:
                    continue
                start = (region["startLine"], region.get("startColumn", 1))
                end = (region["endLine"], region.get("endColumn", 1))
                if end <= start:
                    problems.append(f"{where}: the region ends at {end}, not after its start {start}")
    return problems


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    log = json.load(open(sys.argv[2], encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    problems = [f"{'/'.join(str(p) for p in error.absolute_path)}: {error.message}" for error in validator.iter_errors(log)]
    if not problems:
        problems = problems_of(log)
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("ok", sum(len(run.get("results", [])) for run in log["runs"]))


main()
