#!/usr/bin/env python3
"""Live heap per Vaadin session on the explorer (issue 14): opens N sessions on a running node the
way a browser does (the page, Vaadin's init, the navigation to the explorer), leaves them idle,
and compares the node's live heap after a full GC (jcmd GC.run, GC.class_histogram) with the heap
before. Prints KB per session, sessions per GB, and the classes that grew most per session, which
is what a session holds.
   tools/load/session_heap.py http://127.0.0.1:18080 NODE_PID [N=500] [QUERY]
QUERY is the explorer's query (for instance "asOf=2020-10-01&select=military-presence:ID") to
measure a session with a selection open. TOUR=briefing-slug also presents that briefing's first two
slides and comes back to the explorer, as the load test's users do, before the heap is taken."""
import os
import http.cookiejar
import json
import re
import subprocess
import sys
import time
import urllib.request

base, pid = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 500
query = sys.argv[4] if len(sys.argv) > 4 else ""


def histogram():
    subprocess.run(["jcmd", pid, "GC.run"], check=True, capture_output=True)
    time.sleep(1)
    out = subprocess.run(["jcmd", pid, "GC.class_histogram"], check=True, capture_output=True, text=True).stdout
    rows = {}
    for line in out.splitlines():
        m = re.match(r"\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)", line)
        if m:
            rows[m.group(3)] = (int(m.group(1)), int(m.group(2)))
    return rows


def open_session():
    jar = http.cookiejar.CookieJar()
    web = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    web.open(base + "/" + ("?" + query if query else "")).read()
    init = web.open(base + "/?v-r=init&location=&query=" + urllib.request.quote(query)).read().decode()
    csrf = re.search(r'"Vaadin-Security-Key":"([^"]+)"', init).group(1)
    navigate = {"type": "event", "node": 1, "event": "ui-navigate",
                "data": {"route": "", "query": query, "appShellTitle": "", "historyState": {"idx": 0}, "trigger": ""}}
    answer = uidl(web, csrf, navigate, 0, 0)
    tour = os.environ.get("TOUR")
    if tour:
        sync, client = 1, 1
        for route, q in (("briefings/" + tour + "/1", ""), ("briefings/" + tour + "/2", ""), ("", query)):
            step = dict(navigate, data=dict(navigate["data"], route=route, query=q))
            answer = uidl(web, csrf, step, sync, client)
            sync, client = int(re.search(r'"syncId":(\d+)', answer).group(1)), client + 1
    return web


def uidl(web, csrf, rpc, sync, client):
    body = json.dumps({"csrfToken": csrf, "rpc": [rpc], "syncId": sync, "clientId": client}).encode()
    request = urllib.request.Request(base + "/?v-r=uidl&v-uiId=0", data=body,
                                     headers={"Content-Type": "application/json; charset=UTF-8"})
    answer = web.open(request).read().decode()
    if "sessionExpired" in answer or '"syncId"' not in answer:
        raise SystemExit("the navigation was not answered as expected: " + answer[:300])
    return answer  # kept, so nothing about the session is closed from this side


open_session()  # the first explorer builds the shared caches; not counted
before = histogram()
kept = [open_session() for _ in range(n)]
after = histogram()
grown = {c: (after[c][0] - before.get(c, (0, 0))[0], after[c][1] - before.get(c, (0, 0))[1]) for c in after}
total = sum(b for _, b in grown.values())
per = total / n / 1024
print(f"{n} idle explorer sessions{' (' + query + ')' if query else ''}: live heap after full GC grew by {total / 1048576:.1f} MB,"
      f" {per:.1f} KB per session, {1048576 / per:,.0f} sessions per GB")
print("what a session holds (bytes per session, instances per session):")
for cls, (count, size) in sorted(grown.items(), key=lambda kv: -kv[1][1])[:25]:
    print(f"  {size / n:9.0f} B  {count / n:8.1f}  {cls}")
