"""The peer an operator would otherwise write to sync tags from a file: asyncio and aiohttp,
the same number of connections as timpush, 100 accounts a call, call starts spaced for the
documented 100 calls a second, a throttled call (60007) sent again after a second.
Usage: python_audience.py BASE_URL CA_FILE CSV_FILE CONNECTIONS"""
import asyncio
import csv
import json
import os
import random
import ssl
import sys
import time
import urllib.parse

import aiohttp
import TLSSigAPIv2

base, ca, path, connections = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
sdkappid = int(os.environ["TIMPUSH_SDKAPPID"])
sig = TLSSigAPIv2.TLSSigAPIv2(sdkappid, os.environ["TIMPUSH_SECRET_KEY"]).gen_sig("administrator", 3600)


def url():
    return (f"{base}/v4/timpush/add_tag?usersig={urllib.parse.quote(sig)}&identifier=administrator"
            f"&sdkappid={sdkappid}&random={random.getrandbits(32)}&contenttype=json")


def batches():
    with open(path, newline="") as f:
        rows = csv.reader(f)
        next(rows)
        batch = []
        for row in rows:
            batch.append({"To_Account": row[0], "Tags": [t for t in row[1:] if t]})
            if len(batch) == 100:
                yield batch
                batch = []
        if batch:
            yield batch


class Pace:
    def __init__(self, per_second):
        self.interval = 1.0 / per_second
        self.next = time.monotonic()
        self.lock = asyncio.Lock()

    async def turn(self):
        async with self.lock:
            now = time.monotonic()
            if self.next > now:
                await asyncio.sleep(self.next - now)
            self.next = max(now, self.next) + self.interval


async def worker(session, queue, pace, stats):
    while True:
        batch = await queue.get()
        if batch is None:
            return
        while True:
            await pace.turn()
            async with session.post(url(), data=json.dumps({"UserTags": batch}),
                                    headers={"Content-Type": "application/json"}) as r:
                answer = await r.json(content_type=None)
            if answer.get("ErrorCode") == 60007:
                stats["throttled"] += 1
                await asyncio.sleep(1)
                continue
            if answer.get("ErrorCode") != 0:
                stats["failed"] += 1
            stats["accounts"] += len(batch)
            break


async def main():
    stats = {"accounts": 0, "throttled": 0, "failed": 0}
    connector = aiohttp.TCPConnector(limit=connections, ssl=ssl.create_default_context(cafile=ca))
    queue = asyncio.Queue(maxsize=connections * 2)
    pace = Pace(100)
    async with aiohttp.ClientSession(connector=connector) as session:
        workers = [asyncio.create_task(worker(session, queue, pace, stats)) for _ in range(connections)]
        for batch in batches():
            await queue.put(batch)
        for _ in workers:
            await queue.put(None)
        await asyncio.gather(*workers)
    print(json.dumps(stats))
    sys.exit(1 if stats["failed"] else 0)


asyncio.run(main())
