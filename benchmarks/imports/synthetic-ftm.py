#!/usr/bin/env python3
"""Writes N synthetic FollowTheMoney entities (people and companies) as JSON lines, deterministically.

Usage: synthetic-ftm.py N OUT.ftm.json
"""
import json
import random
import sys

GIVEN = ["Amadou", "Fatoumata", "Ivan", "Olga", "Sadio", "Mariam", "Yevgeny", "Aïssata", "José", "Léa",
         "Dmitry", "Ousmane", "Chen", "Ahmed", "Anna", "Moussa"]
SURNAMES = ["Traoré", "Keïta", "Petrov", "Diallo", "Koné", "Ivanova", "Camara", "Sidibé", "García", "Müller",
            "Wang", "Haddad", "Coulibaly", "Smirnov"]
WORDS = ["Gold", "Mining", "Trading", "Logistics", "Energy", "Holdings", "Security", "Services", "Capital", "Resources"]


def entity(i, rng):
    if i % 3 == 0:
        return {"id": f"co-{i}", "schema": "Company", "datasets": ["synthetic"],
                "properties": {"name": [f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i}"],
                               "jurisdiction": [rng.choice(["ml", "ru", "cf", "ae"])]}}
    return {"id": f"p-{i}", "schema": "Person", "datasets": ["synthetic"],
            "properties": {"name": [f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)} {i}"],
                           "nationality": [rng.choice(["ml", "ru", "fr"])],
                           "birthDate": [f"19{rng.randint(40, 99)}"]}}


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(7)
    with open(out, "w", encoding="utf-8") as f:
        for i in range(count):
            f.write(json.dumps(entity(i, rng), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
