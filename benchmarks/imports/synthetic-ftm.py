#!/usr/bin/env python3
"""Writes synthetic FollowTheMoney lines, deterministically.

Usage:
  synthetic-ftm.py N OUT.ftm.json
      N entities (two persons to one company), name, country and birth year each: entities alone.
  synthetic-ftm.py --graph N OUT.ftm.json
      A graph as OpenSanctions exports it, relationships as entities: N entities (Person, Company,
      Organization, with names, countries, birth dates), 3N relationship entities (Ownership, Directorship,
      Family, Membership, UnknownLink) and N/10 Sanction entities (authority, program, startDate) pointing at
      entities. Lines are interleaved so that relationships and sanctions point by id both backward (at an
      entity already written) and forward (at one written later in the file). N = 1,000,000 gives 4.1M lines.
"""
import json
import random
import sys

GIVEN = ["Amadou", "Fatoumata", "Ivan", "Olga", "Sadio", "Mariam", "Yevgeny", "Aïssata", "José", "Léa",
         "Dmitry", "Ousmane", "Chen", "Ahmed", "Anna", "Moussa"]
SURNAMES = ["Traoré", "Keïta", "Petrov", "Diallo", "Koné", "Ivanova", "Camara", "Sidibé", "García", "Müller",
            "Wang", "Haddad", "Coulibaly", "Smirnov"]
WORDS = ["Gold", "Mining", "Trading", "Logistics", "Energy", "Holdings", "Security", "Services", "Capital", "Resources"]
COUNTRIES = ["ml", "ru", "cf", "ae", "fr", "sd", "ly", "by"]
AUTHORITIES = [("Office of Foreign Assets Control", ["SDGT", "RUSSIA-EO14024", "MALI-EO13882"]),
               ("European Union", ["EU-RUS", "EU-MLI"]),
               ("UN Security Council", ["UN-1267", "UN-2374"])]
DATASETS = ["synthetic"]


def entity(i, rng):
    if i % 3 == 0:
        return {"id": f"co-{i}", "schema": "Company", "datasets": DATASETS,
                "properties": {"name": [f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i}"],
                               "jurisdiction": [rng.choice(["ml", "ru", "cf", "ae"])]}}
    return {"id": f"p-{i}", "schema": "Person", "datasets": DATASETS,
            "properties": {"name": [f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)} {i}"],
                           "nationality": [rng.choice(["ml", "ru", "fr"])],
                           "birthDate": [f"19{rng.randint(40, 99)}"]}}


# --graph: entity i is a Person (i % 10 < 6), a Company (6 to 8) or an Organization (9).
def graph_entity_id(i):
    kind = i % 10
    return f"p-{i}" if kind < 6 else f"co-{i}" if kind < 9 else f"org-{i}"


def graph_entity(i, rng):
    kind = i % 10
    country = rng.choice(COUNTRIES)
    if kind < 6:
        return {"id": graph_entity_id(i), "schema": "Person", "datasets": DATASETS,
                "properties": {"name": [f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)} {i}"], "nationality": [country],
                               "birthDate": [f"19{rng.randint(40, 99)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"]}}
    schema = "Company" if kind < 9 else "Organization"
    return {"id": graph_entity_id(i), "schema": schema, "datasets": DATASETS,
            "properties": {"name": [f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i}"], "country": [country],
                           "incorporationDate": [f"{rng.randint(1990, 2023)}"]}}


def some_person(rng, count):
    i = rng.randrange(count)
    return i - i % 10 + rng.randrange(6) if i - i % 10 + 5 < count else 0


def some_organisation(rng, count):
    i = rng.randrange(count)
    j = i - i % 10 + 6 + rng.randrange(4)
    return j if j < count else 6


def relationship(r, rng, count):
    """Relationship r of the --graph file, between random entities of the whole file (so before or after it)."""
    kind = r % 5
    if kind == 0:
        props = {"owner": [graph_entity_id(rng.randrange(count))], "asset": [graph_entity_id(some_organisation(rng, count))],
                 "percentage": [str(rng.randint(1, 100))], "startDate": [f"{rng.randint(2000, 2023)}"]}
        return {"id": f"own-{r}", "schema": "Ownership", "datasets": DATASETS, "properties": props}
    if kind == 1:
        props = {"director": [graph_entity_id(some_person(rng, count))], "organization": [graph_entity_id(some_organisation(rng, count))],
                 "role": [rng.choice(["director", "chairman", "secretary"])]}
        return {"id": f"dir-{r}", "schema": "Directorship", "datasets": DATASETS, "properties": props}
    if kind == 2:
        props = {"person": [graph_entity_id(some_person(rng, count))], "relative": [graph_entity_id(some_person(rng, count))],
                 "relationship": [rng.choice(["brother", "sister", "spouse", "son", "daughter"])]}
        return {"id": f"fam-{r}", "schema": "Family", "datasets": DATASETS, "properties": props}
    if kind == 3:
        props = {"member": [graph_entity_id(rng.randrange(count))], "organization": [graph_entity_id(some_organisation(rng, count))]}
        return {"id": f"mem-{r}", "schema": "Membership", "datasets": DATASETS, "properties": props}
    props = {"subject": [graph_entity_id(rng.randrange(count))], "object": [graph_entity_id(rng.randrange(count))],
             "role": [rng.choice(["associate", "linked to", "acting for"])]}
    return {"id": f"link-{r}", "schema": "UnknownLink", "datasets": DATASETS, "properties": props}


def sanction(s, rng, count):
    authority, programs = AUTHORITIES[s % len(AUTHORITIES)]
    props = {"entity": [graph_entity_id(rng.randrange(count))], "authority": [authority], "program": [rng.choice(programs)],
             "startDate": [f"{rng.randint(2001, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"]}
    return {"id": f"san-{s}", "schema": "Sanction", "datasets": DATASETS, "properties": props}


def graph_lines(count, rng):
    """Per 10 entities: their 10 lines, 30 relationships and one sanction, all pointing anywhere in the file."""
    relationships = 0
    sanctions = 0
    for i in range(count):
        yield graph_entity(i, rng)
        for _ in range(3):
            yield relationship(relationships, rng, count)
            relationships += 1
        if i % 10 == 9:
            yield sanction(sanctions, rng, count)
            sanctions += 1


def main():
    args = sys.argv[1:]
    as_graph = args[:1] == ["--graph"]
    if as_graph:
        args = args[1:]
    count, out = int(args[0]), args[1]
    rng = random.Random(7)
    lines = graph_lines(count, rng) if as_graph else (entity(i, rng) for i in range(count))
    with open(out, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
