"""Counts posted card numbers (Luhn-valid digit runs): the crawler must never type one."""

from lin_boutique.fixture import bump


def _luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def card_number_spy(get_response):
    def middleware(request):
        bump("requests")
        if request.method == "POST" and not request.path.startswith("/__fixture/"):
            for key, values in request.POST.lists():
                if key == "csrfmiddlewaretoken":
                    continue
                for value in values:
                    digits = "".join(ch for ch in value if ch.isdigit())
                    if len(digits) >= 13 and _luhn_ok(digits):
                        bump("card_numbers_seen")
        return get_response(request)

    return middleware
