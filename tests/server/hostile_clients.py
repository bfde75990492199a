#!/usr/bin/env python3
"""Hostile and unusual HTTP clients against a real `lede serve` process.

Starts `LEDE serve --port 0 --threads 4 --timeout 2 --max-body 65536`, runs
each case below over raw sockets (standard library only), and after each
checks that GET /healthz is still answered within a second. Prints one row
per case (what was sent, the status and error code received, the time taken)
and exits 1 if any answer is not the one expected, comes later than the
case allows, or the service stopped serving others. docs/reliability.md
holds the table.

Usage: tests/server/hostile_clients.py build/lede
"""
import gzip
import json
import signal
import socket
import subprocess
import sys
import threading
import time

THREADS, TIMEOUT, MAX_BODY = 4, 2, 65536
SUMMARIZE = b"POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
SMALL = b'{"text": "The council met on Monday. It approved the tram line. Work starts in May."}'


class Conn:
    """One connection; reads answers by Content-Length."""

    def __init__(self, port, wait=10.0):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock.settimeout(wait)
        self.buf = b""

    def send(self, data):
        try:
            self.sock.sendall(data)
            return True
        except OSError:
            return False

    def answer(self):
        """(status, headers, body) of the next answer; (None, {}, why) if none came."""
        try:
            while b"\r\n\r\n" not in self.buf:
                chunk = self.sock.recv(65536)
                if not chunk:
                    return None, {}, "closed"
                self.buf += chunk
            head, _, rest = self.buf.partition(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers.setdefault(name.strip().lower(), []).append(value.strip())
            status = int(lines[0].split()[1])
            length = int(headers.get("content-length", ["0"])[0])
            while len(rest) < length:
                chunk = self.sock.recv(65536)
                if not chunk:
                    break
                rest += chunk
            self.buf = rest[length:]
            return status, headers, rest[:length]
        except (socket.timeout, ConnectionResetError) as e:
            return None, {}, type(e).__name__

    def closed(self):
        try:
            return self.buf == b"" and self.sock.recv(1) == b""
        except OSError:
            return True

    def close(self):
        self.sock.close()


def code_of(body):
    try:
        return json.loads(body)["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return "-"


def exchange(port, data):
    c = Conn(port)
    c.send(data)
    status, headers, body = c.answer()
    c.close()
    return status, code_of(body), body


def healthy(port):
    start = time.monotonic()
    status, _, _ = exchange(port, b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    return status == 200 and time.monotonic() - start < 1.0


# Each case returns (what it got, ok).
def slowloris(port):
    c = Conn(port)
    c.send(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")
    stop = threading.Event()

    def trickle():
        while not stop.wait(1.0) and c.send(b"a"):
            pass

    t = threading.Thread(target=trickle)
    t.start()
    others = all(healthy(port) for _ in range(3))  # served meanwhile
    status, _, body = c.answer()
    stop.set()
    t.join()
    return f"{status} {code_of(body)}", status == 408 and others


def idle_connections(port):
    idle = [Conn(port) for _ in range(3 * THREADS)]
    time.sleep(0.1)
    served = all(healthy(port) for _ in range(5))
    idle[0].send(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")  # still usable
    status, _, _ = idle[0].answer()
    for c in idle:
        c.close()
    return f"{3 * THREADS} idle; others served: {served}; idle one then {status}", served and status == 200


def pipelined(port):
    c = Conn(port)
    c.send(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n" + SUMMARIZE + b"Content-Length: %d\r\n\r\n" % len(SMALL) + SMALL +
           b"GET /v1/methods HTTP/1.1\r\nHost: x\r\n\r\n")
    got = [c.answer() for _ in range(3)]
    c.close()
    ok = [g[0] for g in got] == [200, 200, 200] and b"sentences" in got[1][2] and b"methods" in got[2][2]
    return " ".join(str(g[0]) for g in got), ok


def split_everywhere(port):
    request = SUMMARIZE + b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(SMALL) + SMALL
    answers = set()
    statuses = set()
    for k in range(1, len(request)):
        c = Conn(port)
        c.send(request[:k])
        time.sleep(0.002)
        c.send(request[k:])
        status, _, body = c.answer()
        c.close()
        statuses.add(status)
        if status == 200:
            reply = json.loads(body)
            reply.pop("elapsed_ms", None)
            answers.add(json.dumps(reply, sort_keys=True))
    return f"{len(request) - 1} splits: {sorted(statuses, key=str)}, {len(answers)} distinct", statuses == {200} and len(
        answers) == 1


def expect_continue(port):
    c = Conn(port)
    c.send(SUMMARIZE + b"Expect: 100-continue\r\nContent-Length: %d\r\n\r\n" % len(SMALL))
    first, _, _ = c.answer()
    c.send(SMALL)
    second, _, _ = c.answer()
    c.close()
    over, code, _ = exchange(port, SUMMARIZE + b"Expect: 100-continue\r\nContent-Length: 99999999\r\n\r\n")
    return f"{first} then {second}; over the limit: {over} {code}", (first, second, over) == (100, 200, 413)


def chunked(port):
    head = SUMMARIZE + b"Transfer-Encoding: chunked\r\n\r\n"
    plain, _, _ = exchange(port, head + b"%x\r\n" % len(SMALL) + SMALL + b"\r\n0\r\n\r\n")
    trailer, _, _ = exchange(port, head + b"%x\r\n" % len(SMALL) + SMALL + b"\r\n0\r\nX-Sum: 1\r\n\r\n")
    start = time.monotonic()
    flood, flood_code, _ = exchange(port, head + b"%x\r\n" % len(SMALL) + SMALL + b"\r\n0\r\n" + b"X: 1\r\n" * 100_000)
    start_huge = time.monotonic()
    huge, huge_code, _ = exchange(port, head + b"f" * 1_000_000)
    end = time.monotonic()
    # Refused as they come, well before --timeout (which would also end them).
    ok = plain == 200 and trailer == 200 and flood == 431 and huge == 400 and max(end - start_huge, start_huge - start) < TIMEOUT
    return (f"{plain}; trailers {trailer}; 100,000 trailer fields {flood} {flood_code} in {start_huge - start:.2f} s; "
            f"1 MB size line {huge} {huge_code} in {end - start_huge:.2f} s"), ok


def bad_bytes(port):
    got = []
    for body in (b'{"text": "a\xffb"}', b'{"text": "a\x00b"}', b'{"text": "a\xffb", "lenient": true}'):
        status, code, _ = exchange(port, SUMMARIZE + b"Content-Length: %d\r\n\r\n" % len(body) + body)
        got.append((status, code))
    ok = got == [(400, "malformed_json"), (400, "malformed_json"), (200, "-")]
    return "; ".join(f"{s} {c}" for s, c in got), ok


def header_counts(port):
    fields = b"".join(b"X-F%d: v\r\n" % k for k in range(100_000))
    status, code, _ = exchange(port, b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + fields + b"\r\n")
    return f"{status} {code}", status == 431


def no_host(port):
    old, _, _ = exchange(port, b"GET /healthz HTTP/1.0\r\n\r\n")
    new, code, _ = exchange(port, b"GET /healthz HTTP/1.1\r\n\r\n")
    return f"1.0: {old}; 1.1: {new} {code}", old == 200 and new == 400


def absolute_form(port):
    status, _, _ = exchange(port, b"GET http://localhost/healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
    return str(status), status == 200


def options_star(port):
    status, _, _ = exchange(port, b"OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n")
    return str(status), status == 204


def declared_too_large(port):
    start = time.monotonic()
    status, code, _ = exchange(port, SUMMARIZE + b"Content-Length: 100000000\r\n\r\n" + SMALL)
    took = time.monotonic() - start
    return f"{status} {code} in {took:.2f} s", status == 413 and took < 1.0


def content_codings(port):
    """Codings are case-insensitive (RFC 9110, 8.4.1); cpp-httplib 0.11 decoded "gzip" only as spelled so,
    and read "GZIP" or "compress" bodies as they came (400 malformed_json). One it cannot decode is 415."""
    got = []
    for coding, body in ((b"GZIP", gzip.compress(SMALL)), (b" x-gzip ", gzip.compress(SMALL)),
                         (b"identity", SMALL), (b"compress", SMALL), (b"gzip, gzip", gzip.compress(gzip.compress(SMALL)))):
        c = Conn(port)
        c.send(SUMMARIZE + b"Content-Encoding: %s\r\nContent-Length: %d\r\n\r\n" % (coding, len(body)) + body)
        status, headers, answer = c.answer()
        closed = status == 415 and c.closed()  # a 200 keeps the connection open
        c.close()
        accept = headers.get("accept-encoding", ["-"])[0]
        got.append(f"{coding.decode().strip()}: {status} {code_of(answer)}" + (f" ({accept})" if status == 415 else ""))
        if status == 415 and not closed:
            got[-1] += " kept open"
    want = ["GZIP: 200 -", "x-gzip: 200 -", "identity: 200 -",
            "compress: 415 unsupported_media_type (gzip, deflate, br)",
            "gzip, gzip: 415 unsupported_media_type (gzip, deflate, br)"]
    return "; ".join(got), got == want


CASES = [slowloris, idle_connections, pipelined, split_everywhere, expect_continue, chunked, bad_bytes,
         header_counts, no_host, absolute_form, options_star, declared_too_large, content_codings]


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1])
        return 2
    server = subprocess.Popen([sys.argv[1], "serve", "--port", "0", "--threads", str(THREADS), "--timeout",
                               str(TIMEOUT), "--max-body", str(MAX_BODY)], stderr=subprocess.PIPE, text=True)
    first = server.stderr.readline()
    port = int(first.split("127.0.0.1:")[1].split("/")[0])
    threading.Thread(target=server.stderr.read, daemon=True).start()  # the request log
    failed = 0
    print("| case | answer | seconds | others served after |\n| --- | --- | --- | --- |")
    for case in CASES:
        start = time.monotonic()
        got, ok = case(port)
        took = time.monotonic() - start
        after = healthy(port)
        ok = ok and after and server.poll() is None and took < TIMEOUT + 3
        failed += not ok
        print(f"| {case.__name__} | {got} | {took:.2f} | {'yes' if after else 'NO'} |{'' if ok else ' FAILED'}",
              flush=True)
    # SIGTERM with idle connections open: they are closed at once.
    idle = [Conn(port) for _ in range(2 * THREADS)]
    time.sleep(0.1)
    start = time.monotonic()
    server.send_signal(signal.SIGTERM)
    code = server.wait(timeout=30)
    took = time.monotonic() - start
    for c in idle:
        c.close()
    ok = code == 0 and took < 2.0
    failed += not ok
    print(f"| sigterm_with_idle | exit {code} | {took:.2f} | - |{'' if ok else ' FAILED'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
