from django.apps import AppConfig


class LinBoutiqueConfig(AppConfig):
    name = "lin_boutique"
    label = "lin_boutique"
    verbose_name = "La Boutique du Lin (fixture)"

    def ready(self) -> None:
        from lin_boutique import fixture

        fixture.connect_signals()
