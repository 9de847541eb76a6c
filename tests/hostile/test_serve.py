"""The preview server serves the site and nothing else."""

from __future__ import annotations

import http.client
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from campdoc.preview.server import allowed_hosts, make_server, resolve_request_path


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "camp").mkdir(parents=True)
    (root / "index.html").write_text("<h1>Archiv</h1>")
    (root / "camp" / "index.html").write_text("<h1>Camp</h1>")
    (root / ".campdoc-site").write_text("marker")
    (tmp_path / "secret.txt").write_text("geheim")
    (root / "link.txt").symlink_to(tmp_path / "secret.txt")
    return root


@pytest.fixture
def server(site: Path) -> Iterator[int]:
    httpd = make_server(site, "127.0.0.1", 0)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield httpd.server_address[1]
    httpd.shutdown()
    httpd.server_close()


def _get(port: int, path: str, host: str | None = None) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    connection.putrequest("GET", path, skip_host=True)
    connection.putheader("Host", f"127.0.0.1:{port}" if host is None else host)
    connection.endheaders()
    response = connection.getresponse()
    return response.status, response.read().decode("utf-8", "replace")


def test_serves_pages_and_folder_index(server: int) -> None:
    assert _get(server, "/") == (200, "<h1>Archiv</h1>")
    assert _get(server, "/camp/") == (200, "<h1>Camp</h1>")
    assert _get(server, "/camp/index.html?q=x") == (200, "<h1>Camp</h1>")


@pytest.mark.parametrize("path", ["/../secret.txt", "/%2e%2e/secret.txt", "/camp/../../secret.txt",
                                  "/..%2fsecret.txt", "/link.txt", "/.campdoc-site",
                                  "/camp%5c..%5c..%5csecret.txt", "/%00", "//evil.example/x"])
def test_nothing_outside_the_site_is_served(server: int, path: str) -> None:
    status, body = _get(server, path)
    assert status == 404
    assert "geheim" not in body and "/tmp" not in body


@pytest.mark.parametrize("host", ["evil.example", "evil.example:80", "127.0.0.1.nip.io", ""])
def test_foreign_host_headers_are_refused(server: int, host: str) -> None:
    assert _get(server, "/", host)[0] == 400


def test_loopback_names_are_accepted(server: int) -> None:
    assert _get(server, "/", f"localhost:{server}")[0] == 200


def test_allowed_hosts_for_an_exposed_server_include_loopback() -> None:
    hosts = allowed_hosts("0.0.0.0", 8000)
    assert "localhost:8000" in hosts and "evil.example:8000" not in hosts


def test_resolve_request_path_refuses_symlinks_out(site: Path) -> None:
    assert resolve_request_path(site, "/link.txt") is None
    assert resolve_request_path(site, "/camp/") == (site / "camp" / "index.html").resolve()


def test_preview_mode_serves_no_service_worker_and_injects_reload(site: Path) -> None:
    from campdoc.preview.server import ReloadChannel

    (site / "camp" / "sw.js").write_text("self.addEventListener('fetch', () => {});")
    (site / "camp" / "index.html").write_text("<html><body><h1>Camp</h1></body></html>")
    for channel, expected_sw, expected_script in [(None, 200, False),
                                                  (ReloadChannel(), 404, True)]:
        httpd = make_server(site, "127.0.0.1", 0, channel)
        thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
        thread.start()
        port = httpd.server_address[1]
        assert _get(port, "/camp/sw.js")[0] == expected_sw
        assert _get(port, "/missing.html")[0] == 404
        page = _get(port, "/camp/")[1]
        assert ('src="/__campdoc/livereload.js"' in page) is expected_script
        httpd.shutdown()
        httpd.server_close()


def test_event_streams_are_capped_and_idle_ones_end(site: Path) -> None:
    """Each listening tab holds a thread; a page that opens hundreds must not exhaust them."""
    from campdoc.preview.server import MAX_EVENT_STREAMS, ReloadChannel, SiteRequestHandler

    channel = ReloadChannel()
    httpd = make_server(site, "127.0.0.1", 0, channel)
    SiteRequestHandler.idle_seconds = 1.0
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    port = httpd.server_address[1]
    try:
        streams = []
        for _ in range(MAX_EVENT_STREAMS):
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/__campdoc/events", headers={"Host": f"127.0.0.1:{port}"})
            streams.append((connection, connection.getresponse()))
        assert all(response.status == 200 for _, response in streams)
        assert channel.streams == MAX_EVENT_STREAMS
        assert _get(port, "/__campdoc/events")[0] == 503  # one too many
        assert _get(port, "/")[0] == 200  # pages are still served
        for connection, response in streams:  # idle ones end by themselves; tabs reconnect
            assert b"event:" not in response.read()
            connection.close()
        assert channel.streams == 0
    finally:
        SiteRequestHandler.idle_seconds = 600.0
        httpd.shutdown()
        httpd.server_close()


def test_preview_pages_do_not_ask_for_the_service_worker(site: Path) -> None:
    """Every page would otherwise ask for sw.js, which a preview refuses: a 404 each time."""
    from campdoc.preview.server import ReloadChannel

    (site / "camp" / "index.html").write_text(
        '<html><body data-service-worker="sw.js" class="x"><h1>Camp</h1></body></html>')
    for channel, expected in [
            (None, '<body data-service-worker="sw.js" class="x"><h1>Camp</h1></body>'),
            (ReloadChannel(), '<body class="x"><h1>Camp</h1><script src="/__campdoc/'
                              'livereload.js" defer></script></body>')]:
        httpd = make_server(site, "127.0.0.1", 0, channel)
        thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
        thread.start()
        try:
            assert _get(httpd.server_address[1], "/camp/")[1] == f"<html>{expected}</html>"
        finally:
            httpd.shutdown()
            httpd.server_close()


def test_a_taken_port_is_said_in_words(site: Path) -> None:
    from campdoc.core.errors import CampdocError

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(CampdocError, match=f"^port {port} is already taken") as caught:
            make_server(site, "127.0.0.1", port)
    assert caught.value.text("de")[0].startswith(f"Port {port} ist schon belegt")


def test_an_address_this_machine_does_not_have_is_said_in_words(site: Path) -> None:
    from campdoc.core.errors import CampdocError

    with pytest.raises(CampdocError, match=r"^this machine has no address '192\.0\.2\.1' to "):
        make_server(site, "192.0.2.1", 0)  # TEST-NET-1: never this machine's
