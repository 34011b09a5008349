"""Stop 28, after the held-out figure (s28afterc): content classes, pinned with invented letters.

- sundhed.nuvaerende-job: a former job told in a paragraph that states the unemployment further on ("Han var
  tidligere chauffør … Han har været ledig siden …") is the former job with the unemployment (RULES.md); the lift
  reaches the paragraph (`unless_lifted_paragraph`), a former job alone still does not count.
- sundhed.skaanehensyn: accommodations named by their place in a heading with the list under it ("Hensyn på
  lageret" / "- en rullevogn …") address the rule; a limit with its consequence after "men" ("kan køre en time, men
  så må han holde ind") is a limit, not an accommodation (`begraensning-konsekvens`).
- job.efterspurgt-info: the job centre's own questions in the purpose clause ("…, så vi kan vurdere, om hun kan …")
  are the purpose, not the information asked for (`formaal-vurdering`); a concrete question before it counts.
"""

from __future__ import annotations

SUNDHED = ("Træningscenter Nordby\nHavnevej 3, 9900 Nordby\n\nTil: Jobcenter Nordby\nAtt.: Sagsbehandler Lars Bo\n\n"
           "Vedr.: borger Anders Kjær\n\nKære Lars Bo\n\n"
           "Anders Kjær har givet samtykke til, at jeg skriver til dig.\n\n"
           "{body}\n\nForløbet slutter 30. juni 2027.\n\n"
           "Med venlig hilsen\n\nMia Dahl\nFysioterapeut\nDirekte tlf. 41 22 33 44\nmia.dahl@nordby.dk\n")

JOB = ("Jobcenter Nordby\nSygedagpenge\n\nTil: Træningscenter Nordby\n\nVedr.: borger Anders Kjær\n\n"
       "Kære fysioterapeut\n\nAnders Kjær har givet samtykke til, at vi kontakter dig.\n\n{body}\n\n"
       "Vi vil gerne have dit svar senest den 15. juni 2027.\n\n"
       "Med venlig hilsen\n\nLars Bo\nSagsbehandler\nDirekte tlf. 41 55 66 77\nlars.bo@nordby.dk\n")


def _fires(check_text, template: str, body: str, profile: str) -> set[str]:
    res = check_text(template.format(body=body), profile=profile)
    return {f.rule for f in res.findings}


def test_former_job_in_a_paragraph_that_states_the_unemployment_later(check_text):
    body = ("Anders var tidligere chauffør på et fragtfirma. Han kørte 9 timer om dagen og læssede selv paller af. "
            "Han har været ledig siden foråret 2026.")
    assert "sundhed.nuvaerende-job" not in _fires(check_text, SUNDHED, body, "sundhed-til-job")


def test_former_job_without_unemployment_still_is_history(check_text):
    body = "Anders var tidligere chauffør på et fragtfirma. Han kan nu gå 2 km og løfte 8 kg."
    assert "sundhed.nuvaerende-job" in _fires(check_text, SUNDHED, body, "sundhed-til-job")


def test_accommodations_listed_under_a_heading_naming_their_place(check_text):
    body = ("Anders kan løfte 8 kg og stå i en time.\n\nHensyn på lageret\n- En rullevogn til kasserne.\n"
            "- Et hæve-sænkebord ved pakkebordet.")
    assert "sundhed.skaanehensyn" not in _fires(check_text, SUNDHED, body, "sundhed-til-job")


def test_for_the_sake_of_is_no_accommodation(check_text):
    body = "Anders kan løfte 8 kg og stå i en time. Han træner om morgenen af hensyn til sin søn."
    assert "sundhed.skaanehensyn" in _fires(check_text, SUNDHED, body, "sundhed-til-job")


def test_a_limit_with_its_consequence_after_men_is_no_accommodation(check_text):
    body = "Anders kan køre bil i en time, men så må han holde ind og strække ryggen."
    assert "sundhed.skaanehensyn" in _fires(check_text, SUNDHED, body, "sundhed-til-job")


def test_an_accommodation_after_men_still_counts(check_text):
    body = "Anders kan køre bil i en time, men han bør have mulighed for pauser undervejs."
    assert "sundhed.skaanehensyn" not in _fires(check_text, SUNDHED, body, "sundhed-til-job")


def test_the_centres_own_questions_in_the_purpose_clause_ask_for_nothing(check_text):
    body = ("Vi vil gerne høre lidt mere om hans træning, så vi kan vurdere, om han kan begynde på nedsat tid, "
            "og hvilke opgaver han kan klare på lageret.")
    assert "job.efterspurgt-info" in _fires(check_text, JOB, body, "job-til-sundhed")


def test_a_concrete_question_before_the_purpose_counts(check_text):
    body = ("Vi vil gerne vide, hvor mange kg han kan løfte, så vi kan vurdere, om han kan begynde på nedsat tid.")
    assert "job.efterspurgt-info" not in _fires(check_text, JOB, body, "job-til-sundhed")
