"""A camp's photos and materials as its pages, booklet and exports show them.

Made once per camp from the public view: each photo named in a session (front matter or
notes) is planned from its header, processed (or taken from the photo cache) and placed in
the camp's ``photos/`` folder; each material is copied to ``materials/`` under the hash of
its content. Problems only decoding reveals come back as issues at the photo's place.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from campdoc.content.assets import resolve_file
from campdoc.content.model import Session
from campdoc.content.public import PublicCamp
from campdoc.content.validate_media import PhotoReference, photo_references
from campdoc.core.issues import Issue
from campdoc.core.slugs import slugify
from campdoc.media.photos import PRINT_COLUMN, PRINT_HALF, PhotoPlan, Variant, plan_photo
from campdoc.media.raster import ImageProblem
from campdoc.media.store import PhotoSource, PhotoStore, ProcessedPhoto
from campdoc.render import urls

# Widths the pages' photos take (the layout's gallery column and text column), so that
# browsers pick the smallest variant that is sharp enough.
GALLERY_SIZES = "(min-width: 60rem) 22rem, (min-width: 40rem) 45vw, 92vw"
NOTES_SIZES = "(min-width: 48rem) 44rem, 92vw"


@dataclass(frozen=True, slots=True)
class PublishedPhoto:
    """A photo of a session, ready for a page."""

    camp_id: str
    written: str  # as the session names it (the notes' images are found by it)
    alt: str
    caption: str
    credit: str
    license: str
    plan: PhotoPlan
    processed: ProcessedPhoto
    shows_people: bool = False

    def path(self, variant: Variant) -> str:
        return urls.photo_file(self.camp_id, variant.name)

    def srcset(self, format: str) -> list[tuple[str, int]]:
        """(site path, width) of each size in ``format`` ('webp' or 'jpg')."""
        return [(self.path(variant), variant.width) for variant in self.plan.of_format(format)]

    @property
    def shown(self) -> Variant:
        """The JPEG a browser without srcset shows, and whose size width/height give."""
        return self.plan.for_print(PRINT_COLUMN)

    @property
    def large(self) -> str:
        return self.path(self.plan.largest)

    def print_data_url(self, half: bool = False) -> str:
        """The print size (for the text column, or ``half`` of it) inside a ``data:``
        address, for the self-contained booklet."""
        data = self.processed.read(self.plan.for_print(PRINT_HALF if half else PRINT_COLUMN).name)
        return f"data:image/jpeg;base64,{base64.b64encode(data).decode()}"


@dataclass(frozen=True, slots=True)
class PublishedMaterial:
    """A material file of a session: its title, where it is, its kind and size."""

    title: str
    path: str
    kind: str  # "PDF", "ODP" …, from the file's ending (the content was checked to fit it)
    size: int
    download_name: str
    written: str  # as the session names it


@dataclass(slots=True)
class CampMedia:
    """Everything a camp publishes besides its pages."""

    gallery: dict[str, list[PublishedPhoto]] = field(default_factory=dict)  # by session slug
    inline: dict[str, dict[str, PublishedPhoto]] = field(default_factory=dict)  # slug → src
    materials: dict[str, list[PublishedMaterial]] = field(default_factory=dict)
    files: dict[str, Path | bytes] = field(default_factory=dict)  # site path → photo cache file
    # Materials are copied, never linked: a hard link would let a later edit of the source
    # file change the published (and cached) copy behind its content-hash name.
    copies: dict[str, Path] = field(default_factory=dict)  # site path → the project's file
    issues: list[Issue] = field(default_factory=list)

    def photos_of(self, session: Session) -> list[PublishedPhoto]:
        """Every photo of a session: the gallery's, then those in its notes."""
        return [*self.gallery.get(session.slug, []),
                *self.inline.get(session.slug, {}).values()]

    @property
    def photo_keys(self) -> list[str]:
        """The photo cache's keys of every photo, for pruning the cache."""
        return sorted({photo.plan.key for gallery in self.gallery.values() for photo in gallery}
                      | {photo.plan.key for inline in self.inline.values()
                         for photo in inline.values()})

    @property
    def small_files(self) -> list[str]:
        """Each photo's smallest WebP: what a camp keeps for offline reading at once (every
        browser with service workers shows WebP). Larger sizes, the JPEGs and materials are
        kept when a reader first opens them."""
        photos = [photo for gallery in self.gallery.values() for photo in gallery]
        photos += [photo for inline in self.inline.values() for photo in inline.values()]
        return sorted({photo.path(photo.plan.of_format("webp")[0]) for photo in photos})


# A photo this close to the top of the notes, with nothing between the header and the notes,
# is on the first screen: it is loaded at once, all others when the reader scrolls near.
_FIRST_SCREEN_LINES = 12


def first_screen_photo(session: Session) -> str | None:
    """The photo (as the session names it) a reader sees without scrolling, if any."""
    meta = session.meta
    if meta.questions or meta.insights or meta.open_questions or meta.next_steps:
        return None
    images = session.parsed.local_images
    if images and 0 <= images[0].line < _FIRST_SCREEN_LINES:
        return images[0].src
    if not session.body.strip() and meta.photos:
        return meta.photos[0].file
    return None


def _material(camp_id: str, folder: Path, session: Session, number: int,
              media: CampMedia) -> None:
    material = session.meta.materials[number]
    path, _ = resolve_file(folder, material.file)
    if path is None:
        return  # reported by check; a build with errors publishes nothing
    data = path.read_bytes()
    suffix = Path(material.file).suffix.lower()
    site_path = urls.material_file(camp_id, hashlib.sha256(data).hexdigest()[:20] + suffix)
    media.copies[site_path] = path
    name = (slugify(material.title) or "material") + suffix
    media.materials.setdefault(session.slug, []).append(PublishedMaterial(
        material.title, site_path, suffix.lstrip(".").upper(), len(data), name, material.file))


def publish_media(camp: PublicCamp, project_root: Path) -> CampMedia:
    """Photos and materials of every published session of ``camp``, the photos processed
    or taken from the project's photo cache."""
    folder = (project_root / camp.source).parent
    store = PhotoStore(project_root)
    media = CampMedia()
    wanted: list[tuple[Session, PhotoReference, PhotoSource]] = []
    for session in camp.sessions:
        for reference in photo_references(session):
            path, _ = resolve_file(folder, unquote(reference.written))
            if path is None:
                continue
            data = path.read_bytes()
            try:
                plan = plan_photo(data)
            except ImageProblem as problem:
                media.issues.append(Issue("CD225", reference.location, reference.field,
                                          {"found": reference.written, "what": problem.what}))
                continue
            wanted.append((session, reference, PhotoSource(data, plan)))
        for number in range(len(session.meta.materials)):
            _material(camp.id, folder, session, number, media)
    processed = store.process(source for _, _, source in wanted)
    for session, reference, source in wanted:
        result = processed[source.plan.key]
        if isinstance(result, ImageProblem):
            media.issues.append(Issue("CD225", reference.location, reference.field,
                                      {"found": reference.written, "what": result.what}))
            continue
        photo = _published(camp, session, reference, result)
        if reference.field == "notes":
            media.inline.setdefault(session.slug, {})[reference.written] = photo
        else:
            media.gallery.setdefault(session.slug, []).append(photo)
        for variant in result.plan.variants:
            media.files[photo.path(variant)] = result.files[variant.name]
    return media


def _published(camp: PublicCamp, session: Session, reference: PhotoReference,
               processed: ProcessedPhoto) -> PublishedPhoto:
    if reference.field == "notes":
        image = next(i for i in session.parsed.local_images if i.src == reference.written)
        return PublishedPhoto(camp.id, reference.written, image.alt, image.caption, "",
                              camp.session_license(session), processed.plan, processed)
    photo = session.meta.photos[int(reference.field.removeprefix("photos[").rstrip("]")) - 1]
    return PublishedPhoto(camp.id, reference.written, photo.alt, photo.caption, photo.credit,
                          photo.license or camp.session_license(session), processed.plan,
                          processed, photo.shows_people)

