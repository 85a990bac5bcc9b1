"""Language identification: script first, then a model limited to tocsin's languages, then a floor."""
from tocsin.segment.language import UNDETERMINED, detect_language, script_language


def test_language_french_spanish_english_detected():
    assert detect_language("Au moins 33 soldats turcs ont été tués jeudi dans une frappe aérienne.") == "fr"
    assert detect_language("Ocho jóvenes fueron asesinados la noche del sábado en Samaniego.") == "es"
    assert detect_language("At least 33 Turkish soldiers were killed on Thursday in an air strike.") == "en"


def test_language_arabic_script_is_arabic_unless_persian_letters():
    assert detect_language("قتل 33 جنديا تركيا في غارة جوية على إدلب يوم الخميس") == "ar"
    assert script_language("این یک متن فارسی است پ پ گ گ چ") == "fa"
    assert script_language("Idlib") is None


def test_language_outside_the_model_is_undetermined():
    """German is no language tocsin codes: the limited model is unsure of it, and says so."""
    text = "Die Soldaten wurden am Donnerstag bei einem Luftangriff in Idlib getötet, sagten Beamte."
    assert detect_language(text) == UNDETERMINED


def test_language_too_little_text_is_none():
    assert detect_language("12 - 3 !!") is None
