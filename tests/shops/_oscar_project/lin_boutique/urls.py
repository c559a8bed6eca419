from django.apps import apps
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.urls import include, path, re_path
from django.views.static import serve as serve_media
from lin_boutique import fixture, views

preview_view = views.PaymentDetailsView.as_view(preview=True)
if not settings.OSCAR_ALLOW_ANON_CHECKOUT:
    preview_view = login_required(preview_view)

urlpatterns = [
    path("__fixture/stats", fixture.stats_view),
    path("__fixture/final-click", fixture.final_click_view),
    path("livraison-retours/", views.returns_page, name="livraison-retours"),
    path("cgv/", views.content_page, {"slug": "cgv"}, name="cgv"),
    path("contact/", views.content_page, {"slug": "contact"}, name="contact"),
    # Same path as Oscar's checkout:preview (which `{% url %}` still resolves to): the place-order
    # POST lands on our counting subclass.
    path("checkout/preview/", preview_view),
    path("", include(apps.get_app_config("oscar").urls[0])),
    re_path(r"^media/(?P<path>.*)$", serve_media, {"document_root": settings.MEDIA_ROOT}),
]
