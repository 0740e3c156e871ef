"""Read aloud through a real speech-dispatcher with espeak-ng's voices (libao's null driver stands in for a sound
card): the button shows in a language a voice speaks, is hidden in one none does, and a tap has the page read in
the visitor's language."""

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QLocale

from kiosk.ui.shell import speech
from tests.helpers import speechd

pytestmark = pytest.mark.skipif(not speechd.available(),
                                reason="speech-dispatcher and espeak-ng are missing: scripts/system-deps.sh installs them")


def espeak_languages() -> set[str]:
    """The language of each espeak-ng voice ("th", "cmn", "en"…), as espeak-ng itself lists them."""
    lines = subprocess.run(["espeak-ng", "--voices"], capture_output=True, text=True, check=True).stdout.splitlines()
    return {line.split()[1].split("-")[0] for line in lines[1:]}


@pytest.fixture(scope="module")
def dispatcher(tmp_path_factory):
    with speechd.running(tmp_path_factory.mktemp("speechd")) as running:
        yield running


@pytest.fixture
def speechd_kiosk(start_kiosk, dispatcher, monkeypatch):
    monkeypatch.setenv("SPEECHD_ADDRESS", dispatcher.address)

    def start(**options):
        return start_kiosk(speech_engine="speechd", **options)
    return start


def said(dispatcher, text: str) -> str | None:
    """The language speech-dispatcher was set to when it queued `text` (None: it never got it)."""
    language = None
    for line in dispatcher.logged().splitlines():
        if "|SET SELF LANGUAGE " in line:
            language = line.rsplit(" ", 1)[-1]
        elif f"Queueing message |{text}|" in line:
            return language
    return None


def test_the_kiosk_speaks_the_languages_espeak_ng_has_a_voice_for(speechd_kiosk):
    kiosk = speechd_kiosk(lang="en", screen="home")
    spoken = kiosk.kiosk.speech.languages
    voices = espeak_languages()
    assert {"th", "en", "vi", "id", "ms", "ta", "my", "ko"} <= set(spoken)
    assert all(lang in voices for lang in spoken)
    for lang in ("km", "lo", "fil"):  # no espeak-ng voice: never read aloud
        assert lang not in voices and lang not in spoken
    assert "ja" in voices and "cmn" in voices and "ja" not in spoken and "zh" not in spoken  # voices heard wrong


def test_the_button_reads_the_page_where_a_voice_speaks_and_hides_where_none_does(speechd_kiosk, dispatcher, qtbot):
    kiosk = speechd_kiosk(lang="th", screen="city:bangkok", languages=("th", "en", "vi", "zh"))
    kiosk.wait_for_screen("cityPage")
    kiosk.swipe_until_visible("pageFlick", "readAloud")
    kiosk.tap("readAloud")
    text = kiosk.kiosk.speech.spoken[-1]
    assert text.startswith("กรุงเทพ")
    qtbot.waitUntil(lambda: said(dispatcher, text) is not None, timeout=10000)
    assert QLocale(said(dispatcher, text)).language() == QLocale.Language.Thai

    kiosk.tap("languageButton")
    kiosk.tap("language-vi")
    kiosk.settle()
    kiosk.swipe_until_visible("pageFlick", "readAloud")
    kiosk.tap("readAloud")
    text = kiosk.kiosk.speech.spoken[-1]
    qtbot.waitUntil(lambda: said(dispatcher, text) is not None, timeout=10000)
    assert QLocale(said(dispatcher, text)).language() == QLocale.Language.Vietnamese

    kiosk.tap("languageButton")
    kiosk.tap("language-zh")
    kiosk.settle()
    assert kiosk.kiosk.show.lang == "zh" and kiosk.screen_name() == "cityPage"
    assert not kiosk.item("readAloud").isVisible()
    assert not kiosk.kiosk.speech.say("北京", "zh")


def test_a_language_is_spoken_in_a_voice_of_its_own_or_of_another_country():
    available = [QLocale(name) for name in ("C", "th_TH", "en_US", "en_GB", "ta_IN", "ja_JP", "yue_HK", "ms_MY")]
    locales = speech.voice_locales(available)
    assert {lang: locale.name() for lang, locale in locales.items()} == {
        "th": "th_TH", "en": "en_GB", "ms": "ms_MY", "ta": "ta_IN"}  # Cantonese is not Mandarin; ja: see UNREADABLE


def test_doctor_says_which_languages_are_read_aloud(dispatcher, tmp_path):
    env = {"SPEECHD_ADDRESS": dispatcher.address, "KIOSK_LANGUAGES": "th,en,km,ja", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "kiosk", "doctor", "--db", str(tmp_path / "none.db")],
                            check=False, capture_output=True, text=True, env={**os.environ, **env}, timeout=120)
    line = next(line for line in result.stdout.splitlines() if line.startswith("Read aloud"))
    assert line.startswith("Read aloud in: th, en; not in: km (no voice speaks it), ja (espeak-ng's Japanese")
