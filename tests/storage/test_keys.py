import pytest

from storage import keys
from storage.errors import NotADossier, WeakPassphrase, WrongSecret
from tests.conftest import FAST_KDF


@pytest.mark.parametrize("weak", [
    "kort", "Noor2015!", "aaaaaaaaaaaaaaaa", "wachtwoord123", "1234567890123", "abab abab abab",
    "welkom123456789", "password12345678", "een twee drie vier", "maandag 12 maart 2024",
    "Paraplu fiets  zomer lepel",
])
def test_weak_passphrases_are_refused_with_a_reason(weak):
    problem = keys.passphrase_problem(weak)
    assert problem
    with pytest.raises(WeakPassphrase) as info:
        keys.require_strong(weak)
    assert info.value.message == problem


@pytest.mark.parametrize("strong", [
    "paard boot lamp fiets", "Zonnebloem-Tafel-82!", "mijn dochter lacht om regen",
])
def test_strong_passphrases_pass(strong):
    assert keys.passphrase_problem(strong) is None


def test_recovery_codes_are_long_random_and_forgiving_to_type():
    code = keys.new_recovery_code()
    assert len(code.replace("-", "")) == 32 and code.count("-") == 7
    assert code != keys.new_recovery_code()
    sloppy = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert keys.normalize_recovery_code(sloppy) == code
    assert keys.normalize_recovery_code("paard boot lamp fiets") is None


def test_slot_unwraps_only_with_its_secret_and_dossier():
    data_key = keys.new_data_key()
    slot = keys.KeySlot.wrap(keys.PASSPHRASE, "paard boot lamp fiets", data_key, "d1", FAST_KDF)
    assert slot.unwrap("paard boot lamp fiets", "d1") == data_key
    with pytest.raises(WrongSecret):
        slot.unwrap("paard boot lamp fietS", "d1")
    with pytest.raises(WrongSecret):
        slot.unwrap("paard boot lamp fiets", "d2")  # a slot moved to another dossier


def test_keyfile_never_contains_the_data_key():
    data_key = keys.new_data_key()
    slot = keys.KeySlot.wrap(keys.PASSPHRASE, "paard boot lamp fiets", data_key, "d1", FAST_KDF)
    raw = keys.KeyFile("d1", {keys.PASSPHRASE: slot}).to_bytes()
    assert bytes(data_key).hex().encode() not in raw
    assert bytes(data_key) not in raw
    import base64

    assert base64.b64encode(bytes(data_key)) not in raw


@pytest.mark.parametrize("raw", [
    b"", b"{}", b"not json", b'{"format": "zorgmap-keys", "version": 1}',
    b'{"format": "zorgmap-keys", "version": 1, "dossier_id": "x", "slots": [{"type": "x"}]}',
    b'{"format": "zorgmap-keys", "version": 1, "dossier_id": "x", "slots": [{"type": '
    b'"passphrase", "kdf": "scrypt", "n": 1073741824, "r": 8, "p": 1, "salt": "", '
    b'"nonce": "", "wrapped_key": ""}]}',
])
def test_broken_key_files_are_not_a_dossier(raw):
    with pytest.raises(NotADossier):
        keys.KeyFile.from_bytes(raw)


@pytest.mark.parametrize("weak", ["Noor2015Noor", "noorvermeulen", "Noor Vermeulen 2017!"])
def test_the_childs_name_is_no_secret(weak):
    problem = keys.passphrase_problem(weak, ("Noor Vermeulen-de Wit",))
    assert problem and "naam" in problem
    assert keys.passphrase_problem("paard boot lamp fiets", ("Noor Vermeulen-de Wit",)) is None
