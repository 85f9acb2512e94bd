#!/usr/bin/env python3
"""Writes a synthetic SDN_ADVANCED.XML of N parties, deterministically, for timing the ofac-xml import of a whole
publication (12,000 parties make about 103 MB, the size of OFAC's whole SDN list in XML).

It takes the header and reference values of the committed fixture and writes, per party: a location and an
identity document, one individual with six aliases (one weak), a birth-date range, places, nationality, a title;
then one "Providing support to" relationship per three parties and one SDN-list entry per party.

Usage: synthetic-ofac-advanced.py tests/Graph.Import.Tests/Fixtures/ofac-advanced-xml/SDN_ADVANCED.XML N OUT.xml
"""
import sys, re
src = open(sys.argv[1]).read()
n = int(sys.argv[2]); out = open(sys.argv[3], 'w')
head = src[:src.index('  <Locations>')]
out.write(head.replace('<Year>2021</Year>', '<Year>2021</Year>', 1))
def date(tag, y, m, d, ind):
    cal = '' if tag in ('From', 'To') else ' CalendarTypeID="1"'
    return f'{ind}<{tag}{cal}>\n{ind}  <Year>{y}</Year>\n{ind}  <Month>{m}</Month>\n{ind}  <Day>{d}</Day>\n{ind}</{tag}>\n'
out.write('  <Locations>\n')
for i in range(n):
    out.write(f'    <Location ID="{i+1000000}">\n      <LocationCountry CountryID="11208" CountryRelevanceID="1" />\n'
              f'      <LocationPart LocPartTypeID="1451">\n        <LocationPartValue Primary="true" LocPartValueTypeID="1" LocPartValueStatusID="1">\n          <Value>{i} Primernaya Ulitsa</Value>\n        </LocationPartValue>\n      </LocationPart>\n'
              f'      <LocationPart LocPartTypeID="1454">\n        <LocationPartValue Primary="true" LocPartValueTypeID="1" LocPartValueStatusID="1">\n          <Value>Moscow</Value>\n        </LocationPartValue>\n      </LocationPart>\n    </Location>\n')
out.write('    <Location ID="502">\n      <LocationCountry CountryID="11208" CountryRelevanceID="1" />\n    </Location>\n  </Locations>\n  <IDRegDocuments>\n')
for i in range(n):
    out.write(f'    <IDRegDocument ID="{i+2000000}" IDRegDocTypeID="1571" IdentityID="{i+3000000}" IssuedBy-CountryID="11208">\n      <IDRegistrationNo>P{i:08d}</IDRegistrationNo>\n    </IDRegDocument>\n')
out.write('  </IDRegDocuments>\n  <DistinctParties>\n')
f='YearFixed="false" MonthFixed="false" DayFixed="false"'
for i in range(n):
    ref = i + 100000; ident = i + 3000000
    out.write(f'    <DistinctParty FixedRef="{ref}">\n      <Profile ID="{ref}" PartySubTypeID="4">\n        <Identity ID="{ident}" FixedRef="{ref}" Primary="true" False="false">\n')
    for a in range(6):
        atype, prim, low = (1403, 'true', 'false') if a == 0 else (1400, 'false', 'true' if a == 5 else 'false')
        out.write(f'          <Alias FixedRef="{ref}" AliasTypeID="{atype}" Primary="{prim}" LowQuality="{low}">\n            <DocumentedName ID="{ident}{a}" FixedRef="{ref}" DocNameStatusID="1">\n'
                  f'              <DocumentedNamePart>\n                <NamePartValue NamePartGroupID="{ident}1" ScriptID="215" ScriptStatusID="1" Acronym="false">Person{i}x{a}</NamePartValue>\n              </DocumentedNamePart>\n'
                  f'              <DocumentedNamePart>\n                <NamePartValue NamePartGroupID="{ident}2" ScriptID="215" ScriptStatusID="1" Acronym="false">SURNAME{i}</NamePartValue>\n              </DocumentedNamePart>\n'
                  f'            </DocumentedName>\n          </Alias>\n')
    out.write(f'          <NamePartGroups>\n            <MasterNamePartGroup>\n              <NamePartGroup ID="{ident}1" NamePartTypeID="1521" />\n            </MasterNamePartGroup>\n            <MasterNamePartGroup>\n              <NamePartGroup ID="{ident}2" NamePartTypeID="1520" />\n            </MasterNamePartGroup>\n          </NamePartGroups>\n        </Identity>\n')
    y = 1940 + i % 50
    feats = [(8, f'            <DatePeriod CalendarTypeID="1" {f}>\n              <Start Approximate="false" {f}>\n' + date('From', y, 1, 1, '                ') + date('To', y, 1, 1, '                ') +
              f'              </Start>\n              <End Approximate="false" {f}>\n' + date('From', y, 12, 31, '                ') + date('To', y, 12, 31, '                ') + '              </End>\n            </DatePeriod>\n'),
             (9, '            <VersionDetail DetailTypeID="1432">Moscow, Russia</VersionDetail>\n'),
             (10, '            <VersionLocation LocationID="502" />\n'),
             (224, '            <VersionDetail DetailTypeID="1431" DetailReferenceID="91526" />\n'),
             (25, f'            <VersionLocation LocationID="{i+1000000}" />\n'),
             (26, '            <VersionDetail DetailTypeID="1432">Director of Something</VersionDetail>\n')]
    for k, (t, body) in enumerate(feats):
        out.write(f'        <Feature ID="{ident}{k}" FeatureTypeID="{t}">\n          <FeatureVersion ID="{ident}{k}" ReliabilityID="1">\n{body}          </FeatureVersion>\n          <IdentityReference IdentityID="{ident}" IdentityFeatureLinkTypeID="1" />\n        </Feature>\n')
    out.write('      </Profile>\n    </DistinctParty>\n')
out.write('  </DistinctParties>\n  <ProfileRelationships>\n')
for i in range(0, n - 1, 3):
    out.write(f'    <ProfileRelationship ID="{i+5000000}" From-ProfileID="{i+100000}" To-ProfileID="{i+100001}" RelationTypeID="91422" RelationQualityID="1" Former="false" SanctionsEntryID="{i+100000}" />\n')
out.write('  </ProfileRelationships>\n  <SanctionsEntries>\n')
for i in range(n):
    ref = i + 100000
    out.write(f'    <SanctionsEntry ID="{ref}" ProfileID="{ref}" ListID="1550">\n      <EntryEvent ID="{ref}0" EntryEventTypeID="1">\n' + date('Date', 2000 + i % 20, 1 + i % 12, 1 + i % 28, '        ') +
              f'      </EntryEvent>\n      <SanctionsMeasure ID="{ref}0" SanctionsTypeID="1705">\n        <DatePeriod CalendarTypeID="1" {f} />\n      </SanctionsMeasure>\n'
              f'      <SanctionsMeasure ID="{ref}1" SanctionsTypeID="1">\n        <Comment>SDGT</Comment>\n        <DatePeriod CalendarTypeID="1" {f} />\n      </SanctionsMeasure>\n    </SanctionsEntry>\n')
out.write('  </SanctionsEntries>\n  <SanctionsEntryLinks />\n</Sanctions>\n')
