"""Counts posted card numbers (Luhn-valid digit runs): the crawler must never type one."""

from lin_boutique.fixture import bump

from tests.shops.kit import looks_like_card_number


def card_number_spy(get_response):
    def middleware(request):
        bump("requests")
        if request.method == "POST" and not request.path.startswith("/__fixture/"):
            for key, values in request.POST.lists():
                if key == "csrfmiddlewaretoken":
                    continue
                for value in values:
                    if looks_like_card_number(value):
                        bump("card_numbers_seen")
        return get_response(request)

    return middleware
