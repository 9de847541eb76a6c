"""A small, careful preview server for a built site.

It binds to 127.0.0.1 unless told otherwise, answers only requests whose Host header names
this server (so a web page elsewhere cannot reach it through DNS rebinding), serves only
regular files inside the output folder (no symlinks out, no directory listings), and never
shows absolute paths in its error pages.
"""

from __future__ import annotations

import errno
import http.server
import ipaddress
import json
import mimetypes
import posixpath
import re
import socket
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

from campdoc.core.errors import CampdocError
from campdoc.preview.overlay import Problem

LOCAL_NAMES = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
ALL_INTERFACES = frozenset({"0.0.0.0", "::", ""})  # noqa: S104 - named so it can be refused
_TYPES = {".webmanifest": "application/manifest+json", ".js": "text/javascript",
          ".pagefind": "application/wasm", ".pf_meta": "application/octet-stream",
          ".pf_index": "application/octet-stream", ".pf_fragment": "application/octet-stream",
          ".pf_filter": "application/octet-stream", ".xml": "application/xml"}


def allowed_hosts(bind: str, port: int) -> frozenset[str]:
    """Host header values this server answers to: loopback names and the bound address."""
    names = set(LOCAL_NAMES)
    if bind not in ALL_INTERFACES:
        names.add(bind)
    else:  # exposed on purpose: accept this machine's own names and addresses too
        names.add(socket.gethostname().lower())
        names.update(_own_addresses())
    return frozenset(names | {f"{name}:{port}" for name in names})


def _own_addresses() -> set[str]:
    found: set[str] = set()
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None):
            address = str(info[4][0])
            found.add(f"[{address}]" if ":" in address else address)
    except OSError:
        pass  # the host name does not resolve: loopback names and the bind address remain
    return found


LIVE_PREFIX = "/__campdoc/"
LIVE_SCRIPT = b"""/* campdoc serve: reload when the site was rebuilt, show build errors. */
(function () {
  "use strict";
  var overlay = null;
  function hide() { if (overlay) { overlay.remove(); overlay = null; } }
  function add(parent, tag, className, text) {
    var element = document.createElement(tag);
    if (className) { element.className = className; }
    if (text) { element.textContent = text; }  /* never HTML: file content is untrusted */
    parent.appendChild(element);
    return element;
  }
  function showSource(parent, item) {
    var gutter = String(item.line) + " | ";
    var pre = add(parent, "pre", "campdoc-source");
    pre.style.background = "rgba(0, 0, 0, 0.35)"; pre.style.padding = "0.5rem 0.75rem";
    pre.style.margin = "0.5rem 0"; pre.style.overflow = "auto"; pre.style.color = "#ffffff";
    add(pre, "span", "campdoc-line", gutter + item.source);
    pre.appendChild(document.createTextNode("\\n"));
    var marker = add(pre, "span", "campdoc-marker",
                     new Array(gutter.length + item.column).join(" ") + "^");
    marker.style.color = "#ff8787"; marker.style.fontWeight = "bold";
  }
  function show(problem) {
    hide();
    overlay = document.createElement("div");
    overlay.setAttribute("role", "alert");
    overlay.id = "campdoc-build-error";
    var s = overlay.style;
    s.position = "fixed"; s.inset = "0"; s.zIndex = "2147483647"; s.overflow = "auto";
    s.background = "rgba(20, 22, 26, 0.96)"; s.color = "#ffe3e3"; s.padding = "2rem";
    s.font = "15px/1.5 system-ui, sans-serif";
    add(overlay, "h2", "campdoc-title", problem.title).style.marginTop = "0";
    (problem.issues || []).forEach(function (item) {
      var section = add(overlay, "section", "campdoc-issue");
      section.style.margin = "1.25rem 0";
      var where = add(section, "p", "campdoc-where", item.where);
      where.style.font = "bold 15px/1.5 ui-monospace, Menlo, Consolas, monospace";
      where.style.margin = "0";
      add(section, "p", "campdoc-message",
          (item.label ? item.label + " " : "") + item.message).style.margin = "0.25rem 0";
      if (item.source !== undefined) { showSource(section, item); }
      if (item.hint) { add(section, "p", "campdoc-hint", item.hint).style.margin = "0"; }
    });
    if (problem.summary) { add(overlay, "p", "campdoc-summary", problem.summary); }
    add(overlay, "p", "campdoc-note", problem.note).style.opacity = "0.8";
    document.body.appendChild(overlay);
  }
  /* A preview must always show the newest build: no service worker may answer from cache. */
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.getRegistrations().then(function (registrations) {
      registrations.forEach(function (registration) { registration.unregister(); });
    });
  }
  var source = new EventSource("/__campdoc/events");
  source.addEventListener("reload", function () { location.reload(); });
  source.addEventListener("problem", function (event) { show(JSON.parse(event.data)); });
  source.addEventListener("ok", hide);
})();
"""
_SCRIPT_TAG = b'<script src="/__campdoc/livereload.js" defer></script>'


# At most this many tabs listen for reloads at once; each holds a thread of the server.
MAX_EVENT_STREAMS = 16
# A tab that heard nothing for this long is disconnected; its browser reconnects by itself.
IDLE_STREAM_SECONDS = 600.0
# Ordinary requests must arrive within this time, so a slow client cannot hold a thread.
REQUEST_TIMEOUT_SECONDS = 30


class ReloadChannel:
    """What the browser tabs of a preview are told: reload, or here is a build error."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self.version = 0
        self.problem: Problem | None = None
        self.closed = False
        self.streams = 0

    def open_stream(self) -> bool:
        """Count one more listening tab, unless there are already `MAX_EVENT_STREAMS`."""
        with self._changed:
            if self.streams >= MAX_EVENT_STREAMS:
                return False
            self.streams += 1
            return True

    def close_stream(self) -> None:
        with self._changed:
            self.streams -= 1

    def reload(self) -> None:
        with self._changed:
            self.version += 1
            self.problem = None
            self._changed.notify_all()

    def report(self, problem: Problem) -> None:
        with self._changed:
            self.version += 1
            self.problem = problem
            self._changed.notify_all()

    def close(self) -> None:
        with self._changed:
            self.closed = True
            self._changed.notify_all()

    def wait(self, seen: int, timeout: float) -> tuple[int, Problem | None]:
        """Block until something newer than ``seen`` happened (or timeout)."""
        with self._changed:
            self._changed.wait_for(lambda: self.version != seen or self.closed, timeout)
            return self.version, self.problem


# The page asks campdoc.js to register the camp's service worker; a preview has none (it
# must never answer from a cache), and asking for it would log a 404 on every page.
_SERVICE_WORKER_ATTRIBUTE = re.compile(rb'(<body\b[^>]*?)\s+data-service-worker="[^"]*"')


def inject_live_reload(body: bytes) -> bytes:
    """Add the reload script to a page (the site's CSP allows it: same origin), and take
    away its service worker."""
    body = _SERVICE_WORKER_ATTRIBUTE.sub(rb"\1", body, count=1)
    marker = body.rfind(b"</body>")
    return body if marker < 0 else body[:marker] + _SCRIPT_TAG + body[marker:]


def is_loopback(bind: str) -> bool:
    try:
        return ipaddress.ip_address(bind).is_loopback
    except ValueError:
        return bind == "localhost"


def resolve_request_path(root: Path, raw_path: str) -> Path | None:
    """The file a URL path names inside ``root``, or None when it is not a served file."""
    path = unquote(urlsplit(raw_path).path)
    if "\0" in path or "\\" in path:
        return None
    parts = [part for part in posixpath.normpath("/" + path).split("/") if part]
    if any(part.startswith(".") for part in parts):
        return None  # dotfiles such as the build marker are not part of the site
    candidate = root.joinpath(*parts)
    if candidate.is_dir():
        candidate = candidate / "index.html"
    try:
        resolved = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not resolved.is_relative_to(root.resolve()) or not resolved.is_file():
        return None
    return resolved


class SiteRequestHandler(http.server.BaseHTTPRequestHandler):
    """Serves GET and HEAD for files of one folder; everything else is refused."""

    root: Path
    hosts: frozenset[str]
    channel: ReloadChannel | None = None
    server_version = "campdoc"
    sys_version = ""
    timeout = REQUEST_TIMEOUT_SECONDS  # socket timeout for reading a request
    idle_seconds = IDLE_STREAM_SECONDS

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: the terminal shows rebuilds and errors, not every request

    def _host_is_allowed(self) -> bool:
        return (self.headers.get("Host") or "").strip().lower() in self.hosts

    def send_plain(self, status: int, text: str) -> None:
        body = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        if not self._host_is_allowed():
            self.send_plain(400, "400 Bad Request: unknown Host header\n")
            return
        path = urlsplit(self.path).path
        if path.startswith("//"):
            self.send_plain(404, "404 Not Found\n")
            return
        if self.channel is not None and path.startswith(LIVE_PREFIX):
            self._live(path)
            return
        target = resolve_request_path(self.root, self.path)
        if target is not None and self.channel is not None and target.name == "sw.js":
            target = None  # previews are never cached by a service worker
        if target is None:
            self.send_plain(404, "404 Not Found\n")
            return
        body = target.read_bytes()
        content_type = _TYPES.get(target.suffix) or mimetypes.guess_type(target.name)[0] or \
            "application/octet-stream"
        if content_type == "text/html" and self.channel is not None:
            body = inject_live_reload(body)
        if content_type.startswith("text/") or content_type.endswith(("json", "xml")):
            content_type += "; charset=utf-8"
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _live(self, path: str) -> None:
        if path == LIVE_PREFIX + "livereload.js":
            self.send_response(200)
            self.send_header("Content-Type", "text/javascript; charset=utf-8")
            self.send_header("Content-Length", str(len(LIVE_SCRIPT)))
            self.end_headers()
            self.wfile.write(LIVE_SCRIPT)
        elif path == LIVE_PREFIX + "events" and self.channel is not None:
            self._stream_events(self.channel)
        else:
            self.send_plain(404, "404 Not Found\n")

    def _stream_events(self, channel: ReloadChannel) -> None:
        """Server-sent events: 'problem' with the build error, 'reload' after a good build."""
        if not channel.open_stream():
            self.send_plain(503, "503 Too many open previews\n")
            return
        try:
            self._send_events(channel)
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            pass  # the tab was closed or reloaded
        finally:
            channel.close_stream()

    def _send_events(self, channel: ReloadChannel) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        seen, problem = channel.version, channel.problem
        if problem:
            self._event("problem", json.dumps(problem))
        quiet_since = time.monotonic()
        while not channel.closed and time.monotonic() - quiet_since < self.idle_seconds:
            version, problem = channel.wait(seen, timeout=min(15.0, self.idle_seconds))
            if version == seen:
                self.wfile.write(b": keep-alive\n\n")
                self.wfile.flush()
                continue
            seen, quiet_since = version, time.monotonic()
            self._event("problem", json.dumps(problem)) if problem else self._event(
                "reload", str(version))

    def _event(self, name: str, data: str) -> None:
        self.wfile.write(f"event: {name}\ndata: {data}\n\n".encode())
        self.wfile.flush()

    def _refuse(self) -> None:
        self.send_plain(405, "405 Method Not Allowed\n")

    do_POST = do_PUT = do_DELETE = do_PATCH = _refuse


class _IPv6Server(http.server.ThreadingHTTPServer):
    address_family = socket.AF_INET6


def make_server(root: Path, bind: str, port: int,
                channel: ReloadChannel | None = None) -> http.server.ThreadingHTTPServer:
    """A threading server for ``root``; port 0 picks a free port. With a ``channel``, pages
    get live reload and build errors are shown in the browser. A port that is taken (or
    not allowed) or an address this machine does not have is a `CampdocError`."""

    class Handler(SiteRequestHandler):
        """A class per server, so that its root, channel and hosts stay its own."""

    Handler.root = root
    Handler.channel = channel
    server_class = _IPv6Server if ":" in bind else http.server.ThreadingHTTPServer
    try:
        server = server_class((bind, port), Handler)
    except OSError as error:
        problem = _bind_problem(error, bind, port)
        if problem is None:
            raise
        raise problem from None
    Handler.hosts = allowed_hosts(bind, server.server_address[1])
    return server


def _bind_problem(error: OSError, bind: str, port: int) -> CampdocError | None:
    """Why the preview cannot listen, in words, for the reasons a user can fix."""
    if error.errno == errno.EADDRINUSE:
        return CampdocError.said("serve.port_taken", port=port,
                                 other=port + 1 if port < 65535 else 8000)
    if error.errno == errno.EACCES:
        return CampdocError.said("serve.port_forbidden", port=port)
    if isinstance(error, socket.gaierror) or error.errno in (errno.EADDRNOTAVAIL,
                                                              errno.EAFNOSUPPORT):
        return CampdocError.said("serve.no_address", host=bind)
    return None
