from sanderling.places.names import is_latin, name_key


def test_name_key_folds_case_accents_and_punctuation() -> None:
    assert name_key("Deir ez-Zor") == name_key("DEIR EZ‐ZOR") == "deir ez zor"
    assert name_key("Goražde") == "gorazde"
    assert name_key("St. Petersburg") == "st petersburg"
    assert name_key("Kharkivs’ka Oblast’") == "kharkivska oblast"
    assert name_key("Łódź") == "lodz"


def test_is_latin_rejects_other_scripts() -> None:
    assert is_latin("Şa‘dah")
    assert not is_latin("Москва")
    assert not is_latin("بغداد")
