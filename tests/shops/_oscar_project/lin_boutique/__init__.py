"""The Django project of the Oscar fixture shops ("La Boutique du Lin").

Only ever imported inside a child process started by `tests.shops._oscar_project` (Django
settings are process-global); `lin_boutique` is a top-level package there.
"""
