#!/usr/bin/env python3
"""A fake Seedance 2.0 provider for seedance's tests: a real HTTP server on 127.0.0.1.

It follows /work/shared/design/API.md: Bearer authentication, create and query endpoints
below a base path, tasks that move queued -> processing -> completed (or failed), and
video files served without authentication. Faults are switched on through an admin
endpoint so that one server can serve a whole test:

    POST /_admin/faults   {"create_500": 1, "create_429": 2, "retry_after": "1", ...}
                          (also "delay": seconds of the *_slow faults, "steps": queries
                          until a task ends)
    GET  /_admin/creates  every create received: {"id", "body", "status"}
    GET  /_admin/tasks    every task: {"id", "status", "queries", "sha256", "downloads"}
    GET  /_admin/requests every request: {"method", "path", "auth"}; auth is "ok",
                          "bad", "none"; the key itself is never echoed

Faults are counters: each use of one decrements it. Start it with
`python3 fake_provider.py --key KEY`; it prints `PORT <n>` once it listens, and stops
by itself after --lifetime seconds or when its standard input closes.
"""
import argparse
import hashlib
import json
import os
import socket
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MODELS = {"seedance_2_0", "seedance_2_0_fast", "seedance_2_0_pro", "seedance_2_0_fast_pro"}
NEEDS_REFERENCE_VIDEO = {"seedance_2_0", "seedance_2_0_fast"}
RATIOS = {"16:9", "4:3", "1:1", "3:4", "9:16", "21:9", "adaptive"}
FIELDS = ["model", "prompt", "duration", "aspect_ratio", "generateAudio", "first_image",
          "last_image", "referenceImages", "referenceVideos", "referenceAudios"]

FAULT_NAMES = {
    "create_500", "create_502", "create_503", "create_504", "create_429", "create_drop",
    "create_slow", "query_500", "query_503", "query_429", "query_malformed", "query_slow",
    "query_unknown_status", "fail_tasks", "truncate_downloads", "create_401",
}


class State:
    def __init__(self, key, base, video_size, steps):
        self.key = key
        self.base = base.rstrip("/")
        self.video_size = video_size
        self.steps = steps
        self.lock = threading.Lock()
        self.creates = []
        self.tasks = {}
        self.requests = []
        self.faults = {name: 0 for name in FAULT_NAMES}
        self.retry_after = "1"
        self.delay = 3.0

    def take(self, name):
        with self.lock:
            if self.faults.get(name, 0) > 0:
                self.faults[name] -= 1
                return True
            return False


def validate(body):
    """The provider's checks of SPEC.md section 2; returns an error message or None."""
    if not isinstance(body, dict):
        return "request body must be a JSON object"
    for key in body:
        if key not in FIELDS:
            return f"unknown field '{key}'"
    model = body.get("model")
    if model not in MODELS:
        return f"model must be one of {sorted(MODELS)}"
    prompt = body.get("prompt")
    if not isinstance(prompt, str) or not prompt.strip():
        return "prompt is required"
    duration = body.get("duration", 5)
    if type(duration) is not int or not 4 <= duration <= 15:
        return "duration must be an integer from 4 to 15"
    if body.get("aspect_ratio", "16:9") not in RATIOS:
        return "aspect_ratio is not supported"
    if type(body.get("generateAudio", True)) is not bool:
        return "generateAudio must be a boolean"
    for key in ("first_image", "last_image"):
        if key in body and not isinstance(body[key], str):
            return f"{key} must be a string"
    if "last_image" in body and "first_image" not in body:
        return "last_image requires first_image"
    limits = {"referenceImages": 9, "referenceVideos": 3, "referenceAudios": 3}
    for key, most in limits.items():
        if key in body:
            items = body[key]
            if not isinstance(items, list) or not 1 <= len(items) <= most or not all(isinstance(i, str) for i in items):
                return f"{key} must be a list of 1 to {most} URLs"
    if "first_image" in body and any(k in body for k in limits):
        return "first/last frame and reference media cannot be combined"
    if model in NEEDS_REFERENCE_VIDEO and "referenceVideos" not in body:
        return f"{model} requires at least one reference video"
    return None


def video_bytes(task_id, size):
    seed = hashlib.sha256(task_id.encode()).digest()
    return (seed * (size // len(seed) + 1))[:size]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state: State = None

    def log_message(self, *args):
        pass

    # -- helpers -------------------------------------------------------------------------
    def send_json(self, code, value, headers=None):
        self.send_raw(code, json.dumps(value).encode(), headers)

    def send_raw(self, code, data, headers=None, content_type="application/json"):
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def drop(self):
        """Closes the connection without an answer."""
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def read_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def auth(self):
        header = self.headers.get("Authorization")
        if header is None:
            return "none"
        return "ok" if header == f"Bearer {self.state.key}" else "bad"

    def record(self, auth):
        with self.state.lock:
            self.state.requests.append({"method": self.command, "path": self.path, "auth": auth})

    def task_json(self, task):
        out = {"id": task["id"], "object": "video", "created": task["created"],
               "model": task["model"], "status": task["status"], "extra_field": {"ignored": True}}
        if task["status"] == "completed":
            host, port = self.server.server_address[:2]
            out["video_url"] = f"http://{host}:{port}/files/{task['id']}.mp4?sig=abc"
            out["actualDuration"] = task["duration"]
            out["totalTokens"] = 1234
        elif task["status"] == "failed":
            out["error"] = "content policy: the prompt was rejected"
        else:
            out["error"] = None
        return out

    # -- routes --------------------------------------------------------------------------
    def do_GET(self):
        s = self.state
        path = self.path.split("?", 1)[0]
        if path.startswith("/_admin/"):
            with s.lock:
                data = {"/_admin/creates": s.creates, "/_admin/requests": s.requests,
                        "/_admin/tasks": [
                            {"id": t["id"], "status": t["status"], "queries": t["queries"],
                             "downloads": t["downloads"], "sha256": hashlib.sha256(video_bytes(t["id"], s.video_size)).hexdigest()}
                            for t in s.tasks.values()]}.get(path)
                payload = json.dumps(data).encode() if data is not None else None
            if payload is None:
                return self.send_json(404, {"error": "no such admin path"})
            return self.send_raw(200, payload)
        if path.startswith("/files/"):
            return self.serve_video(path)
        auth = self.auth()
        self.record(auth)
        prefix = s.base + "/v1/result/"
        if not path.startswith(prefix):
            return self.send_json(404, {"error": "not found"})
        if auth != "ok":
            return self.send_json(401, {"error": "invalid api key"})
        if s.take("query_slow"):
            time.sleep(s.delay)
        if s.take("query_500"):
            return self.send_json(500, {"error": "internal error"})
        if s.take("query_503"):
            return self.send_json(503, {"message": "busy"}, {"Retry-After": s.retry_after})
        if s.take("query_429"):
            return self.send_json(429, {"msg": "too many requests"}, {"Retry-After": s.retry_after})
        if s.take("query_malformed"):
            return self.send_raw(200, b'{"id": "video_x", "status": ')
        from urllib.parse import unquote
        task_id = unquote(path[len(prefix):])
        with s.lock:
            task = s.tasks.get(task_id)
            if task is None:
                body = None
            else:
                task["queries"] += 1
                if task["status"] not in ("completed", "failed") and task["queries"] >= s.steps:
                    task["status"] = "failed" if task["fail"] else "completed"
                elif task["status"] == "queued":
                    task["status"] = "processing"
                body = self.task_json(task)
        if body is None:
            return self.send_json(404, {"error": f"task {task_id} not found"})
        if s.take("query_unknown_status"):
            body["status"] = "moderating"
        return self.send_json(200, body)

    def serve_video(self, path):
        s = self.state
        if self.headers.get("Authorization") is not None:
            self.record("leaked")
        task_id = path[len("/files/"):].removesuffix(".mp4")
        with s.lock:
            task = s.tasks.get(task_id)
            if task is not None:
                task["downloads"] += 1
        if task is None or task["status"] != "completed":
            return self.send_json(404, {"error": "no such video"})
        data = video_bytes(task_id, s.video_size)
        if s.take("truncate_downloads"):
            self.send_response(200)
            self.send_header("Content-Type", "video/mp4")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data[: len(data) // 3])
            self.wfile.flush()
            return self.drop()
        return self.send_raw(200, data, content_type="video/mp4")

    def do_POST(self):
        s = self.state
        path = self.path.split("?", 1)[0]
        raw = self.read_body()
        if path == "/_admin/faults":
            update = json.loads(raw or b"{}")
            with s.lock:
                for name, value in update.items():
                    if name == "retry_after":
                        s.retry_after = str(value)
                    elif name == "delay":
                        s.delay = float(value)
                    elif name == "steps":
                        s.steps = int(value)
                    elif name in FAULT_NAMES:
                        s.faults[name] = int(value)
                    else:
                        return self.send_json(400, {"error": f"unknown fault {name}"})
            return self.send_json(200, {"ok": True})
        auth = self.auth()
        self.record(auth)
        if path != s.base + "/v1/kyyvideo2/videos":
            return self.send_json(404, {"error": "not found"})
        if auth != "ok" or s.take("create_401"):
            return self.send_json(401, {"error": "invalid api key"})
        if self.headers.get("Content-Type", "").split(";")[0].strip() != "application/json":
            return self.send_json(400, {"error": "Content-Type must be application/json"})
        # Not processed at all: nothing is created.
        if s.take("create_429"):
            return self.send_json(429, {"error": "rate limited"}, {"Retry-After": s.retry_after})
        if s.take("create_503"):
            return self.send_json(503, {"error": "overloaded"}, {"Retry-After": s.retry_after})
        try:
            body = json.loads(raw)
        except ValueError:
            return self.send_json(400, {"error": "body is not JSON"})
        problem = validate(body)
        if problem is not None:
            with s.lock:
                s.creates.append({"id": None, "body": body, "status": 400})
            return self.send_json(400, {"error": problem})
        task_id = "video_" + str(uuid.uuid4())
        fail = (isinstance(body.get("prompt"), str) and "PLEASE FAIL" in body["prompt"]) or s.take("fail_tasks")
        task = {"id": task_id, "created": int(time.time()), "model": body["model"], "status": "queued",
                "queries": 0, "downloads": 0, "fail": fail, "duration": body.get("duration", 5)}
        # The faults below happen after the task exists: the client cannot know.
        with s.lock:
            s.tasks[task_id] = task
            s.creates.append({"id": task_id, "body": body, "status": 200})
        for code in (500, 502, 504):
            if s.take(f"create_{code}"):
                return self.send_json(code, {"error": "upstream failure"})
        if s.take("create_drop"):
            return self.drop()
        if s.take("create_slow"):
            time.sleep(s.delay)
        return self.send_json(200, {"id": task_id, "object": "video", "created": task["created"],
                                    "model": task["model"], "status": "queued", "error": None})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--key", required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--base-path", default="/kyyReactApiServer")
    parser.add_argument("--video-size", type=int, default=100_000)
    parser.add_argument("--steps", type=int, default=2, help="queries until a task ends")
    parser.add_argument("--lifetime", type=float, default=600)
    args = parser.parse_args()

    Handler.state = State(args.key, args.base_path, args.video_size, args.steps)
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    print(f"PORT {server.server_address[1]}", flush=True)

    def stop_when_stdin_closes():
        try:
            while sys.stdin.buffer.read(1024):
                pass
        except OSError:
            pass
        os._exit(0)

    threading.Thread(target=stop_when_stdin_closes, daemon=True).start()
    threading.Timer(args.lifetime, lambda: os._exit(0)).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
