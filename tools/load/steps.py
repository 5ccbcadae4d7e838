#!/usr/bin/env python3
"""Per-step figures of a Gatling report as a Markdown table: requests, errors, p50, p95, p99 (ms).
   tools/load/steps.py target/gatling/<run>/index.html
Reads the statistics table of Gatling's own HTML report (the binary simulation.log has no stable format)."""
import html
import re
import sys

page = open(sys.argv[1], encoding="utf-8").read()
print("| step | requests | errors | p50 | p95 | p99 | max |")
print("|---|---|---|---|---|---|---|")
for row in re.findall(r'<tr id="(?:ROOT|req_[^"]+)".*?</tr>', page, re.S):
    name = html.unescape(re.search(r'class="ellipsed-name">([^<]*)<', row).group(1))
    cells = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', row))
    print(f"| {name} | {cells['2']} | {cells['4']} | {cells['8']} | {cells['10']} | {cells['11']} | {cells['12']} |")
