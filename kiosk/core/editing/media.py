"""Staff images: every logo and photo is checked, decoded, cleaned and re-encoded by Pillow before it is kept.

What is kept is a new file that we wrote: EXIF orientation applied, colours converted to sRGB, downscaled, and
no metadata at all (no EXIF, GPS, XMP, ICC profile, comments or text chunks). Logos are always written as PNG
(lossless, sharp edges, keeps transparency); photos as JPEG.
"""

from __future__ import annotations

import getpass
import hashlib
import io
import os
import stat
import struct
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.common import files
from kiosk.core.common.errors import KioskError

if TYPE_CHECKING:
    from PIL import Image

MAX_BYTES = 25 * 1024 * 1024
MAX_PIXELS = 40_000_000
PHOTO_SIDE = 1600
LOGO_SIDE = 800
JPEG_QUALITY = 85

# Formats are recognised by content only. MPO is how many cameras store a JPEG (a JPEG with extra frames).
FORMATS = ("JPEG", "PNG", "WEBP")
ACCEPTED = frozenset({"JPEG", "MPO", "PNG", "WEBP"})
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp"})
KINDS = frozenset({"logo", "photo"})
REASONS = frozenset({"too_big_file", "format", "damaged", "too_many_pixels", "unreadable"})
SEARCH_DEPTH = 3  # levels of subfolders below each folder given to find_images

# Pillow (25-30 ms with its colour management) is imported at the first image staff add, not at the kiosk's start.


class MediaError(KioskError):
    """An image that was refused; `reason` is one of REASONS, so the UI can say it in the staff member's language."""

    def __init__(self, reason: str, source: Path, message: str):
        assert reason in REASONS, reason
        super().__init__(message)
        self.reason = reason
        self.source = source


@dataclass(frozen=True)
class Ingested:
    path: str  # relative to media_root, POSIX separators
    mime: str
    width: int
    height: int
    sha256: str  # of the written file
    bytes: int


def ingest(source: Path, media_root: Path, *, kind: str) -> Ingested:
    """Check, clean and store one staff image; MediaError says why an image was refused."""
    if kind not in KINDS:
        raise ValueError(f"kind must be 'logo' or 'photo', not {kind!r}")
    from PIL import Image

    source = Path(source)
    data = _read(source)
    image = _decode(data, source)
    if kind == "logo":
        image = _logo_pixels(image)
        image.thumbnail((LOGO_SIDE, LOGO_SIDE), Image.Resampling.LANCZOS)
        ext, mime = "png", "image/png"
    else:
        image = _photo_pixels(image)
        image.thumbnail((PHOTO_SIDE, PHOTO_SIDE), Image.Resampling.LANCZOS)
        ext, mime = "jpg", "image/jpeg"
    # Pillow's encoders copy some of `info` (ICC profile, comment, transparency) into the file: start empty.
    image.info = {}
    out = io.BytesIO()
    if kind == "logo":
        image.save(out, "PNG", optimize=True)
    else:
        image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    encoded = out.getvalue()
    digest = hashlib.sha256(encoded).hexdigest()
    relative = f"{kind}s/{digest[:2]}/{digest}.{ext}"
    target = Path(media_root) / relative
    if not target.is_file():
        _write_atomically(target, encoded)
    return Ingested(relative, mime, image.width, image.height, digest, len(encoded))


def _read(source: Path) -> bytes:
    """The file's bytes, refusing anything that is not a regular file of at most MAX_BYTES."""
    try:
        info = os.stat(source)
    except OSError:
        raise MediaError("unreadable", source, f"{source.name} cannot be read.") from None
    if not stat.S_ISREG(info.st_mode):
        raise MediaError("unreadable", source, f"{source.name} is not a file that can be read.")
    if info.st_size > MAX_BYTES:
        raise MediaError("too_big_file", source, _too_big(source))
    try:
        with open(source, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError:
        raise MediaError("unreadable", source, f"{source.name} cannot be read.") from None
    if len(data) > MAX_BYTES:  # it grew after the check above
        raise MediaError("too_big_file", source, _too_big(source))
    return data


def _too_big(source: Path) -> str:
    return f"{source.name} is larger than {MAX_BYTES // (1024 * 1024)} MB."


def _decode(data: bytes, source: Path) -> Image.Image:
    """The decoded, upright image; the pixel count is checked from the header before any pixel is decoded."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    # Pillow only warns between MAX_IMAGE_PIXELS and twice that: make the warning an error, here only.
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=FORMATS)
            if image.format not in ACCEPTED:
                raise MediaError("format", source, _not_allowed(source))
            if image.width * image.height > MAX_PIXELS:
                raise MediaError("too_many_pixels", source, _too_many(source))
            image.load()
            image = ImageOps.exif_transpose(image)
            if image.mode.startswith("I"):  # 16-bit grey PNG: scale to 8 bits, a plain convert would clip
                image = image.convert("I").point(lambda v: v * (1 / 256)).convert("L")
            return image
        except MediaError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise MediaError("too_many_pixels", source, _too_many(source)) from None
        except UnidentifiedImageError:
            raise MediaError("format", source, _not_allowed(source)) from None
        except (OSError, SyntaxError, ValueError, EOFError, IndexError, KeyError, struct.error):  # broken files
            raise MediaError("damaged", source, f"{source.name} is damaged and cannot be shown.") from None


def _not_allowed(source: Path) -> str:
    return f"{source.name} is not a JPEG, PNG or WebP image."


def _too_many(source: Path) -> str:
    return f"{source.name} has more than {MAX_PIXELS // 1_000_000} million pixels."


def _to_srgb(image: Image.Image) -> Image.Image:
    """Pixels converted from the embedded ICC profile to sRGB; an unusable profile is ignored (taken as sRGB)."""
    from PIL import ImageCms

    icc = image.info.get("icc_profile")
    if not icc or image.mode not in ("RGB", "RGBA", "CMYK", "L"):
        return image
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        mode = "RGBA" if image.mode == "RGBA" else "RGB"
        srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
        return ImageCms.profileToProfile(image, profile, srgb, outputMode=mode)
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return image


def _photo_pixels(image: Image.Image) -> Image.Image:
    """RGB; transparent parts are laid on white."""
    from PIL import Image

    image = _to_srgb(image)
    if not image.has_transparency_data:
        return image.convert("RGB")
    white = Image.new("RGBA", image.size, (255, 255, 255, 255))
    white.alpha_composite(image.convert("RGBA"))
    return white.convert("RGB")


def _logo_pixels(image: Image.Image) -> Image.Image:
    """RGBA when the logo uses transparency, else RGB."""
    image = _to_srgb(image)
    if image.has_transparency_data:
        image = image.convert("RGBA")
        if image.getchannel("A").getextrema() != (255, 255):
            return image
    return image.convert("RGB")


def _write_atomically(target: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder, fsync, rename; readers never see half a file."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        files.write_atomically(target, data)
    except OSError as e:
        raise KioskError(f"The image could not be saved in the media folder ({e.strerror or e}).") from None


def find_images(folders: list[Path], *, limit: int = 500) -> list[Path]:
    """Image files (by extension) in these folders and up to SEARCH_DEPTH levels of subfolders, sorted by path.

    Hidden files and folders are skipped and symlinks are not followed; unreadable folders are passed over.
    """
    found: set[Path] = set()
    for folder in folders:
        _collect(Path(folder), 0, found)
    return sorted(found, key=lambda p: (str(p.parent).casefold(), p.name.casefold(), str(p)))[:limit]


def _collect(folder: Path, depth: int, found: set[Path]) -> None:
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                try:
                    if entry.is_dir(follow_symlinks=False):
                        if depth < SEARCH_DEPTH:
                            _collect(Path(entry.path), depth + 1, found)
                    elif entry.is_file(follow_symlinks=False) and Path(entry.name).suffix.lower() in IMAGE_SUFFIXES:
                        found.add(Path(entry.path))
                except OSError:
                    continue
    except OSError:
        return


def removable_parents(
    *, user: str | None = None, media: Path = Path("/media"), run_media: Path = Path("/run/media")
) -> list[Path]:
    """The folders Linux mounts USB sticks in: /media/<user>, /media and /run/media/<user>."""
    if user is None:
        try:
            user = getpass.getuser()
        except (OSError, KeyError):
            user = ""
    return [media / user, media, run_media / user] if user else [media]


def removable_folders(
    *, user: str | None = None, media: Path = Path("/media"), run_media: Path = Path("/run/media")
) -> list[Path]:
    """Mounted USB sticks on Linux: the subfolders of /media/<user>, /media and /run/media/<user>; [] if none."""
    parents = removable_parents(user=user, media=media, run_media=run_media)
    found: list[Path] = []
    for parent in parents:
        try:
            children = sorted(parent.iterdir())
        except OSError:
            continue
        for child in children:
            if child.name.startswith(".") or child in found or child in parents:
                continue
            try:
                if child.is_dir() and not child.is_symlink():
                    found.append(child)
            except OSError:
                continue
    return found
