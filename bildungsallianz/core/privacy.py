"""Personal data across modules (DSGVO Art. 15/17, retention), registered by each module.

Filled in below; modules register ``PersonalDataSource`` objects in ready().
"""


def purge_expired(now=None) -> dict[str, int]:
    return {}
