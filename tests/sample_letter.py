"""One invented, compliant letter that many tests start from (every name and number is made up).

GOOD is the plain-text letter; DOCX_LINES are its paragraphs as the .docx tests build them (no
street line, no contact lines: each test adds the contact block where its structure needs it).
"""

from __future__ import annotations

PHONE_LINE = "Direkte tlf. 40 27 15 93"
EMAIL_LINE = "marie.jensen@lindeby.dk"

GOOD = """Sundhedscenter Lindeby
Parkvej 2, 6600 Lindeby

Til: Jobcenter Lindeby

Kære Sofie Berg

Ole Hansen har givet samtykke til, at jeg skriver til dig.

Ole arbejder som lagermedarbejder og løfter kasser på op til 20 kg.

Han kan løfte 10 kg fra bordhøjde og sidde i 30 minutter ad gangen.

Han bør ikke løfte mere end 10 kg de næste fire uger. Forløbet slutter 27. marts 2026.

Jeg forventer, at han kan vende tilbage til sit job på fuld tid.

Med venlig hilsen

Marie Jensen
Fysioterapeut
Direkte tlf. 40 27 15 93
marie.jensen@lindeby.dk
"""

DOCX_LINES = [
    "Sundhedscenter Lindeby", "Til: Jobcenter Lindeby", "Kære Sofie Berg",
    "Ole Hansen har givet samtykke til, at jeg skriver til dig.",
    "Ole arbejder som lagermedarbejder og løfter kasser på op til 20 kg.",
    "Han kan løfte 10 kg fra bordhøjde og sidde i 30 minutter ad gangen.",
    "Han bør ikke løfte mere end 10 kg de næste fire uger. Forløbet slutter 27. marts 2026.",
    "Jeg forventer, at han kan vende tilbage til sit job på fuld tid.",
    "Med venlig hilsen", "Marie Jensen", "Fysioterapeut",
]
