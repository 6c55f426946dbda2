#!/usr/bin/env python3
# Process start -> first Runtime API "next" request of a published bootstrap, 25 runs: python3 benchmarks/cold_start_process.py <bootstrap> <handler>
import http.server, threading, subprocess, time, os, statistics, sys
first = {}
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        first.setdefault('t', time.perf_counter())
        time.sleep(5)  # hold the long poll; the process is killed meanwhile
    def log_message(self, *a): pass
srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), H)
threading.Thread(target=srv.serve_forever, daemon=True).start()
port = srv.server_address[1]
exe = sys.argv[1]; handler = sys.argv[2]
env = dict(os.environ, AWS_LAMBDA_RUNTIME_API=f'127.0.0.1:{port}', _HANDLER=handler, TECHSHOP_LAKE_BUCKET='b', AWS_REGION='eu-west-1',
           AWS_ACCESS_KEY_ID='AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY='x', TECHSHOP_SCHEMA_REGISTRY_URL='http://127.0.0.1:1/')
times = []
for i in range(25):
    first.clear()
    t0 = time.perf_counter()
    p = subprocess.Popen([exe], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while 't' not in first and time.perf_counter() - t0 < 10: time.sleep(0.0005)
    times.append((first.get('t', float('nan')) - t0) * 1000)
    p.kill(); p.wait()
times.sort()
print(f"{handler}: median {statistics.median(times):.2f} ms, p90 {times[int(len(times)*0.9)]:.2f} ms, min {times[0]:.2f} ms (n={len(times)})")
