#!/usr/bin/env python3
"""The original recipe's design, timed per call: a stdlib logging QueueHandler in front, and a
QueueListener whose handler does nothing. Prints one JSON object: ns per call at 1 and 2 threads.
"""
import json
import logging
import logging.handlers
import queue
import sys
import threading
import time


class DoNothing(logging.Handler):
    def emit(self, record):
        pass


def timed_calls(logger, calls, warmup, start, samples):
    for i in range(warmup):
        logger.warning("benchmark line %07d: the quick brown fox jumps over the lazy dog", i)
    start.wait()
    clock = time.perf_counter_ns
    mine = []
    for i in range(calls):
        before = clock()
        logger.warning("benchmark line %07d: the quick brown fox jumps over the lazy dog", i)
        mine.append(clock() - before)
    samples.extend(mine)


def timer_overhead():
    clock = time.perf_counter_ns
    gaps = []
    for _ in range(100000):
        before = clock()
        gaps.append(clock() - before)
    gaps.sort()
    return gaps[len(gaps) // 2]


def percentiles(samples, overhead):
    samples.sort()
    at = lambda fraction: max(0, samples[int(fraction * (len(samples) - 1))] - overhead)
    return {"median": at(0.5), "p99": at(0.99), "p999": at(0.999), "samples": len(samples)}


def main():
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    messages = queue.SimpleQueue()
    logger = logging.getLogger("bench")
    logger.propagate = False
    logger.addHandler(logging.handlers.QueueHandler(messages))
    listener = logging.handlers.QueueListener(messages, DoNothing())
    listener.start()
    results = {}
    collected = {1: [], 2: []}
    for _ in range(rounds):
        for threads in (1, 2):
            start = threading.Barrier(threads)
            workers = [threading.Thread(target=timed_calls,
                                        args=(logger, calls, 1000, start, collected[threads]))
                       for _ in range(threads)]
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.join()
    listener.stop()
    overhead = timer_overhead()
    for threads, samples in collected.items():
        results[str(threads)] = percentiles(samples, overhead)
    results["python"] = sys.version.split()[0]
    print(json.dumps(results))


if __name__ == "__main__":
    main()
