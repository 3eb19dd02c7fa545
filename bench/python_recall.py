"""The peer an operator would otherwise write: sign with the official tls-sig-api-v2 library,
then POST v4/timpush/revoke with urllib. Usage: python_recall.py BASE_URL CA_FILE TASK_ID"""
import json
import os
import random
import ssl
import sys
import urllib.request

import TLSSigAPIv2

base, ca, task = sys.argv[1], sys.argv[2], sys.argv[3]
sdkappid = int(os.environ["TIMPUSH_SDKAPPID"])
sig = TLSSigAPIv2.TLSSigAPIv2(sdkappid, os.environ["TIMPUSH_SECRET_KEY"]).gen_sig("administrator", 600)
url = (f"{base}/v4/timpush/revoke?usersig={urllib.parse.quote(sig)}&identifier=administrator"
       f"&sdkappid={sdkappid}&random={random.getrandbits(32)}&contenttype=json")
req = urllib.request.Request(url, data=json.dumps({"TaskId": task}).encode(),
                             headers={"Content-Type": "application/json"}, method="POST")
with urllib.request.urlopen(req, context=ssl.create_default_context(cafile=ca), timeout=30) as r:
    answer = json.load(r)
sys.exit(0 if answer.get("ErrorCode") in (0, 90050) else 1)
