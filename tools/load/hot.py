#!/usr/bin/env python3
"""Where a node's time went, from a JFR recording (tools/load/run.sh records one with JFR=1):
CPU samples by hottest method and by the first application frame, blocking on monitors by lock
class and by the frame that waited, GC pauses, and the CPU the JVM and the machine used.
   tools/load/hot.py target/load/node.jfr [from-HH:MM:SS to-HH:MM:SS]
Uses the JDK's own `jfr print --json`."""
import collections
import json
import subprocess
import sys

recording = sys.argv[1]
window = sys.argv[2:4]


def events(kind):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", kind, recording],
                         capture_output=True, text=True, check=True).stdout
    for e in json.loads(out)["recording"]["events"]:
        t = e["values"]["startTime"][11:19]
        if not window or window[0] <= t <= window[1]:
            yield e["values"]


def millis(d):
    """JFR's JSON durations are ISO-8601: PT0.008154752S, PT1M2.5S."""
    d = str(d)
    if not d.startswith("PT"):
        return 0.0
    total, number = 0.0, ""
    for ch in d[2:]:
        if ch in "HMS":
            total += float(number) * {"H": 3600, "M": 60, "S": 1}[ch]
            number = ""
        else:
            number += ch
    return 1000 * total


def frames(v):
    return [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in (v.get("stackTrace") or {}).get("frames", [])]


def ours(stack):
    return next((f for f in stack if f.startswith("org.influenceatlas.")), "(no application frame)")


def top(counter, total, n=15):
    for key, count in counter.most_common(n):
        print(f"  {100.0 * count / max(total, 1):5.1f}%  {count:6}  {key}")


samples = [frames(v) for v in events("jdk.ExecutionSample")]
print(f"CPU samples: {len(samples)}")
print(" hottest methods (self):")
top(collections.Counter(s[0] for s in samples if s), len(samples))
print(" by first application frame:")
top(collections.Counter(ours(s) for s in samples), len(samples))
print(" by Vaadin/Spring/Tomcat entry (first frame under com.vaadin.flow.server / web.servlet):")
entry = collections.Counter()
for s in samples:
    hit = next((f for f in s if f.startswith("com.vaadin.flow.server.communication.") or f.startswith("org.influenceatlas.api.")), None)
    entry[hit or (s[-1] if s else "?")] += 1
top(entry, len(samples), 10)

monitors = list(events("jdk.JavaMonitorEnter"))
blocked = collections.Counter()
where = collections.Counter()
for v in monitors:
    ms = millis(v["duration"])
    cls = (v.get("monitorClass") or {}).get("name", "?")
    blocked[cls] += ms
    st = frames(v)
    where[" < ".join(st[:3])] += ms
print(f"monitor waits over 20 ms: {len(monitors)} events, {sum(blocked.values()) / 1000:.0f} s of thread time")
for cls, ms in blocked.most_common(5):
    print(f"  {ms / 1000:8.0f} s  {cls}")
for w, ms in where.most_common(5):
    print(f"  {ms / 1000:8.0f} s  {w}")

pauses = [v["sumOfPauses"] for v in events("jdk.GarbageCollection")]
print(f"GC: {len(pauses)} collections, {sum(millis(p) for p in pauses) / 1000:.1f} s of pauses, longest {max((millis(p) for p in pauses), default=0):.0f} ms")
load = list(events("jdk.CPULoad"))
if load:
    avg = lambda k: 100 * sum(float(str(v[k]).rstrip('%')) / (100 if str(v[k]).endswith('%') else 1) for v in load) / len(load)
    print(f"CPU (share of the machine's cores): JVM user {avg('jvmUser'):.0f}%, JVM system {avg('jvmSystem'):.0f}%, machine {avg('machineTotal'):.0f}%")
