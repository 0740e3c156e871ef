"""Staff images through kiosk.core.editing.media: real files made with Pillow, real files written and read back."""

import hashlib
import io
import struct
import zlib

import pytest
from PIL import Image, ImageCms, PngImagePlugin, features

from kiosk.core.common.errors import KioskError
from kiosk.core.editing import media
from kiosk.core.editing.media import (
    LOGO_SIDE,
    MAX_BYTES,
    PHOTO_SIDE,
    MediaError,
    find_images,
    ingest,
    removable_folders,
)

PILLOW_LIMIT = Image.MAX_IMAGE_PIXELS
RED, BLUE, GREEN = (220, 20, 20), (20, 20, 220), (20, 200, 20)
SECRET = b"SECRET-4711"
SRGB_ICC = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


@pytest.fixture
def media_root(tmp_path):
    root = tmp_path / "media"
    root.mkdir()
    return root


def files_under(root):
    return sorted(p for p in root.rglob("*") if p.is_file())


def close(pixel, colour, tolerance=40):
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour))


def camera_jpeg(path):
    """2400x1200 red, blue top-left corner, stored sideways (Orientation 6) with GPS, maker note and comments."""
    image = Image.new("RGB", (2400, 1200), RED)
    image.paste(BLUE, (0, 0, 400, 400))
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    exif[0x010F] = "SpyCam"  # Make
    exif[0x010E] = "ImageDescription " + SECRET.decode()
    exif.get_ifd(0x8825).update({1: "N", 2: (13.0, 45.0, 3.5), 3: "E", 4: (100.0, 30.0, 7.25)})  # GPS
    exif.get_ifd(0x8769).update({0x927C: b"MakerNote " + SECRET, 0x9286: b"ASCII\0\0\0UserComment " + SECRET})
    image.save(
        path,
        "JPEG",
        quality=95,
        exif=exif,
        comment=b"COM " + SECRET,
        icc_profile=SRGB_ICC,
        xmp=b"<x:xmpmeta xmlns:x='adobe:ns:meta/'>" + SECRET + b"</x:xmpmeta>",
    )
    return path


def png_claiming(width, height):
    """A small PNG whose header says width x height; its pixel data is far too short to decode."""
    buffer = io.BytesIO()
    Image.new("1", (8, 8)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    struct.pack_into(">II", data, 16, width, height)  # IHDR data starts after signature, length and type
    struct.pack_into(">I", data, 29, zlib.crc32(data[12:29]))
    return bytes(data)


# --- good images -------------------------------------------------------------------------------------------------


def test_camera_photo_arrives_upright_downscaled_and_stripped(tmp_path, media_root):
    source = camera_jpeg(tmp_path / "IMG_0001.JPG")
    with Image.open(source) as original:  # the test file really carries what must be removed
        assert original.getexif()[0x0112] == 6
        assert original.getexif().get_ifd(0x8825)
        assert "icc_profile" in original.info and "comment" in original.info
    assert SECRET in source.read_bytes()

    result = ingest(source, media_root, kind="photo")

    out = media_root / result.path
    raw = out.read_bytes()
    assert result.path == f"photos/{result.sha256[:2]}/{result.sha256}.jpg"
    assert result.sha256 == hashlib.sha256(raw).hexdigest() and result.bytes == len(raw)
    assert result.mime == "image/jpeg"
    assert (result.width, result.height) == (800, 1600)  # turned upright, long side 2400 -> 1600
    with Image.open(out) as image:
        assert image.format == "JPEG" and image.mode == "RGB"
        assert image.size == (800, 1600)
        assert image.info.get("progressive") or image.info.get("progression")
        assert len(image.getexif()) == 0
        assert not {"exif", "icc_profile", "comment", "xmp", "photoshop"} & set(image.info)
        assert close(image.getpixel((770, 30)), BLUE)  # the stored top-left corner is now the top-right
        assert close(image.getpixel((30, 30)), RED)
        assert close(image.getpixel((770, 1570)), RED)
    assert SECRET not in raw and b"SpyCam" not in raw
    for marker in (b"Exif\0\0", b"ICC_PROFILE", b"http://ns.adobe.com/xap/1.0/"):
        assert marker not in raw


def test_logo_keeps_transparency_and_loses_text_chunks(tmp_path, media_root):
    logo = Image.new("RGBA", (1200, 600), (0, 0, 0, 0))
    logo.paste((*GREEN, 255), (400, 150, 800, 450))
    text = PngImagePlugin.PngInfo()
    text.add_text("Author", SECRET.decode())
    text.add_itxt("Comment", SECRET.decode(), zip=True)
    source = tmp_path / "logo.png"
    logo.save(source, pnginfo=text, icc_profile=SRGB_ICC)

    result = ingest(source, media_root, kind="logo")

    raw = (media_root / result.path).read_bytes()
    assert result.path.startswith("logos/") and result.path.endswith(".png")
    assert result.mime == "image/png" and (result.width, result.height) == (LOGO_SIDE, 400)
    with Image.open(media_root / result.path) as image:
        assert image.format == "PNG" and image.mode == "RGBA"
        assert image.getpixel((5, 5))[3] == 0
        assert image.getpixel((400, 200)) == (*GREEN, 255)
        assert image.text == {}
        assert not {"icc_profile", "exif"} & set(image.info)
    for chunk in (b"tEXt", b"iTXt", b"zTXt", b"iCCP", b"eXIf", SECRET):
        assert chunk not in raw


def test_opaque_logo_is_stored_as_rgb_png(tmp_path, media_root):
    source = tmp_path / "logo.jpg"
    Image.new("RGB", (300, 100), GREEN).save(source)
    result = ingest(source, media_root, kind="logo")
    with Image.open(media_root / result.path) as image:
        assert image.format == "PNG" and image.mode == "RGB" and image.size == (300, 100)


def test_transparent_photo_is_laid_on_white(tmp_path, media_root):
    source = tmp_path / "cutout.png"
    Image.new("RGBA", (200, 100), (0, 0, 0, 0)).save(source)
    result = ingest(source, media_root, kind="photo")
    with Image.open(media_root / result.path) as image:
        assert image.format == "JPEG" and close(image.getpixel((10, 10)), (255, 255, 255), 3)


def test_small_photo_is_not_upscaled(tmp_path, media_root):
    source = tmp_path / "small.png"
    Image.new("RGB", (120, 90), BLUE).save(source)
    result = ingest(source, media_root, kind="photo")
    assert (result.width, result.height) == (120, 90)


@pytest.mark.skipif(not features.check("webp"), reason="Pillow built without WebP")
def test_webp_photo_is_accepted(tmp_path, media_root):
    source = tmp_path / "photo.webp"
    Image.new("RGB", (2000, 1000), GREEN).save(source, "WEBP")
    result = ingest(source, media_root, kind="photo")
    assert (result.width, result.height) == (PHOTO_SIDE, 800) and result.mime == "image/jpeg"


def test_camera_mpo_is_accepted_as_jpeg(tmp_path, media_root):
    source = tmp_path / "stereo.jpg"
    Image.new("RGB", (64, 48), RED).save(source, "MPO", save_all=True, append_images=[Image.new("RGB", (64, 48))])
    result = ingest(source, media_root, kind="photo")
    assert (result.width, result.height) == (64, 48)


def test_unusable_icc_profile_is_dropped(tmp_path, media_root):
    source = tmp_path / "odd-profile.jpg"
    Image.new("RGB", (64, 48), RED).save(source, icc_profile=b"not a profile" * 10)
    result = ingest(source, media_root, kind="photo")
    with Image.open(media_root / result.path) as image:
        assert "icc_profile" not in image.info and close(image.getpixel((5, 5)), RED, 8)


def test_sixteen_bit_grey_png_is_scaled_not_clipped(tmp_path, media_root):
    source = tmp_path / "scan.png"
    Image.new("I;16", (64, 48), 40000).save(source)
    result = ingest(source, media_root, kind="photo")
    with Image.open(media_root / result.path) as image:
        assert close(image.getpixel((5, 5)), (156, 156, 156), 3)


def test_same_photo_twice_gives_one_file(tmp_path, media_root):
    source = camera_jpeg(tmp_path / "a.jpg")
    copy = tmp_path / "copy-with-another-name.jpeg"
    copy.write_bytes(source.read_bytes())
    first = ingest(source, media_root, kind="photo")
    second = ingest(source, media_root, kind="photo")
    third = ingest(copy, media_root, kind="photo")
    assert first == second == third
    assert files_under(media_root) == [media_root / first.path]


# --- refused images ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "size",
    [(20_000, 20_000), (10_000, 10_000), (8_000, 6_000)],
    ids=["above-pillow-error", "above-pillow-warning", "above-our-cap"],
)
def test_image_bomb_is_refused_before_decoding(tmp_path, media_root, size):
    source = tmp_path / "bomb.png"
    source.write_bytes(png_claiming(*size))
    with pytest.raises(MediaError) as caught:  # decoding would have said "damaged"
        ingest(source, media_root, kind="photo")
    assert caught.value.reason == "too_many_pixels"
    assert "bomb.png" in str(caught.value)
    assert files_under(media_root) == []
    assert Image.MAX_IMAGE_PIXELS == PILLOW_LIMIT


def test_real_decodable_bomb_is_refused(tmp_path, media_root):
    source = tmp_path / "plain.png"
    Image.new("1", (8_000, 6_000), 1).save(source)  # 48 million pixels in a few kilobytes
    assert source.stat().st_size < 100_000
    with pytest.raises(MediaError) as caught:
        ingest(source, media_root, kind="logo")
    assert caught.value.reason == "too_many_pixels"
    assert files_under(media_root) == []


def test_file_over_25_mb_is_refused_unread(tmp_path, media_root):
    source = tmp_path / "huge.jpg"
    with open(source, "wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: no disk space used
    with pytest.raises(MediaError) as caught:
        ingest(source, media_root, kind="photo")
    assert caught.value.reason == "too_big_file"
    assert str(caught.value) == "huge.jpg is larger than 25 MB."
    assert files_under(media_root) == []


def _image_bytes(fmt, **options):
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), RED).save(buffer, fmt, **options)
    return buffer.getvalue()


def _damaged_png():
    data = bytearray(_image_bytes("PNG"))
    start = data.index(b"IDAT") + 4
    data[start : start + 8] = b"\xff" * 8
    return bytes(data)


REFUSED = {
    "animation.gif": (lambda: _image_bytes("GIF"), "format"),
    "bitmap.bmp": (lambda: _image_bytes("BMP"), "format"),
    "scan.tiff": (lambda: _image_bytes("TIFF"), "format"),
    "gif-renamed.jpg": (lambda: _image_bytes("GIF"), "format"),
    "photo.jpg": (lambda: b"Just some text, not a photo.\n" * 20, "format"),
    "logo.svg": (lambda: b'<svg xmlns="http://www.w3.org/2000/svg"><rect width="9" height="9"/></svg>', "format"),
    "brochure.pdf": (lambda: b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n", "format"),
    "empty.png": (lambda: b"", "format"),
    "truncated.jpg": (lambda: _image_bytes("JPEG")[:400], "damaged"),
    "damaged.png": (_damaged_png, "damaged"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_wrong_or_broken_file_is_refused(tmp_path, media_root, name):
    make, reason = REFUSED[name]
    source = tmp_path / name
    source.write_bytes(make())
    with pytest.raises(MediaError) as caught:
        ingest(source, media_root, kind="photo")
    assert caught.value.reason == reason
    assert isinstance(caught.value, KioskError) and name in str(caught.value)
    assert str(caught.value).endswith(".")
    assert files_under(media_root) == []


def test_folder_and_missing_file_are_unreadable(tmp_path, media_root):
    for source in (tmp_path / "a-folder.jpg", tmp_path / "gone.jpg"):
        if source.name == "a-folder.jpg":
            source.mkdir()
        with pytest.raises(MediaError) as caught:
            ingest(source, media_root, kind="photo")
        assert caught.value.reason == "unreadable"
    assert files_under(media_root) == []


def test_unknown_kind_is_a_programming_error(tmp_path, media_root):
    with pytest.raises(ValueError):
        ingest(camera_jpeg(tmp_path / "a.jpg"), media_root, kind="banner")


def test_failed_write_leaves_no_partial_file(tmp_path, media_root, monkeypatch):
    source = camera_jpeg(tmp_path / "a.jpg")

    def no_space(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(media.os, "replace", no_space)
    with pytest.raises(KioskError, match="No space left on device"):
        ingest(source, media_root, kind="photo")
    assert files_under(media_root) == []


# --- the picker --------------------------------------------------------------------------------------------------


def test_find_images_walks_three_levels_and_skips_hidden_links_and_others(tmp_path):
    stick = tmp_path / "stick"
    elsewhere = tmp_path / "elsewhere"
    for relative in [
        "b.JPG",
        "A.png",
        "DCIM/100CANON/img_0002.jpeg",
        "DCIM/100CANON/deep/img_0003.webp",
        "DCIM/100CANON/deep/deeper/too-deep.jpg",
        ".hidden.jpg",
        ".Trashes/deleted.jpg",
        "._b.JPG",
        "notes.txt",
        "clip.gif",
        "picture.jpg.txt",
    ]:
        (stick / relative).parent.mkdir(parents=True, exist_ok=True)
        (stick / relative).write_bytes(b"x")
    elsewhere.mkdir()
    (elsewhere / "linked.jpg").write_bytes(b"x")
    (stick / "link-folder").symlink_to(elsewhere, target_is_directory=True)
    (stick / "link-file.jpg").symlink_to(elsewhere / "linked.jpg")

    found = find_images([stick, tmp_path / "not-there"])

    assert [p.relative_to(stick).as_posix() for p in found] == [
        "A.png",
        "b.JPG",
        "DCIM/100CANON/img_0002.jpeg",
        "DCIM/100CANON/deep/img_0003.webp",
    ]
    assert find_images([stick], limit=2) == found[:2]
    assert find_images([stick, stick]) == found


def test_removable_folders_lists_mounted_sticks(tmp_path):
    media_dir, run_media = tmp_path / "media", tmp_path / "run-media"
    for folder in [media_dir / "staff" / "KINGSTON", media_dir / "OTHER", run_media / "staff" / "USB DISK"]:
        folder.mkdir(parents=True)
    (media_dir / "readme.txt").write_text("not a stick")
    (media_dir / ".hidden").mkdir()

    found = removable_folders(user="staff", media=media_dir, run_media=run_media)

    assert found == [media_dir / "staff" / "KINGSTON", media_dir / "OTHER", run_media / "staff" / "USB DISK"]
    assert removable_folders(user="staff", media=tmp_path / "none", run_media=tmp_path / "none") == []
    assert isinstance(removable_folders(), list)
