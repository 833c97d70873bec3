#!/usr/bin/env python3
"""Aggregates `jfr print --stack-depth 128 --events jdk.ExecutionSample` text into CPU shares.

Usage: jfr print --stack-depth 128 --events jdk.ExecutionSample service.jfr | jfr-top-frames.py [TOP]

Prints, as shares of all samples: the journey each sample served (the first service handler frame on its stack),
then per journey the top self frames and the top service frames, so the README's "where the CPU goes" can be
regenerated from any recording (JFR's execution samples are of Java code only: PostgreSQL is another process).
"""
import collections
import re
import sys

# The first matching frame (from the top of the stack down) names the journey.
JOURNEYS = [
    ("login", "auth.LoginService."),
    ("certificate download", "certificates.CertificateRoutes.download"),
    ("verification", "certificates.CertificateRoutes.verify"),
    ("decision (certificate issue)", "applications.ReviewService.decide"),
    ("field report", "applications.ReviewService.fieldReport"),
    ("queue", "applications.ApplicationRoutes.queue"),
    ("status", "applications.ApplicationRoutes.status"),
    ("submission", "applications.ApplicationRoutes.submit"),
    ("submission", "applications.SubmissionService."),
    ("health and metrics scrape", "health.HealthRoutes"),
    ("outbox worker", "outbox.OutboxWorker"),
    ("fee reconciler", "external.FeeReconciler"),
    ("storage usage", "storage."),
    # Every request passes here; a sample with no handler above is the plumbing around one (admission, bodies
    # arriving, the answer being written after the handler returned).
    ("request plumbing (no handler on the stack)", "http.BodyReceiver"),
]


def journey(stack):
    for prefix in ("org.sevasurge.service.",):
        for name, marker in JOURNEYS:
            for frame in stack:
                if frame.startswith(prefix + marker):
                    return name
    for frame in stack:
        if "GC" in frame or frame.startswith("jdk.jfr"):
            return "jvm"
    for frame in stack:
        if frame.startswith("org.eclipse.jetty"):
            return "jetty (no handler on stack: I/O, parsing, writing)"
    return "other"


def main():
    top = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    samples = []
    stack = None
    for line in sys.stdin:
        line = line.strip()
        if line.startswith("stackTrace = ["):
            stack = []
        elif stack is not None:
            if line.startswith("]"):
                samples.append(stack)
                stack = None
            elif line and line != "...":
                stack.append(re.sub(r"\s+line:.*$", "", line))
    total = len(samples)
    if total == 0:
        print("no execution samples")
        return
    by_journey = collections.defaultdict(list)
    for s in samples:
        by_journey[journey(s)].append(s)
    print(f"{total} execution samples (Java code of the service JVM; PostgreSQL is another process)")
    print()
    print("share  journey")
    for name, group in sorted(by_journey.items(), key=lambda kv: -len(kv[1])):
        print(f"{100.0 * len(group) / total:5.1f}% {name}")
    for name, group in sorted(by_journey.items(), key=lambda kv: -len(kv[1])):
        if len(group) < total * 0.02:
            continue
        print()
        print(f"== {name}: {len(group)} samples ({100.0 * len(group) / total:.1f}% of all)")
        selfs = collections.Counter(s[0] for s in group if s)
        print("   top self frames (share of this journey):")
        for frame, n in selfs.most_common(top):
            print(f"   {100.0 * n / len(group):5.1f}% {frame}")
        # inclusive: each distinct frame once per sample
        incl = collections.Counter()
        for s in group:
            for frame in set(s):
                # The request plumbing every journey shares would top every list: left out.
                if frame.startswith(("org.sevasurge.service.http.", "io.javalin.", "org.eclipse.jetty.")) \
                        or "lambda$" in frame:
                    continue
                if not frame.startswith(("org.sevasurge.", "org.postgresql.", "org.apache.pdfbox.", "com.zaxxer.",
                                         "com.fasterxml.", "com.google.zxing.", "sun.security.ec.",
                                         "org.bouncycastle.", "com.nimbusds.")):
                    continue
                incl[frame] += 1
        print("   top inclusive frames of the service and its libraries (share of this journey):")
        for frame, n in incl.most_common(top):
            print(f"   {100.0 * n / len(group):5.1f}% {frame}")


if __name__ == "__main__":
    main()
