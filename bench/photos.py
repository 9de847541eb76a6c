"""Photos: campdoc's image processing against Hugo's, on the same 300 camera photos.

    python -m bench.photos               # writes nothing but the table; about 10 minutes
    python -m bench.photos --runs 5

The corpus is the 1,000-session corpus of ``bench.run`` with three camera-sized JPEGs
(4000×3000, with sensor noise, EXIF, GPS and XMP, every other one stored sideways with
orientation 6) in every tenth session: 300 photos. Measured, medians of ``--runs``:

- **cold image processing** (Hugo and the one-thread loop once, they take minutes):
  campdoc processes every photo (three widths, WebP and JPEG)
  with an empty photo cache, both cores; Hugo renders a page that resizes the same photos
  into the same widths and formats (``.Resize "480x webp q78"`` …) with an empty
  ``resources/`` cache. Each side is timed on its own, without the rest of a site build;
  the one-process Pillow loop is the floor the issue measured (0.9 s per photo);
- **cold build** of the whole corpus, with and without the photos;
- **warm build** after one session changed, with and without the photos (the photo cache
  and the camp cache warm);
- **peak memory** of the whole process tree during the cold build with photos.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image, ImageDraw

from bench.corpus import write_corpus
from bench.measure import Run, median, run
from bench.run import CAMPDOC, WORK, _touch_one_session, machine
from campdoc.authoring.front_matter_lists import append_to_list
from tests.photo_factory import camera_exif, flipchart, pinboard, with_grain

PHOTOS_PER_SESSION = 3
EVERY_NTH_SESSION = 10
SIZE = (4000, 3000)
WIDTHS = (480, 960, 1600)

HUGO_CONFIG = 'baseURL = "https://example.org/"\ndisableKinds = ["RSS", "sitemap", ' \
              '"robotsTXT", "404", "taxonomy", "term"]\n[imaging]\nresampleFilter = "Lanczos"\n'
# Every photo into the same widths and formats campdoc writes (never wider than the photo).
HUGO_INDEX = """{{ range resources.Match "photos/*.jpg" }}{{ $p := . }}<picture>
{{ range slice 480 960 1600 }}{{ if le . $p.Width }}
{{ $w := (printf "%dx webp q78" .) }}{{ $j := (printf "%dx jpg q80" .) }}
<source srcset="{{ ($p.Resize $w).RelPermalink }}">
<img src="{{ ($p.Resize $j).RelPermalink }}">
{{ end }}{{ end }}
</picture>{{ end }}
"""


def _bases() -> list[Image.Image]:
    """Six upright scenes at camera size, with sensor noise: drawn once, varied per photo."""
    width, height = SIZE
    scenes = [flipchart(height, width, seed=n) for n in range(3)]  # portrait
    scenes += [pinboard(width, height, seed=n) for n in range(3)]  # landscape
    return [with_grain(scene) for scene in scenes]


def photo_corpus(size: int = 1000) -> Path:
    """The corpus of ``bench.run`` with 300 camera photos added (made once, then kept)."""
    corpus = WORK / f"photos-{size}"
    if (corpus / "photos-done").is_file():
        return corpus
    shutil.rmtree(corpus, ignore_errors=True)
    write_corpus(corpus, size)
    bases = _bases()
    sessions = sorted((corpus / "sessions").glob("*/*.md"))
    number = 0
    for session in sessions[::EVERY_NTH_SESSION]:
        entries = []
        for _ in range(PHOTOS_PER_SESSION):
            base = bases[number % len(bases)].copy()
            ImageDraw.Draw(base).text((40, 40), f"Foto {number}", fill=(0, 0, 0))  # unique
            portrait = base.height > base.width
            stored = base.transpose(Image.Transpose.ROTATE_90) if portrait else base
            name = f"fotos/{session.stem}-{number}.jpg"
            target = session.parent / name
            target.parent.mkdir(exist_ok=True)
            stored.save(target, "JPEG", quality=92,
                        exif=camera_exif(6 if portrait else 1).tobytes())
            entries.append({"file": name, "alt": f"Foto {number} der Session"})
            number += 1
        text = session.read_text(encoding="utf-8")
        session.write_text(append_to_list(text, "photos", entries, session.name),
                           encoding="utf-8")
    (corpus / "photos-done").write_text(str(number))
    return corpus


def hugo_photo_site(corpus: Path) -> Path:
    site = WORK / "hugo-photos"
    if (site / "hugo.toml").is_file():
        return site
    shutil.rmtree(site, ignore_errors=True)
    (site / "assets" / "photos").mkdir(parents=True)
    (site / "layouts").mkdir()
    (site / "hugo.toml").write_text(HUGO_CONFIG)
    (site / "layouts" / "index.html").write_text(HUGO_INDEX)
    for photo in sorted((corpus / "sessions").glob("*/fotos/*.jpg")):
        shutil.copy(photo, site / "assets" / "photos" / photo.name)
    return site


PROCESS_ALL = """
import sys, time
from pathlib import Path
from campdoc.media.photos import plan_photo
from campdoc.media.store import PhotoSource, PhotoStore
import campdoc.media.store as store
paths = sorted(Path(sys.argv[1]).glob("sessions/*/fotos/*.jpg"))
if sys.argv[2] == "1":
    store.os.cpu_count = lambda: 1
sources = [PhotoSource(p.read_bytes(), plan_photo(p.read_bytes())) for p in paths]
started = time.perf_counter()
results = PhotoStore(None).process(sources)
assert len(results) == len(paths) and all(not isinstance(r, Exception) for r in results.values())
print(time.perf_counter() - started)
"""


def measure_processing(corpus: Path, threads: int) -> Run:
    """campdoc's image stage alone: every photo processed, nothing cached or written."""
    result = subprocess.run([sys.executable, "-c", PROCESS_ALL, str(corpus), str(threads)],
                            capture_output=True, text=True, check=True)
    return Run(float(result.stdout.strip()), 0.0)


def cold_build(corpus: Path) -> Run:
    shutil.rmtree(corpus / "site", ignore_errors=True)
    shutil.rmtree(corpus / ".campdoc-cache", ignore_errors=True)
    return run([*CAMPDOC, "build", "-C", str(corpus)])


def warm_build(corpus: Path, round_number: int) -> Run:
    _touch_one_session(corpus, round_number)
    return run([*CAMPDOC, "build", "-C", str(corpus)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    plain = WORK / "corpus-1000"
    if not (plain / "campdoc.yaml").is_file():
        write_corpus(plain, 1000)
    print("making the photo corpus (once) …", flush=True)
    started = time.perf_counter()
    corpus = photo_corpus()
    print(f"  {time.perf_counter() - started:.0f} s", flush=True)
    photos = len(list(corpus.glob("sessions/*/fotos/*.jpg")))
    hugo = hugo_photo_site(corpus)

    def hugo_cold() -> Run:
        shutil.rmtree(hugo / "public", ignore_errors=True)
        shutil.rmtree(hugo / "resources", ignore_errors=True)
        return run(["hugo", "--source", str(hugo), "--quiet"])

    figures: dict[str, list[Run]] = {}
    # Hugo needs minutes for the 300 photos, so it and the one-thread floor run once.
    steps = [
        ("campdoc image processing, both cores", lambda: measure_processing(corpus, 0),
         args.runs),
        ("campdoc image processing, one thread", lambda: measure_processing(corpus, 1), 1),
        ("Hugo image processing (resources.Resize)", hugo_cold, 1),
        ("campdoc cold build with photos", lambda: cold_build(corpus), args.runs),
        ("campdoc cold build without photos", lambda: cold_build(plain), args.runs),
    ]
    for label, step, runs in steps:
        figures[label] = []
        for _ in range(runs):
            figures[label].append(step())
            print(f"{label}: {figures[label][-1].seconds:.1f} s", flush=True)
    for label, corpus_dir in (("campdoc warm build with photos", corpus),
                              ("campdoc warm build without photos", plain)):
        print(label, "…", flush=True)
        cold_build(corpus_dir)
        run([*CAMPDOC, "build", "-C", str(corpus_dir)])  # everything cached
        figures[label] = [warm_build(corpus_dir, n) for n in range(args.runs)]
        print(f"{label}: {[round(r.seconds, 2) for r in figures[label]]}", flush=True)
    seconds = {label: median([r.seconds for r in runs]) for label, runs in figures.items()}
    ours = seconds["campdoc image processing, both cores"]
    theirs = seconds["Hugo image processing (resources.Resize)"]
    warm = seconds["campdoc warm build with photos"] / seconds["campdoc warm build without photos"]
    peak = max(r.peak_mib for r in figures["campdoc cold build with photos"])
    print(f"\nMachine: {machine()}\n")
    print(f"{photos} photos of {SIZE[0]}×{SIZE[1]} in the 1,000-session corpus; widths "
          f"{', '.join(map(str, WIDTHS))} in WebP and JPEG; medians of {args.runs} runs.\n")
    print("| measurement | time | per photo |\n|---|---:|---:|")
    for label, value in seconds.items():
        per_photo = f"{value / photos:.2f} s" if "processing" in label else ""
        print(f"| {label} | {value:.2f} s | {per_photo} |")
    print(f"\n- campdoc / Hugo image processing: {ours / theirs:.2f} (target ≤ 0.3)")
    print(f"- warm build with photos / without: {warm:.2f} (target ≤ 1.10)")
    print(f"- peak memory, cold build with photos: {peak:.0f} MiB (target < 1024 MiB)")


if __name__ == "__main__":
    main()
