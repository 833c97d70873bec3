#!/usr/bin/env python3
"""CPU per thread kind of every process on the machine while a run goes (Linux /proc), to see what JFR's execution
samples cannot: the JIT compiler threads, GC threads, PostgreSQL's backends, the injector and the mocks.

  python3 thread-cpu.py record OUT.jsonl &      # every 2 s, one line of cumulative CPU seconds per thread kind
  ./sevasurge season --profile results-day
  kill %1
  python3 thread-cpu.py show OUT.jsonl 5        # cores used per kind, per 5 lines (10 s), and the totals

A process is named by its jar ('java -jar', e.g. the service's) or its Seva Surge main class (the injector, the
command line), 'postgres' for every PostgreSQL process, or its executable; a thread kind is its name with digits dropped, except that the C1
and C2 compiler threads are kept apart.
"""
import json
import os
import re
import sys
import time

TICK = os.sysconf('SC_CLK_TCK')


def process_name(pid):
    try:
        args = [a.decode(errors='replace') for a in open(f'/proc/{pid}/cmdline', 'rb').read().split(b'\0') if a]
    except OSError:
        return None
    if not args:
        return None
    if 'postgres' in args[0]:
        return 'postgres'
    if '-jar' in args[:-1]:
        return os.path.basename(args[args.index('-jar') + 1]).removesuffix('.jar')
    for arg in args:
        if 'org.sevasurge' in arg and not arg.startswith('-'):
            return arg.split('.')[-1]
    name = os.path.basename(args[0])
    return name + pid if name == 'java' else name


def kind(thread):
    if thread.startswith(('C1 ', 'C2 ')):
        return thread[:2] + ' compiler'
    return re.sub(r'\d+', '#', thread)


def snapshot(names, last):
    for pid in filter(str.isdigit, os.listdir('/proc')):
        name = names.get(pid) or names.setdefault(pid, process_name(pid))
        if name is None:
            continue
        try:
            for tid in os.listdir(f'/proc/{pid}/task'):
                stat = open(f'/proc/{pid}/task/{tid}/stat').read()
                thread = stat[stat.index('(') + 1:stat.rindex(')')]
                fields = stat[stat.rindex(')') + 2:].split()
                # utime + stime; a thread that has ended keeps its last value
                last[(pid, tid)] = (name, kind(thread), (int(fields[11]) + int(fields[12])) / TICK)
        except OSError:
            pass
    totals = {}
    for name, thread_kind, seconds in last.values():
        key = name + ':' + thread_kind
        totals[key] = totals.get(key, 0.0) + seconds
    return totals


def record(out):
    names, last = {}, {}
    with open(out, 'a') as f:
        while True:
            f.write(json.dumps({'t': time.time(), 'cpu': snapshot(names, last)}) + '\n')
            f.flush()
            time.sleep(2)


def show(path, every):
    lines = [json.loads(line) for line in open(path)]
    first = lines[0]['cpu']
    grown = {k: v - first.get(k, 0.0) for k, v in lines[-1]['cpu'].items()}
    keys = sorted((k for k, v in grown.items() if v >= 2), key=lambda k: -grown[k])
    print('    s ' + ' '.join(k[-16:].rjust(16) for k in keys))
    for i in range(every, len(lines), every):
        seconds = lines[i]['t'] - lines[i - every]['t']
        now, before = lines[i]['cpu'], lines[i - every]['cpu']
        print(f"{lines[i]['t'] - lines[0]['t']:5.0f} "
              + ' '.join(f"{(now.get(k, 0) - before.get(k, 0)) / seconds:16.2f}" for k in keys))
    print('total ' + ' '.join(f'{grown[k]:16.1f}' for k in keys) + '   (CPU seconds)')


if __name__ == '__main__':
    if len(sys.argv) >= 3 and sys.argv[1] == 'record':
        record(sys.argv[2])
    elif len(sys.argv) >= 3 and sys.argv[1] == 'show':
        show(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 5)
    else:
        sys.exit(__doc__)
