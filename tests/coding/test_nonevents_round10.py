"""Tenth round: stress sentences in wire, monitor, sitrep, local-outlet and analysis styles.
Event words in another sense (a diplomatic offensive, a sports attack, aid workers, a barrage of
pressure, a video released), standing descriptions (known for, for years, who criticise),
retrospective references (trials, inquiries and remembrance of a past year's attack), negations
(no soldiers were kidnapped, without being attacked), conditions (in case), reports whose carrier
is left unverified, and events told beside a fear ("fear the toll could rise after a strike
killed 12").  Every sentence was written for tocsin; each guard has controls of the same shape
that are events and must stay coded."""
import pytest

from .factual import extra_events as _extra


@pytest.mark.parametrize("sentence", [
    # negated and privative
    "Contrary to rumours on Tuesday, no aid workers were abducted near Sarmin, the agency said.",
    "The food convoy reached Atarib on Tuesday without being attacked, the drivers' union said.",
    # a condition
    "Families in Ariha keep their bags packed in case they have to flee at night.",
    # a report whose carrier is left unverified
    "Messages on Telegram claiming that a rebel drone had hit the airbase at Hmeimim could not be verified.",
    "Pro-government channels said a rebel commander had been killed in a raid near Nairab, but neither side confirmed the report.",
    "Activists shared clips they said showed tanks shelling Kansafra, but the footage could not be verified.",
    # event words in another sense
    "The foreign minister began a diplomatic offensive in Brussels on Tuesday, bombarding envoys with maps of the front.",
    "The opposition delegation said it had been bombarded with pressure to sign the text.",
    "The home side's striker levelled with a late strike in the derby at Aleppo's stadium.",
    "The visiting bowlers launched a fierce attack on the top order, taking three wickets before lunch.",
    "Aid workers in Atarib say the camps are already full.",
    "The rebel group released a video of its fighters training with mortars in an olive grove.",
    "The naval units staged an exercise off Latakia in which patrol boats fired on floating targets.",
    "Relief agencies say the road to blockaded Kafr Nabl is impassable after the rains.",
    "Residents said the guns had been quiet since the Turkish-brokered truce took effect.",
    "A UN truck convoy crossed into Idlib through Bab al-Hawa on Tuesday with flour and tents.",
    # standing descriptions
    "The group is known for abducting journalists and for executing its rivals.",
    "The movement taxes traders in the towns it holds and punishes those who refuse to pay.",
    "Militiamen from the hills have for years raided the valley's farms at harvest time.",
    "Families from Sarmin, displaced for months, said they had no plans to return.",
    "Few of those who had fled dared to go back, residents said.",
    # retrospective references
    "A court in Damascus sentenced three men over the 2016 bombing that killed 40 people in Tartus.",
    "Relatives of the pupils killed in the 2014 school attack in Idlib gathered at the gates on the anniversary.",
    "The rights group renewed its demand for an inquiry into the March 2018 air strike on the market, in which dozens were killed.",
    "Lawyers cited the villages burned near Hama in 2012 as evidence of a policy.",
    "Storm Daniel, which flattened homes across the coast in 2023, is still remembered in Derna.",
    # the same round's later sets: rites, anniversaries, names, routines, words as objects or targets
    "Families held a memorial mass in Latakia for the sailors killed when a missile hit their ship in May 2021.",
    "Exiles in Azaz held a candlelit vigil on Tuesday to mark three years since the killing of the town's mayor.",
    'The army\'s artillery "kill zone" along the river is meant to stop rebel supply runs by day.',
    "Al-Karama beat their rivals 2-1 in Hama on Friday in a derby played behind closed doors.",
    "Government special forces completed a course in urban combat with foreign instructors at a base near Hama.",
    "Residents of Atarib asked for more patrols, saying gunfire has become a nightly sound in the market.",
    "The siege of the roads is killing small businesses in Idlib, traders say.",
    "The interior minister came under fire in parliament on Tuesday over the prison break.",
    '"We are fighting a losing battle against hunger," the agency\'s country director said.',
    "A rebel channel claimed its fighters had shot down a helicopter near Nairab, but the claim remains unconfirmed.",
    "State television claimed rebels had shelled a hospital in Hama; the hospital's director said no shell had hit the building.",
    "Local websites said a rebel commander had been captured near Sarmin, but neither the army nor the rebels would confirm it.",
    "The group has for years levied taxes on traders in Idlib and torched the shops of those who refuse to pay.",
    "Rights groups accuse the army and allied militias of systematically targeting young men in the south.",
    "Both analysts agreed that the army is likely to keep up its air strikes on Idlib through the spring.",
    "The pound came under sustained attack on Tuesday, sliding past 3,000 to the dollar in Damascus.",
    "Critics said the ministry had launched an assault on the province's finances by withholding salaries.",
    "Deminers trained near Hama on Tuesday in a bombed-out house left from the fighting.",
])
def test_no_event(sentence):
    assert _extra(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Aid agencies fear the toll could rise after an air strike on a bakery in Ariha killed 12 people on Tuesday.",
    "Rescuers fear the death toll will climb after government shelling of the camp killed 15 people on Tuesday.",
    "The army ordered residents of Kafr Nabl to leave before artillery pounded the town on Tuesday.",
    "Rebels attacked the convoy without warning near Atarib on Tuesday, killing two drivers.",
    "Gunmen attacked supporters leaving a football match in Azaz on Tuesday, killing three people.",
    "The militants released 12 hostages in Afrin on Tuesday, officials said.",
    "Government helicopters bombarded Kafr Nabl with barrel bombs on Tuesday.",
    "A convoy of Turkish troops crossed into Idlib on Tuesday.",
    "Police arrested three men on Tuesday over the bombing that killed 12 people at a market in Azaz on Monday.",
    "A court in Azaz on Tuesday sentenced two men over the attack on the bakery that killed nine people on March 1.",
    "Rebels said their drones struck 12 government aircraft at the Hama airbase on Tuesday.",
    "Government jets flattened a hospital in Ariha on Tuesday, rescuers said.",
    "A rocket fired from Idlib hit a house in Jableh on Tuesday; the family was not at home, police said.",
    "Gunmen hijacked a bus near Azaz on Tuesday and took 20 passengers hostage.",
    "Hundreds of women blocked the road to Atarib on Tuesday to protest against the kidnappings.",
    "The army did not confirm the loss of the post, but rebels overran the base at Nairab on Tuesday, killing 12 soldiers.",
    "Gunmen on a motorcycle shot dead a village elder in Sarmin on Tuesday, residents said.",
    "Two rival factions traded gunfire for several hours in Azaz on Tuesday, leaving one fighter dead.",
    "Troops captured a rebel commander during a raid near Sarmin on Tuesday, the army said.",
    "Security forces surrounded the opposition leader's house in Damascus on Tuesday and placed him under house arrest.",
    "Armed men stopped an aid truck on the road to Atarib on Tuesday and stole its cargo of flour.",
    "The two sides agreed to a prisoner exchange in Ankara on Tuesday.",
    "Rebels killed the deal's main broker, a local sheikh, in an ambush near Sarmin on Tuesday.",
])
def test_controls_stay_coded(sentence):
    assert _extra(sentence), sentence


def test_the_event_beside_a_fear_is_told_as_a_fact_with_its_toll():
    found = _extra("Aid agencies fear the toll could rise after an air strike on a bakery in Ariha killed 12 people on Tuesday.")
    assert found and found[0].modality == "asserted" and found[0].figures["fatalities"]["value"] == 12


def test_a_carrier_left_unverified_is_no_side_s_claim():
    sentence = "Messages on Telegram claiming that a rebel drone had hit the airbase at Hmeimim could not be verified."
    from .factual import WIRE_LEAD, coded_events
    records = [e for e in coded_events(WIRE_LEAD + sentence, "2020-03-03") if "Hmeimim" in e.evidence["text"]]
    assert records and all(e.modality == "hypothetical" for e in records)
