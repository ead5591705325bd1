"""Errors a user can act on, each with a plain Dutch message; anything else is a bug."""

from __future__ import annotations


class StorageError(Exception):
    """Base for storage problems a parent can understand and act on."""

    default_message = "Er ging iets mis met het dossier."

    def __init__(self, message: str | None = None, *, hint: str | None = None) -> None:
        self.message = message or self.default_message
        self.hint = hint
        super().__init__(self.message)

    def user_text(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message


class WrongSecret(StorageError):
    default_message = "Het wachtwoord of de noodsleutel klopt niet. Er is niets veranderd."


class NotADossier(StorageError):
    default_message = "Dit is geen Zorgmap-dossier."


class DossierDamaged(StorageError):
    default_message = "Het dossier is beschadigd en kan niet worden geopend. Er is niets veranderd."


class KeyFileDamaged(DossierDamaged):
    default_message = ("Het sleutelbestand (keys.json) van dit dossier is beschadigd. "
                       "Er is niets veranderd.")


class KeyChanged(StorageError):
    default_message = (
        "Het dossier is in een ander venster opnieuw versleuteld (een nieuwe noodsleutel). "
        "Sluit het hier en open het opnieuw. Er is niets veranderd."
    )


class NewerVersion(StorageError):
    default_message = (
        "Dit dossier is gemaakt met een nieuwere versie van Zorgmap. "
        "Werk Zorgmap bij om het te openen. Er is niets veranderd."
    )


class DossierBusy(StorageError):
    default_message = (
        "Dit dossier is al open in een ander Zorgmap-venster of op een andere computer. "
        "Sluit het daar eerst, of open het hier alleen om te lezen."
    )


class ReadOnlyLocation(DossierBusy):
    default_message = (
        "Zorgmap kan niet schrijven in de map van dit dossier (bijvoorbeeld een USB-stick die "
        "alleen gelezen kan worden). Het dossier kan alleen worden gelezen."
    )


class ReadOnly(StorageError):
    default_message = "Dit dossier is alleen geopend om te lezen. Wijzigingen zijn niet opgeslagen."


class DiskFull(StorageError):
    default_message = (
        "De schijf is vol. De laatste wijziging is niet opgeslagen; de rest van het dossier "
        "is veilig. Maak ruimte vrij en probeer het opnieuw."
    )


class WeakPassphrase(StorageError):
    default_message = "Dit wachtwoord is niet sterk genoeg."


class BackupInvalid(StorageError):
    default_message = (
        "Deze reservekopie is beschadigd of veranderd en wordt niet gebruikt. "
        "Er is niets veranderd."
    )


class TargetExists(StorageError):
    default_message = "Op deze plek staat al een dossier. Kies een lege map of een nieuwe naam."


class Cancelled(StorageError):
    default_message = "Gestopt. Er is niets veranderd."


class DocumentMissing(StorageError):
    default_message = "Dit document staat niet (meer) in het dossier."


class FileUnreadable(StorageError):
    default_message = "Het bestand kan niet worden gelezen."
