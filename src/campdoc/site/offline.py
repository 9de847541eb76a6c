"""Offline use of a served camp: a web app manifest and a service worker that caches the
camp's pages and search index, versioned by the content it caches."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from campdoc.content.model import Camp
from campdoc.core.words import short_name

SERVICE_WORKER = "sw.js"
MANIFEST = "manifest.webmanifest"

_WORKER_TEMPLATE = """/* campdoc service worker for one camp: cache first, then network. */
"use strict";
var CACHE = %(cache)s;
var PREFIX = %(prefix)s;
var PRECACHE = %(files)s;

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(PRECACHE);
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) {
      return key.indexOf(PREFIX) === 0 && key !== CACHE;
    }).map(function (key) { return caches.delete(key); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return cache.match(request, { ignoreSearch: true }).then(function (hit) {
      return hit || fetch(request).then(function (response) {
        if (response.ok && request.url.indexOf(self.registration.scope) === 0) {
          cache.put(request, response.clone());
        }
        return response;
      });
    });
  }));
});
"""


def manifest(camp: Camp) -> str:
    data = {
        "name": camp.meta.name,
        "short_name": camp.meta.short_name or short_name(camp.meta.name),
        "lang": camp.language,
        "start_url": "index.html",
        "scope": "./",
        "display": "standalone",
        "background_color": "#fbfaf7",
        "theme_color": "#145a8d",
        "icons": [{"src": "assets/icon.svg", "sizes": "any", "type": "image/svg+xml"}],
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def service_worker(camp: Camp, camp_folder: Path, later: set[str] | None = None) -> str:
    """A worker that precaches the files of the camp folder, except ``later`` (the larger
    photo sizes and the materials: kept when a reader first opens them), and names its
    cache after the content of every file."""
    files = sorted(path.relative_to(camp_folder).as_posix()
                   for path in camp_folder.rglob("*") if path.is_file())
    files = [name for name in files if name != SERVICE_WORKER]
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode("utf-8") + b"\0" + (camp_folder / name).read_bytes())
    prefix = f"campdoc-{camp.id}-"
    precache = ["./", *(name for name in files if name not in (later or set()))]
    return _WORKER_TEMPLATE % {
        "cache": json.dumps(prefix + digest.hexdigest()[:16]),
        "prefix": json.dumps(prefix),
        "files": json.dumps(precache, ensure_ascii=False, indent=0),
    }
