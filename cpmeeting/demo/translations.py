"""An invented Polish translation of the demo conference's free text, so its Polish copy shows
what a fully translated family copy looks like.

The translation is as invented as the family: written for demonstrations, never checked by a
qualified translator (the units are TRANSLATED, not CHECKED). Keys are the English exactly as
conference.py and record.py write it; units are built from the copy's work items at run time,
so a piece added to the copy later is simply left to translate.
"""

from __future__ import annotations

from ..domain.conference import Conference
from ..domain.copies import Audience
from ..domain.copy_text import WorkItem, import_operation, work_items
from ..domain.profile import AuthorityProfile
from ..domain.translation import TranslationStatus

DEMO_TRANSLATOR = "Demo translator (invented)"

_PEOPLE_AND_EXCLUSION = {
    "Mother of Zofia and Leo": "Matka Zofii i Leo",
    "Father of Zofia and Leo; lives apart from the family":
        "Ojciec Zofii i Leo; mieszka oddzielnie od rodziny",
    "Introductions to agency information (police)":
        "Od przedstawienia się do informacji instytucji (policja)",
    "Example Police Public Protection Unit (DC Nadia Frost)":
        "Wydział Ochrony Osób Example Police (DC Nadia Frost)",
    "Police are investigating an allegation of assault on Marta Kowalska; details of the "
    "investigation cannot be shared with Mr Hartfield. Ms Kowalska told the social worker she "
    "cannot describe the incidents freely while he is in the room.":
        "Policja prowadzi postępowanie w sprawie zarzutu napaści na Martę Kowalską; "
        "szczegółów postępowania nie można przekazać panu Hartfieldowi. Pani Kowalska "
        "powiedziała pracownicy socjalnej, że nie może swobodnie opisać tych zdarzeń, "
        "gdy on jest w sali.",
    "The council's legal team agreed the exclusion is proportionate for this part only.":
        "Dział prawny rady uznał, że wykluczenie jest proporcjonalne tylko na tę część.",
    "Police information; Ms Kowalska's account of the incidents":
        "Informacje policji; relacja pani Kowalskiej o zdarzeniach",
    "Sam Whitlow, his advocate, stayed and gave his views; he also gave the chair a written "
    "statement beforehand.":
        "Jego rzecznik, Sam Whitlow, pozostał w sali i przedstawił jego zdanie; wcześniej "
        "przekazał też przewodniczącej pisemne oświadczenie.",
    "The chair told him the outcome in person after the decision, and a letter follows within "
    "one working day.":
        "Po podjęciu decyzji przewodnicząca osobiście przekazała mu wynik, a list zostanie "
        "wysłany w ciągu jednego dnia roboczego.",
}

_CHILDREN_AND_AGENCIES = {
    "I like living with Mama and Leo. I don't like the shouting at night because I can't sleep "
    "and then I'm tired at school. I want Tata to come to my school play but not to shout.":
        "Lubię mieszkać z Mamą i Leo. Nie lubię krzyków w nocy, bo nie mogę spać i potem "
        "jestem zmęczona w szkole. Chcę, żeby Tata przyszedł na moje przedstawienie w "
        "szkole, ale żeby nie krzyczał.",
    "Amara Okonjo (social worker), who met Zofia at school twice":
        "Amara Okonjo (pracownica socjalna), która dwa razy spotkała się z Zofią w szkole",
    "Zofia drew her home with a big tree and a dark window where 'the loud room' is. She "
    "worries about her mother and about Leo.":
        "Zofia narysowała swój dom z dużym drzewem i ciemnym oknem tam, gdzie jest „głośny "
        "pokój”. Martwi się o mamę i o Leo.",
    "Joanne Mbatha (health visitor) and Chloe Barraclough (nursery)":
        "Joanne Mbatha (pielęgniarka środowiskowa) i Chloe Barraclough (przedszkole)",
    "Leo is a lively boy who seeks comfort from his key worker and has started flinching at "
    "raised voices. He is behind with his speech in both languages.":
        "Leo jest żywym chłopcem, który szuka pocieszenia u swojej opiekunki w przedszkolu i "
        "zaczął się wzdrygać, gdy ktoś podnosi głos. Jego mowa jest opóźniona w obu językach.",
    "Section 47 enquiries followed two police call-outs in October. The children are cared for "
    "by their mother; the home is often cold and food short at the end of the month. Report "
    "shared with both parents three days before.":
        "Postępowanie wyjaśniające (art. 47) wszczęto po dwóch interwencjach policji w "
        "październiku. Dziećmi opiekuje się matka; w domu często jest zimno, a pod koniec "
        "miesiąca brakuje jedzenia. Raport przekazano obojgu rodzicom trzy dni wcześniej.",
    "Zofia's attendance fell to 84% this term; she arrives tired and hungry on Mondays. She is "
    "bright, loves reading and has friends.":
        "Frekwencja Zofii spadła w tym semestrze do 84%; w poniedziałki przychodzi zmęczona "
        "i głodna. Jest bystra, uwielbia czytać i ma przyjaciół.",
    "Leo has missed two development reviews; his speech is delayed. Ms Kowalska engaged well "
    "at the last home visit.":
        "Leo opuścił dwa przeglądy rozwoju; jego mowa jest opóźniona. Podczas ostatniej "
        "wizyty domowej pani Kowalska dobrze współpracowała.",
    "Leo attends three mornings a week, often late. He is settled with his key worker and "
    "becomes anxious when adults argue at the door.":
        "Leo chodzi do przedszkola trzy razy w tygodniu rano, często się spóźnia. Czuje się "
        "dobrze ze swoją opiekunką i denerwuje się, gdy dorośli kłócą się przy drzwiach.",
    "Two domestic abuse call-outs in October; an investigation is ongoing. Details were given "
    "while Mr Hartfield was out of the room.":
        "Dwie interwencje w sprawie przemocy domowej w październiku; postępowanie trwa. "
        "Szczegóły przekazano, gdy pana Hartfielda nie było w sali.",
    "Written report: Ms Kowalska has been treated for low mood. No concerns about the "
    "children's physical health; immunisations up to date.":
        "Raport pisemny: pani Kowalska była leczona z powodu obniżonego nastroju. Brak "
        "obaw o zdrowie fizyczne dzieci; szczepienia są aktualne.",
    "Advised on the impact of domestic abuse on young children and offered a consultation to "
    "the school and nursery.":
        "Doradził, jak przemoc domowa wpływa na małe dzieci, i zaproponował konsultację "
        "szkole i przedszkolu.",
}

_ANALYSIS_AND_VIEWS = {
    "Zofia and Leo have heard, and may have seen, their parents' violent arguments at night.":
        "Zofia i Leo słyszeli, a być może widzieli, gwałtowne kłótnie rodziców w nocy.",
    "Food and heating run short; Zofia comes to school hungry.":
        "Brakuje jedzenia i ogrzewania; Zofia przychodzi do szkoły głodna.",
    "Leo's health reviews have been missed.": "Leo nie był na przeglądach zdrowia.",
    "Ms Kowalska loves the children and asked for help.":
        "Pani Kowalska kocha dzieci i poprosiła o pomoc.",
    "Zofia is doing well at school and has good friends.":
        "Zofia dobrze sobie radzi w szkole i ma dobrych przyjaciół.",
    "Mr Hartfield has agreed to a domestic abuse programme.":
        "Pan Hartfield zgodził się wziąć udział w programie dotyczącym przemocy domowej.",
    "The children must be safe from violence at home.":
        "Dzieci muszą być w domu bezpieczne od przemocy.",
    "The family needs enough money, food and heat.":
        "Rodzina potrzebuje wystarczająco pieniędzy, jedzenia i ciepła.",
    "Professionals worry that Zofia and Leo will be hurt or very frightened if arguments turn "
    "violent again.":
        "Specjaliści obawiają się, że Zofia i Leo zostaną skrzywdzeni albo bardzo "
        "przestraszeni, jeśli kłótnie znów staną się gwałtowne.",
    "Zofia and Leo live in a calm home where adults keep them safe, fed and warm, and go to "
    "school and nursery on time.":
        "Zofia i Leo mieszkają w spokojnym domu, gdzie dorośli zapewniają im bezpieczeństwo, "
        "jedzenie i ciepło, i chodzą na czas do szkoły i przedszkola.",
    "Safety depends on the plan holding.":
        "Bezpieczeństwo zależy od tego, czy plan będzie przestrzegany.",
    "Leo's needs are less visible.": "Potrzeby Leo są mniej widoczne.",
    "I know we need help but I am trying hard.":
        "Wiem, że potrzebujemy pomocy, ale bardzo się staram.",
    "Recommends a plan under neglect and emotional abuse.":
        "Zaleca plan z powodu zaniedbania i krzywdzenia emocjonalnego.",
    "Given before she left at 11:05.": "Przedstawione, zanim wyszła o 11:05.",
    "In his report: the family would engage with a child in need plan; he does not think a "
    "protection plan is needed.":
        "W swoim raporcie: rodzina współpracowałaby w ramach planu wsparcia dziecka w "
        "potrzebie; jego zdaniem plan ochrony nie jest potrzebny.",
    "Agrees the family needs help; would prefer a child in need plan.":
        "Zgadza się, że rodzina potrzebuje pomocy; wolałaby plan wsparcia dziecka w potrzebie.",
    "Through his advocate: disagrees that the children are at risk of significant harm.":
        "Przez swojego rzecznika: nie zgadza się, że dzieciom grozi poważna krzywda.",
    "Dr Castellan (GP, by written report) and both parents preferred a child in need plan.":
        "Dr Castellan (lekarz rodzinny, w raporcie pisemnym) i oboje rodzice woleli plan "
        "wsparcia dziecka w potrzebie.",
}

_REASONS = (" is likely to suffer significant harm from exposure to domestic abuse and from "
            "neglect of basic needs; the worries are serious and recent, and the family's "
            "strengths need a plan to build on.")
_DECISIONS = {
    f"Zofia{_REASONS}":
        "Zofii prawdopodobnie grozi poważna krzywda z powodu narażenia na przemoc domową "
        "i zaniedbania podstawowych potrzeb; obawy są poważne i niedawne, a na mocnych "
        "stronach rodziny trzeba budować według planu.",
    f"Leo{_REASONS}":
        "Leo prawdopodobnie grozi poważna krzywda z powodu narażenia na przemoc domową "
        "i zaniedbania podstawowych potrzeb; obawy są poważne i niedawne, a na mocnych "
        "stronach rodziny trzeba budować według planu.",
}

_PLAN = {
    "Safety from domestic abuse; enough food and warmth; Leo's speech and health reviews; "
    "Zofia's school attendance and rest.":
        "Bezpieczeństwo od przemocy domowej; wystarczająco jedzenia i ciepła; mowa Leo i jego "
        "przeglądy zdrowia; obecność Zofii w szkole i odpoczynek.",
    "Zofia and Leo live free from domestic abuse at home.":
        "Zofia i Leo żyją w domu bez przemocy domowej.",
    "No police call-outs; the children say home is calm.":
        "Żadnych interwencji policji; dzieci mówią, że w domu jest spokojnie.",
    "The children are fed, warm and have what they need every day.":
        "Dzieci są najedzone, jest im ciepło i codziennie mają to, czego potrzebują.",
    "School and nursery see no hunger; the home is heated.":
        "Szkoła i przedszkole nie widzą oznak głodu; dom jest ogrzany.",
    "Leo's health and speech needs are met.":
        "Potrzeby Leo związane ze zdrowiem i mową są zaspokojone.",
    "Development review done; speech therapy started.":
        "Przegląd rozwoju wykonany; terapia logopedyczna rozpoczęta.",
    "Zofia attends school on time and rested.":
        "Zofia przychodzi do szkoły na czas i wypoczęta.",
    "Attendance above 95% by the review.": "Frekwencja powyżej 95% do konferencji przeglądowej.",
    "Complete the domestic abuse perpetrator programme assessment.":
        "Przejść ocenę kwalifikacyjną do programu dla sprawców przemocy domowej.",
    "Agree a written safety plan with Ms Kowalska, in Polish.":
        "Uzgodnić z panią Kowalską pisemny plan bezpieczeństwa, po polsku.",
    "Refer Ms Kowalska to the Example Women's Aid outreach service.":
        "Skierować panią Kowalską do terenowej pomocy Example Women's Aid.",
    "Apply for the household support fund and check benefits.":
        "Złożyć wniosek do funduszu wsparcia gospodarstw domowych i sprawdzić zasiłki.",
    "Offer Zofia breakfast club every morning.":
        "Zaproponować Zofii codzienny poranny klub śniadaniowy.",
    "Complete Leo's development review and refer to speech therapy.":
        "Przeprowadzić przegląd rozwoju Leo i skierować go na terapię logopedyczną.",
    "Share a weekly note of Leo's attendance and wellbeing with the social worker.":
        "Co tydzień przekazywać pracownicy socjalnej notatkę o obecności i samopoczuciu Leo.",
    "Offer a consultation to the school and nursery on supporting the children.":
        "Zaproponować szkole i przedszkolu konsultację, jak wspierać dzieci.",
    "If there is another incident of domestic abuse, or the safety plan is not kept, the social "
    "worker will call a strategy discussion and the team manager will seek legal advice about "
    "the children's safety.":
        "Jeśli dojdzie do kolejnego aktu przemocy domowej albo plan bezpieczeństwa nie "
        "będzie przestrzegany, pracownica socjalna zwoła naradę strategiczną, a kierowniczka "
        "zespołu zasięgnie porady prawnej w sprawie bezpieczeństwa dzieci.",
    "Complaints about the conference go to the Safeguarding Unit within 20 working days.":
        "Skargi dotyczące konferencji należy składać do Zespołu ds. Ochrony Dzieci "
        "(Safeguarding Unit) w ciągu 20 dni roboczych.",
}

_MINUTES = {
    "The chair welcomed everyone and explained the purpose of the conference. Irena Zawadzka "
    "interprets for Ms Kowalska.":
        "Przewodnicząca powitała wszystkich i wyjaśniła cel konferencji. Irena Zawadzka "
        "tłumaczy dla pani Kowalskiej.",
    "Confidentiality, equal opportunities and the complaints procedure explained; the chair "
    "said this is not a court.":
        "Wyjaśniono zasady poufności, równego traktowania i procedurę składania skarg; "
        "przewodnicząca powiedziała, że to nie jest sąd.",
    "Everyone introduced themselves and their role.":
        "Wszyscy przedstawili się i powiedzieli, jaką pełnią rolę.",
    "Dr Castellan (GP) could not attend and sent a written report, which was shared before the "
    "meeting.":
        "Dr Castellan (lekarz rodzinny) nie mógł przyjść i przysłał raport pisemny, który "
        "udostępniono przed spotkaniem.",
    "The conference is quorate: children's social care, school, health visiting, nursery and "
    "police are represented.":
        "Konferencja ma wymagany skład: obecni są przedstawiciele opieki społecznej nad "
        "dziećmi, szkoły, pielęgniarki środowiskowej, przedszkola i policji.",
    "DC Frost must leave at about 11:05 for court.":
        "DC Frost musi wyjść około 11:05, ponieważ ma sprawę w sądzie.",
    "Mr Hartfield will be asked to leave for the police information and for Ms Kowalska's "
    "account. Police asked for this five working days ago; he was told in writing and given "
    "the complaints procedure.":
        "Pan Hartfield zostanie poproszony o wyjście na czas informacji policji i relacji pani "
        "Kowalskiej. Policja wniosła o to pięć dni roboczych temu; poinformowano go na piśmie "
        "i przekazano mu procedurę składania skarg.",
    "Sam Whitlow will stay and put Mr Hartfield's views while he is out of the room.":
        "Sam Whitlow zostanie i przedstawi zdanie pana Hartfielda, gdy ten będzie poza salą.",
    "Zofia wrote a letter and drew a picture of her home; the social worker read the letter to "
    "the conference.":
        "Zofia napisała list i narysowała swój dom; pracownica socjalna przeczytała list "
        "uczestnikom konferencji.",
    "Leo is too young to give his views; he seeks comfort from his key worker and flinches at "
    "raised voices.":
        "Leo jest za mały, żeby wyrazić swoje zdanie; szuka pocieszenia u swojej opiekunki "
        "i wzdryga się, gdy ktoś podnosi głos.",
    "The social worker presented her report and recommended a child protection plan.":
        "Pracownica socjalna przedstawiła swój raport i zaleciła plan ochrony dziecka.",
    "Zofia's attendance is 84%; she is often tired and hungry on Mondays, and is doing well in "
    "reading.":
        "Frekwencja Zofii wynosi 84%; w poniedziałki często jest zmęczona i głodna, dobrze "
        "radzi sobie z czytaniem.",
    "Leo missed two development reviews; his speech is delayed in both languages.":
        "Leo opuścił dwa przeglądy rozwoju; jego mowa jest opóźniona w obu językach.",
    "Leo is settled at nursery but often late.":
        "Leo dobrze czuje się w przedszkolu, ale często się spóźnia.",
    "Mr Hartfield left the room at 10:50 as agreed.":
        "Pan Hartfield wyszedł z sali o 10:50, jak uzgodniono.",
    "Police information about the ongoing investigation was shared (recorded in the "
    "confidential section).":
        "Przekazano informacje policji o trwającym postępowaniu (zapisane w części poufnej).",
    "DC Frost recommends a child protection plan.": "DC Frost zaleca plan ochrony dziecka.",
    "DC Frost left at 11:05; the conference remains quorate.":
        "DC Frost wyszła o 11:05; konferencja nadal ma wymagany skład.",
    "Ms Kowalska described the arguments in October and said she wants the children to feel "
    "safe.":
        "Pani Kowalska opisała kłótnie z października i powiedziała, że chce, aby dzieci "
        "czuły się bezpiecznie.",
    "Mr Hartfield returned at 11:20; the chair summarised what he needed to know.":
        "Pan Hartfield wrócił o 11:20; przewodnicząca streściła mu to, co powinien wiedzieć.",
    "The GP's report was read: no concerns about physical health; he favours a child in need "
    "plan.":
        "Odczytano raport lekarza rodzinnego: brak obaw o zdrowie fizyczne; opowiada się on "
        "za planem wsparcia dziecka w potrzebie.",
    "Mr Hartfield said he loves his children and will do the programme, but does not think they "
    "are at risk.":
        "Pan Hartfield powiedział, że kocha swoje dzieci i weźmie udział w programie, ale nie "
        "uważa, że są zagrożone.",
    "Dr Haddad explained how conflict at home affects young children and offered "
    "consultation.":
        "Dr Haddad wyjaśnił, jak konflikty w domu wpływają na małe dzieci, i zaproponował "
        "konsultację.",
    "Worries, what is working well and what needs to happen were recorded with the family.":
        "Razem z rodziną zapisano obawy, to, co działa dobrze, i to, co musi się wydarzyć.",
    "Scaling: practitioners 3 to 4; Ms Kowalska 7; Mr Hartfield 8.":
        "Ocena na skali: specjaliści od 3 do 4; pani Kowalska 7; pan Hartfield 8.",
    "Views were taken from each practitioner and the parents; the GP's view was read from his "
    "report.":
        "Wysłuchano zdania każdego specjalisty i rodziców; zdanie lekarza rodzinnego "
        "odczytano z jego raportu.",
    "Decision: Zofia and Leo to be subject to child protection plans under neglect and "
    "emotional abuse.":
        "Decyzja: Zofia i Leo zostają objęci planami ochrony dziecka z powodu zaniedbania "
        "i krzywdzenia emocjonalnego.",
    "Ms Kowalska accepted help but disagreed with a protection plan.":
        "Pani Kowalska przyjęła pomoc, ale nie zgodziła się z planem ochrony.",
    "The outline plan was agreed: four outcomes and eight actions.":
        "Uzgodniono wstępny plan: cztery cele i osiem działań.",
    "First core group set; the written plan goes to everyone within one working day.":
        "Ustalono pierwsze spotkanie grupy roboczej; pisemny plan trafi do wszystkich w ciągu "
        "jednego dnia roboczego.",
    "The chair thanked everyone and reminded them of the complaints procedure.":
        "Przewodnicząca podziękowała wszystkim i przypomniała o procedurze składania skarg.",
}

POLISH: dict[str, str] = {**_PEOPLE_AND_EXCLUSION, **_CHILDREN_AND_AGENCIES,
                          **_ANALYSIS_AND_VIEWS, **_DECISIONS, **_PLAN, **_MINUTES}

DEMO_TRANSLATIONS: dict[str, dict[str, str]] = {"pl": POLISH}


def translate_demo_copy(conference: Conference, invitee_id: str, language: str = "pl",
                        translator: str = DEMO_TRANSLATOR,
                        profile: AuthorityProfile | None = None) -> int:
    """Store the invented translation of every piece of this family copy it knows; returns
    how many units were stored (pieces it does not know stay to do)."""
    known = DEMO_TRANSLATIONS.get(language, {})
    audience = Audience.family(invitee_id, language)
    changes: list[tuple[WorkItem, dict[str, object]]] = []
    for item in work_items(conference, audience, profile):
        polish = known.get(item.piece.text)
        if polish is not None:
            changes.append((item, {"text": polish, "status": TranslationStatus.TRANSLATED,
                                   "source_text": item.piece.text, "translator": translator}))
    if changes:
        # Never shown: the demo is built with its translation, not undone step by step.
        import_operation(changes, "demo translation").apply(conference)
    return len(changes)
